package index

import (
	"testing"
)

// TestSuggestSuffixWordsWhole: a word the titles write as the suffix of
// the word before it (ちゃん of 愛ちゃん, 向け of 子供向け) is no word for
// every prefix (ちゃ had offered ちゃん first, む 向け), nor does a
// compound start with it (向けゲーム of スマホ向けゲーム); typed whole it is
// still found.
func TestSuggestSuffixWordsWhole(t *testing.T) {
	ix := mustSuggestOver(t, articlesOf("s",
		"愛ちゃんの新しい歌", "花ちゃんが来た", "桃ちゃんの休日", "空ちゃんと海",
		"子供向けの本", "大人向けの講座", "シニア向けの旅", "スマホ向けゲームの人気",
		"スマホ向けゲームの新作", "チャンスの季節", "チャンスをつかむ", "無料の講座",
		"無料で遊ぶ", "子供向けの歌",
	)...)
	checkNotOffered(t, ix, 5, []typedCase{
		{"a name's suffix begun", "ちゃ", "ちゃん"},
		{"a name's suffix begun in romaji", "cha", "ちゃん"},
		{"a noun's suffix begun", "む", "向け"},
		{"a compound that starts with the suffix", "むけ", "向けゲーム"},
	})
	checkSlips(t, ix, []typedCase{
		{"another word begun", "ちゃ", "チャンス"},
		{"typed whole", "むけ", "向け"},
	}, nil)
}

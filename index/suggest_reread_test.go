package index

import (
	"fmt"
	"testing"
)

// TestSuggestRunOnForeignSound: kana with a loanword's sound (ふぁ), run
// on past the word, start with a word of katakana read alike, not one of
// kanji the folded reading finds (ふぁんかんしゃ had offered 不安感 and
// pairs of しゃ).
func TestSuggestRunOnForeignSound(t *testing.T) {
	var titles []string
	for _, s := range []string{"が広がる", "の正体", "を消す", "と向き合う", "が募る"} {
		titles = append(titles, "不安感"+s)
	}
	titles = append(titles, "ファンの感謝祭", "ファンに感謝祭の案内", "球団の感謝祭")
	ix := mustSuggestOver(t, articlesOf("f", titles...)...)
	checkSuggestFirst(t, ix, 5, []typedCase{
		{"run on in kana", "ふぁんかんしゃさい", "ファン 感謝祭"},
		{"run on with a syllable begun", "ふぁんかんしゃs", "ファン 感謝祭"},
	})
	checkSuggestFirst(t, ix, 5, []typedCase{
		// The kana begun read as the kanji word too (ふぁんかん:
		// フアンカン), which had come alone.
		{"begun past the word", "ふぁんかん", "ファン 感謝祭"},
		{"begun, a syllable typed", "ふぁんかんs", "ファン 感謝祭"},
	})
	checkNotOffered(t, ix, 5, []typedCase{
		{"the kanji word read alike", "ふぁんかんしゃさい", "不安感"},
	})
	checkSuggestFirst(t, ix, 5, []typedCase{
		{"the kanji word typed as it reads", "ふあんかん", "不安感"},
	})
}

// TestSuggestKatakanaRunOn: katakana converted whole past a word
// (アンチウイルス, which the bodies write and the index holds as
// アンチ|ウイルス, too few to offer the run joined) is the katakana word it
// starts with, spelt as typed (ヴァヴァヴァ is no バー), and the rest beside
// it; the box had been empty.
func TestSuggestKatakanaRunOn(t *testing.T) {
	arts := articlesOf("k", "アンチの声", "ウイルスの対策", "ウイルスが広がる", "アンチの本音", "バーの夜", "バーの客")
	for i, body := range []string{"アンチウイルスのソフトを比べた。", "アンチウイルスの新版が出た。"} {
		arts = append(arts, Article{ID: fmt.Sprintf("kb%d", i), Title: fmt.Sprintf("記事%d", i), Body: body, Published: day("2026-06-02")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSlips(t, ix, []typedCase{
		{"begun", "アンチウイ", "アンチ ウイルス"},
		{"whole", "アンチウイルス", "アンチ ウイルス"},
	}, nil)
	checkNotOffered(t, ix, 5, []typedCase{
		{"a word read alike but spelt otherwise", "ヴァヴァヴァ", "バー"},
	})
}

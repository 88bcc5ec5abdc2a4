package index

import (
	"fmt"
	"slices"
	"testing"
)

// TestSuggestPastALargeSmallKana: kana with a small kana typed large, as
// a kana keyboard leaves it when the key that makes it small is missed
// (きやんぺーん, じやけつと, ちよこれーと, ふあいる), complete the word
// that reads so with it small, from the slip on; kana that read as a word
// as typed (きやく) keep it, and kana no word reads either way stay
// without words.
func TestSuggestPastALargeSmallKana(t *testing.T) {
	var arts []Article
	for i, body := range []string{
		"キャンペーンを始めた。", "キャンペーンの期間。", "春のキャンペーン。",
		"ジャケットを買った。", "冬のジャケット。", "ジャケットの色。",
		"チョコレートの新作。", "チョコレートを食べた。", "チョコレートの店。",
		"ファイルを開く。", "ファイルの共有。", "ファイルを保存した。",
		"規約を改定した。", "利用規約の変更。", "規約に同意する。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("s%d", i), Title: "記事", Body: body, Published: day("2026-05-01")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSlips(t, ix, []typedCase{
		{"ゃ typed large", "きやんぺーん", "キャンペーン"},
		{"ゃ typed large, on the way", "きやん", "キャンペーン"},
		{"ゃ and っ typed large", "じやけつと", "ジャケット"},
		{"っ typed large at the end", "じゃけつ", "ジャケット"},
		{"two kana", "じや", "ジャケット"},
		{"ょ typed large", "ちよこれーと", "チョコレート"},
		{"a loanword's small vowel", "ふあいる", "ファイル"},
		{"large as the word writes it", "きやく", "規約"},
	}, []typedCase{
		{"no word with it small either", "じやけつぞ", ""},
		{"ゃ after a kana no ゃ follows", "かやんぺ", ""},
	})
}

func TestSmallAt(t *testing.T) {
	for _, tt := range []struct {
		name, kana string
		want       []int
	}{
		{"ゃ after き", "きやん", []int{1}},
		{"ゃ and つ before a kana that doubles", "じやけつと", []int{1, 3}},
		{"つ at the end", "じゃけつ", []int{3}},
		{"つ before な", "はつな", nil},
		{"a vowel after ふ", "ふあいる", []int{1}},
		{"や after か", "かやく", nil},
		{"the first kana", "やきゅう", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := smallAt([]rune(tt.kana)); !slices.Equal(got, tt.want) {
				t.Errorf("smallAt(%s) = %v, want %v", tt.kana, got, tt.want)
			}
		})
	}
}

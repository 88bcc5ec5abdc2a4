package index

import (
	"slices"
	"testing"

	"sagasu/analyzer"
)

// TestSuggestNameWithHonorific: a name the titles write with さん on it
// (a nickname, ゴンさん) is shown so and found by its kana with the
// honorific, typed or converted; the analyzer drops さん, so the box had
// shown ゴン, and ごんさん had emptied it. A name written so in fewer than
// half of its titles stays bare.
func TestSuggestNameWithHonorific(t *testing.T) {
	ix := mustSuggestOver(t, articlesOf("h",
		"ゴンさんが語る監督論", "ゴンさん、若手に助言", "ゴンさんの本音", "球団がゴンに期待",
		"ミサキちゃんの新曲", "ミサキちゃん、初の写真集",
		"ヤマカワさんに聞く", "ヤマカワが新記録", "ヤマカワが決勝へ", "ヤマカワの挑戦",
	)...)
	checkSuggestFirst(t, ix, 5, []typedCase{
		{"kana with the honorific", "ごんさん", "ゴンさん"},
		{"kana, the honorific begun", "ごんさ", "ゴンさん"},
		{"katakana converted", "ゴンさん", "ゴンさん"},
		{"romaji", "gonsan", "ゴンさん"},
		{"the name alone", "ごん", "ゴンさん"},
		{"another honorific", "みさきちゃん", "ミサキちゃん"},
		{"written bare in most titles", "やまかわ", "ヤマカワ"},
	})
	got, err := ix.Suggest(t.Context(), "ヤマカワ", 5)
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "ヤマカワさん" }) {
		t.Errorf("Suggest(ヤマカワ) = %v, want no ヤマカワさん (one title of four writes it so)", texts(got))
	}
}

// TestHonorificAfter: the honorific written onto a noun, not a word that
// starts with its kana.
func TestHonorificAfter(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct{ name, title, word, want string }{
		{"さん", "ゴンさんが語る", "ゴン", "さん"},
		{"ちゃん", "ミサキちゃんの新曲", "ミサキ", "ちゃん"},
		{"none", "ゴンが語る", "ゴン", ""},
		{"a word of its own after", "秋の味覚さんまが豊漁", "味覚", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := ix.an.Tokens(tt.title)
			i := slices.IndexFunc(toks, func(tok analyzer.Token) bool { return tok.Surface == tt.word })
			if i < 0 {
				t.Fatalf("no token %s in %q: %v", tt.word, tt.title, toks)
			}
			if got := honorificAfter(toks, i); got != tt.want {
				t.Errorf("honorificAfter(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

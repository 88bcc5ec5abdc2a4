package index

import (
	"testing"
)

// TestKanaHead: a name in hiragana written onto kanji finds the articles
// whose sentence kagome read it whole in (・みなと銀行が) as well as those
// it cut (みなと銀行は, read みな|と); kana that no article has whole, or
// a word that does not start with kana, searches as before.
func TestKanaHead(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "story", Title: "地方銀行の新窓口", Body: "みなと銀行は、新しい窓口を開いた。", Published: day("2026-05-01")},
		Article{ID: "list", Title: "今日の話題", Body: "・みなと銀行が新しい窓口を開いた。\n・新型スマホの発表。", Published: day("2026-05-02")},
		Article{ID: "other", Title: "銀行の窓口", Body: "銀行の窓口が混んだ。", Published: day("2026-05-03")},
	)
	for _, tt := range []struct {
		name string
		q    string
		want []string
	}{
		{"the name cut and whole", "みなと銀行", []string{"story", "list"}},
		{"beside another word", "みなと銀行 窓口", []string{"story", "list"}},
		{"kanji only", "銀行 窓口", []string{"story", "list", "other"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
				t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestHiraganaHead(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{"a name onto kanji", "みなと銀行", "みなと"},
		{"with a long vowel", "すーぱー銀行", "すーぱー"},
		{"katakana first", "ミナト銀行", ""},
		{"all kana", "みなと", "みなと"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := hiraganaHead(tt.text); got != tt.want {
				t.Errorf("hiraganaHead(%s) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

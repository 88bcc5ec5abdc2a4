package index

import (
	"slices"
	"testing"
)

// TestSuggestTitleFromLeadKana: a title that starts with kana that are no
// word (もし, なぜ) is found by them and the reading after them, as a
// reader types it from its start; it had been found only from its first
// word.
func TestSuggestTitleFromLeadKana(t *testing.T) {
	ix := mustSuggestOver(t, articlesOf("l",
		"もし猫が社長になったら", "なぜ空は青いのか", "猫の社長", "空の色", "社長の一日",
	)...)
	suggestEach(t, ix, 5, []typedCase{
		{"an adverb, a word and a particle", "もしねこがしゃ", "l0"},
		{"whole kana", "もしねこがしゃちょう", "l0"},
		{"a question's adverb", "なぜそらはあお", "l1"},
		{"in romaji", "nazesorahaao", "l1"},
	}, func(t *testing.T, tt typedCase, got []Suggestion) {
		if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Kind == kindTitle && s.ID == tt.want }) {
			t.Errorf("Suggest(%q) = %v, want the title %s", tt.typed, texts(got), tt.want)
		}
	})
}

func TestLeadKana(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct{ name, title, lead string }{
		{"an adverb", "もし猫が社長になったら", "モシ"},
		{"an adnominal", "こんな時代の働き方", "コンナ"},
		{"a word first", "猫が社長になったら", ""},
		{"kanji first", "今日もし雨なら", ""},
		{"a space after the kana", "もし　猫が", ""},
		{"an honorific prefix", "お仕事の流儀", ""},
		{"a prefix after the kana", "まだまだお得な話", "マダマダオ"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := leadKana(ix.an.Tokens(tt.title)); got != tt.lead {
				t.Errorf("leadKana(%s) = %q, want %q", tt.title, got, tt.lead)
			}
		})
	}
}

package index

import (
	"slices"
	"testing"
)

// TestNumberSpelledInKana: a katakana name with its number's name written
// onto it finds the Latin name with the number (ウィンドウズイレブン had
// found nothing), and a word that only ends in such a name is left alone.
func TestNumberSpelledInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "win11", Title: "Windows 11に新機能", Body: "Windows 11の更新で暗号機能が増えた。", Published: day("2026-11-24")},
		Article{ID: "win10", Title: "Windows 10のサポート終了", Body: "Windows 10は更新が止まる。", Published: day("2026-10-14")},
		Article{ID: "grok", Title: "Grok 5の公開を延期", Body: "xAIのGrok 5は来年に。", Published: day("2026-11-12")},
		Article{ID: "curtain", Title: "遮光カーテンの選び方", Body: "寝室のカーテンを替える。", Published: day("2026-03-01")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"eleven", "ウィンドウズイレブン", []string{"win11"}},
		{"ten", "ウィンドウズテン", []string{"win10"}},
		{"a name found by sound", "グロックファイブ", []string{"grok"}},
		{"a word as written", "カーテン", []string{"curtain"}},
		{"a word by its reading", "シャコウカーテン", []string{"curtain"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

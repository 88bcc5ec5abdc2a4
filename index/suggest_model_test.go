package index

import (
	"slices"
	"testing"
)

// TestSuggestModelApart: a model of a Latin word and a letter and number
// (Core i5), which kagome cuts i|5 and only bodies write, typed whole is
// offered spelt as the articles write it, when two articles or more have
// it; one that fewer have is not.
func TestSuggestModelApart(t *testing.T) {
	suggest := suggesterOver(t, "c",
		"CPUはCore i5を搭載する。", "Core i5-3317Uのモデル。", "上位はCore i5。",
		"Intel Core i7の高速モデル。", "Core i7を選べる。",
		"下位はCore i3。", "Intelの新しいCPU。", "Intelの決算。", "Intelが発表。",
	)
	for _, tt := range []struct {
		name, q, first string
		count          int
	}{
		{"typed in lower case", "core i5", "Core i5", 3},
		{"another number", "core i7", "Core i7", 2},
		{"after a word before", "intel core i7", "Intel Core i7", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := suggest(tt.q)
			if len(got) == 0 || got[0].Text != tt.first || got[0].Count != tt.count {
				t.Errorf("Suggest(%q) = %v, want %s of %d articles first", tt.q, got, tt.first, tt.count)
			}
		})
	}
	for _, tt := range []struct {
		name, q, unwanted string
	}{
		{"one article", "core i3", "Core i3"},
		{"no article", "core i9", "Core i9"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.unwanted }) {
				t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
			}
		})
	}
}

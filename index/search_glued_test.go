package index

import (
	"slices"
	"testing"
)

// TestSearchGluedForms: words a reader types in the form kagome reads
// otherwise in the article: a series number typed onto its Latin word
// (vol4 for vol.04, a Latin word and its number being a phrase).
func TestSearchGluedForms(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "vol04", Title: "嫁の日記 vol.04「弟の友人」", Body: "連載の第4回。", Published: day("2026-05-01")},
		Article{ID: "vol03", Title: "嫁の日記 vol.03「秋の夜長」", Body: "連載の第3回。", Published: day("2026-05-02")},
	)
	tests := []struct {
		name, q string
		want    string
	}{
		{"a series number typed onto its word", "嫁の日記 vol4", "vol04"},
		{"as written", "嫁の日記 vol.04", "vol04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); len(got) == 0 || got[0] != tt.want || res.Relaxed {
				t.Errorf("%s: hits %v (relaxed %v), want %s first, not relaxed", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
	if got := ids(mustSearch(t, ix, Request{Query: "vol4"})); slices.Contains(got, "vol03") {
		t.Errorf("vol4: hits %v, want no vol.03", got)
	}
}

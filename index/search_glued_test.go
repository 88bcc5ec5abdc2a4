package index

import (
	"slices"
	"testing"
)

// TestSearchGluedForms: words a reader types in the form kagome reads
// otherwise in the article: a series number typed onto its Latin word
// (vol4 for vol.04, a Latin word and its number being a phrase) and an
// adverb of kanji and と typed at a query's start, which kagome reads
// whole there and as noun and particle after a verb in the title.
func TestSearchGluedForms(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "vol04", Title: "嫁の日記 vol.04「弟の友人」", Body: "連載の第4回。", Published: day("2026-05-01")},
		Article{ID: "vol03", Title: "嫁の日記 vol.03「秋の夜長」", Body: "連載の第3回。", Published: day("2026-05-02")},
		Article{ID: "tips", Title: "iPhoneで使える意外と知らない技", Body: "動画の共有と制限の設定を振り返る。", Published: day("2026-05-03")},
		Article{ID: "excel", Title: "Excelの便利な関数", Body: "表計算の技を紹介する。", Published: day("2026-05-04")},
	)
	tests := []struct {
		name, q string
		want    string
	}{
		{"a series number typed onto its word", "嫁の日記 vol4", "vol04"},
		{"as written", "嫁の日記 vol.04", "vol04"},
		{"an adverb typed at the start", "意外と知らない技 iphone", "tips"},
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

package index

import (
	"testing"
)

// TestProperSplit: a personal name the dictionary knows whole (役所広司)
// also finds the articles whose sentence kagome cut it in (主演の役所|広司
// ほか), its two words side by side, and not the articles that have the
// two words apart; so does a company the dictionary knows whole (関西電力)
// at the start of a longer name of kanji (関西電力送配電), typed or by its
// synonym (関電).
func TestProperSplit(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "cut", Title: "新作映画の紹介", Body: "文豪の自伝的小説を映画化。主演の役所広司ほか、豪華キャストが出演している。", Published: day("2026-05-06")},
		Article{ID: "whole", Title: "俳優の話", Body: "役所広司が主演する。", Published: day("2026-05-07")},
		Article{ID: "apart", Title: "市役所の窓口", Body: "役所の窓口で広司さんに会った。", Published: day("2026-05-08")},
		Article{ID: "kagawa", Title: "香川照之が出演", Body: "香川照之の演技が光る。", Published: day("2026-05-09")},
		Article{ID: "grid", Title: "関西電力送配電、スマートメーターを更新", Body: "関西電力送配電は27日、メーターのソフトを更新すると発表した。", Published: day("2026-10-27")},
		Article{ID: "company", Title: "関西電力の決算", Body: "関西電力は増益だった。", Published: day("2026-10-28")},
		Article{ID: "region", Title: "夏の需要", Body: "関西の電力需要が増えた。", Published: day("2026-10-29")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a name kept whole alone, cut in a sentence", "役所広司", []string{"cut", "whole"}},
		{"the same beside another word", "役所広司 主演", []string{"cut", "whole"}},
		{"a name kagome cuts alone too", "香川照之", []string{"kagawa"}},
		{"a company at the start of a longer name", "関西電力", []string{"grid", "company"}},
		{"the company by its synonym", "関電", []string{"grid", "company"}},
		{"the company beside another word", "関電 スマートメーター", []string{"grid"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

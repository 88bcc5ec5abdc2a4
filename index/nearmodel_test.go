package index

import (
	"slices"
	"testing"

	"sagasu/analyzer"
)

// TestNameModelApart: a name and its model typed as one word rank the
// articles that write them a bracket or a particle apart as those that run
// them together, above the articles that have them apart (a roundup that
// ran ボーイング777X together had ranked above the article on 777X).
func TestNameModelApart(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "bracket", Title: "ボーイング「777X」の納入を延期", Body: "大型旅客機の納入が遅れる。", Published: day("2026-10-29")},
		Article{ID: "apart", Title: "ボーイング、納入で777X", Body: "大型旅客機の納入が遅れる。", Published: day("2026-10-30")},
		Article{ID: "fujitsu-bracket", Title: "富士通「MONAKA」を出荷", Body: "省電力のCPUを出荷する。", Published: day("2026-12-01")},
		Article{ID: "fujitsu-apart", Title: "富士通、CPUでMONAKA", Body: "省電力のCPUを出荷する。", Published: day("2026-12-01")},
		Article{ID: "other", Title: "エアバスの新型機", Body: "大型機の受注が伸びた。", Published: day("2026-10-31")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"katakana and digits", "ボーイング777X", []string{"bracket", "apart"}},
		{"kanji and Latin", "富士通MONAKA", []string{"fujitsu-bracket", "fujitsu-apart"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestNameModelApartCut: only a word with one change from a name to a
// model gets the bonus apart.
func TestNameModelApartCut(t *testing.T) {
	c := &compiler{}
	for _, tt := range []struct {
		name string
		toks []string
		want bool
	}{
		{"name and model", []string{"ボーイング", "777", "x"}, true},
		{"kanji and Latin", []string{"富士通", "monaka"}, true},
		{"model first", []string{"777", "ボーイング"}, false},
		{"two changes", []string{"ソニー", "xperia", "ケース", "5"}, false},
		{"no model", []string{"量子", "コンピュータ"}, false},
		{"a number alone", []string{"スイッチ", "2"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]analyzer.Token, len(tt.toks))
			for i, s := range tt.toks {
				toks[i] = analyzer.Token{Term: s, Surface: s, Position: i + 1}
			}
			if got := c.nameModelApart(toks, exact(1)) != nil; got != tt.want {
				t.Errorf("nameModelApart(%v) != nil is %v, want %v", tt.toks, got, tt.want)
			}
		})
	}
}

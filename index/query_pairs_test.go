package index

import (
	"slices"
	"testing"
)

// TestPairBeforeGlossaryRun: a word typed before English words the
// glossary names together is a word of its own, not the first of a name
// paired by sound with the next (EV charging stations had paired ev
// charging and left stations alone).
func TestPairBeforeGlossaryRun(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "name", Title: "スマートヒートの新製品", Body: "スマートヒートを発売した。", Published: day("2026-05-01")},
		Article{ID: "pump", Title: "家電のヒートポンプ", Body: "smart な制御でヒートポンプ給湯機を動かす。", Published: day("2026-05-02")},
		Article{ID: "heat", Title: "猛暑の話", Body: "heat wave が続く。", Published: day("2026-05-03")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a name of two words by sound", "smart heat", []string{"name"}},
		{"a word before a glossary run", "smart heat pumps", []string{"pump"}},
		{"the run first", "heat pumps smart", []string{"pump"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !slices.Equal(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%s) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

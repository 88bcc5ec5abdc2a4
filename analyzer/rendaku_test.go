package analyzer_test

import (
	"testing"
)

// TestRendakuReadings: a joined run of kanji is also read with the first
// kana of a later single kanji voiced, as names and compounds say it (里田
// is サトダ, which kagome reads サト|タ), so kana typed for the name finds
// it; not where that kanji's reading has a voiced kana already.
func TestRendakuReadings(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"田 voiced after a kanji", "タレント・里田まいとの交際", []string{"サトタ", "サトダ"}, nil},
		{"the first kanji never voiced", "タレント・里田まいとの交際", nil, []string{"ザトタ", "ザトダ"}},
		{"a reading with a voiced kana stays", "タレント・里鍵まいとの交際", []string{"サトカギ"}, []string{"サトガギ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReadingTerms(t, a, tt.text, tt.want, tt.not)
		})
	}
}

package analyzer_test

import (
	"slices"
	"testing"
)

// TestAdverbStem: an adverb of kanji and a final と or に is indexed as
// the noun it is written with, in both fields, so 意外と at a query's start
// (an adverb to kagome) meets 意外|と after a verb (a noun and a particle).
func TestAdverbStem(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text  string
		want, wantR string // a main term and a reading term among the tokens
		not         string // a main term that must not be there
	}{
		{"adverb at the start", "意外と知らない技", "意外", "イガイ", "意外と"},
		{"noun and particle after a verb", "iPhoneで使える意外と知らない技", "意外", "イガイ", "意外と"},
		{"with に", "意外に多い", "意外", "イガイ", "意外に"},
		{"one kanji stays", "特に多い", "", "", "特"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := terms(a, tt.text)
			if tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("terms(%q) = %q, want %s among them", tt.text, got, tt.want)
			}
			if slices.Contains(got, tt.not) {
				t.Errorf("terms(%q) = %q, want no %s", tt.text, got, tt.not)
			}
			if tt.wantR != "" {
				checkReadingTerms(t, a, tt.text, []string{tt.wantR}, []string{tt.wantR + "ト", tt.wantR + "ニ"})
			}
		})
	}
}

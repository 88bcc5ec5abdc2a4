package analyzer_test

import (
	"slices"
	"testing"
)

// TestOldFormReadsAsNew: 來 reads as 来 in the reading field, so 未來 is
// ミライ as 未来 is.
func TestOldFormReadsAsNew(t *testing.T) {
	a := projectAnalyzer(t)
	if got, want := a.ReadingTerms("未來"), a.ReadingTerms("未来"); !slices.Equal(got, want) || len(got) == 0 {
		t.Errorf("ReadingTerms(未來) = %q, want %q (未来's)", got, want)
	}
}

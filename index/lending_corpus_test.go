package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"

	"sagasu/analyzer"
	"sagasu/data"
)

// TestLendingSameAsOwnAnalysisCorpus analyses livedoor's articles both
// ways: as an import does (the related words' analysis lending kagome's
// segmentation of its sentences to the fields', the main field's
// analysis of a text with kanji variants passing it to the reading
// view), and each field on its own, with an Analyzer no other analysis
// lends to; every indexed field's tokens must be the same. Every third
// article, in order (what one leaves unclaimed may meet the next), to
// spare the suite the minute and more of all 7,367.
func TestLendingSameAsOwnAnalysisCorpus(t *testing.T) {
	arts := loadCorpus(t, 1<<20)
	opts := analyzer.Options{UserDict: data.UserDict, NameReadings: data.NameReadings}
	lent, err := newMapping(opts)
	if err != nil {
		t.Fatal(err)
	}
	// Equal options share one Analyzer (analyzer.New); a line feed more
	// at the end of the dictionary's CSV reads the same dictionary into
	// an Analyzer of its own.
	opts.UserDict += "\n"
	own, err := newMapping(opts)
	if err != nil {
		t.Fatal(err)
	}
	if lent.AnalyzerNamed(textAnalyzer) == own.AnalyzerNamed(textAnalyzer) {
		t.Fatal("the two mappings share an Analyzer")
	}
	differ, n := 0, 0
	for i := 0; i < len(arts); i += 3 {
		n++
		a := &arts[i]
		d1, err := articleDocument(lent, a)
		if err != nil {
			t.Fatal(err)
		}
		preAnalyze(d1)
		d2 := document.NewDocument(a.ID)
		if err := own.MapDocument(d2, toDoc(a)); err != nil {
			t.Fatal(err)
		}
		preAnalyze(d2)
		got, want := fieldTokens(d1), fieldTokens(d2)
		for name, w := range want {
			if got[name] != w {
				if differ++; differ <= 5 {
					t.Errorf("%s: field %s: lent analysis\n%s\nown analysis\n%s", a.ID, name, got[name], w)
				}
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d fields of %d articles differ", differ, n)
	}
}

// fieldTokens returns the analysed tokens of doc's indexed text fields by
// name, one "term start:end position" a line (a name's fields apart).
func fieldTokens(doc *document.Document) map[string]string {
	byName := map[string][]string{}
	for _, f := range doc.Fields {
		var tf *document.TextField
		switch v := f.(type) {
		case analyzedText:
			tf = v.TextField
		case *document.TextField:
			tf = v
		}
		if tf == nil || !tf.Options().IsIndexed() {
			continue
		}
		var lines []string
		for term, freq := range tf.AnalyzedTokenFrequencies() {
			for _, l := range freq.Locations {
				lines = append(lines, fmt.Sprintf("%s %d:%d %d", term, l.Start, l.End, l.Position))
			}
		}
		slices.Sort(lines)
		byName[tf.Name()] = append(byName[tf.Name()], strings.Join(lines, "\n"))
	}
	out := make(map[string]string, len(byName))
	for name, streams := range byName {
		slices.Sort(streams)
		out[name] = strings.Join(streams, "\n--\n")
	}
	return out
}

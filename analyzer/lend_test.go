package analyzer

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
)

// streamText writes a token stream one token a line, for comparing.
func streamText(ts analysis.TokenStream) string {
	var b bytes.Buffer
	for _, t := range ts {
		fmt.Fprintf(&b, "%s %d:%d %d\n", t.Term, t.Start, t.End, t.Position)
	}
	return b.String()
}

// TestLendingLeavesSegmentation checks that the Lending view's analysis
// of a text leaves kagome's segmentation of its sentences, that the
// fields' analysis of the same text takes all of it, and that what the
// fields' analysis and the view's give is what they give with nothing
// lent.
func TestLendingLeavesSegmentation(t *testing.T) {
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	a, err := New(Options{UserDict: read("../data/userdict.csv"), NameReadings: read("../data/names.txt")})
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := filepath.Glob("testdata/tokenize/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			text := read(in)
			a.lent = lentTokens{} // (nothing left by another test)
			wantMain := streamText(a.Analyze([]byte(text)))
			wantReading := streamText(a.Reading().Analyze([]byte(text)))
			wantTerms, wantContent := a.TermsAndContent(text, map[string]string{}, &Words{})

			gotTerms, gotContent := a.Lending().TermsAndContent(text, map[string]string{}, &Words{})
			if !slices.Equal(gotTerms, wantTerms) || gotContent != wantContent {
				t.Errorf("Lending().TermsAndContent = %v, %d; want %v, %d", gotTerms, gotContent, wantTerms, wantContent)
			}
			if a.lent.n.Load() == 0 {
				t.Fatal("Lending().TermsAndContent left no sentence's segmentation")
			}
			if got := streamText(a.Analyze([]byte(text))); got != wantMain {
				t.Errorf("Analyze after lending =\n%s\nwant\n%s", got, wantMain)
			}
			if got := streamText(a.Reading().Analyze([]byte(text))); got != wantReading {
				t.Errorf("Reading().Analyze after lending =\n%s\nwant\n%s", got, wantReading)
			}
			// Left: only the sentences whose kanji variants the
			// reading view folded, which it segmented itself.
			for sentence := range a.lent.m {
				if !hasVariants([]byte(sentence)) {
					t.Errorf("%q left after Analyze and its reading view read the text", sentence)
				}
			}
		})
	}
}

// TestVariantsPassSegmentationToReading checks that the main analysis of
// a text with kanji variants leaves its sentences' segmentation for the
// reading view, which folds the variants: the view segments only the
// sentences with a variant, and reads what it reads with nothing left.
func TestVariantsPassSegmentationToReading(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		left int // sentences the reading view segments itself
	}{
		{"one sentence of two with a variant", "渡邊さんが来た。今日は晴れだった。", 1},
		{"the variant in the second", "今日は晴れだった。髙橋さんが来た。明日は雨。", 1},
		{"every sentence with one", "渡邊さん。髙橋さん。", 2},
		{"none", "今日は晴れだった。明日は雨。", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.lent = lentTokens{}
			wantMain := streamText(a.Analyze([]byte(tt.text)))
			wantReading := streamText(a.Reading().Analyze([]byte(tt.text)))
			a.lent = lentTokens{}
			main := streamText(a.Analyze([]byte(tt.text)))
			if hasVariants([]byte(tt.text)) && a.lent.n.Load() == 0 {
				t.Fatal("Analyze of a text with variants left no sentence's segmentation")
			}
			if got := streamText(a.Reading().Analyze([]byte(tt.text))); got != wantReading {
				t.Errorf("Reading().Analyze after Analyze =\n%s\nwant\n%s", got, wantReading)
			}
			if main != wantMain {
				t.Errorf("Analyze =\n%s\nwant\n%s", main, wantMain)
			}
			if n := int(a.lent.n.Load()); n != tt.left {
				t.Errorf("%d sentences left after the reading view; want %d (%v)", n, tt.left, a.lent.m)
			}
		})
	}
}

// TestLentTokensBounded checks that sentences nobody takes age out.
func TestLentTokensBounded(t *testing.T) {
	var l lentTokens
	for i := range 3 * lentSentences {
		l.put(fmt.Sprintf("文%d。", i), nil)
	}
	if n := int(l.n.Load()); n != lentSentences || len(l.m) != lentSentences {
		t.Errorf("after %d sentences left, %d (map %d) kept; want %d", 3*lentSentences, n, len(l.m), lentSentences)
	}
	if _, ok := l.take("文0。"); ok {
		t.Error("the first sentence left is still there")
	}
	if _, ok := l.take(fmt.Sprintf("文%d。", 3*lentSentences-1)); !ok {
		t.Error("the last sentence left is gone")
	}
}

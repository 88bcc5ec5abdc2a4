package analyzer_test

import (
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"sagasu/analyzer"
)

// FuzzAnalyze checks invariants, not outputs, for the main and the reading
// field: every token lies inside the input, starts and ends on a character
// boundary of the input (invalid bytes count as one character each), has a
// non-empty valid term, and neither starts nor positions go backwards
// (parts and shingles may share their whole's position).
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"東京都に住む Go言語", "ＡＢＣ１２３", "㍿", "a\xffb", "ｶﾞｿﾘﾝ", "\u200b", "e\u0301",
		"全固体電池の量産を発表した。", "🚀👍🏽", "ﾃｽﾗ\u3000ＥＶ", "\xe3\x81", "A\u0308\u0323",
	}
	inputs, _ := filepath.Glob("testdata/tokenize/*.txt")
	for _, in := range inputs {
		seeds = append(seeds, string(mustRead(f, in)))
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	a := projectAnalyzer(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		check(t, in, a.Analyze(in))
		check(t, in, a.Reading().Analyze(in))
		for _, tk := range (analyzer.Bigram{}).Analyze(in) {
			if tk.Start < 0 || tk.End > len(in) || tk.End <= tk.Start || !utf8.Valid(tk.Term) {
				t.Fatalf("bigram %q at %d:%d", tk.Term, tk.Start, tk.End)
			}
		}
	})
}

func check(t *testing.T, in []byte, ts analysis.TokenStream) {
	t.Helper()
	bounds := map[int]bool{len(in): true}
	for i := 0; i < len(in); {
		bounds[i] = true
		_, size := utf8.DecodeRune(in[i:])
		i += size
	}
	prevStart, prevPos := 0, 0
	for _, tk := range ts {
		switch {
		case len(tk.Term) == 0:
			t.Fatalf("empty term at %d:%d", tk.Start, tk.End)
		case tk.Start < prevStart || tk.End <= tk.Start || tk.End > len(in):
			t.Fatalf("token %q at %d:%d after start %d (input %d bytes)", tk.Term, tk.Start, tk.End, prevStart, len(in))
		case !bounds[tk.Start] || !bounds[tk.End]:
			t.Fatalf("token %q at %d:%d splits a character of %q", tk.Term, tk.Start, tk.End, in)
		case tk.Position < prevPos || tk.Position < 1:
			t.Fatalf("token %q position %d after %d", tk.Term, tk.Position, prevPos)
		case !utf8.Valid(tk.Term):
			t.Fatalf("term %q is not valid UTF-8", tk.Term)
		}
		prevStart, prevPos = tk.Start, tk.Position
	}
}

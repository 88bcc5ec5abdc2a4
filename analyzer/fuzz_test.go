package analyzer_test

import (
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze checks invariants, not outputs: every token lies inside the
// input, starts and ends on a character boundary of the input (invalid
// bytes count as one character each), has a non-empty term, and starts and
// positions never go backwards.
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
	a := mustAnalyzer(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		bounds := map[int]bool{len(in): true}
		for i := 0; i < len(in); {
			bounds[i] = true
			_, size := utf8.DecodeRune(in[i:])
			i += size
		}
		prevStart, prevPos := 0, 0
		for _, tk := range a.Analyze(in) {
			switch {
			case len(tk.Term) == 0:
				t.Fatalf("empty term at %d:%d", tk.Start, tk.End)
			case tk.Start < prevStart || tk.End <= tk.Start || tk.End > len(in):
				t.Fatalf("token %q at %d:%d after start %d (input %d bytes)", tk.Term, tk.Start, tk.End, prevStart, len(in))
			case !bounds[tk.Start] || !bounds[tk.End]:
				t.Fatalf("token %q at %d:%d splits a character of %q", tk.Term, tk.Start, tk.End, in)
			case tk.Position <= prevPos:
				t.Fatalf("token %q position %d after %d", tk.Term, tk.Position, prevPos)
			case !utf8.Valid(tk.Term):
				t.Fatalf("term %q is not valid UTF-8", tk.Term)
			}
			prevStart, prevPos = tk.Start, tk.Position
		}
	})
}

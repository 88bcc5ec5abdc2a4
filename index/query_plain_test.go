package index

import (
	"context"
	"slices"
	"testing"
)

// TestCompileLeavesTokensAsAnalysed: the tokens compile keeps of each
// text (see tokens) are shared by every rule that reads a word, which
// reads them once (scanWords); no rule writes to them, so after a
// compilation each is still what the analyzer gives.
func TestCompileLeavesTokensAsAnalysed(t *testing.T) {
	ix := mustFixtures(t)
	for _, tt := range []struct{ name, q string }{
		{"words", "女子力アップ キメ技"},
		{"place with its suffix", "東京都 条例"},
		{"sentence typed as one word", "全固体電池の量産はいつ始まる"},
		{"verb and question", "量子ビットを制御する方法は"},
		{"kana", "ぜんこたいでんち とは"},
		{"name with a suffix", "トヨタ社 電池"},
		{"exclusion and phrase", `"全固体電池" -トヨタ 量産`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tc := &readerCounter{ctx: context.Background(), ix: ix.b}
			defer tc.close()
			c := ix.compiler(tc)
			if _, err := c.compile(tt.q); err != nil {
				t.Fatal(err)
			}
			if len(c.analysed) == 0 {
				t.Fatalf("compile(%q) kept no tokens", tt.q)
			}
			for text, toks := range c.analysed {
				if want := ix.an.Tokens(text); !slices.Equal(toks, want) {
					t.Errorf("compile(%q): tokens of %q = %+v, want %+v as analysed", tt.q, text, toks, want)
				}
			}
		})
	}
}

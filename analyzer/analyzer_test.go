package analyzer_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sagasu/analyzer"
)

var update = flag.Bool("update", false, "rewrite testdata/tokenize/*.golden")

// mustAnalyzer resolves the analyzer through bleve's registry, which also
// proves that it is registered under analyzer.Name.
func mustAnalyzer(tb testing.TB) analysis.Analyzer {
	tb.Helper()
	a, err := registry.NewCache().AnalyzerNamed(analyzer.Name)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// dump writes one token per line: term, byte range, position and the
// original bytes the range covers, so a reviewer sees the offsets land.
func dump(input []byte, ts analysis.TokenStream) []byte {
	var b bytes.Buffer
	for _, t := range ts {
		fmt.Fprintf(&b, "%s\t%d:%d\t%d\t%q\n", t.Term, t.Start, t.End, t.Position, input[t.Start:t.End])
	}
	return b.Bytes()
}

// projectAnalyzer is the analyzer with the project's user dictionary and
// name readings, read from the data folder (the analyzer package imports
// no project package).
func projectAnalyzer(tb testing.TB) *analyzer.Analyzer {
	tb.Helper()
	a, err := analyzer.New(analyzer.Options{
		UserDict:     string(mustRead(tb, "../data/userdict.csv")),
		NameReadings: string(mustRead(tb, "../data/names.txt")),
	})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// TestAnalyzeGolden checks the main and the reading field of every input
// in testdata/tokenize, with the project's user dictionary. Rewrite the
// goldens with -update after a deliberate change and review the diff.
func TestAnalyzeGolden(t *testing.T) {
	a := projectAnalyzer(t)
	inputs, err := filepath.Glob("testdata/tokenize/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src := mustRead(t, in)
			got := dump(src, a.Analyze(src))
			got = append(got, "# reading\n"...)
			got = append(got, dump(src, a.Reading().Analyze(src))...)
			golden := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if want := mustRead(t, golden); !bytes.Equal(got, want) {
				t.Errorf("%s:\n got:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

func terms(a analysis.Analyzer, s string) []string {
	var out []string
	for _, t := range a.Analyze([]byte(s)) {
		out = append(out, string(t.Term))
	}
	return out
}

// TestOffsetsOnOriginal checks that every token's byte range, cut out of the
// original text, folds to the token's surface: highlights on full-width text
// land on the full-width characters.
func TestOffsetsOnOriginal(t *testing.T) {
	a := mustAnalyzer(t)
	in := "ＮＶＩＤＩＡの新型ＧＰＵ「Ｂ２００」は３０％速い。"
	want := map[string]string{"nvidia": "ＮＶＩＤＩＡ", "gpu": "ＧＰＵ", "b": "Ｂ", "200": "２００", "30": "３０", "速い": "速い"}
	got := map[string]string{}
	for _, tk := range a.Analyze([]byte(in)) {
		got[string(tk.Term)] = in[tk.Start:tk.End]
	}
	for term, orig := range want {
		if got[term] != orig {
			t.Errorf("term %q covers %q, want %q (all: %q)", term, got[term], orig, got)
		}
	}
	in = "𠮷野家の牛丼"
	for _, tk := range a.Analyze([]byte(in)) {
		if string(tk.Term) == "吉野家" && in[tk.Start:tk.End] != "𠮷野家" {
			t.Errorf("term 吉野家 covers %q, want 𠮷野家", in[tk.Start:tk.End])
		}
	}
}

func TestUserDict(t *testing.T) {
	a, err := analyzer.New(analyzer.Options{UserDict: "全固体電池,全固体 電池,ゼンコタイ デンチ,カスタム名詞\n生成ＡＩ,生成 AI,セイセイ エーアイ,カスタム名詞\n"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Terms("全固体電池と生成AIと生成ａｉ"), []string{"全固体電池", "生成ai", "生成ai"}; !slices.Equal(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
	in := "新型の全固体電池を量産"
	var got []string
	for _, tk := range a.Analyze([]byte(in)) {
		got = append(got, fmt.Sprintf("%s@%d=%s", tk.Term, tk.Position, in[tk.Start:tk.End]))
	}
	want := []string{"新型@1=新型", "全固体電池@3=全固体電池", "全固体@3=全固体", "電池@4=電池", "量産@6=量産"}
	if !slices.Equal(got, want) {
		t.Errorf("Analyze(%q) = %q, want %q", in, got, want)
	}
	// A compound whose part is a compound of the dictionary is indexed by
	// that part's parts: ビット finds 論理量子ビット as it finds 量子ビット.
	nested, err := analyzer.New(analyzer.Options{UserDict: "量子ビット,量子 ビット,リョウシ ビット,カスタム名詞\n論理量子ビット,論理 量子ビット,ロンリ リョウシビット,カスタム名詞\n"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := terms(nested, "論理量子ビット"), []string{"論理量子ビット", "論理", "量子", "ビット"}; !slices.Equal(got, want) {
		t.Errorf("terms(論理量子ビット) = %q, want %q", got, want)
	}
	if _, err := analyzer.New(analyzer.Options{UserDict: "壊れた,行"}); err == nil {
		t.Error("New accepted a malformed user dictionary")
	}
}

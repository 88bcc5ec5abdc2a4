package analyzer_test

import (
	"bytes"
	"testing"

	"sagasu/analyzer"
)

// pathologicalTexts are texts of one symbol or script repeated without a
// space, as a PUT of junk or a paste gone wrong sends them: kagome reads
// them as one unknown word after another. Each is about size bytes.
func pathologicalTexts(size int) []struct {
	name string
	text []byte
} {
	rep := func(s string) []byte { return bytes.Repeat([]byte(s), size/len(s)) }
	return []struct {
		name string
		text []byte
	}{
		{"nakaguro", rep("・")},
		{"halfwidth-voiced-mark", rep("ﾞ")},
		{"kanji-zero", rep("〇")},
		{"devanagari", rep("हिन्दी")},
		{"thai", rep("ภาษาไทย")},
		{"greek", rep("αβγδ")},
		{"emoji", rep("😀")},
		{"iteration-mark", rep("々")},
	}
}

// BenchmarkAnalyzePathological is what indexing a body of each
// pathological text costs (the main and the reading field, as
// BenchmarkAnalyze's "ja"), beside "ordinary": livedoor articles (or the
// sample ones) joined to the same size. Compare the figures as ratios
// within one run; cpu-ms/MB (the process's CPU time, from getrusage) is
// steadier than MB/s on a shared machine.
func BenchmarkAnalyzePathological(b *testing.B) {
	const size = 256 << 10
	_, texts := benchTexts(b, 500)
	ordinary := bytes.Join(texts, []byte("\n"))
	for len(ordinary) < size {
		ordinary = append(ordinary, ordinary...)
	}
	cases := append(pathologicalTexts(size), struct {
		name string
		text []byte
	}{"ordinary", ordinary[:size]})
	a := projectAnalyzer(b)
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			tokens := 0
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			cpu0 := cpuTime(b)
			for b.Loop() {
				tokens += len(a.Analyze(c.text)) + len(a.Reading().Analyze(c.text)) + len(analyzer.Bigram{}.Analyze(c.text))
			}
			b.ReportMetric(float64((cpuTime(b)-cpu0).Milliseconds())/(float64(len(c.text))*float64(b.N)/1e6), "cpu-ms/MB")
			b.ReportMetric(float64(tokens)/float64(b.N), "tokens/op")
		})
	}
}

package analyzer_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"

	"sagasu/analyzer"
)

// corpusPath is the shared livedoor corpus: $SAGASU_CORPUS, or
// ../../shared/corpus/livedoor.jsonl beside the repository.
func corpusPath() string {
	if p := os.Getenv("SAGASU_CORPUS"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "shared", "corpus", "livedoor.jsonl")
}

// benchTexts returns article bodies: the first n of the livedoor corpus when
// it is present, else the embedded sample articles. With CI=true a missing
// corpus fails the benchmark.
func benchTexts(tb testing.TB, n int) (name string, texts [][]byte) {
	tb.Helper()
	path := corpusPath()
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("corpus %s is missing (set SAGASU_CORPUS): %v", path, err)
		}
		tb.Logf("corpus %s not found (set SAGASU_CORPUS); using the sample articles", path)
		path, f = filepath.Join("..", "data", "articles.jsonl"), nil
		if f, err = os.Open(path); err != nil {
			tb.Fatal(err)
		}
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(texts) < n {
		var a struct{ Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, []byte(a.Title+"\n"+a.Body))
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return filepath.Base(path), texts
}

func totalBytes(texts [][]byte) (n int64) {
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}

// BenchmarkAnalyze compares the whole analyzer with raw kagome search mode
// on the same text: "ja" is what indexing a title or body costs, the main
// field (folding, offset mapping, sentence chunks, filters, numbers, parts,
// shingles) and the reading field, which the same pass computes and the
// reading analyzer then picks up. Compare the MB/s figures as a ratio
// within one run.
func BenchmarkAnalyze(b *testing.B) {
	_, texts := benchTexts(b, 500)
	size := totalBytes(texts)
	b.Run("ja", func(b *testing.B) {
		a := projectAnalyzer(b)
		tokens := 0
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				tokens += len(a.Analyze(t)) + len(a.Reading().Analyze(t))
			}
		}
		b.ReportMetric(float64(tokens)/float64(b.N), "tokens/op")
	})
	b.Run("bigram", func(b *testing.B) {
		a := analyzer.Bigram{}
		tokens := 0
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				tokens += len(a.Analyze(t))
			}
		}
		b.ReportMetric(float64(tokens)/float64(b.N), "tokens/op")
	})
	recs, err := dict.NewUserDicRecords(bytes.NewReader(mustRead(b, "../data/userdict.csv")))
	if err != nil {
		b.Fatal(err)
	}
	ud, err := recs.NewUserDict()
	if err != nil {
		b.Fatal(err)
	}
	kagome := func(name string, opts ...tokenizer.Option) {
		b.Run(name, func(b *testing.B) { benchKagome(b, texts, size, opts...) })
	}
	kagome("kagome-search", tokenizer.OmitBosEos())
	kagome("kagome-search-userdict", tokenizer.OmitBosEos(), tokenizer.UserDict(ud))
}

// BenchmarkAnalyzeAllCores is the analysis an import does (main, reading
// and bigram fields) over the first 2,000 livedoor articles on every core:
// the ceiling for import throughput, which `sagasu import` is compared
// with (MB/s of title and body text). It also reports the process's CPU
// time per MB (user and system, from getrusage: steadier than MB/s on a
// shared machine) and the cores the analysis kept busy (CPU ÷ wall).
func BenchmarkAnalyzeAllCores(b *testing.B) {
	_, texts := benchTexts(b, 2000)
	a := projectAnalyzer(b)
	workers := runtime.GOMAXPROCS(0)
	size := totalBytes(texts)
	b.SetBytes(size)
	var cpu, wall time.Duration
	for b.Loop() {
		cpu0, start := cpuTime(b), time.Now()
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for i := next.Add(1) - 1; i < int64(len(texts)); i = next.Add(1) - 1 {
					t := texts[i]
					a.Analyze(t)
					a.Reading().Analyze(t)
					analyzer.Bigram{}.Analyze(t)
				}
			})
		}
		wg.Wait()
		cpu += cpuTime(b) - cpu0
		wall += time.Since(start)
	}
	b.ReportMetric(float64(workers), "procs")
	b.ReportMetric(float64(cpu.Milliseconds())/(float64(size)*float64(b.N)/1e6), "cpu-ms/MB")
	b.ReportMetric(cpu.Seconds()/wall.Seconds(), "cores")
}

// cpuTime is the process's user and system CPU so far.
func cpuTime(tb testing.TB) time.Duration {
	tb.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchKagome runs raw kagome search mode over the texts.
func benchKagome(b *testing.B, texts [][]byte, size int64, opts ...tokenizer.Option) {
	{
		k, err := tokenizer.New(ipa.Dict(), opts...)
		if err != nil {
			b.Fatal(err)
		}
		tokens := 0
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				tokens += len(k.Analyze(string(t), tokenizer.Search))
			}
		}
		b.ReportMetric(float64(tokens)/float64(b.N), "tokens/op")
	}
}

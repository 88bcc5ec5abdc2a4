package index

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"slices"
	"testing"
	"time"
)

// loadCorpus decodes up to n corpus articles.
func loadCorpus(tb testing.TB, n int) []Article {
	tb.Helper()
	f, err := os.Open(needCorpus(tb))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), maxLineBytes)
	var out []Article
	for sc.Scan() && len(out) < n {
		a, err := DecodeArticle(sc.Bytes())
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// corpusLines returns the first n lines of the corpus file as JSONL.
func corpusLines(tb testing.TB, path string, n int) []byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	lr := newLineReader(context.Background(), f, maxLineBytes)
	for range n {
		line, err := lr.next()
		if err != nil {
			tb.Fatal(err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// benchQueries is a search-box mix: single words, compounds, several words,
// a phrase, an exclusion, mixed English.
var benchQueries = []string{
	"iPhone", "スマートフォン", "映画", "サッカー 日本代表", "独身女性の結婚", "Android アプリ",
	`"日本代表"`, "掃除機 -ダイソン", "ソフトバンク", "婚活", "東京", "新型 発表",
}

// BenchmarkSearch runs the query mix with facets and highlights on the
// livedoor index, one query per op, and reports latency percentiles.
func BenchmarkSearch(b *testing.B) {
	ix, _ := mustCorpus(b)
	for _, tc := range []struct {
		name string
		req  func(q string) Request
	}{
		{"relevance", func(q string) Request { return Request{Query: q} }},
		{"category+newest", func(q string) Request {
			return Request{Query: q, Categories: []string{"it-life-hack", "smax"}, Sort: SortNewest}
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var took []time.Duration
			i := 0
			for b.Loop() {
				start := time.Now()
				if _, err := ix.Search(context.Background(), tc.req(benchQueries[i%len(benchQueries)])); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
				i++
			}
			reportPercentiles(b, took)
		})
	}
}

func reportPercentiles(b *testing.B, d []time.Duration) {
	slices.Sort(d)
	at := func(p float64) float64 {
		return float64(d[min(len(d)-1, int(p*float64(len(d))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

// BenchmarkRelated measures related articles on the livedoor index, for
// an indexed article and for a draft (the same text, not in the index),
// one source per op, and reports latency percentiles.
func BenchmarkRelated(b *testing.B) {
	ix, _ := mustCorpus(b)
	arts := loadCorpus(b, 1<<20)
	for _, tc := range []struct {
		name string
		req  func(a Article) RelatedRequest
	}{
		{"id", func(a Article) RelatedRequest { return RelatedRequest{ID: a.ID} }},
		{"draft", func(a Article) RelatedRequest { return RelatedRequest{Title: a.Title, Body: a.Body} }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var took []time.Duration
			i := 0
			for b.Loop() {
				a := arts[(i*7919)%len(arts)]
				start := time.Now()
				if _, err := ix.Related(context.Background(), tc.req(a)); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
				i++
			}
			reportPercentiles(b, took)
		})
	}
}

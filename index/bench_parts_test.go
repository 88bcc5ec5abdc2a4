package index

import (
	"context"
	"os"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
)

// partsQueries are the reader queries of sagasu bench's built-in mix.
var partsQueries = []string{
	"iPhone", "スマートフォン", "映画", "サッカー 日本代表", "独身女性", "Android アプリ", "ソフトバンク",
	"婚活", "東京", "新型 発表", "ダイエット", "ゲーム", "テレビ", "監督", "結婚", "ドコモ", "カメラ",
	"えいが", "けっこん", "Twitter", "Facebook", "電子書籍", "震災", "ランキング", "恋愛", "女子会",
}

// BenchmarkSearchParts measures the parts of a search that are not
// bleve's search of the page: compiling the query ("compile") and
// locating a page of 20 hits for their highlights ("locate"), beside the
// whole search with facets ("search"), one query of the bench mix an op,
// on the index in $SAGASU_BENCH_INDEX (a copy, with its suggestion data,
// as a server reads kana with it) or, without it, on livedoor. It reports the process's CPU an op,
// the steadier figure on a shared machine.
func BenchmarkSearchParts(b *testing.B) {
	ix := benchPartsIndex(b)
	ctx := context.Background()
	pages := make([]search.DocumentMatchCollection, len(partsQueries))
	located := make([]textQuery, len(partsQueries))
	for i, q := range partsQueries {
		res, err := ix.Search(ctx, Request{Query: q, PerPage: 20})
		if err != nil {
			b.Fatal(err)
		}
		for _, h := range res.Hits {
			pages[i] = append(pages[i], &search.DocumentMatch{ID: h.ID})
		}
		located[i] = mustCompileB(b, ix, q)
	}
	run := func(b *testing.B, f func(i int) error) {
		start, i := cpuTime(), 0
		for b.Loop() {
			if err := f(i % len(partsQueries)); err != nil {
				b.Fatal(err)
			}
			i++
		}
		b.ReportMetric(float64(cpuTime()-start)/1e6/float64(b.N), "cpu-ms/op")
	}
	b.Run("compile", func(b *testing.B) {
		run(b, func(i int) error {
			tc := &readerCounter{ctx: ctx, ix: ix.b}
			defer tc.close()
			_, err := ix.compiler(tc).compile(partsQueries[i])
			return err
		})
	})
	b.Run("locate", func(b *testing.B) {
		run(b, func(i int) error {
			for _, h := range pages[i] {
				h.Locations = nil
			}
			return ix.locate(ctx, located[i].locating(false), pages[i])
		})
	})
	b.Run("search", func(b *testing.B) {
		run(b, func(i int) error {
			_, err := ix.Search(ctx, Request{Query: partsQueries[i], Sort: SortNewest, From: day("2000-01-01"), PerPage: 20})
			return err
		})
	})
}

// benchPartsIndex opens $SAGASU_BENCH_INDEX without its answer cache, or
// the livedoor corpus's index.
func benchPartsIndex(b *testing.B) *Index {
	b.Helper()
	dir := os.Getenv("SAGASU_BENCH_INDEX")
	if dir == "" {
		ix, _ := mustCorpus(b)
		return ix
	}
	ix, err := Open(dir, Options{MustExist: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return ix
}

package index

import (
	"context"
	"math"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// bonusPhraseQueries are typed words whose ranked queries have phrases
// among their bonuses: compounds kagome splits (女子会, 婚活), several
// words, sentences, names, and the queries whose terms repeat.
var bonusPhraseQueries = append([]string{
	"女子会", "婚活", "独身女性", "電子書籍", "日本代表", "サッカー 日本代表 監督", "地上デジタル放送",
	"スマートフォン 新機種 発表", "夏っぽいメイクに変えるコツ", "iPhone 4S 発売日", "ソフトバンク 孫正義",
	"映画 女優", "量子コンピュータ まとめ", "週間まとめ", "日日日日", "アカデミー賞 受賞", "title:日本代表",
}, matchOnlyQueries...)

// TestBonusPhrasesScoreAsBuilt checks that a ranked query whose bonus
// phrases are checked at the articles found ranks as the query with
// bleve's phrase searchers: the same total, and the same hits with the
// same scores, strict and relaxed.
func TestBonusPhrasesScoreAsBuilt(t *testing.T) {
	ix := matchOnlyIndex(t)
	lens := ix.measured()
	for _, text := range bonusPhraseQueries {
		tq := mustCompile(t, ix, text)
		for _, relaxed := range []bool{false, true} {
			if relaxed && len(tq.relax) == 0 {
				continue
			}
			q := ix.ranked(tq, nil, relaxed, true, text)
			run := func(q query.Query) *bleve.SearchResult {
				req := bleve.NewSearchRequestOptions(q, 50, 0, false)
				ix.withLengths(req, lens)
				res, err := ix.b.Search(req)
				if err != nil {
					t.Fatalf("%s: %v", text, err)
				}
				return res
			}
			got, want := run(q), run(plainPhrases(q))
			if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
				t.Errorf("%s (relaxed %v): %d matches, %d hits; with bleve's phrases %d, %d", text, relaxed, got.Total, len(got.Hits), want.Total, len(want.Hits))
				continue
			}
			for i := range want.Hits {
				// (A last bit may differ: bleve's disjunctions of more
				// than ten clauses sum their scores in the order of a
				// heap, which the positions between articles reorder.)
				if g, w := got.Hits[i], want.Hits[i]; g.ID != w.ID || math.Abs(g.Score-w.Score) > 1e-12*w.Score {
					t.Errorf("%s (relaxed %v): hit %d is %s at %v, with bleve's phrases %s at %v", text, relaxed, i, g.ID, g.Score, w.ID, w.Score)
					break
				}
			}
		}
	}
}

// plainPhrases returns q with its bonus phrases bleve's phrase queries
// again.
func plainPhrases(q query.Query) query.Query {
	if cp, ok := mapChildren(q, plainPhrases); ok {
		return cp
	}
	switch x := q.(type) {
	case *bonusPhrase:
		return x.PhraseQuery
	case *query.BooleanQuery:
		cp := *x
		for _, c := range []*query.Query{&cp.Must, &cp.Should, &cp.MustNot} {
			if *c != nil {
				*c = plainPhrases(*c)
			}
		}
		return &cp
	}
	return q
}

func TestBonusPhrasesShapes(t *testing.T) {
	phrase := func() query.Query { return bleve.NewPhraseQuery([]string{"日本", "代表"}, fieldBody) }
	term := func() query.Query {
		q := bleve.NewTermQuery("サッカ")
		q.SetField(fieldBody)
		return q
	}
	boolean := func(must, should, mustNot query.Query) *query.BooleanQuery {
		b := bleve.NewBooleanQuery()
		if must != nil {
			b.AddMust(must)
		}
		if should != nil {
			b.AddShould(should)
		}
		if mustNot != nil {
			b.AddMustNot(mustNot)
		}
		return b
	}
	minTwo := func(qs ...query.Query) query.Query {
		d := bleve.NewDisjunctionQuery(qs...)
		d.SetMin(2)
		return d
	}
	filtered := boolean(phrase(), nil, nil)
	filtered.AddFilter(term())
	needed := boolean(phrase(), term(), nil)
	needed.SetMinShould(1)
	for _, tc := range []struct {
		name  string
		in    query.Query
		bonus int // phrases checked at the articles found
		plain int // bleve's phrases left
	}{
		{"a phrase required", boolean(phrase(), nil, nil), 0, 1},
		{"a phrase alone", phrase(), 0, 1},
		{"a bonus", boolean(term(), phrase(), nil), 1, 0},
		{"bonuses in disjunctions", boolean(term(), bleve.NewDisjunctionQuery(phrase(), bleve.NewDisjunctionQuery(phrase(), term())), nil), 2, 0},
		{"a should clause with nothing required", boolean(nil, phrase(), term()), 0, 1},
		{"an excluded phrase", boolean(term(), nil, phrase()), 0, 1},
		{"a bonus of two clauses at least", boolean(term(), minTwo(phrase(), term(), phrase()), nil), 0, 2},
		{"a bonus conjunction of two", boolean(term(), bleve.NewConjunctionQuery(phrase(), phrase()), nil), 0, 2},
		{"a bonus's required phrase, roundups' titles weighed down", boolean(term(), boolean(phrase(), boolean(phrase(), nil, term()), nil), nil), 2, 0},
		{"a bonus's required phrase with a filter", boolean(term(), filtered, nil), 0, 1},
		{"a bonus's required phrase, its should clause needed", boolean(term(), needed, nil), 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bonus, plain := countPhrases(bonusPhrases(tc.in))
			if bonus != tc.bonus || plain != tc.plain {
				t.Errorf("bonusPhrases: %d bonus phrases and %d of bleve's, want %d and %d", bonus, plain, tc.bonus, tc.plain)
			}
			if b, p := countPhrases(tc.in); b != 0 || p != tc.bonus+tc.plain {
				t.Errorf("the query given changed: %d bonus phrases and %d of bleve's", b, p)
			}
		})
	}
}

// countPhrases counts q's bonus phrases and bleve's phrase queries.
func countPhrases(q query.Query) (bonus, plain int) {
	switch x := q.(type) {
	case *bonusPhrase:
		return 1, 0
	case *query.PhraseQuery:
		return 0, 1
	case *query.DisjunctionQuery:
		for _, c := range x.Disjuncts {
			b, p := countPhrases(c)
			bonus, plain = bonus+b, plain+p
		}
	case *query.ConjunctionQuery:
		for _, c := range x.Conjuncts {
			b, p := countPhrases(c)
			bonus, plain = bonus+b, plain+p
		}
	case *query.BooleanQuery:
		for _, c := range []query.Query{x.Must, x.Should, x.MustNot} {
			if c != nil {
				b, p := countPhrases(c)
				bonus, plain = bonus+b, plain+p
			}
		}
	}
	return bonus, plain
}

// BenchmarkBonusPhrases runs ranked searches of typed words, each with
// bleve's phrase searchers ("bleve") and with its phrase bonuses checked
// at the articles found ("bonus"), alternated, on the index in
// $SAGASU_BENCH_INDEX (a copy: the index is opened, without suggestion
// data, which a server shares the cores with once it starts), and
// reports the CPU of the process per search, the steadier figure on a
// shared machine. Without the variable it skips.
func BenchmarkBonusPhrases(b *testing.B) {
	dir := os.Getenv("SAGASU_BENCH_INDEX")
	if dir == "" {
		b.Skip("set SAGASU_BENCH_INDEX to an index directory (a copy) to run this")
	}
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	lens := ix.measured()
	for _, text := range []string{"サッカー 日本代表", "女子会", "婚活", "電子書籍", "独身女性", "スマートフォン", "Android アプリ", "テレビ"} {
		tq := mustCompileB(b, ix, text)
		bonus := ix.ranked(tq, nil, false, true, text)
		for _, v := range []struct {
			name string
			q    query.Query
		}{{"bleve", plainPhrases(bonus)}, {"bonus", bonus}} {
			b.Run(text+"/"+v.name, func(b *testing.B) {
				start := cpuTime()
				for b.Loop() {
					req := bleve.NewSearchRequestOptions(v.q, 11, 0, false)
					ix.withLengths(req, lens)
					if _, err := ix.b.Search(req); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(cpuTime()-start)/1e6/float64(b.N), "cpu-ms/op")
			})
		}
	}
}

// cpuTime is the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func mustCompileB(b *testing.B, ix *Index, text string) textQuery {
	b.Helper()
	tc := &readerCounter{ctx: context.Background(), ix: ix.b}
	defer tc.close()
	tq, err := ix.compiler(tc).compile(text)
	if err != nil {
		b.Fatalf("%s: %v", text, err)
	}
	return tq
}

package index

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// matchOnlyQueries are typed words whose queries repeat terms: names with
// a romaji spelling and tags (ドコモ, ソフトバンク), synonyms, kana, several
// words, phrases and exclusions.
var matchOnlyQueries = []string{
	"ドコモ", "ソフトバンク", "iPhone", "スマホ", "スマートフォン", "サッカー 日本代表", "Android アプリ",
	"けっこん", "えいが", "じどううんてん", "テスラ", "ﾃｽﾗ", "AI", "人工知能", "Twitter", "電子書籍",
	"新型 発表", "独身女性", "全固体電池の量産", `"日本代表"`, "映画 -アニメ", "パソコン", "ＰＣ",
	"コンピューター", "発表した", "東京", "京都", "女子会", "docomo", "ゲーム OR アニメ",
	"年収一千万円 戦略コンサルタント", "そうじき シャープ スマホ", "映画 女優 QWZX",
}

// TestMatchOnlyMatchesAsBuilt checks that a query simplified for matching
// finds the articles the query as built for ranking finds, strict and
// relaxed.
func TestMatchOnlyMatchesAsBuilt(t *testing.T) {
	ix := matchOnlyIndex(t)
	for _, text := range matchOnlyQueries {
		tq := mustCompile(t, ix, text)
		for _, relaxed := range []bool{false, true} {
			if relaxed && len(tq.relax) == 0 {
				continue
			}
			bq := bleve.NewBooleanQuery()
			if relaxed {
				tq.addRelaxed(bq, false)
			} else {
				bq.AddMust(tq.units...)
				if len(tq.mustNot) > 0 {
					bq.AddMustNot(tq.mustNot...)
				}
			}
			want := matchedIDs(t, ix, bq)
			got := matchedIDs(t, ix, matchOnly(bq))
			if !slices.Equal(got, want) {
				t.Errorf("%s (relaxed %v): simplified finds %d articles, as built %d", text, relaxed, len(got), len(want))
			}
		}
	}
}

// TestLocatingOnlyLocatesAsBuilt checks that the simplified query that
// locates a page's matches marks what the whole query marks.
func TestLocatingOnlyLocatesAsBuilt(t *testing.T) {
	ix := matchOnlyIndex(t)
	for _, text := range matchOnlyQueries {
		tq := mustCompile(t, ix, text)
		for _, relaxed := range []bool{false, true} {
			whole := tq.locatingUnits(relaxed)
			if len(whole) == 0 {
				continue
			}
			req := bleve.NewSearchRequestOptions(tq.build(nil, relaxed, false), 20, 0, false)
			res, err := ix.b.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			want := locatedBy(t, ix, bleve.NewDisjunctionQuery(whole...), res.Hits)
			got := locatedBy(t, ix, tq.locating(relaxed), res.Hits)
			for i := range want {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("%s (relaxed %v): hit %s located at %v, the whole query at %v", text, relaxed, res.Hits[i].ID, got[i], want[i])
				}
			}
		}
	}
}

// locatedBy returns the locations q finds in the articles of res, those
// of the fields the highlighter reads.
func locatedBy(t *testing.T, ix *Index, q query.Query, res search.DocumentMatchCollection) []search.FieldTermLocationMap {
	t.Helper()
	hits := make(search.DocumentMatchCollection, len(res))
	for i, h := range res {
		hits[i] = &search.DocumentMatch{ID: h.ID}
	}
	if err := ix.locate(context.Background(), q, hits); err != nil {
		t.Fatal(err)
	}
	out := make([]search.FieldTermLocationMap, len(hits))
	for i, h := range hits {
		out[i] = search.FieldTermLocationMap{}
		for field, terms := range h.Locations {
			if marked(field) {
				out[i][field] = terms
			}
		}
	}
	return out
}

// matchOnlyIndex is livedoor's index when the corpus is there, else the
// sample set's.
func matchOnlyIndex(t *testing.T) *Index {
	if corpusPath() != "" {
		ix, _ := mustCorpus(t)
		return ix
	}
	return mustSample(t)
}

func mustCompile(t *testing.T, ix *Index, text string) textQuery {
	t.Helper()
	tc := &readerCounter{ctx: context.Background(), ix: ix.b}
	defer tc.close()
	tq, err := ix.compiler(tc).compile(text)
	if err != nil {
		t.Fatalf("%s: %v", text, err)
	}
	return tq
}

func matchedIDs(t *testing.T, ix *Index, q query.Query) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 100000, 0, false)
	req.Score = "none"
	res, err := ix.b.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.ID
	}
	slices.Sort(out)
	return out
}

func TestMatchOnlyShapes(t *testing.T) {
	term := func(field, text string, boost float64) query.Query {
		q := bleve.NewTermQuery(text)
		q.SetField(field)
		q.SetBoost(boost)
		return q
	}
	butNot := func(x query.Query, y ...query.Query) query.Query {
		b := bleve.NewBooleanQuery()
		b.AddMust(x)
		b.AddMustNot(y...)
		return b
	}
	or := func(qs ...query.Query) query.Query { return bleve.NewDisjunctionQuery(qs...) }
	for _, tc := range []struct {
		name          string
		in            query.Query
		match, locate int // term clauses left
	}{
		{"repeats in nested disjunctions", or(term("title", "a", 6), or(term("title", "a", 0.5), term("body", "a", 1))), 2, 2},
		{"X but not Y beside Y", or(term("title", "a", 1), butNot(term("tagword", "a", 1), term("title", "a", 1))), 2, 1},
		{"X but not Y, Y elsewhere", or(term("title", "a", 1), butNot(term("tagword", "a", 1), term("body", "a", 1))), 3, 1},
		{"a conjunction's parts kept", bleve.NewConjunctionQuery(term("title", "a", 1), term("title", "a", 2)), 2, 2},
		{"fields not marked", or(term("tags", "a", 1), term("category", "b", 1)), 2, 0},
		{"a conjunction with a marked field kept whole", bleve.NewConjunctionQuery(term("tags", "a", 1), term("title", "b", 1)), 2, 2},
		{"X but not Y kept whole when X is marked", or(term("title", "b", 1), butNot(term("bigram", "a", 1), term("title", "a", 1))), 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if n := termClauses(matchOnly(tc.in)); n != tc.match {
				t.Errorf("matchOnly: %d term clauses, want %d", n, tc.match)
			}
			if n := termClauses(locatingOnly(tc.in)); n != tc.locate {
				t.Errorf("locatingOnly: %d term clauses, want %d", n, tc.locate)
			}
		})
	}
}

// termClauses counts the term clauses of q.
func termClauses(q query.Query) int {
	switch q := q.(type) {
	case *query.TermQuery:
		return 1
	case *query.DisjunctionQuery:
		n := 0
		for _, c := range q.Disjuncts {
			n += termClauses(c)
		}
		return n
	case *query.ConjunctionQuery:
		n := 0
		for _, c := range q.Conjuncts {
			n += termClauses(c)
		}
		return n
	case *query.BooleanQuery:
		n := 0
		for _, c := range []query.Query{q.Must, q.Should, q.MustNot} {
			if c != nil {
				n += termClauses(c)
			}
		}
		return n
	}
	return 0
}

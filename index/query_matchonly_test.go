package index

import (
	"context"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
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
}

// TestMatchOnlyMatchesAsBuilt checks that a query simplified for matching
// finds the articles the query as built for ranking finds, strict and
// relaxed.
func TestMatchOnlyMatchesAsBuilt(t *testing.T) {
	ix := mustSample(t)
	if path := corpusPath(); path != "" {
		ix, _ = mustCorpus(t)
	}
	ctx := context.Background()
	for _, text := range matchOnlyQueries {
		tc := &readerCounter{ctx: ctx, ix: ix.b}
		tq, err := ix.compiler(tc).compile(text)
		tc.close()
		if err != nil {
			t.Fatalf("%s: %v", text, err)
		}
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

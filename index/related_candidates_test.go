package index

import (
	"context"
	"math"
	"math/rand"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// queryCandidates is the candidate stage as the bleve query it computes:
// the reference that candidates must rank as.
func queryCandidates(tb testing.TB, ix *Index, terms []weightedTerm, self string, filter query.Query) *bleve.SearchResult {
	n, _ := ix.b.DocCount()
	top := candidateWords(terms, n)
	qs := make([]query.Query, len(top))
	for i, t := range top {
		qs[i] = fieldsTerm(t.term, exact(t.weight))
		if !t.listed {
			links := bleve.NewTermQuery(t.term)
			links.SetField(fieldLinks)
			links.SetBoost(t.weight)
			qs[i] = bleve.NewDisjunctionQuery(qs[i], links)
		}
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(bleve.NewDisjunctionQuery(qs...))
	if self != "" {
		bq.AddMustNot(bleve.NewDocIDQuery([]string{self}))
	}
	if filter != nil {
		bq.AddFilter(filter)
	}
	res, err := ix.b.Search(bleve.NewSearchRequestOptions(bq, candidatePool, 0, false))
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// snapshotOf returns a reader of ix's snapshot, closed when the test
// ends, and the internal id of the article id in it (nil for "").
func snapshotOf(t *testing.T, ix *Index, id string) (bindex.IndexReader, bindex.IndexInternalID) {
	t.Helper()
	adv, err := ix.b.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	var self bindex.IndexInternalID
	if id != "" {
		if self, err = r.InternalID(id); err != nil {
			t.Fatal(err)
		}
	}
	return r, self
}

// compareCandidates checks that candidates picks the query's pool in its
// order. Scores equal up to rounding may swap places, or trade the last
// places of the pool.
func compareCandidates(t *testing.T, ix *Index, a Article, filter query.Query) (same bool) {
	t.Helper()
	ctx := context.Background()
	terms := ix.relatedTerms(ctx, &a, nil)
	if len(terms) == 0 {
		return true
	}
	r, self := snapshotOf(t, ix, a.ID)
	pool, err := ix.candidates(ctx, r, terms, self, filter)
	if err != nil {
		t.Fatal(err)
	}
	want := queryCandidates(t, ix, terms, a.ID, filter)
	if len(pool) != len(want.Hits) {
		t.Fatalf("%s: %d candidates, the query %d", a.ID, len(pool), len(want.Hits))
	}
	score := map[string]float64{}
	for _, h := range want.Hits {
		score[h.ID] = h.Score
	}
	near := func(x, y float64) bool { return math.Abs(x-y) <= 1e-9*math.Max(x, y) }
	same = true
	for i, m := range pool {
		id, err := r.ExternalID(m.iid)
		if err != nil {
			t.Fatal(err)
		}
		w := want.Hits[i]
		if id == w.ID {
			continue
		}
		same = false
		s, in := score[id]
		if !near(w.Score, want.Hits[len(want.Hits)-1].Score) && (!in || !near(s, w.Score)) {
			t.Errorf("%s: candidate %d is %s (query score %v), the query's %s (%v)", a.ID, i, id, s, w.ID, w.Score)
			return false
		}
	}
	return same
}

// TestCandidatesAsTheQuery: the candidate stage, computed a word at a
// time from the postings, picks the pool bleve's query would, in its
// order: on the sample set (with and without the source's category as a
// filter), a draft, and a seeded sample of the corpus.
func TestCandidatesAsTheQuery(t *testing.T) {
	ix := mustSample(t)
	for _, a := range sampleArticles(t) {
		compareCandidates(t, ix, a, nil)
		compareCandidates(t, ix, a, ix.categoryFilter([]string{a.Category}))
	}
	compareCandidates(t, ix, Article{Title: "全固体電池の量産", Body: "トヨタが全固体電池の量産を始める。EV向けの電池で、航続距離が伸びる。"}, nil)

	if testing.Short() {
		return
	}
	cx, _ := mustCorpus(t)
	corpus := loadCorpus(t, 1<<20)
	rng := rand.New(rand.NewSource(11))
	differ := 0
	const sources = 300
	for range sources {
		if !compareCandidates(t, cx, corpus[rng.Intn(len(corpus))], nil) {
			differ++
		}
	}
	t.Logf("%d of %d pools ordered differently by scores equal up to rounding", differ, sources)
}

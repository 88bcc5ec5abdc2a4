package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// maxCooccurChecks bounds the completions of a last word that are checked
// against the words before it.
const maxCooccurChecks = 24

// cooccurrence returns a test of whether some article has a word together
// with all of words, and a func to call when done with it. Every word
// passes when the articles have none of words as written (kana not yet
// converted). A test stops at the first article that has them all, so it
// costs about as much at a million articles as at a thousand.
func (ix *Index) cooccurrence(ctx context.Context, words []string) (with func(string) bool, done func()) {
	var terms []string
	for _, w := range words {
		for _, t := range ix.an.Terms(w) {
			if t != "" {
				terms = append(terms, t)
			}
		}
	}
	all := func(ts []string) query.Query {
		qs := make([]query.Query, len(ts))
		for i, t := range ts {
			qs[i] = fieldsTerm(t, exact(1))
		}
		return conjunction(qs)
	}
	everything := func(string) bool { return true }
	adv, err := ix.b.Advanced()
	if err != nil || len(terms) == 0 {
		return everything, func() {}
	}
	r, err := adv.Reader()
	if err != nil {
		return everything, func() {}
	}
	done = func() { r.Close() }
	if !ix.anyMatch(ctx, r, all(terms)) {
		return everything, done
	}
	return func(word string) bool {
		ts := ix.an.Terms(word)
		return len(ts) > 0 && ix.anyMatch(ctx, r, all(append(ts, terms...)))
	}, done
}

// anyMatch reports whether some article matches q, reading no further
// than the first.
func (ix *Index) anyMatch(ctx context.Context, r bindex.IndexReader, q query.Query) bool {
	s, err := q.Searcher(ctx, r, ix.b.Mapping(), search.SearcherOptions{})
	if err != nil {
		return false
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	m, err := s.Next(sctx)
	return err == nil && m != nil
}

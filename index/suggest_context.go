package index

import (
	"context"
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
)

// Completing a last word after the others: the candidates are checked
// against the earlier words, at most maxCooccurChecks of them, with at
// most maxContextTerms distinct words of context, within cooccurBudget
// (a check is a small search; many words of context or many candidates
// must not make a keystroke slow).
const (
	maxCooccurChecks = 12
	minCooccurChecks = 4 // made whatever the time
	maxContextTerms  = 4
	cooccurBudget    = time.Millisecond
)

// cooccurrence returns a test of whether some article has a word together
// with the words before it, and a func to call when done with it. Words
// no article has as written (kana not yet converted) are left out of the
// context; when none is left, every word passes, and when the words left
// are in no article together, none does. A test stops at the first
// article that has them all, so it costs about as much at a million
// articles as at a thousand; past cooccurBudget (and minCooccurChecks)
// every test fails.
func (ix *Index) cooccurrence(ctx context.Context, words []string) (with func(string) bool, done func()) {
	everything := func(string) bool { return true }
	adv, err := ix.b.Advanced()
	if err != nil {
		return everything, func() {}
	}
	r, err := adv.Reader()
	if err != nil {
		return everything, func() {}
	}
	done = func() { r.Close() }
	tc := &readerCounter{ctx: ctx, ix: ix.b, r: r, cache: map[[2]string]uint64{}}
	var terms []string
	for _, w := range words {
		for _, t := range ix.an.Terms(w) {
			if t == "" || slices.Contains(terms, t) {
				continue
			}
			if tc.count(t, fieldBody)+tc.count(t, fieldTitle) == 0 {
				if !unconverted(w) {
					// A word no article has (zzzq テレ): any completion
					// searches into nothing.
					return func(string) bool { return false }, done
				}
				continue
			}
			if len(terms) < maxContextTerms {
				terms = append(terms, t)
			}
		}
	}
	if len(terms) == 0 {
		return everything, done
	}
	all := func(ts []string) query.Query {
		qs := make([]query.Query, len(ts))
		for i, t := range ts {
			qs[i] = fieldsTerm(t, exact(1))
		}
		return conjunction(qs)
	}
	if !ix.anyMatch(ctx, r, all(terms)) {
		return func(string) bool { return false }, done
	}
	deadline, checks := time.Now().Add(cooccurBudget), 0
	return func(word string) bool {
		if checks++; checks > minCooccurChecks && time.Now().After(deadline) {
			return false
		}
		ts := ix.an.Terms(word)
		return len(ts) > 0 && ix.anyMatch(ctx, r, all(append(ts, terms...)))
	}, done
}

// unconverted reports whether a word of context may be input an IME has
// not converted yet: kana, or romaji that reads as kana (kagawa).
func unconverted(w string) bool {
	if analyzer.IsKana(w) {
		return true
	}
	_, pending, ok := toKana(w)
	return isRomaji(w) && ok && pending == ""
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

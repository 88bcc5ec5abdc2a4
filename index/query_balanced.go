package index

import (
	"bytes"
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The words of a ranked search, required together and scored with
// balance. Summed, a word in an article's title counts three times and
// BM25 saturates slowly: an article with one word in its title or
// throughout its body and the other once in passing outranked the
// articles about both (au スマホ 料金: the satellite service's stories,
// au and スマホ in their titles and 料金 once, above au's price plans;
// W杯 予選 the finals). The weakest word of an article counts again, once
// for each word, so an article that has every word more than in passing
// gains on one that has a word once. A cap on what one word may add, or
// each word's score bent down near the others', ranked worse on the
// graded subject queries: a generic word beside the subject (便利 of Mac
// 便利 アプリ, 方 of 付き合い方) is said once in the articles wanted too,
// and capped, it brought every other word down to it. A question's words
// are not balanced (see textQuery.required).

// weakestBoost weighs the weakest word's bonus: its score once for each
// word at 1 (at 0.5, 2 and 4 the graded subject queries ranked alike or
// worse).
const weakestBoost = 1.0

// balancedQuery requires every one of its words, as a conjunction does,
// and adds to the sum of their scores the weakest word's once for each
// word (see balanceScores).
type balancedQuery struct {
	words []query.Query
}

// balanced returns the query that requires every one of words, scored
// with the weakest word's bonus when there are two or more.
func balanced(words []query.Query) query.Query {
	if len(words) < 2 {
		return conjunction(words)
	}
	return &balancedQuery{words: words}
}

// Searcher implements query.Query.
func (b *balancedQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	kept := make([]*keptScores, 0, len(b.words))
	ss := make([]search.Searcher, 0, len(b.words))
	for _, w := range b.words {
		s, err := w.Searcher(ctx, r, m, o)
		if err != nil {
			for _, s := range ss {
				_ = s.Close()
			}
			return nil, err
		}
		k := &keptScores{Searcher: s}
		kept = append(kept, k)
		ss = append(ss, k)
	}
	c, err := searcher.NewConjunctionSearcher(ctx, r, ss, o)
	if err != nil {
		for _, s := range ss {
			_ = s.Close()
		}
		return nil, err
	}
	return &balancedSearcher{Searcher: c, words: kept, scores: make([]float64, len(kept))}, nil
}

// keptScores is a word's searcher that keeps the scores of its last two
// matches: the conjunction above it steps every word past an article
// before it answers with it.
type keptScores struct {
	search.Searcher
	ids    [2][]byte
	scores [2]float64
}

// keep notes dm's article and score, and returns dm.
func (k *keptScores) keep(dm *search.DocumentMatch) *search.DocumentMatch {
	k.ids[1], k.ids[0] = k.ids[0], k.ids[1]
	k.scores[1] = k.scores[0]
	if dm == nil {
		k.ids[0] = k.ids[0][:0]
		return nil
	}
	k.ids[0] = append(k.ids[0][:0], dm.IndexInternalID...)
	k.scores[0] = dm.Score
	return dm
}

// score returns the score kept for the article id, if one is.
func (k *keptScores) score(id bindex.IndexInternalID) (float64, bool) {
	for i := range k.ids {
		if bytes.Equal(k.ids[i], id) {
			return k.scores[i], true
		}
	}
	return 0, false
}

func (k *keptScores) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := k.Searcher.Next(ctx)
	return k.keep(dm), err
}

func (k *keptScores) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := k.Searcher.Advance(ctx, id)
	return k.keep(dm), err
}

// balancedSearcher scores the articles its conjunction finds by their
// words' scores, which its words' searchers kept (see balanceScores).
type balancedSearcher struct {
	search.Searcher
	words  []*keptScores
	scores []float64
}

// rescore sets the score of dm, an article every word matched, from the
// words' scores; dm as it is when a word kept none for it.
func (b *balancedSearcher) rescore(dm *search.DocumentMatch) *search.DocumentMatch {
	if dm == nil {
		return nil
	}
	for i, w := range b.words {
		s, ok := w.score(dm.IndexInternalID)
		if !ok {
			return dm
		}
		b.scores[i] = s
	}
	dm.Score = balanceScores(b.scores)
	if dm.Expl != nil {
		dm.Expl = &search.Explanation{Value: dm.Score, Message: "balanced:", Children: dm.Expl.Children}
	}
	return dm
}

// balanceScores is the score of an article whose words score s: their
// sum, and the weakest word's score once more for each word.
func balanceScores(s []float64) float64 {
	weakest, sum := s[0], 0.0
	for _, x := range s {
		weakest = min(weakest, x)
		sum += x
	}
	return sum + weakestBoost*float64(len(s))*weakest
}

func (b *balancedSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := b.Searcher.Next(ctx)
	return b.rescore(dm), err
}

func (b *balancedSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := b.Searcher.Advance(ctx, id)
	return b.rescore(dm), err
}

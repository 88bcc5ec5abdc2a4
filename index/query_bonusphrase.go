package index

import (
	"context"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Phrases that only add to a score, checked at the articles the search
// finds. A ranked query rewards words side by side with a phrase among
// its should clauses (日本 代表 of サッカー 日本代表, 女子 会 of 女子会).
// bleve's boolean searcher asks such a clause for its next match at or
// after each article the required clauses find, and a phrase searcher
// answers by reading the positions of every article that has all its
// terms until one has them side by side: every article with 日本 and 代表
// in the body (25,000 and 8,000 of 100,000 have each), where サッカー
// 日本代表 finds 2,600; its phrases were 60% of its search's CPU. A bonus
// phrase of common terms answers for the article it is asked about only:
// its terms' postings skip to that article, the rarest first, and their
// positions are compared there. The score of a match is the phrase
// searcher's: the same term scorers, summed in the same order.
//
// When the article has no phrase, a bonus phrase reports a position
// between that article and the next (the article's internal id with a
// byte after it), which no article has: the boolean above it takes that
// for no match, and asks again at its next article. That holds only where
// every clause above the phrase up to a boolean's should clause takes
// any position it is given for no match, which bonusPhrases checks.

// bonusPhrase is a phrase query whose searcher checks the phrase only at
// the articles it is asked about (see bonusPhrases).
type bonusPhrase struct {
	*query.PhraseQuery
}

// commonPhraseShare: a bonus phrase is checked at the articles found when
// each of its terms is in more than one article in commonPhraseShare. At
// 100,000 articles, a phrase of 日本 and 代表 (25,000 and 8,000 articles)
// cost 25 ms of サッカー 日本代表's search with bleve's searcher against 16
// ms checked at its 2,600 articles, and one of 女子 and 会 3.4 ms against
// 1.9 ms of 女子会's; but one of 独身 and 女性 (2,100 and 18,000) 4.5 against
// 6.6 ms of 独身女性's 1,300: checking an article reads the postings of
// the common term up to it, chunk by chunk.
const commonPhraseShare = 25

// bonusPhrases returns q with its phrases that only add to the score of
// articles that other clauses find replaced by bonus phrases: those under
// a should clause of a boolean that requires something, through
// disjunctions that need one clause at most, conjunctions of one clause,
// and booleans without filters whose required clause the should clause
// cannot veto. Everything else is copied as it is.
func bonusPhrases(q query.Query) query.Query {
	return bonusWalk(q, false)
}

// bonusWalk is bonusPhrases of q, where bonus says whether q's matches
// only add to the score of an article found otherwise.
func bonusWalk(q query.Query, bonus bool) query.Query {
	each := func(qs []query.Query, bonus bool) []query.Query {
		return mapQueries(qs, func(x query.Query) query.Query { return bonusWalk(x, bonus) })
	}
	switch x := q.(type) {
	case *query.PhraseQuery:
		if bonus && x.Fuzziness == 0 {
			return &bonusPhrase{x}
		}
	case *query.DisjunctionQuery:
		cp := *x
		cp.Disjuncts = each(x.Disjuncts, bonus && x.Min <= 1)
		return &cp
	case *query.ConjunctionQuery:
		cp := *x
		cp.Conjuncts = each(x.Conjuncts, bonus && len(x.Conjuncts) == 1)
		return &cp
	case *balancedQuery:
		return &balancedQuery{words: each(x.words, false)}
	case *query.BooleanQuery:
		cp := *x
		plain := x.Filter == nil
		if x.Must != nil {
			// (A should clause that must match would make the boolean
			// skip the positions between articles one by one.)
			cp.Must = bonusWalk(x.Must, bonus && plain && shouldMin(x.Should) == 0)
		}
		if x.Should != nil {
			cp.Should = bonusWalk(x.Should, x.Must != nil && (!bonus || plain))
		}
		return &cp
	}
	return q
}

// shouldMin is how many of a boolean's should clauses must match.
func shouldMin(q query.Query) float64 {
	if d, ok := q.(*query.DisjunctionQuery); ok {
		return d.Min
	}
	return 0
}

// Searcher returns the phrase's searcher: bleve's own when the search
// asks for locations or explanations, or expands terms by synonyms or
// edits, else one that checks the phrase where it is asked.
func (q *bonusPhrase) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	_, synonyms := ctx.Value(search.FieldTermSynonymMapKey).(search.FieldTermSynonymMap)
	if options.IncludeTermVectors || options.Explain || options.Score == "none" || synonyms {
		return q.PhraseQuery.Searcher(ctx, i, m, options)
	}
	options.IncludeTermVectors = true // (positions)
	s := &phraseAtSearcher{terms: q.Terms}
	for pos, term := range q.Terms {
		if term == "" {
			continue
		}
		ts, err := searcher.NewTermSearcher(ctx, i, term, q.FieldVal, q.BoostVal.Value(), options)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.searchers = append(s.searchers, ts)
		s.pos = append(s.pos, pos)
	}
	if len(s.searchers) == 0 {
		return searcher.NewMatchNoneSearcher(i)
	}
	if docs, err := i.DocCount(); err != nil || s.Count()*commonPhraseShare < docs {
		// A phrase with a rarer term reads the positions of few articles:
		// bleve's searcher, which reads them in one pass, costs less.
		s.Close()
		return q.PhraseQuery.Searcher(ctx, i, m, options)
	}
	// bleve's phrase searcher sums its terms' scores in the order of its
	// conjunction, which sorts them by count.
	sorted := make(searcher.OrderedSearcherList, len(s.searchers))
	copy(sorted, s.searchers)
	sort.Sort(sorted)
	for _, x := range sorted {
		s.order = append(s.order, slices.Index(s.searchers, x))
	}
	s.currs = make([]*search.DocumentMatch, len(s.searchers))
	s.SetQueryNorm(1 / math.Sqrt(s.Weight()))
	return s, nil
}

package index

import (
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/size"
	bindex "github.com/blevesearch/bleve_index_api"
)

// phraseAtSearcher is a bonus phrase's searcher (see bonusPhrase): asked
// for the next match at or after an article, it answers for that article
// only, with a match when the article has the phrase, else with a
// position just past it that no article has.
type phraseAtSearcher struct {
	terms     []string          // the phrase's terms, "" for a gap
	searchers []search.Searcher // one term searcher per term that is not a gap
	pos       []int             // the place of each searcher's term in terms
	order     []int             // the searchers in the order their scores are summed
	currs     []*search.DocumentMatch
	at        bindex.IndexInternalID // the last position reported; nil before the first
	done      bool                   // a term has no more articles
}

// docLen is the length of an article's internal id in scorch.
const docLen = 8

// Next reports the position just past the last one reported (the first
// article, when none was): it reads nothing.
func (s *phraseAtSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if s.at == nil {
		return s.Advance(ctx, make(bindex.IndexInternalID, docLen))
	}
	if s.done {
		return nil, nil
	}
	return s.report(ctx, append(s.at, 0)), nil
}

// Advance answers for the article ID: a match if it has the phrase, else
// the position just past it. Asked for a position it has passed, or for
// one between articles, it reports a position past both.
func (s *phraseAtSearcher) Advance(ctx *search.SearchContext, ID bindex.IndexInternalID) (*search.DocumentMatch, error) {
	switch {
	case s.done:
		return nil, nil
	case s.at != nil && s.at.Compare(ID) >= 0:
		return s.report(ctx, append(s.at, 0)), nil
	case len(ID) != docLen:
		return s.report(ctx, append(bindex.IndexInternalID(nil), ID...)), nil
	}
	// The rarest term first: a term not at the article leaves the others
	// where they are, and a reader that later skips past a whole chunk
	// of postings does not read it.
	for _, k := range s.order {
		if s.currs[k] == nil || s.currs[k].IndexInternalID.Compare(ID) < 0 {
			// (Not one at or past ID: a term reader asked to go back
			// starts over.)
			if s.currs[k] != nil {
				ctx.DocumentMatchPool.Put(s.currs[k])
			}
			m, err := s.searchers[k].Advance(ctx, ID)
			if err != nil {
				return nil, err
			}
			if s.currs[k] = m; m == nil {
				s.done = true
				return nil, nil
			}
		}
		if !s.currs[k].IndexInternalID.Equals(ID) {
			break
		}
	}
	if !s.hasPhrase(ID) {
		return s.report(ctx, append(append(bindex.IndexInternalID(nil), ID...), 0)), nil
	}
	// The score of bleve's phrase match: its conjunction's, the sum of
	// the term scores in the conjunction's order.
	var sum float64
	for _, k := range s.order {
		sum += s.currs[k].Score
	}
	rv := s.report(ctx, append(bindex.IndexInternalID(nil), ID...))
	rv.Score = sum
	return rv, nil
}

// report returns a match at id, which becomes the last position
// reported.
func (s *phraseAtSearcher) report(ctx *search.SearchContext, id bindex.IndexInternalID) *search.DocumentMatch {
	s.at = id
	rv := ctx.DocumentMatchPool.Get()
	rv.IndexInternalID = append(rv.IndexInternalID[:0], id...)
	return rv
}

// hasPhrase reports whether every term is at the article ID, at the
// positions the phrase puts it, as bleve's phrase searcher finds them: a
// gap is one position, one at the start none.
func (s *phraseAtSearcher) hasPhrase(ID bindex.IndexInternalID) bool {
	for _, m := range s.currs {
		if m == nil || !m.IndexInternalID.Equals(ID) {
			return false
		}
	}
	first := s.currs[0].FieldTermLocations
	for _, start := range first {
		if s.follows(start.Location) {
			return true
		}
	}
	return false
}

// follows reports whether the terms after the first are where the phrase
// puts them when its first term is at loc.
func (s *phraseAtSearcher) follows(loc search.Location) bool {
	for k := 1; k < len(s.searchers); k++ {
		want := loc.Pos + uint64(s.pos[k]-s.pos[0])
		found := false
		for _, l := range s.currs[k].FieldTermLocations {
			if l.Location.Pos == want && l.Location.ArrayPositions.Equals(loc.ArrayPositions) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Weight is the sum of the terms' weights, as bleve's phrase searcher's.
func (s *phraseAtSearcher) Weight() float64 {
	var w float64
	for _, k := range s.order {
		w += s.searchers[k].Weight()
	}
	return w
}

// SetQueryNorm passes the norm to the terms' scorers.
func (s *phraseAtSearcher) SetQueryNorm(norm float64) {
	for _, ts := range s.searchers {
		ts.SetQueryNorm(norm)
	}
}

// Count is the number of articles with the rarest term, at most.
func (s *phraseAtSearcher) Count() uint64 {
	var n uint64
	for k, ts := range s.searchers {
		if c := ts.Count(); k == 0 || c < n {
			n = c
		}
	}
	return n
}

// Close closes the term searchers.
func (s *phraseAtSearcher) Close() error {
	var first error
	for _, ts := range s.searchers {
		if err := ts.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Min is 0: a phrase is one clause.
func (s *phraseAtSearcher) Min() int { return 0 }

// Size estimates the searcher's memory.
func (s *phraseAtSearcher) Size() int {
	n := size.SizeOfPtr * 8
	for _, ts := range s.searchers {
		n += ts.Size()
	}
	return n
}

// DocumentMatchPoolSize is the matches the searcher holds at once: one
// per term, and the one it reports.
func (s *phraseAtSearcher) DocumentMatchPoolSize() int {
	return len(s.searchers) + 1
}

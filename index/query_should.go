package index

import (
	"bytes"
	"context"
	"maps"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Should clauses held. bleve's boolean searcher, asked to advance to an
// article, advances its should clauses there even when they already
// stand on a later article they matched, and a disjunction of should
// clauses, already past it, then answers the match after that one: the
// article the should clause matched lost its bonus when the boolean sat
// under a conjunction (the words of a search) that skipped ahead. Which
// articles lost it depended on the order the import had given the
// articles, so two imports of the same file ranked differently: a story
// titled with 買収 counted its title as a roundup's in one import
// (demoteDigestTitles: the rest of its weight is a should clause with a
// must-not), and ranked second, not first, for アイオンキュー 買収.
// keptShoulds wraps every such should clause in a searcher that answers
// again the match it has not yet given up.

// keptShoulds returns a copy of q whose booleans with a must or must-not
// clause hold their should clauses (see heldShould); q is left as it is.
func keptShoulds(q query.Query) query.Query {
	if cp, ok := mapChildren(q, keptShoulds); ok {
		return cp
	}
	if x, ok := q.(*query.BooleanQuery); ok {
		cp := *x
		if x.Must != nil {
			cp.Must = keptShoulds(x.Must)
		}
		if x.Should != nil {
			cp.Should = keptShoulds(x.Should)
			if x.Must != nil || x.MustNot != nil {
				cp.Should = &heldShould{cp.Should}
			}
		}
		return &cp
	}
	return q
}

// heldShould is a boolean's should clause searched by a heldSearcher.
type heldShould struct {
	query.Query
}

// Searcher implements query.Query.
func (h *heldShould) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	s, err := h.Query.Searcher(ctx, r, m, o)
	if err != nil {
		return nil, err
	}
	return &heldSearcher{Searcher: s}, nil
}

// heldSearcher keeps a copy of the last match its searcher answered, and
// answers it again when asked to advance to it or to an article before
// it: the boolean above asks so only while that match is still ahead of
// the article it is at, never once it has scored it.
type heldSearcher struct {
	search.Searcher
	last search.DocumentMatch
	held bool // last is a match
}

// hold keeps a copy of dm, and returns dm.
func (h *heldSearcher) hold(dm *search.DocumentMatch) *search.DocumentMatch {
	if dm == nil {
		h.held = false
		return nil
	}
	copyMatch(&h.last, dm)
	h.held = true
	return dm
}

func (h *heldSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := h.Searcher.Next(ctx)
	return h.hold(dm), err
}

func (h *heldSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	if h.held && bytes.Compare(h.last.IndexInternalID, id) >= 0 {
		dm := ctx.DocumentMatchPool.Get()
		copyMatch(dm, &h.last)
		return dm, nil
	}
	dm, err := h.Searcher.Advance(ctx, id)
	return h.hold(dm), err
}

// copyMatch makes dst a copy of what a searcher's match src holds (its
// article, score, explanation and term locations), reusing dst's arrays.
func copyMatch(dst, src *search.DocumentMatch) {
	dst.IndexInternalID = append(dst.IndexInternalID[:0], src.IndexInternalID...)
	dst.Score = src.Score
	dst.Expl = src.Expl
	dst.Locations = src.Locations
	dst.ScoreBreakdown = maps.Clone(src.ScoreBreakdown)
	dst.FieldTermLocations = dst.FieldTermLocations[:0]
	for _, l := range src.FieldTermLocations {
		l.Location.ArrayPositions = append([]uint64(nil), l.Location.ArrayPositions...)
		dst.FieldTermLocations = append(dst.FieldTermLocations, l)
	}
}

package index

import (
	"sagasu/analyzer"

	"slices"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// The page a search answers: its hits cut to the page with the cursor of
// the next, and the Result with the hits highlighted and the facets.

// cutPage cuts res's hits, one more than the page when there is a next
// page, to the page, and returns the cursor of the next page ("" on the
// last).
func (ix *Index) cutPage(r Request, tq textQuery, res *bleve.SearchResult, relaxed bool, all uint64, lens *lengths) string {
	next := ""
	if len(res.Hits) > r.PerPage {
		last := res.Hits[r.PerPage-1]
		after := slices.Clone(last.DecodedSort)
		if r.Sort == SortRelevance {
			after[0] = strconv.FormatFloat(last.Score, 'g', -1, 64) // bleve writes "_score"
		}
		c := cursor{V: cursorVersion, Key: r.fingerprint(), After: after, Page: r.Page + 1, Relax: relaxed, Common: relaxed && tq.common, All: all}
		if lens != nil {
			c.Lengths = lens.gen
		}
		if r.Sort == SortRelevance {
			for i := r.PerPage - 2; i >= 0 && len(c.Back) < maxCursorBack; i-- {
				c.Back = append(c.Back, res.Hits[i].DecodedSort[1])
			}
		}
		next = c.encode(ix.cursorKey)
		res.Hits = res.Hits[:r.PerPage]
	}
	return next
}

// pageResult builds the Result of a page: its hits, highlighted, and the
// facets, the category facet from cat.
func pageResult(r Request, tq textQuery, res, cat *bleve.SearchResult, relaxed bool, all uint64, next string) *Result {
	out := &Result{
		NextCursor: next,
		Total:      res.Total,
		Relaxed:    relaxed,
		AllWords:   allWords(relaxed, all, res.Total),
		Page:       r.Page,
		PerPage:    r.PerPage,
		Hits:       make([]Hit, 0, len(res.Hits)),
		Facets: Facets{
			Category: categoryFacet(cat.Facets[facetCategory]),
			Month:    monthFacet(res.Facets[facetMonth]),
		},
	}
	typed := analyzer.Fold(r.Query)
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, toHit(h, tq.pieces, typed))
	}
	return out
}

// toHit builds a Hit from a bleve hit with stored fields and locations;
// a lone match of one of pieces is not marked, and matches a kana or two
// apart that the query, folded in typed, has as one run are one mark.
func toHit(h *search.DocumentMatch, pieces map[string]bool, typed string) Hit {
	str := func(name string) string {
		s, _ := h.Fields[name].(string)
		return s
	}
	hit := Hit{
		ID:       h.ID,
		Title:    str(fieldTitle),
		URL:      str(fieldURL),
		Category: str(fieldCategory),
		Tags:     []string{},
		Score:    h.Score,
	}
	switch v := h.Fields[fieldTags].(type) {
	case string:
		hit.Tags = append(hit.Tags, v)
	case []any:
		for _, t := range v {
			if s, ok := t.(string); ok {
				hit.Tags = append(hit.Tags, s)
			}
		}
	}
	if t, err := time.Parse(time.RFC3339, str(fieldPublished)); err == nil {
		hit.Published = t.In(JST)
	}
	hit.TitleHTML = markAll(hit.Title, joinTyped(hit.Title, dropLone(hit.Title, spansOf(len(hit.Title), h.Locations[fieldTitle], h.Locations[fieldTitleReading],
		locatedIn(hit.Title, h.Locations[fieldBigram])), pieces), typed))
	body := str(fieldBody)
	hit.SnippetHTML = snippet(body, joinTyped(body, dropLone(body, spansOf(len(body), h.Locations[fieldBody], h.Locations[fieldBodyReading],
		locatedIn(body, h.Locations[fieldBigram])), pieces), typed), snippetRunes)
	return hit
}

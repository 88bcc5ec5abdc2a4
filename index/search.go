package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Search runs r and returns one page of hits with facets. The context's
// deadline bounds the search.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	start := time.Now()
	if err := r.validate(); err != nil {
		return nil, err
	}
	if r.Query != "" {
		ix.awaitSuggest(ctx) // (words typed in kana are read by it)
	}
	key, gen := r.key(), ix.answers.generation()
	if v, ok := ix.answers.get(key); ok {
		out := *v.(*Result) // (shared, read-only: a copy for its own Took)
		out.Took = time.Since(start)
		return &out, nil
	}
	v, err := ix.answers.share(ctx, gen, key, func() (any, error) {
		leave, err := ix.enterSearch(ctx, utf8.RuneCountInString(r.Query) > heavyQueryRunes)
		if err != nil {
			return nil, err
		}
		defer leave()

		writes := ix.dates.writesNow()
		out, trimmed, err := ix.searchHeld(ctx, r, true)
		if err == nil && trimmed && ix.dates.writesNow() != writes {
			// A bound was left out as excluding no article, and articles
			// were written while the search ran, which it may have seen:
			// again, with the bounds.
			out, _, err = ix.searchHeld(ctx, r, false)
		}
		if err == nil {
			// A search cut short may have ranked with what it could count
			// (the weights of a relaxed search): no answer to keep or give.
			err = ctx.Err()
		}
		if err != nil {
			return nil, err
		}
		ix.answers.put(gen, key, out, out.size())
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	out := *v.(*Result) // (shared, read-only: a copy for its own Took)
	out.Took = time.Since(start)
	return &out, nil
}

// searchHeld is Search with the index held; with trim, it leaves out a
// date bound that excludes no article, and says whether it did.
func (ix *Index) searchHeld(ctx context.Context, r Request, trim bool) (*Result, bool, error) {
	tc := &readerCounter{ctx: ctx, ix: ix.b}
	defer tc.close()
	tq, err := ix.compiler(tc).compile(r.Query)
	if err != nil {
		return nil, false, err
	}
	filters, unfiltered, trimmed := ix.searchFilters(ctx, r, trim)
	cur, err := ix.resume(ctx, &r, &tq)
	if err != nil {
		return nil, false, err
	}
	var lens *lengths
	if r.Sort == SortRelevance {
		if lens = ix.lengths.byGen(cur.Lengths); lens == nil { // (a first page's cursor has 0)
			lens = ix.measured()
		}
	}
	tq.all = cur.All > 0
	res, cat, docs, relaxed, all, err := ix.runRelaxing(ctx, r, &tq, filters, unfiltered, cur, lens)
	defer docs.release()
	if err != nil {
		return nil, false, err
	}
	next := ix.cutPage(r, tq, res, relaxed, all, lens)
	// The page's hits only, once the search that answers is known: the
	// hit past the page and a strict search's hits that a relaxed one
	// replaced are never shown.
	if err := ix.loadFields(ctx, docs, res.Hits); err != nil {
		return nil, false, searchError(err)
	}
	docs.release()
	if err := ix.locate(ctx, tq.locating(relaxed), res.Hits); err != nil {
		return nil, false, searchError(err)
	}
	return pageResult(r, tq, res, cat, relaxed, all, next), trimmed, nil
}

// searchFilters returns the filters of r's dates and categories, and
// those without the category filter, for the category facet; with trim,
// a date bound that excludes no article is left out, and trimmed says
// whether one was.
func (ix *Index) searchFilters(ctx context.Context, r Request, trim bool) (filters, unfiltered []query.Query, trimmed bool) {
	from, to := r.From, r.To
	if trim {
		from, to = ix.trimDates(ctx, r.From, r.To)
	}
	trimmed = !from.Equal(r.From) || !to.Equal(r.To)
	if f := dateFilter(from, to); f != nil {
		filters = append(filters, f)
	}
	unfiltered = filters // the category facet ignores the category filter
	if f := ix.categoryFilter(r.Categories); f != nil {
		filters = append(filters[:len(filters):len(filters)], f)
	}
	return filters, unfiltered, trimmed
}

// resume decodes r's cursor, if it has one, into the page it asks for
// and how tq is searched on it: relaxed as the first page was, with the
// same common words or weights.
func (ix *Index) resume(ctx context.Context, r *Request, tq *textQuery) (cursor, error) {
	var cur cursor
	if r.Cursor != "" {
		var err error
		if cur, err = decodeCursor(r.Cursor, r, ix.cursorKey); err != nil {
			return cur, err
		}
		r.Page = cur.Page
	}
	relaxed := cur.Relax
	tq.common = cur.Common
	if relaxed && !tq.common {
		tq.weights = ix.unitWeights(ctx, *tq)
	}
	return cur, nil
}

// runRelaxing runs the search of tq from cur and, on a first page with
// too few articles that have every word, the relaxed search (see Relax),
// whose hits it keeps when there are more of them; all is then the number
// of articles with every word. docs holds the snapshot of the search
// kept, for its page's fields; the caller releases it.
func (ix *Index) runRelaxing(ctx context.Context, r Request, tq *textQuery, filters, unfiltered []query.Query, cur cursor, lens *lengths) (res, cat *bleve.SearchResult, docs *pageDocs, relaxed bool, all uint64, err error) {
	relaxed = cur.Relax
	res, cat, docs, err = ix.run(ctx, r, *tq, filters, unfiltered, relaxed, lens, cur.After, cur.Back)
	all = cur.All // the articles with every word, when fewer than all hits
	if err == nil && !relaxed && cur.After == nil && r.relaxes(*tq, res.Total, cat.Total) {
		// Show the articles that match most of the words (see Relax).
		relaxed = true
		tq.all = res.Total > 0
		tq.common = ix.commonUnits(ctx, *tq)
		if !tq.common {
			tq.weights = ix.unitWeights(ctx, *tq)
		}
		rres, rcat, rdocs, rerr := ix.run(ctx, r, *tq, filters, unfiltered, true, lens, nil, nil)
		// Relaxed says the hits match only some of the words; with no
		// more hits there is nothing to say, and the facets stay those
		// of the words.
		switch {
		case rerr != nil && (res.Total == 0 || ctx.Err() != nil):
			// (Cut short, not the articles with every word alone as if
			// they were all: 2 of some 1,800 relaxed, which the answer
			// cache had kept for every reader after one left.)
			err = rerr
		case rerr == nil && rres.Total > res.Total:
			all = res.Total
			res, cat = rres, rcat
			docs.release()
			docs, rdocs = rdocs, nil
		default:
			relaxed, tq.all = false, false
		}
		rdocs.release()
	}
	return res, cat, docs, relaxed, all, err
}

// ranked builds tq's query with filters (see textQuery.build) and, when
// scored, the bonus of the titles with every word and an intent word
// (see titleCoverage), which a roundup's title listing the week's
// subjects does not earn (量子コンピュータ まとめ had listed two roundups
// above the explainers), and roundups' titles weighed down (see
// demoteDigestTitles) unless the reader asks for the roundups (週間まとめ)
// or for a correction (see asksCorrection), whose notices then count
// their match several times; a month's roundup counts its match twice
// where the reader asks for one (see asksMonth), and a day's or a
// week's roundup, or the week's that covers a span of days, its match
// five times (see askedDay, askedWeek, askedSpan); its
// phrases that only add to the score are checked at the articles found
// (see bonusPhrases).
func (ix *Index) ranked(tq textQuery, filters []query.Query, relaxed, scored bool, text string) query.Query {
	q := tq.build(filters, relaxed, scored)
	if !scored {
		return q
	}
	digest := ix.digestFilter()
	asks := asksRoundups(text)
	if !relaxed && len(tq.intents) > 0 {
		if cov := titleCoverage(tq.units, tq.intents); cov != nil {
			if digest != nil {
				b := bleve.NewBooleanQuery()
				b.AddMust(cov)
				b.AddMustNot(digest)
				cov = b
			}
			q = withBonus(q, cov)
		}
	}
	wrong := asksCorrection(text)
	if wrong {
		q = withBonus(q, correctionBonus(q))
	}
	if digest != nil && asks && asksMonth(text) {
		q = withBonus(q, monthRoundupBonus(q, digest))
	}
	if month, day, ok := askedDay(text, asks); ok && digest != nil {
		asks = true // (7月20日のニュース: the roundup's title is a title)
		year := askedDayYear(text)
		if id := ix.dayRoundup(q, digest, month, day, year); id != "" {
			q = withBonus(q, roundupBonus(q, id, dayRoundupBoost))
		} else {
			q = withBonus(q, dayRoundupBonus(q, digest, month, day, year))
		}
	} else if month, week, ok := askedWeek(text, asks); ok && digest != nil {
		asks = true // (1月2週目 テックニュース, as a day's)
		if id := ix.weekRoundup(q, digest, month, week, askedWeekYear(text)); id != "" {
			q = withBonus(q, roundupBonus(q, id, weekRoundupBoost))
		} else {
			q = withBonus(q, weekRoundupBonus(q, digest, month, week))
		}
	} else if span, ok := askedSpan(text, asks); ok && digest != nil {
		if id := ix.spanRoundup(q, digest, span, askedDayYear(text)); id != "" {
			asks = true // (8月7日から13日のニュース, as a week's)
			q = withBonus(q, roundupBonus(q, id, spanRoundupBoost))
		}
	}
	if digest != nil && !asks && !wrong {
		q = demoteDigestTitles(q, digest)
	}
	return bonusPhrases(q)
}

// run executes one search, scored with the field lengths lens: the page
// with both facets (its hits neither located, see locate, nor with their
// stored fields, which docs holds the snapshot for: see loadFields; the
// caller releases it), the category facet
// (which ignores r's categories) in cat. Sorted by date, r's categories are checked for each match (see
// keyCollect.categories), which counts the category facet over all of
// them: cat is res with their total. Ranked, the categories are a filter
// of the search, which then scores only their matches, and the category
// facet is counted by a search of its own, in parallel.
func (ix *Index) run(ctx context.Context, r Request, tq textQuery, filters, unfiltered []query.Query, relaxed bool, lens *lengths, after, back []string) (res, cat *bleve.SearchResult, docs *pageDocs, err error) {
	// One hit more than the page tells whether there is a next page.
	size, from := r.PerPage+1, (r.Page-1)*r.PerPage
	if after != nil {
		from = 0
	}
	scored := r.Sort == SortRelevance
	perMatch := len(r.Categories) > 0 && !scored
	q := ix.ranked(tq, filters, relaxed, scored, r.Query)
	if perMatch {
		q = ix.ranked(tq, unfiltered, relaxed, scored, r.Query)
	}
	anchor := ""
	if scored && after != nil {
		after, anchor = ix.reanchor(ctx, q, after, back, lens)
		size++ // (the anchor may come again, a rounding above its score)
	}
	req := bleve.NewSearchRequestOptions(keptShoulds(q), size, from, false)
	kc := &keyCollect{kt: &ix.keys, countMonth: true, countCat: len(r.Categories) == 0, hold: true}
	if perMatch {
		kc.countCat, kc.categories = true, ix.selectedCategories(r.Categories)
	}
	req.SortByCustom(kc.sortOrder(r.Sort))
	if scored {
		ix.withLengths(req, lens)
	} else {
		req.Score = "none" // sorted by date: skip scoring every match
	}
	if after != nil {
		req.SetSearchAfter(after)
	} else if !scored {
		kc.keep, kc.oldest = size+from, r.Sort == SortOldest
	}
	var catc chan error
	if len(r.Categories) > 0 && !perMatch {
		catc = make(chan error, 1)
		go func() {
			defer func() {
				if r := recover(); r != nil { // (a damaged segment: see survive)
					catc <- fmt.Errorf("counting categories: %v", r)
				}
			}()
			var err error
			cat, err = ix.countCategories(ctx, tq, unfiltered, relaxed)
			catc <- err
		}()
	}
	res, err = ix.b.SearchInContext(kc.context(ctx), req)
	if err == nil {
		kc.setFacets(res)
		switch {
		case perMatch:
			all := *res
			cat = &all
			res.Total = kc.passed
		case catc == nil:
			cat = res
		}
		if anchor != "" {
			res.Hits = slices.DeleteFunc(res.Hits, func(h *search.DocumentMatch) bool { return h.ID == anchor })
			res.Hits = res.Hits[:min(len(res.Hits), r.PerPage+1)]
		}
	}
	if catc != nil {
		if cerr := <-catc; err == nil {
			err = cerr
		}
	}
	if err != nil {
		kc.docs.release()
		return nil, nil, nil, searchError(err)
	}
	return res, cat, kc.docs, nil
}

// countCategories counts the category facet of tq's matches with the
// filters unfiltered.
func (ix *Index) countCategories(ctx context.Context, tq textQuery, unfiltered []query.Query, relaxed bool) (*bleve.SearchResult, error) {
	req := bleve.NewSearchRequestOptions(keptShoulds(tq.build(unfiltered, relaxed, false)), 0, 0, false)
	req.Score = "none"
	kc := &keyCollect{kt: &ix.keys, countCat: true}
	res, err := ix.b.SearchInContext(kc.context(ctx), req)
	if err != nil {
		return nil, err
	}
	kc.setFacets(res)
	return res, nil
}

// locate fills in the match locations of hits (for highlighting) by
// running q again over those articles only. Asking the main search for
// locations would decode them for every match, not just the page's.
func (ix *Index) locate(ctx context.Context, q query.Query, hits search.DocumentMatchCollection) error {
	if len(hits) == 0 || q == nil {
		return nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), keptShoulds(q)), len(ids), 0, false)
	req.IncludeLocations = true
	req.Score = "none"
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return err
	}
	byID := make(map[string]search.FieldTermLocationMap, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h.Locations
	}
	for _, h := range hits {
		h.Locations = byID[h.ID]
	}
	return nil
}

// searchError translates bleve's errors at the boundary.
func searchError(err error) error {
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return err
	case errors.Is(err, bleve.ErrorIndexClosed):
		return ErrClosed
	}
	return fmt.Errorf("index: search: %w", err)
}

func sortOrder(s Sort) search.SortOrder {
	published := func(desc bool) search.SearchSort {
		// The max of an article's keys is its sort key (keySort sorts last).
		return &search.SortField{Field: fieldKeys, Desc: desc, Type: search.SortFieldAsString, Mode: search.SortFieldMax, Missing: search.SortFieldMissingLast}
	}
	switch s {
	case SortNewest:
		return search.SortOrder{published(true)}
	case SortOldest:
		return search.SortOrder{published(false)}
	}
	return search.SortOrder{&search.SortScore{Desc: true}, published(true)}
}

func dateFilter(from, to time.Time) query.Query {
	if from.IsZero() && to.IsZero() {
		return nil
	}
	incl := true
	q := bleve.NewDateRangeInclusiveQuery(from, to, &incl, &incl)
	q.SetField(fieldPublished)
	return q
}

func categoryFilter(cats []string) query.Query {
	if len(cats) == 0 {
		return nil
	}
	qs := make([]query.Query, len(cats))
	for i, c := range cats {
		t := bleve.NewTermQuery(c)
		t.SetField(fieldCategory)
		qs[i] = t
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// compiler returns a query compiler on tc with the index's words, synonyms
// and categories, and the counts kept across searches.
func (ix *Index) compiler(tc *readerCounter) *compiler {
	c := &compiler{an: ix.an, syn: ix.syn, tc: tc, words: ix.wordsByReading, wholes: ix.userWholes, categories: ix.namedCategories}
	if n, err := ix.b.DocCount(); err == nil {
		c.counts, c.docs = ix.counts.at(n), n
	}
	return c
}

package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Search limits.
const (
	DefaultPerPage = 10
	MaxPerPage     = 100
	MaxWindow      = 10000 // page × per_page may not reach past this
	MaxQueryRunes  = 1000
	MaxCategories  = 20
)

// Sort orders search results.
type Sort int

// Sort orders. Ties are broken by the newer article, then by id, so pages
// are stable.
const (
	SortRelevance Sort = iota // best match first
	SortNewest                // latest published first
	SortOldest                // earliest published first
)

var sortNames = []string{"relevance", "newest", "oldest"}

// String returns the name of s as the API spells it.
func (s Sort) String() string {
	if int(s) < len(sortNames) {
		return sortNames[s]
	}
	return fmt.Sprintf("Sort(%d)", int(s))
}

// ParseSort parses relevance, newest or oldest; "" means relevance.
func ParseSort(s string) (Sort, error) {
	if s = strings.TrimSpace(s); s == "" {
		return SortRelevance, nil // (spaces around it, as around a number)
	}
	for i, n := range sortNames {
		if strings.EqualFold(s, n) {
			return Sort(i), nil
		}
	}
	return 0, badParam("sort", "invalid_sort", "unknown sort %q; use relevance, newest or oldest", truncate(s, 20))
}

// Request is a search.
type Request struct {
	Query      string    // search-box syntax: words, "phrases", -exclusions
	Categories []string  // any of these categories; empty means all
	From, To   time.Time // published within [From, To]; zero means open
	Sort       Sort
	Page       int    // 1-based; 0 means 1
	PerPage    int    // 0 means DefaultPerPage
	Cursor     string // continue after a previous result's NextCursor (instead of Page)
	Relax      Relax  // when to list articles with most of the words
}

// Result is one page of search results.
type Result struct {
	Total uint64 `json:"total"`
	// Relaxed: the hits past the first AllWords match only some of the
	// words (none had them all, or only a few: see Relax).
	Relaxed  bool          `json:"relaxed"`
	AllWords uint64        `json:"all_words"` // how many of Total have every word
	Took     time.Duration `json:"-"`
	Page     int           `json:"page"`
	PerPage  int           `json:"per_page"`
	Hits     []Hit         `json:"hits"`
	Facets   Facets        `json:"facets"`
	// NextCursor continues to the next page at constant cost, however
	// deep; "" when this is the last page.
	NextCursor string `json:"next_cursor"`
}

// Hit is one article in a result page, with its highlighted title and a
// snippet of the body around the best match (HTML, matches in <mark>).
type Hit struct {
	ID          string    `json:"id"`
	Title       string    `json:"title"`
	URL         string    `json:"url"`
	Category    string    `json:"category"`
	Tags        []string  `json:"tags"`
	Published   time.Time `json:"published"`
	Score       float64   `json:"score"`
	TitleHTML   string    `json:"title_html"`
	SnippetHTML string    `json:"snippet_html"`
}

// validate fills in defaults and checks r, returning a *RequestError.
func (r *Request) validate() error {
	if !utf8.ValidString(r.Query) {
		return badParam("q", "invalid_utf8", "is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(r.Query); n > MaxQueryRunes {
		return badParam("q", "query_too_long", "has %d characters; the limit is %d", n, MaxQueryRunes)
	}
	if strings.IndexFunc(r.Query, isBadControl) >= 0 {
		return badParam("q", "invalid_query", "contains a control character")
	}
	if len(r.Categories) > MaxCategories {
		return badParam("category", "too_many_categories", "has %d values; the limit is %d", len(r.Categories), MaxCategories)
	}
	for _, c := range r.Categories {
		if !utf8.ValidString(c) {
			return badParam("category", "invalid_utf8", "is not valid UTF-8")
		}
		if err := checkLabel("category", c); err != nil {
			return badParam("category", "invalid_parameter", "%s", err.(*ValidationError).Msg)
		}
	}
	for _, d := range []struct {
		name string
		t    time.Time
	}{{"from", r.From}, {"to", r.To}} {
		// (In JST, as a published date is checked: 1899-12-31T15:00:00Z
		// is 1900 there.)
		if y := d.t.In(JST).Year(); !d.t.IsZero() && (y < minPublishYear || y > maxPublishYear) {
			return badParam(d.name, "invalid_date", "year %d (in JST) is outside %d–%d", y, minPublishYear, maxPublishYear)
		}
	}
	if !r.From.IsZero() && !r.To.IsZero() && r.From.After(r.To) {
		return badParam("from", "invalid_range", "from (%s) is after to (%s)", r.From.Format(time.RFC3339Nano), r.To.Format(time.RFC3339Nano))
	}
	if r.Sort < SortRelevance || r.Sort > SortOldest {
		return badParam("sort", "invalid_sort", "unknown sort; use relevance, newest or oldest")
	}
	if r.Relax < RelaxAuto || r.Relax > RelaxFew {
		return badParam("relax", "invalid_relax", "unknown value; use auto, off or few")
	}
	if r.Page == 0 {
		r.Page = 1
	}
	if r.PerPage == 0 {
		r.PerPage = DefaultPerPage
	}
	if r.Page < 1 {
		return badParam("page", "invalid_parameter", "must be 1 or more, not %d", r.Page)
	}
	if r.PerPage < 1 || r.PerPage > MaxPerPage {
		return badParam("per_page", "invalid_parameter", "must be between 1 and %d, not %d", MaxPerPage, r.PerPage)
	}
	if r.Cursor != "" {
		if r.Page != 1 {
			return badParam("cursor", "invalid_parameter", "give either page or cursor, not both")
		}
		return nil // a cursor pages past the window at constant cost
	}
	if r.Page > MaxWindow/r.PerPage {
		return badParam("page", "result_window_exceeded",
			"page %d with per_page %d reaches past the first %d results, the deepest a search can page by number; follow next_cursor from page to page (cursor=…), which goes on past it, or narrow the query with words, a category or a date range, or sort the other way",
			r.Page, r.PerPage, MaxWindow)
	}
	return nil
}

func isBadControl(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

// Search runs r and returns one page of hits with facets. The context's
// deadline bounds the search.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	start := time.Now()
	if err := r.validate(); err != nil {
		return nil, err
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
	var filters []query.Query
	from, to := r.From, r.To
	if trim {
		from, to = ix.trimDates(ctx, r.From, r.To)
	}
	trimmed := !from.Equal(r.From) || !to.Equal(r.To)
	if f := dateFilter(from, to); f != nil {
		filters = append(filters, f)
	}
	unfiltered := filters // the category facet ignores the category filter
	if f := ix.categoryFilter(r.Categories); f != nil {
		filters = append(filters[:len(filters):len(filters)], f)
	}

	var cur cursor
	if r.Cursor != "" {
		if cur, err = decodeCursor(r.Cursor, &r, ix.cursorKey); err != nil {
			return nil, false, err
		}
		r.Page = cur.Page
	}
	relaxed := cur.Relax
	tq.common = cur.Common
	if relaxed && !tq.common {
		tq.weights = ix.unitWeights(ctx, tq)
	}
	var lens *lengths
	if r.Sort == SortRelevance {
		if lens = ix.lengths.byGen(cur.Lengths); lens == nil { // (a first page's cursor has 0)
			lens = ix.measured()
		}
	}
	tq.all = cur.All > 0
	res, cat, err := ix.run(ctx, r, tq, filters, unfiltered, relaxed, lens, cur.After, cur.Back)
	all := cur.All // the articles with every word, when fewer than all hits
	if err == nil && !relaxed && cur.After == nil && r.relaxes(tq, res.Total, cat.Total) {
		// Show the articles that match most of the words (see Relax).
		relaxed = true
		tq.all = res.Total > 0
		tq.common = ix.commonUnits(ctx, tq)
		if !tq.common {
			tq.weights = ix.unitWeights(ctx, tq)
		}
		rres, rcat, rerr := ix.run(ctx, r, tq, filters, unfiltered, true, lens, nil, nil)
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
		default:
			relaxed, tq.all = false, false
		}
	}
	if err != nil {
		return nil, false, err
	}
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
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, toHit(h, tq.pieces))
	}
	return out, trimmed, nil
}

// ranked builds tq's query with filters (see textQuery.build) and, when
// scored, the bonus of the titles with every word and an intent word
// (see titleCoverage), which a roundup's title listing the week's
// subjects does not earn (量子コンピュータ まとめ had listed two roundups
// above the explainers), and roundups' titles weighed down (see
// demoteDigestTitles) unless the reader asks for the roundups (週間まとめ).
func (ix *Index) ranked(tq textQuery, filters []query.Query, relaxed, scored bool, text string) query.Query {
	q := tq.build(filters, relaxed, scored)
	if !scored {
		return q
	}
	digest := ix.digestFilter()
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
	if digest != nil && !asksRoundups(text) {
		q = demoteDigestTitles(q, digest)
	}
	return q
}

// run executes one search, scored with the field lengths lens: the page
// with the month facet and, in parallel when a category filter is set,
// the category facet without it.
func (ix *Index) run(ctx context.Context, r Request, tq textQuery, filters, unfiltered []query.Query, relaxed bool, lens *lengths, after, back []string) (res, cat *bleve.SearchResult, err error) {
	// One hit more than the page tells whether there is a next page.
	size, from := r.PerPage+1, (r.Page-1)*r.PerPage
	if after != nil {
		from = 0
	}
	scored := r.Sort == SortRelevance
	q := ix.ranked(tq, filters, relaxed, scored, r.Query)
	anchor := ""
	if scored && after != nil {
		after, anchor = ix.reanchor(ctx, q, after, back, lens)
		size++ // (the anchor may come again, a rounding above its score)
	}
	req := bleve.NewSearchRequestOptions(q, size, from, false)
	req.SortByCustom(sortOrder(r.Sort))
	if scored {
		ix.withLengths(req, lens)
	} else {
		req.Score = "none" // sorted by date: skip scoring every match
	}
	if after != nil {
		req.SetSearchAfter(after)
	}
	defer func() {
		if res != nil && anchor != "" {
			res.Hits = slices.DeleteFunc(res.Hits, func(h *search.DocumentMatch) bool { return h.ID == anchor })
			res.Hits = res.Hits[:min(len(res.Hits), r.PerPage+1)]
		}
	}()
	req.Fields = []string{fieldTitle, fieldBody, fieldCategory, fieldTags, fieldPublished, fieldURL}
	req.AddFacet(facetMonth, monthFacetRequest())
	if len(r.Categories) == 0 {
		req.AddFacet(facetCategory, categoryFacetRequest())
		res, err = ix.b.SearchInContext(ctx, req)
		if err == nil {
			err = ix.locate(ctx, tq.locating(relaxed), res.Hits)
		}
		if err != nil {
			return nil, nil, searchError(err)
		}
		return res, res, nil
	}
	creq := bleve.NewSearchRequestOptions(tq.build(unfiltered, relaxed, false), 0, 0, false)
	creq.Score = "none"
	creq.AddFacet(facetCategory, categoryFacetRequest())
	catc := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil { // (a damaged segment: see survive)
				catc <- fmt.Errorf("counting categories: %v", r)
			}
		}()
		var err error
		cat, err = ix.b.SearchInContext(ctx, creq)
		catc <- err
	}()
	res, err = ix.b.SearchInContext(ctx, req)
	if err == nil {
		err = ix.locate(ctx, tq.locating(relaxed), res.Hits)
	}
	if cerr := <-catc; err == nil {
		err = cerr
	}
	if err != nil {
		return nil, nil, searchError(err)
	}
	return res, cat, nil
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
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q), len(ids), 0, false)
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

// maxMostWork bounds the relaxed searches that rank the articles missing
// only one unit first: that clause steps through every article that has
// any unit, for each unit and each of its alternatives. When the articles
// with a unit times the units exceed this many times the archive, it is
// left out: b1い12い2いいba2ー2あいaあ, eight units in 2,943 of livedoor's
// 7,367 articles (3.2), took two seconds with it and 27 ms without, and
// words that common say little about which articles miss the fewest.
const maxMostWork = 1.5

// Up to moreMostWork times the archive, and maxMostSteps steps, the
// clause stays: in a small archive the long queries of readers that relax
// are often that common (会社の飲み会やイベントが多すぎるときの断り方: five
// units in 3,543 of livedoor's articles, 2.4), and without it the article
// with all five words ranked below one with three, one of them in its
// title (MRR@10 of 137 long queries 0.884 → 0.893, a few milliseconds
// each). At 100,000 articles the same share is ten times the steps (119
// → 213 ms for that query), so a large archive keeps maxMostWork.
const (
	moreMostWork = 3.0
	maxMostSteps = 60_000
)

// commonUnits reports whether the units of a relaxed search are too
// common to rank by how many each article has (see maxMostWork).
func (ix *Index) commonUnits(ctx context.Context, tq textQuery) bool {
	n, err := ix.b.DocCount()
	if err != nil || n == 0 {
		return false
	}
	res, err := ix.b.SearchInContext(ctx, bleve.NewSearchRequestOptions(tq.build(nil, true, false), 0, 0, false))
	if err != nil {
		return false
	}
	steps, archive := float64(res.Total)*float64(len(tq.strong())), float64(n)
	return steps > maxMostWork*archive && (steps > moreMostWork*archive || steps > maxMostSteps)
}

// maxWeighedUnits bounds the units unitWeights counts (a search each).
const maxWeighedUnits = 8

// unitWeights weighs the strong units of a relaxed search by how few
// articles have each: its idf, ln(N/df), over the units' mean. BM25
// already counts a rare word for more, but less than a title counts for
// (three times): ELUGAという名前の意味と由来 had ranked articles with 名前 in
// their titles above every article on ELUGA, and an article missing only
// ドバイ of ドバイ旅行のホテル選び one missing only 選び. Nil when there
// are fewer than two units or too many to count (and not asked for when
// the units are common: see maxMostWork).
func (ix *Index) unitWeights(ctx context.Context, tq textQuery) map[query.Query]float64 {
	strong := slices.DeleteFunc(slices.Clone(tq.strong()), func(q query.Query) bool { return tq.spare[q] })
	if len(strong) < 2 || len(strong) > maxWeighedUnits {
		return nil
	}
	n, err := ix.b.DocCount()
	if err != nil || n == 0 {
		return nil
	}
	idf := make([]float64, len(strong))
	sum := 0.0
	for i, q := range strong {
		res, err := ix.b.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 0, 0, false))
		if err != nil {
			return nil
		}
		idf[i] = math.Log(float64(n+1) / float64(res.Total+1))
		sum += idf[i]
	}
	if sum == 0 {
		return nil
	}
	w := make(map[query.Query]float64, len(strong))
	for i, q := range strong {
		w[q] = max(minUnitWeight, idf[i]*float64(len(strong))/sum)
	}
	return w
}

// minUnitWeight keeps a unit in most articles (テレビ of livedoor) from
// counting for nothing.
const minUnitWeight = 0.2

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

// toHit builds a Hit from a bleve hit with stored fields and locations;
// a lone match of one of pieces is not marked.
func toHit(h *search.DocumentMatch, pieces map[string]bool) Hit {
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
	hit.TitleHTML = markAll(hit.Title, dropLone(hit.Title, spansOf(len(hit.Title), h.Locations[fieldTitle], h.Locations[fieldTitleReading],
		locatedIn(hit.Title, h.Locations[fieldBigram])), pieces))
	body := str(fieldBody)
	hit.SnippetHTML = snippet(body, dropLone(body, spansOf(len(body), h.Locations[fieldBody], h.Locations[fieldBodyReading],
		locatedIn(body, h.Locations[fieldBigram])), pieces), snippetRunes)
	return hit
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

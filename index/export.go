package index

import (
	"context"
	"slices"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// exportPage is how many articles Export reads per search, and the least
// it reads when their bodies are large; exportPageBytes bounds the bodies
// of a page (about: the next page is sized by the last one's), so that an
// export holds a few megabytes whatever its articles (500 bodies of a
// megabyte had been held at once).
const (
	exportPage      = 500
	minExportPage   = 4
	exportPageBytes = 4 << 20
)

// ExportRequest selects the articles to export, with the search syntax
// and filters of Request.
type ExportRequest struct {
	Query      string
	Categories []string
	From, To   time.Time
	Sort       Sort
	Body       bool // include the body
}

// Export calls emit for every article r matches, in r's order, reading a
// page at a time with search_after so memory stays constant however many
// match. By date, an article a write moved behind the export while it ran
// comes after the last page, as it is then (see exportWatch). It stops at
// the first error emit returns.
func (ix *Index) Export(ctx context.Context, r ExportRequest, emit func(*Article) error) (int, error) {
	sr := Request{Query: r.Query, Categories: r.Categories, From: r.From, To: r.To, Sort: r.Sort}
	if err := sr.validate(); err != nil {
		return 0, err
	}
	fields := []string{fieldTitle, fieldCategory, fieldTags, fieldPublished, fieldURL, fieldAuthor}
	if r.Body {
		fields = append(fields, fieldBody, fieldBodyTail)
	}
	var lens *lengths // (by relevance: scored as a search is, with one set of lengths throughout)
	if sr.Sort == SortRelevance {
		lens = ix.measured()
	}
	var w *exportWatch // (by date: see exportWatch)
	if sr.Sort != SortRelevance {
		w = newExportWatch(sr.Sort == SortNewest)
		if err := ix.watchExport(ctx, w); err != nil {
			return 0, err
		}
	}
	n, err := ix.exportPages(ctx, &sr, fields, r.Body, lens, w, emit)
	if w == nil {
		return n, err
	}
	late := ix.unwatchExport(w)
	if err != nil || len(late) == 0 {
		return n, err
	}
	// The articles written behind the export, as they are now, in pages
	// of their own after the last.
	slices.Sort(late)
	chunk := exportPage
	if r.Body {
		chunk = exportPage / 10
	}
	for len(late) > 0 {
		ids := late[:min(len(late), chunk)]
		late = late[len(ids):]
		hits, _, _, err := ix.exportPage(ctx, &sr, fields, nil, nil, len(ids), lens, ids)
		if err != nil {
			return n, err
		}
		for i := range hits {
			if err := emit(&hits[i]); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// exportPages calls emit for every article r matches, in r's order, a page
// at a time; with a watch w, each page read between writes, leaving out
// the articles w says were read before.
func (ix *Index) exportPages(ctx context.Context, r *Request, fields []string, body bool, lens *lengths, w *exportWatch, emit func(*Article) error) (int, error) {
	var after, back []string
	n, size := 0, exportPage
	if body {
		size = exportPage / 10
	}
	for {
		hits, next, nextBack, err := ix.watchedPage(ctx, r, fields, after, back, size, lens, w)
		if err != nil {
			return n, err
		}
		bytes := 0
		for i := range hits {
			bytes += len(hits[i].Body)
			if err := emit(&hits[i]); err != nil {
				return n, err
			}
			hits[i] = Article{} // (emitted: its body may go)
			n++
		}
		if next == nil {
			return n, nil
		}
		after, back = next, nextBack
		switch {
		case bytes > exportPageBytes:
			size = max(minExportPage, size*exportPageBytes/bytes)
		case bytes < exportPageBytes/4:
			size = min(exportPage, size*2)
		}
	}
}

// watchedPage is exportPage, noted in the watch w when there is one, the
// articles it says the export read before left out.
func (ix *Index) watchedPage(ctx context.Context, r *Request, fields, after, back []string, size int, lens *lengths, w *exportWatch) ([]Article, []string, []string, error) {
	if w == nil {
		return ix.exportPage(ctx, r, fields, after, back, size, lens, nil)
	}
	hits, next, nextBack, err := ix.exportPage(ctx, r, fields, after, back, size, lens, nil)
	if err != nil {
		return nil, nil, nil, err // (the export ends: its watch with it)
	}
	ids := make([]string, len(hits))
	for i := range hits {
		ids[i] = hits[i].ID
	}
	pos := ""
	if next != nil {
		pos = next[0]
	}
	skip := w.readPage(ids, pos)
	if len(skip) > 0 {
		hits = slices.DeleteFunc(hits, func(a Article) bool { return skip[a.ID] })
	}
	return hits, next, nextBack, nil
}

// exportPage reads one page of size articles after the sort key after
// (of the articles only, when only is not nil), in the order a search
// gives them (by relevance scored with the field
// lengths lens, roundups' titles weighed as a search weighs them), and
// returns the sort key of the next page and, by relevance, the keys of
// the page's last hits before it (see reanchor, which articles written
// between two pages make the next page start from, as a cursor does).
func (ix *Index) exportPage(ctx context.Context, r *Request, fields, after, back []string, size int, lens *lengths, only []string) ([]Article, []string, []string, error) {
	release, err := ix.acquire()
	if err != nil {
		return nil, nil, nil, err
	}
	defer release()
	tc := &readerCounter{ctx: ctx, ix: ix.b}
	defer tc.close()
	tq, err := ix.compiler(tc).compile(r.Query)
	if err != nil {
		return nil, nil, nil, err
	}
	var filters []query.Query
	if f := dateFilter(ix.trimDates(ctx, r.From, r.To)); f != nil {
		filters = append(filters, f)
	}
	if f := ix.categoryFilter(r.Categories); f != nil {
		filters = append(filters, f)
	}
	if only != nil {
		filters = append(filters, bleve.NewDocIDQuery(only))
	}
	scored := r.Sort == SortRelevance
	q := ix.ranked(tq, filters, false, scored, r.Query)
	want, anchor := size+1, "" // (one more tells whether there is a next page)
	if scored && after != nil {
		after, anchor = ix.reanchor(ctx, q, after, back, lens)
		want++ // (the anchor may come again, a rounding above its score)
	}
	req := bleve.NewSearchRequestOptions(keptShoulds(q), want, 0, false)
	req.SortByCustom(sortOrder(r.Sort))
	if scored {
		ix.withLengths(req, lens)
	} else {
		req.Score = "none"
	}
	req.Fields = fields
	if after != nil {
		req.SetSearchAfter(after)
	}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, nil, nil, searchError(err)
	}
	hits := slices.DeleteFunc(res.Hits, func(h *search.DocumentMatch) bool { return h.ID == anchor })
	more := len(hits) > size
	hits = hits[:min(len(hits), size)]
	out := make([]Article, len(hits))
	for i, h := range hits {
		a := &out[i]
		a.ID = h.ID
		a.Tags = []string{}
		for name, v := range h.Fields {
			switch v := v.(type) {
			case string:
				if name == fieldPublished {
					if t, err := time.Parse(time.RFC3339, v); err == nil {
						a.Published = t.In(JST)
					}
					continue
				}
				a.setField(name, v)
			case []any:
				for _, x := range v {
					if s, ok := x.(string); ok {
						a.setField(name, s)
					}
				}
			}
		}
	}
	if !more {
		return out, nil, nil, nil
	}
	last := hits[len(hits)-1]
	next := slices.Clone(last.DecodedSort)
	var nextBack []string
	if scored {
		next[0] = strconv.FormatFloat(last.Score, 'g', -1, 64)
		for i := len(hits) - 2; i >= 0 && len(nextBack) < maxCursorBack; i-- {
			nextBack = append(nextBack, hits[i].DecodedSort[1])
		}
	}
	return out, next, nextBack, nil
}

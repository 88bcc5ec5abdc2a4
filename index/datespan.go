package index

import (
	"context"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// dateSpan is the publication dates of the first and last article, so a date
// filter that excludes nothing can be left out: from=2000-01-01 on an
// archive that starts in 2011 costs a check of every match for nothing.
// Writes extend it; deletions leave it wider than the articles, which is
// still correct (a bound outside it excludes nothing either). It is worked
// out again on first use after a reindex.
type dateSpan struct {
	mu          sync.Mutex
	known       bool
	first, last time.Time
	// written spans the dates of every write, kept while the span is
	// unknown too: a write may land after the span is worked out from
	// the index, having been extended before, when it was not yet known.
	written                   bool
	writtenFirst, writtenLast time.Time
	// writes counts the dates written: a search that dropped a bound
	// checks after it ran that none was written meanwhile (see
	// Index.Search).
	writes uint64
}

// writesNow returns the count of dates written so far.
func (s *dateSpan) writesNow() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.writes
}

// extend widens s to include t, when s is known.
func (s *dateSpan) extend(ts ...time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes += uint64(len(ts))
	for _, t := range ts {
		if !s.written || t.Before(s.writtenFirst) {
			s.writtenFirst = t
		}
		if !s.written || t.After(s.writtenLast) {
			s.writtenLast = t
		}
		s.written = true
		if s.known {
			s.widen(t, t)
		}
	}
}

// widen widens a known span to include [first, last]; the caller holds mu.
func (s *dateSpan) widen(first, last time.Time) {
	if first.Before(s.first) {
		s.first = first
	}
	if last.After(s.last) {
		s.last = last
	}
}

func (s *dateSpan) reset() {
	s.mu.Lock()
	s.known = false
	s.mu.Unlock()
}

// trimDates returns from and to with each bound that excludes no article
// set to zero (open). The caller holds the index for reading.
func (ix *Index) trimDates(ctx context.Context, from, to time.Time) (time.Time, time.Time) {
	if from.IsZero() && to.IsZero() {
		return from, to
	}
	first, last, ok := ix.span(ctx)
	if !ok {
		return from, to // an empty index, or a failed search: filter as asked
	}
	if !from.After(first) {
		from = time.Time{}
	}
	if !to.Before(last) {
		to = time.Time{}
	}
	return from, to
}

// span returns the publication dates of the archive's first and last
// article (or wider, see dateSpan); not ok for an empty index or a failed
// search. The caller holds the index for reading.
func (ix *Index) span(ctx context.Context) (first, last time.Time, ok bool) {
	s := &ix.dates
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.known {
		first, ok1 := ix.edgeDate(ctx, SortOldest)
		last, ok2 := ix.edgeDate(ctx, SortNewest)
		if !ok1 || !ok2 {
			return time.Time{}, time.Time{}, false
		}
		s.first, s.last, s.known = first, last, true
		if s.written {
			s.widen(s.writtenFirst, s.writtenLast)
		}
	}
	return s.first, s.last, true
}

// edgeDate returns the publication date of the first article in order o.
func (ix *Index) edgeDate(ctx context.Context, o Sort) (time.Time, bool) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 1, 0, false)
	req.SortByCustom(sortOrder(o))
	req.Score = "none"
	req.Fields = []string{fieldPublished}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil || len(res.Hits) == 0 {
		return time.Time{}, false
	}
	s, _ := res.Hits[0].Fields[fieldPublished].(string)
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}

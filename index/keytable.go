package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// The keys table holds every article's fieldKeys terms (its category and
// month facet keys and its sort key) in memory, per segment, so that a
// search reads them for each match from an array instead of decoding the
// doc values: bleve's collector visiting them, and its facet builder
// and sort turning each into a string and a map update, had been 45% of
// the CPU of searches with facets at 100k (Twitter, 11k matches, sorted
// by date). Segments never change, so a segment's table is built once,
// on the first search that reads it, and dropped with the segment.
//
// A search asks for it through bleve's hook for the handler of each
// match (search.MakeDocumentMatchHandlerKey): the hook learns the index
// snapshot the search reads, counts the facets, and hands the match to
// bleve's own top-N handler; the sort is a SearchSort (tableSort) whose
// value is the table's sort key, the same string the keys field's
// doc values gave.

// segKeys are the keys of one segment's articles, by local number.
type segKeys struct {
	once  sync.Once
	err   error
	used  uint64   // the keyTable.views of the last view that had it
	cat   []uint32 // facet term number (keyTerms) of the category, 0 for none
	month []uint32 // of the month
	// sortKeys holds the sort keys one after the other; article i's is
	// sortKeys[sortEnd[i-1]:sortEnd[i]].
	sortKeys string
	sortEnd  []uint32
	// stamp is each article's publication time as the number the sort
	// key's digits spell (yyyymmddhhmmss), in the sort key's order but for
	// ties, which the id appended to the key breaks.
	stamp []int64
}

// keyTable is the keys of the segments searches read, and the numbers of
// the facet terms.
type keyTable struct {
	mu    sync.Mutex
	segs  map[segment.Segment]*segKeys
	views uint64 // views taken
	terms keyTerms
}

// keyTerms numbers facet terms ("c" + category, "m" + month) from 1.
type keyTerms struct {
	mu    sync.RWMutex
	num   map[string]uint32
	names []string // by number - 1
}

func (t *keyTerms) number(term string) uint32 {
	t.mu.RLock()
	n, ok := t.num[term]
	t.mu.RUnlock()
	if ok {
		return n
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if n, ok := t.num[term]; ok {
		return n
	}
	if t.num == nil {
		t.num = map[string]uint32{}
	}
	t.names = append(t.names, strings.Clone(term))
	n = uint32(len(t.names))
	t.num[term] = n
	return n
}

// lookUp returns the number of term, 0 when it has none.
func (t *keyTerms) lookUp(term string) uint32 {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.num[term]
}

func (t *keyTerms) name(n uint32) string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.names[n-1]
}

// keyView is the tables of one snapshot's segments, for one search.
type keyView struct {
	offsets []uint64 // first global article number of each segment
	segs    []*segKeys
}

// view returns the tables of snap's segments, building the missing ones.
func (kt *keyTable) view(snap *scorch.IndexSnapshot) (*keyView, error) {
	ss := snap.Segments()
	v := &keyView{offsets: make([]uint64, len(ss)), segs: make([]*segKeys, len(ss))}
	var at uint64
	kt.mu.Lock()
	if kt.segs == nil {
		kt.segs = map[segment.Segment]*segKeys{}
	}
	kt.views++
	for i, s := range ss {
		v.offsets[i] = at
		at += s.Segment().Count()
		sk := kt.segs[s.Segment()]
		if sk == nil {
			sk = &segKeys{}
			kt.segs[s.Segment()] = sk
		}
		sk.used = kt.views
		v.segs[i] = sk
	}
	if len(kt.segs) > len(ss) {
		// Segments merged away: drop those neither this view nor the one
		// before had (a search that began on the snapshot before a merge
		// must not drop the merged segment a million-article index takes
		// a second to read again).
		for s, sk := range kt.segs {
			if sk.used+1 < kt.views {
				delete(kt.segs, s)
			}
		}
	}
	kt.mu.Unlock()
	for i, s := range ss {
		sk := v.segs[i]
		sk.once.Do(func() { sk.err = sk.build(s.Segment(), &kt.terms) })
		if sk.err != nil {
			return nil, sk.err
		}
	}
	return v, nil
}

// warmKeys builds the keys table of the index as opened, so that the
// first search does not wait for it (at 100k articles 0.1 s).
func (ix *Index) warmKeys() {
	defer ix.survive("reading the keys of the articles")
	release, err := ix.acquire()
	if err != nil {
		return // closed
	}
	defer release()
	adv, err := ix.b.Advanced()
	if err != nil {
		return
	}
	r, err := adv.Reader()
	if err != nil {
		return
	}
	defer r.Close()
	if snap, ok := r.(*scorch.IndexSnapshot); ok {
		ix.keys.view(snap) // (an error is the first search's to report)
	}
}

// build reads the keys of every article of seg from its doc values.
func (sk *segKeys) build(seg segment.Segment, terms *keyTerms) error {
	dv, ok := seg.(segment.DocValueVisitable)
	if !ok {
		return fmt.Errorf("index: a segment without doc values (%T)", seg)
	}
	n := seg.Count()
	sk.cat = make([]uint32, n)
	sk.month = make([]uint32, n)
	sk.sortEnd = make([]uint32, n)
	sk.stamp = make([]int64, n)
	var keys []byte
	var state segment.DocVisitState
	fields := []string{fieldKeys}
	for i := range n {
		var err error
		state, err = dv.VisitDocValues(i, fields, func(_ string, term []byte) {
			switch {
			case len(term) == 0:
			case term[0] == keyCategory[0]:
				sk.cat[i] = terms.number(string(term))
			case term[0] == keyMonth[0]:
				sk.month[i] = terms.number(string(term))
			case term[0] == keySort[0]:
				keys = append(keys, term...)
				sk.stamp[i] = stampOf(term[len(keySort):])
			}
		}, state)
		if err != nil {
			return fmt.Errorf("index: reading the keys of article %d: %w", i, err)
		}
		sk.sortEnd[i] = uint32(len(keys))
	}
	sk.sortKeys = string(keys)
	return nil
}

// stampOf reads the digits of sortKeyLayout at the start of key.
func stampOf(key []byte) int64 {
	var n int64
	for _, c := range key[:min(len(key), len(sortKeyLayout))] {
		n = n*10 + int64(c-'0')
	}
	return n
}

// at returns the segment's table and local number of the article iid.
func (v *keyView) at(iid bindex.IndexInternalID) (*segKeys, uint64) {
	n := iid.Value()
	i := sort.Search(len(v.offsets), func(i int) bool { return v.offsets[i] > n }) - 1
	return v.segs[i], n - v.offsets[i]
}

// segment returns the table of the segment of the article numbered n and
// the numbers of its first article and of the one past its last.
func (v *keyView) segment(n uint64) (*segKeys, uint64, uint64) {
	i := sort.Search(len(v.offsets), func(i int) bool { return v.offsets[i] > n }) - 1
	end := uint64(math.MaxUint64)
	if i+1 < len(v.offsets) {
		end = v.offsets[i+1]
	}
	return v.segs[i], v.offsets[i], end
}

// sortKey returns the sort key of the article iid.
func (v *keyView) sortKey(iid bindex.IndexInternalID) string {
	sk, i := v.at(iid)
	start := uint32(0)
	if i > 0 {
		start = sk.sortEnd[i-1]
	}
	return sk.sortKeys[start:sk.sortEnd[i]]
}

// keyCollect is one search's use of the table: the view of its snapshot
// (set when bleve's collector starts) and the facets it counts.
type keyCollect struct {
	kt         *keyTable
	view       *keyView
	countCat   bool
	countMonth bool
	cats       []int // by facet term number
	months     []int
	// With keep > 0 (a search sorted by date, without search-after, for
	// its first keep hits), the handler passes bleve's collector only the
	// matches that can be among them: bleve compares every match's sort
	// key string with the lowest it keeps, 11% of the CPU of searches with
	// facets sorted by date at 100k, where a match published before the
	// keep newest seen so far (after, sorted by oldest) needs only its
	// stamp compared. Ties of stamps go to the collector, whose order the
	// ids decide.
	keep   int
	oldest bool
	kept   stampHeap
	// With categories set (a search sorted by date filtered by
	// category), the handler counts the category facet over every match
	// and passes on only the matches of those categories, counted in
	// passed: one search gives the page and both facets, where the
	// category facet, which ignores the filter, had taken a second search
	// of every match. (A ranked search keeps the filter in bleve, which
	// then scores only the categories' matches: scoring all of them cost
	// more than the second search.)
	categories []string
	only       []bool // by facet term number
	passed     uint64
	// With hold, the handler keeps the snapshot searched in docs, for the
	// page's stored fields (see pageDocs); its holder releases it.
	hold bool
	docs *pageDocs
}

// context returns ctx with the hook that gives kc the search's snapshot
// and counts the facets of every match.
func (kc *keyCollect) context(ctx context.Context) context.Context {
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(kc.handler))
}

func (kc *keyCollect) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	snap, ok := sctx.IndexReader.(*scorch.IndexSnapshot)
	if !ok {
		return nil, false, fmt.Errorf("index: searching a reader of type %T", sctx.IndexReader)
	}
	v, err := kc.kt.view(snap)
	if err != nil {
		return nil, false, err
	}
	kc.view = v
	if kc.hold && kc.docs == nil {
		snap.AddRef()
		kc.docs = &pageDocs{snap: snap}
	}
	top, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
	if err != nil || top == nil {
		return top, loadID, err
	}
	if !kc.countCat && !kc.countMonth && kc.keep == 0 && kc.categories == nil {
		return top, loadID, nil
	}
	kc.kept = stampHeap{size: kc.keep}
	kc.only = nil
	for _, c := range kc.categories {
		if n := kc.kt.terms.lookUp(keyCategory + c); n > 0 {
			if int(n) >= len(kc.only) {
				kc.only = slices.Grow(kc.only, int(n)+1-len(kc.only))[:n+1]
			}
			kc.only[n] = true
		}
	}
	var sk *segKeys
	var start, end uint64 // the numbers of sk's articles: [start, end)
	return func(d *search.DocumentMatch) error {
		if d == nil {
			return top(d)
		}
		n := d.IndexInternalID.Value()
		if n < start || n >= end { // (matches come in the order of their numbers)
			sk, start, end = v.segment(n)
		}
		i := n - start
		if kc.countCat {
			kc.cats = countTerm(kc.cats, sk.cat[i])
		}
		if kc.categories != nil {
			if c := sk.cat[i]; int(c) >= len(kc.only) || !kc.only[c] {
				sctx.DocumentMatchPool.Put(d)
				return nil
			}
			kc.passed++
		}
		if kc.countMonth {
			kc.months = countTerm(kc.months, sk.month[i])
		}
		if kc.keep > 0 {
			st := sk.stamp[i]
			if kc.oldest {
				st = -st
			}
			if !kc.kept.add(st) {
				sctx.DocumentMatchPool.Put(d)
				return nil
			}
		}
		return top(d)
	}, loadID, nil
}

// stampHeap holds the size greatest stamps added, the least first.
type stampHeap struct {
	size int
	h    []int64
}

// add adds st and says whether it is among the size greatest added (ties
// with the least kept included).
func (s *stampHeap) add(st int64) bool {
	if len(s.h) < s.size {
		s.h = append(s.h, st)
		for i := len(s.h) - 1; i > 0; {
			p := (i - 1) / 2
			if s.h[p] <= s.h[i] {
				break
			}
			s.h[p], s.h[i] = s.h[i], s.h[p]
			i = p
		}
		return true
	}
	if st < s.h[0] {
		return false
	}
	s.h[0] = st
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(s.h) && s.h[l] < s.h[m] {
			m = l
		}
		if r := l + 1; r < len(s.h) && s.h[r] < s.h[m] {
			m = r
		}
		if m == i {
			break
		}
		s.h[i], s.h[m] = s.h[m], s.h[i]
		i = m
	}
	return true
}

func countTerm(counts []int, n uint32) []int {
	if n == 0 {
		return counts
	}
	if int(n) >= len(counts) {
		counts = slices.Grow(counts, int(n)+1-len(counts))[:n+1]
	}
	counts[n]++
	return counts
}

// setFacets puts the facets kc counted into res, as the facet requests
// of the keys field would have.
func (kc *keyCollect) setFacets(res *bleve.SearchResult) {
	res.Facets = search.FacetResults{}
	if kc.countCat {
		res.Facets[facetCategory] = kc.facet(kc.cats, categoryFacetSize)
	}
	if kc.countMonth {
		res.Facets[facetMonth] = kc.facet(kc.months, monthFacetSize)
	}
}

// facet returns counts as bleve's terms facet would: the size terms
// with the most matches, most first and then in term order.
func (kc *keyCollect) facet(counts []int, size int) *search.FacetResult {
	out := &search.FacetResult{Field: fieldKeys, Terms: &search.TermFacets{}}
	var terms []*search.TermFacet
	for n, c := range counts {
		if c > 0 {
			terms = append(terms, &search.TermFacet{Term: kc.kt.terms.name(uint32(n)), Count: c})
			out.Total += c
		}
	}
	slices.SortFunc(terms, func(a, b *search.TermFacet) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Term, b.Term)
	})
	if len(terms) > size {
		for _, t := range terms[size:] {
			out.Other += t.Count
		}
		terms = terms[:size]
	}
	out.Terms.Add(terms...)
	return out
}

// tableSort sorts by the table's sort key: the publication date and id,
// as the max of the keys field's terms did.
type tableSort struct {
	kc   *keyCollect
	desc bool
}

func (s *tableSort) UpdateVisitor(string, []byte) {}

func (s *tableSort) Value(d *search.DocumentMatch) string {
	return s.kc.view.sortKey(d.IndexInternalID)
}

func (s *tableSort) DecodeValue(v string) string { return v }
func (s *tableSort) Descending() bool            { return s.desc }
func (s *tableSort) RequiresDocID() bool         { return false }
func (s *tableSort) RequiresScoring() bool       { return false }
func (s *tableSort) RequiresFields() []string    { return nil }
func (s *tableSort) Reverse()                    { s.desc = !s.desc }
func (s *tableSort) Copy() search.SearchSort     { c := *s; return &c }

// sortOrder returns the order of sort s read from the table.
func (kc *keyCollect) sortOrder(s Sort) search.SortOrder {
	switch s {
	case SortNewest:
		return search.SortOrder{&tableSort{kc: kc, desc: true}}
	case SortOldest:
		return search.SortOrder{&tableSort{kc: kc}}
	}
	return search.SortOrder{&search.SortScore{Desc: true}, &tableSort{kc: kc, desc: true}}
}

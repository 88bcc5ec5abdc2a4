package index

import (
	"context"
	"sort"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Which pool article has which of the source's words (the similarity's
// postings pass): a word's postings bitmap in each segment, intersected
// with the pool's articles there. Stepping a postings reader from one pool
// article to the next had cost a step for each article that has the word
// (up to the pool's 300) for each of up to 600 words and fields: 13% of a
// related request's CPU at 100,000 articles.

// wordMarker marks the pool articles that have a word in the body or in
// its lists of links.
type wordMarker interface {
	mark(ctx context.Context, term string, links bool, ti int) error
}

// newWordMarker returns the marker for cands (sorted by internal id) in
// r: by bitmaps in a scorch snapshot, by stepping postings readers in any
// other index.
func newWordMarker(r bindex.IndexReader, cands []poolArticle) wordMarker {
	if snap, ok := r.(*scorch.IndexSnapshot); ok {
		return newBitmapMarker(snap, cands)
	}
	return &readerMarker{r: r, cands: cands}
}

// mark records that the article has the source's word ti (term), in its
// text or only in its lists of links.
func (c *poolArticle) mark(ti int, term string, links bool) {
	if c.has.has(ti) {
		return
	}
	c.has.add(ti)
	if links {
		c.listed.add(ti)
	}
	c.shared++
	if !links && ti < reasonTerms && len(c.terms) < 2*maxReasons && shownReason(term) {
		// (A word only in its lists of links is no reason a reader sees
		// in the article: a day's headlines named the source's air
		// conditioner under a TV story.)
		c.terms = append(c.terms, term)
	}
}

// readerMarker steps a postings reader through the pool's articles.
type readerMarker struct {
	r     bindex.IndexReader
	cands []poolArticle
	doc   bindex.TermFieldDoc // reused by every Advance: one allocation, not one per step
}

func (m *readerMarker) mark(ctx context.Context, term string, links bool, ti int) error {
	field := fieldBody
	if links {
		field = fieldLinks
	}
	tfr, err := m.r.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return err
	}
	at, started := uint64(0), false // where the reader stands
	for i := range m.cands {
		if !started || at < m.cands[i].num {
			d, err := tfr.Advance(m.cands[i].iid, &m.doc)
			if err != nil {
				tfr.Close()
				return err
			}
			if d == nil {
				break // no later article has the word
			}
			at, started = d.ID.Value(), true
		}
		if c := &m.cands[i]; at == c.num {
			c.mark(ti, term, links)
		}
	}
	return tfr.Close()
}

// bitmapMarker intersects postings bitmaps with the pool's articles, a
// segment at a time. The pool's articles are live in the snapshot (its
// candidates came from its postings), so the segments' deletions need not
// be read.
type bitmapMarker struct {
	cands []poolArticle
	segs  []poolSegment
}

// poolSegment is a segment holding pool articles.
type poolSegment struct {
	seg    segment.Segment
	offset uint64          // the internal id of its first article
	pool   *roaring.Bitmap // the pool's articles, by number in the segment
	member wordSet         // the same as bits, up to the highest
	cands  []poolArticle   // the same, sorted by internal id
	dicts  [2]segment.TermDictionary
	pl     segment.PostingsList // reused
	it     segment.PostingsIterator
}

func newBitmapMarker(snap *scorch.IndexSnapshot, cands []poolArticle) *bitmapMarker {
	m := &bitmapMarker{cands: cands}
	var at uint64
	ci := 0
	for _, s := range snap.Segments() {
		end := at + s.Segment().Count()
		first := ci
		for ci < len(cands) && cands[ci].num < end {
			ci++
		}
		if ci > first {
			ps := poolSegment{seg: s.Segment(), offset: at, pool: roaring.New(), cands: cands[first:ci]}
			ps.member = make(wordSet, (ps.cands[len(ps.cands)-1].num-at)/64+1)
			for _, c := range ps.cands {
				ps.pool.Add(uint32(c.num - at))
				ps.member.add(int(c.num - at))
			}
			m.segs = append(m.segs, ps)
		}
		at = end
	}
	return m
}

func (m *bitmapMarker) mark(ctx context.Context, term string, links bool, ti int) error {
	f, field := 0, fieldBody
	if links {
		f, field = 1, fieldLinks
	}
	key := []byte(term)
	for i := range m.segs {
		s := &m.segs[i]
		if s.dicts[f] == nil {
			d, err := s.seg.Dictionary(field)
			if err != nil {
				return err
			}
			s.dicts[f] = d
		}
		pl, err := s.dicts[f].PostingsList(key, nil, s.pl)
		if err != nil {
			return err
		}
		s.pl = pl
		s.it = pl.Iterator(false, false, false, s.it)
		opt, ok := s.it.(segment.OptimizablePostingsIterator)
		if !ok {
			if err := s.markByStepping(term, links, ti); err != nil {
				return err
			}
			continue
		}
		if num, one := opt.DocNum1Hit(); one {
			s.markNum(num, term, links, ti)
			continue
		}
		bm := opt.ActualBitmap()
		if bm == nil || bm.IsEmpty() {
			continue
		}
		s.markIn(bm, term, links, ti)
	}
	return nil
}

// markIn marks the pool articles in bm, a postings bitmap of the
// segment: its postings are tested against the pool's bits, and an
// article found in the pool by binary search; a list much longer than the
// pool is looked up by the pool's articles instead. roaring.And had
// walked the whole pool for each word, most of which are in a few
// articles, and allocated its answer: a tenth of a related request's
// garbage.
func (s *poolSegment) markIn(bm *roaring.Bitmap, term string, links bool, ti int) {
	if bm.GetCardinality() > uint64(len(s.cands))*markSearchRatio {
		for k := range s.cands {
			if bm.Contains(uint32(s.cands[k].num - s.offset)) {
				s.cands[k].mark(ti, term, links)
			}
		}
		return
	}
	k, last := 0, uint32(len(s.member)*64)
	bm.Iterate(func(x uint32) bool {
		if x >= last {
			return false // past the pool's last article
		}
		if !s.member.has(int(x)) {
			return true
		}
		id := s.offset + uint64(x)
		rest := s.cands[k:]
		k += sort.Search(len(rest), func(i int) bool { return rest[i].num >= id })
		s.cands[k].mark(ti, term, links)
		return true
	})
}

// markSearchRatio: a postings list this many times longer than the pool's
// articles in a segment is looked up by them.
const markSearchRatio = 16

// markNum marks the pool article numbered num in the segment.
func (s *poolSegment) markNum(num uint64, term string, links bool, ti int) {
	id := s.offset + num
	if k := sort.Search(len(s.cands), func(k int) bool { return s.cands[k].num >= id }); k < len(s.cands) && s.cands[k].num == id {
		s.cands[k].mark(ti, term, links)
	}
}

// markByStepping reads a postings list that is no bitmap one posting at
// a time.
func (s *poolSegment) markByStepping(term string, links bool, ti int) error {
	for {
		p, err := s.it.Next()
		if err != nil || p == nil {
			return err
		}
		if s.pool.Contains(uint32(p.Number())) {
			s.markNum(p.Number(), term, links, ti)
		}
	}
}

package index

import (
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// termReader reads terms' postings in the segments of a scorch snapshot,
// for the hundreds of words a related request counts and scores. bleve's
// TermFieldReader opens each segment's dictionary of the field again for
// every term and allocates its postings lists and iterators anew (its
// cache of readers is off): a sixth of a related request's garbage. Here
// each field's dictionaries are opened once and the lists and iterators
// reused. The answers are the TermFieldReader's: the same postings,
// deleted articles left out, counted alike.
type termReader struct {
	segs    []*scorch.SegmentSnapshot
	offsets []uint64 // the internal id of each segment's first article
	dicts   map[string][]segment.TermDictionary
	pls     []segment.PostingsList // the latest term's, by segment (see find)
	ns      []uint64               // their live articles
	its     []segment.PostingsIterator
	key     []byte
}

// newTermReader returns a termReader of r, or nil when r is no scorch
// snapshot.
func newTermReader(r bindex.IndexReader) *termReader {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil
	}
	t := &termReader{segs: snap.Segments(), dicts: map[string][]segment.TermDictionary{}}
	t.offsets = make([]uint64, len(t.segs))
	at := uint64(0)
	for i, s := range t.segs {
		t.offsets[i] = at
		at += s.Segment().Count() // (deleted articles included, as the ids count them)
	}
	t.pls = make([]segment.PostingsList, len(t.segs))
	t.ns = make([]uint64, len(t.segs))
	t.its = make([]segment.PostingsIterator, len(t.segs))
	return t
}

// find looks term up in field in every segment and returns the number of
// live articles that have it (as TermFieldReader.Count does).
func (t *termReader) find(term, field string) (uint64, error) {
	dicts, ok := t.dicts[field]
	if !ok {
		dicts = make([]segment.TermDictionary, len(t.segs))
		for i, s := range t.segs {
			d, err := s.Segment().Dictionary(field)
			if err != nil {
				return 0, err
			}
			dicts[i] = d
		}
		t.dicts[field] = dicts
	}
	t.key = append(t.key[:0], term...)
	var n uint64
	for i, s := range t.segs {
		pl, err := dicts[i].PostingsList(t.key, s.Deleted(), t.pls[i])
		if err != nil {
			return 0, err
		}
		t.pls[i], t.ns[i] = pl, pl.Count()
		n += t.ns[i]
	}
	return n, nil
}

// count returns the number of live articles with term in field.
func (t *termReader) count(term, field string) (uint64, error) {
	return t.find(term, field)
}

// each calls fn with every live article that has the term find looked
// up last, in the order of internal ids, with the frequency and the norm
// of the term there.
func (t *termReader) each(fn func(num, freq uint64, norm float64)) error {
	for i, pl := range t.pls {
		if t.ns[i] == 0 {
			// (Nothing to read; and a list reused from a segment
			// without the field has no segment to decode frequencies
			// from, where zapx would fail.)
			continue
		}
		t.its[i] = pl.Iterator(true, true, false, t.its[i])
		for {
			p, err := t.its[i].Next()
			if err != nil {
				return err
			}
			if p == nil {
				break
			}
			fn(t.offsets[i]+p.Number(), p.Frequency(), p.Norm())
		}
	}
	return nil
}

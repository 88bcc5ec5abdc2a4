package index

import (
	"context"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// The stored fields of a search's page: read once the page is cut, for
// its hits only, by each hit's internal id from the snapshot the search
// read. bleve's search had read them for every hit it returned, the one
// past the page and a strict search's hits that a relaxed one replaced
// included, each by a lookup of its id and as a document of every stored
// field (the body's tail and the related articles' words too), copied,
// before picking the six a page shows: 17% of the CPU of a search with
// facets on livedoor, by profile.

// pageFields are the stored fields a page's hits show (see toHit).
var pageFields = []string{fieldTitle, fieldBody, fieldCategory, fieldTags, fieldPublished, fieldURL}

// pageDocs holds the snapshot a search read, until its page's fields are
// read from it (the snapshot's segments stay open while it is held).
type pageDocs struct {
	snap *scorch.IndexSnapshot
}

// release lets go of the snapshot; a nil d, or one released, is none.
func (d *pageDocs) release() {
	if d != nil && d.snap != nil {
		d.snap.DecRef()
		d.snap = nil
	}
}

// loadFields sets the pageFields of hits, as bleve's search sets the
// fields it is asked for: a field of several values as a list, a date
// as its layout writes it. Without a held snapshot (a search that never
// reached the collector) they are read by a search for their ids.
func (ix *Index) loadFields(ctx context.Context, d *pageDocs, hits search.DocumentMatchCollection) error {
	if len(hits) == 0 {
		return nil
	}
	if d == nil || d.snap == nil {
		return ix.searchedFields(ctx, hits)
	}
	docs := newSnapDocs(d.snap)
	for _, h := range hits {
		h.Fields = nil
		err := docs.visit(h.IndexInternalID.Value(), func(name string, typ byte, val []byte, _ []uint64) bool {
			if !isPageField(name) {
				return true
			}
			if v := storedValue(name, typ, val); v != nil {
				h.AddFieldValue(name, v)
			}
			return true
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func isPageField(name string) bool {
	for _, f := range pageFields {
		if f == name {
			return true
		}
	}
	return false
}

// storedValue is a stored text or date as bleve's search gives it: the
// text, and the date written in the layout it was parsed with (RFC 3339
// when none was kept). Nil for any other kind, which pageFields are not.
func storedValue(name string, typ byte, val []byte) any {
	switch typ {
	case 't':
		return string(val)
	case 'd':
		t, layout, err := document.NewDateTimeFieldFromBytes(name, nil, val).DateTime()
		if err != nil {
			return nil
		}
		if layout == "" {
			layout = time.RFC3339
		}
		return t.Format(layout)
	}
	return nil
}

// searchedFields sets the pageFields of hits by a search for their ids.
func (ix *Index) searchedFields(ctx context.Context, hits search.DocumentMatchCollection) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = pageFields
	req.Score = "none"
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return err
	}
	byID := make(map[string]map[string]any, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h.Fields
	}
	for _, h := range hits {
		h.Fields = byID[h.ID]
	}
	return nil
}

// snapDocs reads an article's stored fields from a snapshot's segments
// by its internal id.
type snapDocs struct {
	segs    []*scorch.SegmentSnapshot
	offsets []uint64 // the internal id of each segment's first article, and the count after the last
}

func newSnapDocs(snap *scorch.IndexSnapshot) snapDocs {
	segs := snap.Segments()
	offsets := make([]uint64, len(segs)+1)
	for i, s := range segs {
		offsets[i+1] = offsets[i] + s.Segment().Count()
	}
	return snapDocs{segs: segs, offsets: offsets}
}

// visit calls v for each stored value of the article num (see
// segment.StoredFieldValueVisitor).
func (d snapDocs) visit(num uint64, v segment.StoredFieldValueVisitor) error {
	si := 0
	for si+1 < len(d.segs) && d.offsets[si+1] <= num {
		si++
	}
	return d.segs[si].VisitDocument(num-d.offsets[si], v)
}

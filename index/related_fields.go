package index

import (
	"context"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Reading the related hits' stored fields: the title, body, category,
// address and date that the list shows and the duplicate and roundup
// checks read.

// hitFields are the stored fields of a related hit.
type hitFields struct {
	title, body, category, url string
	published                  time.Time // in JST; zero when missing
}

// relatedFields returns the stored fields of hits (by similarity, of the
// snapshot r), by id, adding to have (nil: none read yet) those it lacks:
// a list picked again from more hits reads only the new ones. A hit
// missing from the answer was deleted (an index other than scorch's is
// searched, after the snapshot).
//
// In a scorch snapshot each hit's fields are read by its internal id from
// its segment: a search for the ids, whose answer bleve builds as a
// document of every stored field and then a map of those asked for, was
// a sixth of picking the list.
func (ix *Index) relatedFields(ctx context.Context, r bindex.IndexReader, hits []scoredID, have map[string]*hitFields) (map[string]*hitFields, error) {
	if have == nil {
		have = make(map[string]*hitFields, len(hits))
	}
	var missing []scoredID
	for _, h := range hits {
		if _, ok := have[h.id]; !ok {
			missing = append(missing, h)
		}
	}
	if len(missing) == 0 {
		return have, nil
	}
	if snap, ok := r.(*scorch.IndexSnapshot); ok && missing[0].iid != nil {
		return have, storedHitFields(snap, missing, have)
	}
	return have, ix.searchedHitFields(ctx, missing, have)
}

// storedHitFields reads the fields of hits from the segments of snap.
func storedHitFields(snap *scorch.IndexSnapshot, hits []scoredID, into map[string]*hitFields) error {
	docs := newSnapDocs(snap)
	for _, h := range hits {
		f := &hitFields{}
		err := docs.visit(h.iid.Value(), func(name string, typ byte, val []byte, _ []uint64) bool {
			switch name {
			case fieldTitle:
				f.title = string(val)
			case fieldBody:
				f.body = string(val)
			case fieldCategory:
				f.category = string(val)
			case fieldURL:
				f.url = string(val)
			case fieldPublished:
				if typ == 'd' {
					if t, _, err := document.NewDateTimeFieldFromBytes(name, nil, val).DateTime(); err == nil {
						f.published = t.In(JST)
					}
				}
			}
			return true
		})
		if err != nil {
			return err
		}
		into[h.id] = f
	}
	return nil
}

// searchedHitFields reads the fields of hits by a search for their ids.
func (ix *Index) searchedHitFields(ctx context.Context, hits []scoredID, into map[string]*hitFields) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldTitle, fieldBody, fieldCategory, fieldPublished, fieldURL}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return searchError(err)
	}
	for _, h := range res.Hits {
		str := func(f string) string { s, _ := h.Fields[f].(string); return s }
		f := &hitFields{title: str(fieldTitle), body: str(fieldBody), category: str(fieldCategory), url: str(fieldURL)}
		if t, err := time.Parse(time.RFC3339, str(fieldPublished)); err == nil {
			f.published = t.In(JST)
		}
		into[h.ID] = f
	}
	return nil
}

package index

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// memDocs are analysed documents for an in-memory segment: each title is
// one term.
func memDocs(titles ...string) []bindex.Document {
	docs := make([]bindex.Document, 0, len(titles))
	for i, title := range titles {
		d := document.NewDocument(string(rune('a' + i)))
		d.AddIDField()
		d.AddField(document.NewTextFieldCustom("title", nil, []byte(title), bindex.IndexField|bindex.StoreField, nil))
		d.VisitFields(func(f bindex.Field) { f.Analyze() })
		docs = append(docs, d)
	}
	return docs
}

// termsOf lists the terms of field in seg, reading its dictionary as
// bleve's readers do.
func termsOf(t *testing.T, seg segment.Segment, field string) []string {
	t.Helper()
	dict, err := seg.Dictionary(field)
	if err != nil {
		t.Fatalf("Dictionary(%s): %v", field, err)
	}
	var terms []string
	it := dict.AutomatonIterator(nil, nil, nil)
	for e, err := it.Next(); e != nil; e, err = it.Next() {
		if err != nil {
			t.Fatal(err)
		}
		terms = append(terms, e.Term)
	}
	return terms
}

// TestClosedMemorySegmentStaysReadable: bleve closes the in-memory
// segment of a write it could not persist (a full disk) while the
// index's root still holds it; its dictionary must stay readable (zapx's
// own segment panics, "assignment to entry in nil map", which in one of
// bleve's goroutines ended the server), and it must still merge.
func TestClosedMemorySegmentStaysReadable(t *testing.T) {
	plugin := &keptSegments{}
	for _, tc := range []struct {
		name string
		make func([]bindex.Document) (segment.Segment, uint64, error)
	}{
		{"New", plugin.New},
		{"NewUsing", func(docs []bindex.Document) (segment.Segment, uint64, error) { return plugin.NewUsing(docs, nil) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seg, _, err := tc.make(memDocs("満杯", "容量"))
			if err != nil {
				t.Fatal(err)
			}
			if err := seg.Close(); err != nil {
				t.Fatal(err)
			}
			if got, want := termsOf(t, seg, "title"), []string{"容量", "満杯"}; !slices.Equal(got, want) {
				t.Errorf("terms of a closed segment = %v, want %v", got, want)
			}
			other, _, err := tc.make(memDocs("空き"))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "merged.zap")
			if _, _, err := plugin.Merge([]segment.Segment{seg, other}, []*roaring.Bitmap{nil, nil}, path, nil, nil); err != nil {
				t.Fatalf("Merge of kept segments: %v", err)
			}
			merged, err := plugin.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer merged.Close()
			if got, want := termsOf(t, merged, "title"), []string{"容量", "満杯", "空き"}; !slices.Equal(got, want) {
				t.Errorf("terms of the merged segment = %v, want %v", got, want)
			}
		})
	}
}

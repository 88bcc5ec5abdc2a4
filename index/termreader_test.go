package index

import (
	"context"
	"testing"

	bindex "github.com/blevesearch/bleve_index_api"
)

// TestTermReaderAsTermFieldReader: a termReader counts and reads the
// postings bleve's TermFieldReader does, deleted articles left out, on
// the sample set rewritten in part (several segments, with deletions).
func TestTermReaderAsTermFieldReader(t *testing.T) {
	ix := mustSample(t)
	arts := sampleArticles(t)
	for i := 0; i < len(arts); i += 3 {
		mustPut(t, ix, arts[i]) // (its old version deleted in an older segment)
	}
	r, _ := snapshotOf(t, ix, "")
	tr := newTermReader(r)
	if tr == nil {
		t.Fatalf("no termReader of a %T", r)
	}
	if len(tr.segs) < 2 {
		t.Fatalf("%d segments; the test wants several", len(tr.segs))
	}
	terms := []string{"電池", "全固体電池", "工場", "量産", "ai", "トヨタ", "no-such-word"}
	for _, a := range arts[:6] {
		terms = append(terms, ix.an.Terms(a.Title)...)
	}
	tests := []struct{ name, field string }{
		{"title", fieldTitle},
		{"body", fieldBody},
		{"lists of links", fieldLinks},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, term := range terms {
				tfr, err := r.TermFieldReader(context.Background(), []byte(term), tt.field, true, true, false)
				if err != nil {
					t.Fatal(err)
				}
				var want []bindex.TermFieldDoc
				for {
					d, err := tfr.Next(nil)
					if err != nil {
						t.Fatal(err)
					}
					if d == nil {
						break
					}
					want = append(want, *d)
				}
				wantCount := tfr.Count()
				tfr.Close()
				n, err := tr.count(term, tt.field)
				if err != nil {
					t.Fatal(err)
				}
				if n != wantCount {
					t.Errorf("count(%q) = %d, want %d", term, n, wantCount)
				}
				if _, err := tr.find(term, tt.field); err != nil {
					t.Fatal(err)
				}
				i := 0
				err = tr.each(func(num, freq uint64, norm float64) {
					if i >= len(want) || num != want[i].ID.Value() || freq != want[i].Freq || norm != want[i].Norm {
						t.Errorf("%q: posting %d = %d (%d, %g), want %v", term, i, num, freq, norm, want[min(i, len(want)-1):])
					}
					i++
				})
				if err != nil {
					t.Fatal(err)
				}
				if i != len(want) {
					t.Errorf("%q: %d postings, want %d", term, i, len(want))
				}
			}
		})
	}
}

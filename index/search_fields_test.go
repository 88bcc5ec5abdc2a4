package index

import (
	"context"
	"fmt"
	"reflect"
	"testing"
)

// TestPageFieldsAsBleveReadsThem checks the stored fields a page's hits
// are given, read by internal id from the snapshot searched, against
// those bleve's search by id reads, on an index of several segments with
// articles replaced and deleted (internal ids that moved), with no tag,
// one and several, and a run's hits without their fields until the page
// is cut.
func TestPageFieldsAsBleveReadsThem(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	article := func(n, version int) Article {
		return Article{
			ID:        fmt.Sprintf("f-%02d", n),
			Title:     fmt.Sprintf("量産の知らせ 第%d報 (%d)", n, version),
			Body:      fmt.Sprintf("全固体電池の量産が始まる。%d回目の記事。", version),
			Category:  []string{"自動車", "AI", "宇宙・航空"}[n%3],
			Tags:      [][]string{nil, {"電池"}, {"電池", "トヨタ", "量産"}}[(n+version)%3],
			Published: day(fmt.Sprintf("2025-%02d-%02d", 1+n%12, 1+version)),
			URL:       fmt.Sprintf("https://news.example.jp/%d/%d", n, version),
		}
	}
	for v := range 3 { // one segment a version at least
		var arts []Article
		for n := v * 4; n < 30; n++ {
			arts = append(arts, article(n, v))
		}
		mustPut(t, ix, arts...)
	}
	for _, id := range []string{"f-09", "f-13", "f-22"} {
		if err := ix.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		r    Request
	}{
		{"relevance", Request{Query: "量産", PerPage: 30}},
		{"newest", Request{Query: "量産", Sort: SortNewest, PerPage: 30}},
		{"newest, one category", Request{Query: "量産", Sort: SortNewest, Categories: []string{"ai"}, PerPage: 30}},
		{"oldest, a page of 4", Request{Query: "電池", Sort: SortOldest, PerPage: 4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r
			if err := r.validate(); err != nil {
				t.Fatal(err)
			}
			tc := &readerCounter{ctx: ctx, ix: ix.b}
			defer tc.close()
			tq, err := ix.compiler(tc).compile(r.Query)
			if err != nil {
				t.Fatal(err)
			}
			filters, unfiltered, _ := ix.searchFilters(ctx, r, false)
			res, _, docs, err := ix.run(ctx, r, tq, filters, unfiltered, false, ix.measured(), nil, nil)
			defer docs.release()
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				t.Fatalf("run(%q) found nothing", r.Query)
			}
			for _, h := range res.Hits {
				if h.Fields != nil {
					t.Fatalf("run(%q): hit %s has its stored fields, want them left to the page", r.Query, h.ID)
				}
			}
			if err := ix.loadFields(ctx, docs, res.Hits); err != nil {
				t.Fatal(err)
			}
			got := map[string]map[string]any{}
			for _, h := range res.Hits {
				got[h.ID] = h.Fields
			}
			if err := ix.searchedFields(ctx, res.Hits); err != nil {
				t.Fatal(err)
			}
			tags := 0
			for _, h := range res.Hits {
				if !reflect.DeepEqual(got[h.ID], h.Fields) {
					t.Errorf("%s: fields read by internal id\n%#v\nwant, as bleve reads them,\n%#v", h.ID, got[h.ID], h.Fields)
				}
				if _, ok := h.Fields[fieldTags].([]any); ok {
					tags++
				}
			}
			if tags == 0 {
				t.Errorf("run(%q): no hit with several tags among %d", r.Query, len(res.Hits))
			}
		})
	}
}

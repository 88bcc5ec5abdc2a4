package index

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestKeyTableFollowsWrites checks the facets and the date order a search
// reads from the keys table against the articles written, while writes
// add segments, replace and delete articles, and a compaction merges the
// segments: every search must read the keys of the snapshot it searches.
func TestKeyTableFollowsWrites(t *testing.T) {
	ix := mustOpen(t)
	live := map[string]Article{}
	put := func(arts ...Article) {
		mustPut(t, ix, arts...)
		for _, a := range arts {
			live[a.ID] = a
		}
	}
	article := func(n, version int) Article {
		return Article{
			ID:        fmt.Sprintf("k-%03d", n),
			Title:     fmt.Sprintf("全固体電池の量産 第%d報", n),
			Body:      "トヨタは全固体電池の量産を発表した。",
			Category:  []string{"全固体電池", "自動運転", "AI"}[(n+version)%3],
			Published: day(fmt.Sprintf("20%02d-%02d-%02d", 24+(n+version)%3, 1+(n*7+version)%12, 1+n%28)),
		}
	}
	check := func(step string) {
		t.Helper()
		for _, s := range []Sort{SortNewest, SortOldest, SortRelevance} {
			res := mustSearch(t, ix, Request{Query: "全固体電池", Sort: s, PerPage: 100})
			if res.Total != uint64(len(live)) {
				t.Fatalf("%s, sort %v: total %d, want %d", step, s, res.Total, len(live))
			}
			if s == SortRelevance {
				continue // (the order is the scores')
			}
			want := slices.SortedFunc(maps.Values(live), func(a, b Article) int {
				ka, kb := keys(&a)[2], keys(&b)[2] // the sort keys
				if s == SortNewest {
					return strings.Compare(kb, ka)
				}
				return strings.Compare(ka, kb)
			})
			for i, h := range res.Hits {
				if h.ID != want[i].ID {
					t.Fatalf("%s, sort %v: hit %d is %s, want %s", step, s, i, h.ID, want[i].ID)
				}
			}
			// Pages of 5 (the collector is handed only the matches that
			// can be among the first page*5).
			for page := 1; (page-1)*5 < len(want); page++ {
				res := mustSearch(t, ix, Request{Query: "全固体電池", Sort: s, PerPage: 5, Page: page})
				for i, h := range res.Hits {
					if w := want[(page-1)*5+i]; h.ID != w.ID {
						t.Fatalf("%s, sort %v, page %d: hit %d is %s, want %s", step, s, page, i, h.ID, w.ID)
					}
				}
			}
		}
		res := mustSearch(t, ix, Request{Query: "全固体電池", PerPage: 1})
		cats, months := map[string]int{}, map[string]int{}
		for _, a := range live {
			cats[a.Category]++
			months[a.Published.In(JST).Format("2006-01")]++
		}
		for _, f := range res.Facets.Category {
			if f.Count != cats[f.Value] {
				t.Errorf("%s: category %s counted %d, want %d", step, f.Value, f.Count, cats[f.Value])
			}
			delete(cats, f.Value)
		}
		if len(cats) > 0 {
			t.Errorf("%s: categories %v not counted", step, cats)
		}
		for _, f := range res.Facets.Month {
			if f.Count != months[f.Value] {
				t.Errorf("%s: month %s counted %d, want %d", step, f.Value, f.Count, months[f.Value])
			}
		}
		// The category facet ignores the request's category filter.
		only := mustSearch(t, ix, Request{Query: "全固体電池", Categories: []string{"AI"}, PerPage: 1})
		if !slices.Equal(only.Facets.Category, res.Facets.Category) {
			t.Errorf("%s: category facet with a filter %v, without %v", step, only.Facets.Category, res.Facets.Category)
		}
		// The page, the total and the month facet are the categories'.
		for _, sel := range [][]string{{"AI"}, {"ai", "自動運転"}, {"量子コンピュータ"}} {
			want, months := 0, map[string]int{}
			for _, a := range live {
				if slices.ContainsFunc(sel, func(c string) bool { return strings.EqualFold(c, a.Category) }) {
					want++
					months[a.Published.In(JST).Format("2006-01")]++
				}
			}
			for _, s := range []Sort{SortRelevance, SortNewest} {
				got := mustSearch(t, ix, Request{Query: "全固体電池", Categories: sel, Sort: s, PerPage: 100})
				if got.Total != uint64(want) || len(got.Hits) != want {
					t.Errorf("%s, categories %v, sort %v: total %d, %d hits, want %d", step, sel, s, got.Total, len(got.Hits), want)
				}
				for _, h := range got.Hits {
					if !slices.ContainsFunc(sel, func(c string) bool { return strings.EqualFold(c, h.Category) }) {
						t.Errorf("%s, categories %v: hit %s of %s", step, sel, h.ID, h.Category)
					}
				}
				n := 0
				for _, f := range got.Facets.Month {
					if f.Count != months[f.Value] {
						t.Errorf("%s, categories %v: month %s counted %d, want %d", step, sel, f.Value, f.Count, months[f.Value])
					}
					n += f.Count
				}
				if n != want {
					t.Errorf("%s, categories %v: months count %d articles, want %d", step, sel, n, want)
				}
			}
		}
	}
	for b := range 6 {
		var arts []Article
		for i := range 8 {
			arts = append(arts, article(b*8+i, 0))
		}
		put(arts...)
	}
	check("six batches")
	for n := 0; n < 48; n += 5 {
		put(article(n, 1)) // another category and month
	}
	for n := 1; n < 48; n += 7 {
		if err := ix.Delete(context.Background(), fmt.Sprintf("k-%03d", n)); err != nil {
			t.Fatal(err)
		}
		delete(live, fmt.Sprintf("k-%03d", n))
	}
	check("replaced and deleted one by one")
	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	check("compacted")
	ix.keys.mu.Lock()
	n := len(ix.keys.segs)
	ix.keys.mu.Unlock()
	if n != 1 {
		t.Errorf("the keys table keeps %d segments after a compaction to one", n)
	}
}

// TestDateSortTies pages through articles published in the same second,
// whose order the ids decide, sorted by date both ways.
func TestDateSortTies(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for n := range 30 {
		arts = append(arts, Article{
			ID:        fmt.Sprintf("t-%02d", (n*17)%30),
			Title:     "量子コンピュータの誤り訂正",
			Category:  "量子コンピュータ",
			Published: day("2026-03-01").Add(time.Duration(n%4) * time.Second),
		})
	}
	mustPut(t, ix, arts[:12]...)
	mustPut(t, ix, arts[12:]...) // two segments
	for _, s := range []Sort{SortNewest, SortOldest} {
		want := slices.SortedFunc(slices.Values(arts), func(a, b Article) int {
			ka, kb := keys(&a)[2], keys(&b)[2]
			if s == SortNewest {
				return strings.Compare(kb, ka)
			}
			return strings.Compare(ka, kb)
		})
		for _, per := range []int{1, 4, 7} {
			for page := 1; (page-1)*per < len(want); page++ {
				res := mustSearch(t, ix, Request{Query: "量子", Sort: s, PerPage: per, Page: page})
				for i, h := range res.Hits {
					if w := want[(page-1)*per+i]; h.ID != w.ID {
						t.Fatalf("sort %v, %d a page, page %d: hit %d is %s, want %s", s, per, page, i, h.ID, w.ID)
					}
				}
			}
		}
	}
}

func TestStampHeap(t *testing.T) {
	for _, tc := range []struct {
		name string
		size int
		in   []int64
		want []bool
	}{
		{"fills", 3, []int64{5, 1, 9}, []bool{true, true, true}},
		{"keeps the greatest", 2, []int64{5, 1, 9, 3, 6, 5}, []bool{true, true, true, false, true, false}},
		{"ties with the least kept pass", 2, []int64{4, 4, 4, 3}, []bool{true, true, true, false}},
		{"one", 1, []int64{2, 1, 2, 3, 1}, []bool{true, false, true, true, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := stampHeap{size: tc.size}
			for i, st := range tc.in {
				if got := h.add(st); got != tc.want[i] {
					t.Errorf("add(%d), the %d-th: %v, want %v", st, i, got, tc.want[i])
				}
			}
		})
	}
}

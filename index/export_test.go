package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestExportLargeBodies: an export of large bodies reads smaller pages
// (see exportPageBytes) and still returns every article once, whole and in
// order, as the pages grow and shrink.
func TestExportLargeBodies(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 40 {
		body := "量子暗号の記事。"
		if i%3 == 0 {
			body += strings.Repeat("長い本文が続く。", 40000) // about 1 MB
		}
		arts = append(arts, Article{ID: fmt.Sprintf("a-%02d", i), Title: fmt.Sprintf("量子暗号 %d", i), Body: body,
			Published: day("2026-05-01").AddDate(0, 0, i)})
	}
	mustPut(t, ix, arts...)
	var got []string
	n, err := ix.Export(t.Context(), ExportRequest{Query: "量子暗号", Sort: SortOldest, Body: true}, func(a *Article) error {
		want := arts[len(got)]
		if a.ID != want.ID || a.Body != want.Body {
			t.Errorf("article %d: %s with a body of %d bytes, want %s with %d", len(got), a.ID, len(a.Body), want.ID, len(want.Body))
		}
		got = append(got, a.ID)
		return nil
	})
	if err != nil || n != len(arts) || len(got) != len(arts) {
		t.Errorf("Export = %d, %v (%d emitted), want %d", n, err, len(got), len(arts))
	}
}

// TestExportInSearchOrder: an export by relevance lists the articles in
// the order the search pages show them (it had scored without the field
// lengths and the roundups' weight the search uses).
func TestExportInSearchOrder(t *testing.T) {
	ix := mustSample(t)
	for _, q := range []string{"AI", "量子", "トヨタ", "電池", "自動運転 AI", "テスラ OR トヨタ"} {
		searched := walkByPage(t, ix, Request{Query: q, PerPage: 100})
		var exported []string
		if _, err := ix.Export(t.Context(), ExportRequest{Query: q, Sort: SortRelevance}, func(a *Article) error {
			exported = append(exported, a.ID)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(exported, searched) {
			t.Errorf("%s: export %v,\nwant the search's order %v", q, exported, searched)
		}
	}
}

// TestExportByRelevanceUnderWrites: articles deleted between two pages of
// an export by relevance move every score; the next page starts after the
// last article exported as scored now, as a cursor does, and no article
// left untouched is skipped (placed after the old score, 65 of 362 had
// been).
func TestExportByRelevanceUnderWrites(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 300 {
		body := strings.Repeat("量子暗号の実証を進める。", 1+i%5) + strings.Repeat("市場の動向を各社が注視している。", i%7)
		arts = append(arts, Article{ID: fmt.Sprintf("a-%03d", i), Title: []string{"量子暗号の新方式", "通信の実験", "暗号技術の動向"}[i%3], Body: body,
			Published: day("2026-01-01").AddDate(0, 0, i)})
	}
	mustPut(t, ix, arts...)
	seen := map[string]int{}
	deleted := map[string]bool{}
	var first []string
	n, err := ix.Export(t.Context(), ExportRequest{Query: "量子暗号", Sort: SortRelevance, Body: true}, func(a *Article) error {
		seen[a.ID]++
		first = append(first, a.ID)
		if len(first) == exportPage/10 {
			// The first page is out: 20 of its articles go.
			for _, id := range first[:20] {
				if err := ix.Delete(t.Context(), id); err != nil {
					return err
				}
				deleted[id] = true
			}
		}
		return nil
	})
	if err != nil || n != len(first) {
		t.Fatalf("Export = %d, %v", n, err)
	}
	var missed, twice []string
	for _, a := range arts {
		switch {
		case seen[a.ID] == 0 && !deleted[a.ID]:
			missed = append(missed, a.ID)
		case seen[a.ID] > 1:
			twice = append(twice, a.ID)
		}
	}
	if len(missed) > 0 || len(twice) > 0 {
		t.Errorf("export under deletes: %d missed %v, %d twice %v", len(missed), missed, len(twice), twice)
	}
}

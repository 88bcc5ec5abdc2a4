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

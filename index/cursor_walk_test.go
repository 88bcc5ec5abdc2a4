package index

import (
	"slices"
	"testing"
)

// walkByCursor returns the ids of every page of r, following cursors.
func walkByCursor(tb testing.TB, ix *Index, r Request) []string {
	tb.Helper()
	var out []string
	for {
		res := mustSearch(tb, ix, r)
		out = append(out, ids(res)...)
		if res.NextCursor == "" || len(res.Hits) == 0 {
			return out
		}
		r.Cursor = res.NextCursor
	}
}

// walkByPage returns the ids of every page of r, by page number.
func walkByPage(tb testing.TB, ix *Index, r Request) []string {
	tb.Helper()
	var out []string
	for r.Page = 1; ; r.Page++ {
		res := mustSearch(tb, ix, r)
		if len(res.Hits) == 0 {
			return out
		}
		out = append(out, ids(res)...)
	}
}

// TestRelevanceCursorWalksEveryPage: with nothing written between pages,
// following the cursors of a search by relevance gives the pages that page
// numbers give, whatever article a page ends on (a page that ended on an
// article with a title's bonus had gone on below a dozen articles).
func TestRelevanceCursorWalksEveryPage(t *testing.T) {
	ix := mustSample(t)
	for _, q := range []string{"AI", "トヨタ", "電池", "量子", "自動運転 AI", "テスラ OR トヨタ", "ロケット 電池 量子"} {
		for _, per := range []int{1, 3, 7} {
			r := Request{Query: q, PerPage: per}
			byPage, byCursor := walkByPage(t, ix, r), walkByCursor(t, ix, r)
			if len(byPage) == 0 {
				t.Fatalf("%s: nothing found", q)
			}
			if !slices.Equal(byCursor, byPage) {
				t.Errorf("%s, %d a page: cursors walked %d articles %v,\nwant the %d of page numbers %v", q, per, len(byCursor), byCursor, len(byPage), byPage)
			}
		}
	}
}

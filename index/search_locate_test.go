package index

import (
	"context"
	"strings"
	"testing"
)

// TestRunLeavesLocatingToThePage: run answers a search's hits without
// their match locations, which only the page shown needs (the hit past
// the page only tells that there is a next one, and a strict search's
// hits that a relaxed one replaces are never shown); Search locates, and
// highlights, the page's hits after the cut.
func TestRunLeavesLocatingToThePage(t *testing.T) {
	ix := mustFixtures(t)
	ctx := context.Background()
	r := Request{Query: "量産", PerPage: 1, Page: 1}
	tc := &readerCounter{ctx: ctx, ix: ix.b}
	defer tc.close()
	tq, err := ix.compiler(tc).compile(r.Query)
	if err != nil {
		t.Fatal(err)
	}
	res, _, docs, err := ix.run(ctx, r, tq, nil, nil, false, ix.measured(), nil, nil)
	defer docs.release()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 2 {
		t.Fatalf("run(%q, per page 1) = %d hits, want the page's and the one past it", r.Query, len(res.Hits))
	}
	for _, h := range res.Hits {
		if h.Locations != nil {
			t.Errorf("run(%q): hit %s located (%d fields), want locations left to the page", r.Query, h.ID, len(h.Locations))
		}
	}
	page := mustSearch(t, ix, r)
	if len(page.Hits) != 1 || !strings.Contains(page.Hits[0].TitleHTML, "<mark>量産</mark>") || !strings.Contains(page.Hits[0].SnippetHTML, "<mark>量産</mark>") {
		t.Errorf("Search(%q) = %+v, want one hit with 量産 marked in its title and snippet", r.Query, page.Hits)
	}
}

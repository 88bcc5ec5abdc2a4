package index

import (
	"slices"
	"strings"
	"testing"
)

// TestTitleScopeMarksBody: a word scoped to titles is marked where the
// body says it too, so the snippet shows it, though only titles find
// articles; an excluded word is marked nowhere.
func TestTitleScopeMarksBody(t *testing.T) {
	ix := mustOpen(t)
	lead := strings.Repeat("前置きの文章が続く。", 20) // 200 characters without the words
	mustPut(t, ix,
		Article{ID: "battery", Title: "全固体電池の量産ラインを公開", Body: lead + "新しい全固体電池は充電が速い。", Published: day("2026-05-01")},
		Article{ID: "body-only", Title: "工場見学の記録", Body: lead + "全固体電池の話も出た。", Published: day("2026-05-02")},
		Article{ID: "rocket", Title: "ロケットの打ち上げに成功", Body: lead + "全固体電池は載っていない。ロケットの話。", Published: day("2026-05-03")},
	)
	tests := []struct {
		name, query string
		ids         []string // the articles found, newest first
		marked      string   // marked in the first hit's snippet, "" for no mark
	}{
		{"a title word in the body", "title:全固体電池", []string{"battery"}, "<mark>全固体電池</mark>は充電"},
		{"beside a plain word", "title:ロケット 成功", []string{"rocket"}, "<mark>ロケット</mark>の話"},
		{"the excluded word unmarked", "title:ロケット -title:全固体電池", []string{"rocket"}, "<mark>ロケット</mark>の話"},
		{"an excluded title word unmarked", "-title:全固体電池 全固体電池", []string{"rocket", "body-only"}, "<mark>全固体電池</mark>は載って"},
		{"a body scope as before", "body:全固体電池", []string{"rocket", "body-only", "battery"}, "<mark>全固体電池</mark>は載って"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.query, Sort: SortNewest})
			var ids []string
			for _, h := range res.Hits {
				ids = append(ids, h.ID)
			}
			if !slices.Equal(ids, tt.ids) {
				t.Fatalf("Search(%q) = %v, want %v", tt.query, ids, tt.ids)
			}
			if got := res.Hits[0].SnippetHTML; !strings.Contains(got, tt.marked) || strings.Count(got, "<mark>") != 1 {
				t.Errorf("Search(%q) snippet = %q, want %q its one mark", tt.query, got, tt.marked)
			}
		})
	}
}

package index

import (
	"strings"
	"testing"
	"time"
)

// TestLivedoor imports the real corpus and checks that queries find the kind
// of articles a reader expects.
func TestLivedoor(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 7,367 articles; skipped with -short")
	}
	ix, rep := mustCorpus(t)
	if rep.Indexed != 7367 || rep.Rejected != 0 {
		t.Fatalf("import: %d indexed, %d rejected (%v)", rep.Indexed, rep.Rejected, rep.Rejections)
	}

	// query -> categories that should hold most of the top 10
	tests := []struct {
		q    string
		cats []string
	}{
		{"iPhone アプリ", []string{"it-life-hack", "smax", "kaden-channel", "livedoor-homme", "peachy"}},
		{"Android スマートフォン", []string{"smax", "it-life-hack", "kaden-channel"}},
		{"サッカー 日本代表", []string{"sports-watch"}},
		{"映画 監督", []string{"movie-enter"}},
		{"独身 女性 結婚", []string{"dokujo-tsushin", "peachy"}},
		{"掃除機", []string{"kaden-channel", "it-life-hack", "peachy"}}, // peachy reviews home appliances too
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if len(res.Hits) < 5 {
				t.Fatalf("Search(%q): only %d hits", tt.q, len(res.Hits))
			}
			in := 0
			for _, h := range res.Hits {
				for _, c := range tt.cats {
					if h.Category == c {
						in++
						break
					}
				}
				if !strings.Contains(h.TitleHTML+h.SnippetHTML, "<mark>") {
					t.Errorf("%s: no highlight in %q / %q", h.ID, h.TitleHTML, h.SnippetHTML)
				}
			}
			if in*10 < len(res.Hits)*7 {
				t.Errorf("Search(%q): %d of %d top hits in %v", tt.q, in, len(res.Hits), tt.cats)
			}
		})
	}

	t.Run("京都 without 東京都", func(t *testing.T) {
		res := mustSearch(t, ix, Request{Query: "京都", PerPage: 100})
		if res.Total == 0 {
			t.Fatal("no hits")
		}
		for _, h := range res.Hits {
			a, err := ix.Get(t.Context(), h.ID)
			if err != nil {
				t.Fatal(err)
			}
			text := strings.ReplaceAll(a.Title+a.Body, "東京都", "")
			if !strings.Contains(text, "京都") {
				t.Errorf("%s matches 京都 only inside 東京都", h.ID)
			}
		}
	})

	t.Run("width", func(t *testing.T) {
		a := mustSearch(t, ix, Request{Query: "ｉＰｈｏｎｅ"})
		b := mustSearch(t, ix, Request{Query: "iphone"})
		if a.Total == 0 || a.Total != b.Total {
			t.Errorf("ｉＰｈｏｎｅ: %d hits, iphone: %d", a.Total, b.Total)
		}
	})
}

// TestCursorWalk pages through the whole corpus with cursors and sees
// every article exactly once, in order.
func TestCursorWalk(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the livedoor index; skipped with -short")
	}
	ix, rep := mustCorpus(t)
	for _, sort := range []Sort{SortNewest, SortRelevance} {
		seen := map[string]bool{}
		r := Request{Sort: sort, PerPage: 100}
		pages := 0
		var prev time.Time
		for {
			res := mustSearch(t, ix, r)
			pages++
			for _, h := range res.Hits {
				if seen[h.ID] {
					t.Fatalf("%v: %s seen twice (page %d)", sort, h.ID, pages)
				}
				seen[h.ID] = true
				if sort == SortNewest && !prev.IsZero() && h.Published.After(prev) {
					t.Fatalf("%s out of order", h.ID)
				}
				prev = h.Published
			}
			if res.NextCursor == "" {
				break
			}
			r.Cursor = res.NextCursor
		}
		if len(seen) != rep.Indexed {
			t.Errorf("%v: cursor walk saw %d articles in %d pages, want %d", sort, len(seen), pages, rep.Indexed)
		}
	}
}

// TestExportLivedoor exports the whole corpus and checks the count and
// that no article comes twice.
func TestExportLivedoor(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the livedoor index; skipped with -short")
	}
	ix, _ := mustCorpus(t)
	total, _ := ix.Count()
	seen := map[string]bool{}
	n, err := ix.Export(t.Context(), ExportRequest{Sort: SortNewest, Body: true}, func(a *Article) error {
		if seen[a.ID] {
			t.Fatalf("%s exported twice", a.ID)
		}
		seen[a.ID] = true
		if a.Title == "" || a.Published.IsZero() {
			t.Fatalf("%s exported without title or date", a.ID)
		}
		return nil
	})
	if err != nil || uint64(n) != total || len(seen) != n {
		t.Errorf("exported %d (%v), index has %d", n, err, total)
	}
}

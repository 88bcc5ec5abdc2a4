package index

import (
	"strings"
	"testing"
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
		{"掃除機", []string{"kaden-channel", "it-life-hack"}},
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

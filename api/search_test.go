package api

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

func hitsOf(t *testing.T, body map[string]any) []map[string]any {
	t.Helper()
	raw, ok := body["hits"].([]any)
	if !ok {
		t.Fatalf("no hits array in %v", body)
	}
	out := make([]map[string]any, len(raw))
	for i, h := range raw {
		out[i] = h.(map[string]any)
	}
	return out
}

func TestSearchResponseShape(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	status, body := get(t, srv.URL+"/v1/search?q="+url.QueryEscape("全固体電池"))
	if status != http.StatusOK {
		t.Fatalf("status %d: %v", status, body)
	}
	for _, k := range []string{"total", "took_ms", "page", "per_page", "hits", "facets"} {
		if _, ok := body[k]; !ok {
			t.Errorf("response lacks %q", k)
		}
	}
	hits := hitsOf(t, body)
	if len(hits) == 0 || body["total"].(float64) < float64(len(hits)) {
		t.Fatalf("total %v, %d hits", body["total"], len(hits))
	}
	for _, h := range hits {
		for _, k := range []string{"id", "title", "url", "category", "tags", "published", "score", "title_html", "snippet_html"} {
			if _, ok := h[k]; !ok {
				t.Errorf("hit %v lacks %q", h["id"], k)
			}
		}
		if !strings.Contains(h["title_html"].(string)+h["snippet_html"].(string), "<mark>全固体電池</mark>") {
			t.Errorf("hit %v has no mark: %v / %v", h["id"], h["title_html"], h["snippet_html"])
		}
	}
	facets := body["facets"].(map[string]any)
	if len(facets["category"].([]any)) == 0 || len(facets["month"].([]any)) == 0 {
		t.Errorf("facets = %v", facets)
	}
	for _, m := range facets["month"].([]any) {
		v := m.(map[string]any)["value"].(string)
		if len(v) != 7 || v[4] != '-' {
			t.Errorf("month value %q is not YYYY-MM", v)
		}
	}
}

func TestSearchHighlightsFullWidth(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for _, q := range []string{"iPhone15", "ｉＰｈｏｎｅ１５"} {
		_, body := get(t, srv.URL+"/v1/search?q="+url.QueryEscape(q))
		found := false
		for _, h := range hitsOf(t, body) {
			if strings.Contains(h["title_html"].(string), "<mark>ｉＰｈｏｎｅ１５</mark>") {
				found = true
			}
		}
		if !found {
			t.Errorf("q=%s: no title marks ｉＰｈｏｎｅ１５ on the original full-width text", q)
		}
	}
}

func TestSearchFiltersSortPaging(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	_, all := get(t, srv.URL+"/v1/search?sort=newest&per_page=100")
	total := int(all["total"].(float64))
	if total < 60 {
		t.Fatalf("sample set has %d articles", total)
	}
	var prev string
	for _, h := range hitsOf(t, all) {
		p := h["published"].(string)
		if prev != "" && p > prev {
			t.Errorf("newest: %s after %s", p, prev)
		}
		prev = p
	}

	// Paging walks the same order without overlap.
	var paged []string
	for page := 1; page <= 3; page++ {
		_, body := get(t, srv.URL+"/v1/search?sort=newest&per_page=7&page="+string(rune('0'+page)))
		for _, h := range hitsOf(t, body) {
			paged = append(paged, h["id"].(string))
		}
	}
	var want []string
	for _, h := range hitsOf(t, all)[:21] {
		want = append(want, h["id"].(string))
	}
	if !slices.Equal(paged, want) {
		t.Errorf("pages 1-3 = %v, want %v", paged, want)
	}

	// Two categories, a month range.
	_, body := get(t, srv.URL+"/v1/search?category="+url.QueryEscape("耐量子暗号")+"&category=AI&from=2026-04&to=2026-06")
	for _, h := range hitsOf(t, body) {
		c, p := h["category"].(string), h["published"].(string)
		if (c != "耐量子暗号" && c != "AI") || p < "2026-04" || p >= "2026-07" {
			t.Errorf("hit %v: category %s, published %s", h["id"], c, p)
		}
	}
	// An offset's + sent unescaped reads as a space: taken for the +.
	_, plus := get(t, srv.URL+"/v1/search?sort=newest&per_page=100&from=2026-04-01T00:00:00+09:00&to=2026-06-30T23:59:59+09:00")
	_, month := get(t, srv.URL+"/v1/search?sort=newest&per_page=100&from=2026-04&to=2026-06")
	if plus["total"] != month["total"] || plus["total"] == nil {
		t.Errorf("from/to with a raw + found %v, by months %v", plus["total"], month["total"])
	}
	// Full-width digits and dashes are the ASCII ones.
	_, wide := get(t, srv.URL+"/v1/search?sort=newest&per_page=100&from="+url.QueryEscape("２０２６－０４")+"&to="+url.QueryEscape("２０２６－０６"))
	if wide["total"] != month["total"] {
		t.Errorf("from/to in full width found %v (%v), in ASCII %v", wide["total"], wide["error"], month["total"])
	}
	// The dashes Japanese input writes for a date's hyphens: macOS's
	// full-width minus sign, a kana-mode IME's ー, a pasted en dash; in
	// from and to as in published:.
	for _, dashed := range []struct{ from, to string }{{"２０２６−０４", "２０２６−０６"}, {"２０２６ー０４", "２０２６ー０６"}, {"2026–04", "2026–06"}} {
		_, got := get(t, srv.URL+"/v1/search?sort=newest&per_page=100&from="+url.QueryEscape(dashed.from)+"&to="+url.QueryEscape(dashed.to))
		_, query := get(t, srv.URL+"/v1/search?sort=newest&per_page=100&q="+url.QueryEscape("published:>="+dashed.from+" published:<="+dashed.to))
		if got["total"] != month["total"] || query["total"] != month["total"] {
			t.Errorf("from/to %s–%s found %v (%v), published: %v (%v); in ASCII %v", dashed.from, dashed.to, got["total"], got["error"], query["total"], query["error"], month["total"])
		}
	}
	facets := body["facets"].(map[string]any)
	if n := len(facets["category"].([]any)); n < 5 {
		t.Errorf("category facet with a category filter shows %d categories; it should ignore its own filter", n)
	}
}

func TestGetArticle(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	status, body := get(t, srv.URL+"/v1/articles/sg-0001")
	if status != http.StatusOK || body["id"] != "sg-0001" || body["title"] == "" || body["body"] == "" || body["published"] == "" {
		t.Errorf("GET sg-0001 = %d %v", status, body)
	}
	status, body = get(t, srv.URL+"/v1/articles/no-such-article")
	if code, _ := errorOf(t, body); status != http.StatusNotFound || code != "not_found" {
		t.Errorf("missing article: %d %s", status, code)
	}
	for _, path := range []string{"/healthz", "/readyz", "/healthz?t=1", "/readyz?t=1"} {
		if status, body := get(t, srv.URL+path); status != http.StatusOK {
			t.Errorf("%s = %d %v", path, status, body)
		}
	}
}

func TestSearchReportsRelaxed(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	_, strict := get(t, srv.URL+"/v1/search?q="+url.QueryEscape("全固体電池 トヨタ"))
	_, relaxed := get(t, srv.URL+"/v1/search?q="+url.QueryEscape("全固体電池 トヨタ 火星探査"))
	if strict["relaxed"] != false || strict["all_words"] != strict["total"] ||
		relaxed["relaxed"] != true || relaxed["total"].(float64) == 0 || relaxed["all_words"].(float64) != 0 {
		t.Errorf("strict: relaxed %v, all words %v of %v; relaxed %v with %v hits, all words %v",
			strict["relaxed"], strict["all_words"], strict["total"], relaxed["relaxed"], relaxed["total"], relaxed["all_words"])
	}
	// relax=few: the few articles with every word first, then the
	// articles with most of the words; all_words says how many have them.
	_, few := get(t, srv.URL+"/v1/search?relax=few&q="+url.QueryEscape("ロボタクシー 東京"))
	if few["relaxed"] != true || few["all_words"].(float64) < 1 || few["all_words"].(float64) >= few["total"].(float64) {
		t.Errorf("few: relaxed %v, all words %v of %v", few["relaxed"], few["all_words"], few["total"])
	}
	_, off := get(t, srv.URL+"/v1/search?relax=off&q="+url.QueryEscape("全固体電池 トヨタ 火星探査"))
	if off["relaxed"] != false || off["total"].(float64) != 0 {
		t.Errorf("off: relaxed %v, total %v", off["relaxed"], off["total"])
	}
	status, body := get(t, srv.URL+"/v1/search?q=a&relax=always")
	if code, _ := errorOf(t, body); status != 400 || code != "invalid_relax" {
		t.Errorf("relax=always = %d %s, want 400 invalid_relax", status, code)
	}
}

package api

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"sagasu/index"
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

// TestBadRequests sends malformed and hostile input: every answer is a 4xx
// with a JSON error that names the problem, never a 500.
func TestBadRequests(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	long := strings.Repeat("あ", 1001)
	tests := []struct {
		name, method, path string
		status             int
		code               string
	}{
		{"query too long", "GET", "/v1/search?q=" + url.QueryEscape(long), 400, "query_too_long"},
		{"invalid UTF-8", "GET", "/v1/search?q=%ff%fe", 400, "invalid_utf8"},
		{"malformed escape", "GET", "/v1/search?q=%zz", 400, "malformed_query_string"},
		{"too many parameters", "GET", "/v1/search?" + strings.Repeat("category=a&", 10000) + "q=x", 400, "too_many_parameters"},
		{"control character", "GET", "/v1/search?q=a%00b", 400, "invalid_parameter"},
		{"C1 control character", "GET", "/v1/search?q=a%C2%85", 400, "invalid_parameter"},
		{"control character in a category", "GET", "/v1/search?category=a%7Fb", 400, "invalid_parameter"},
		{"q of 1,000 four-byte characters and 20 categories fits", "GET", "/v1/search?q=" + url.QueryEscape(strings.Repeat("😀", 1000)) + strings.Repeat("&category="+url.QueryEscape(strings.Repeat("😀", 100)), 21), 400, "too_many_categories"},
		{"query string over the limit", "GET", "/v1/search?q=" + strings.Repeat("a", maxQueryString), 400, "query_string_too_long"},
		{"unknown parameter on an article", "GET", "/v1/articles/sg-0001?x=1", 400, "unknown_parameter"},
		{"invalid UTF-8 on an article", "GET", "/v1/articles/sg-0001?%ff=1", 400, "unknown_parameter"},
		{"control character in analyze", "GET", "/v1/analyze?text=%00", 400, "invalid_parameter"},
		{"C1 control character in suggest", "GET", "/v1/suggest?q=%C2%85", 400, "invalid_parameter"},
		{"unknown sort", "GET", "/v1/search?sort=popular", 400, "invalid_sort"},
		{"invalid date", "GET", "/v1/search?from=2026-13-01", 400, "invalid_date"},
		{"date in words", "GET", "/v1/search?to=yesterday", 400, "invalid_date"},
		{"a year before 1900 in JST", "GET", "/v1/search?from=1899-12-31T14:59:59Z", 400, "invalid_date"},
		{"a year after 2200 in JST", "GET", "/v1/search?to=2200-12-31T15:00:00Z", 400, "invalid_date"},
		{"from after to", "GET", "/v1/search?from=2026-06-01&to=2026-05-01", 400, "invalid_range"},
		{"page zero", "GET", "/v1/search?page=0", 400, "invalid_parameter"},
		{"page not a number", "GET", "/v1/search?page=abc", 400, "invalid_parameter"},
		{"page empty", "GET", "/v1/search?page=", 400, "invalid_parameter"},
		{"page huge", "GET", "/v1/search?page=99999999999999999999", 400, "invalid_parameter"},
		{"per_page too big", "GET", "/v1/search?per_page=101", 400, "invalid_parameter"},
		{"per_page zero", "GET", "/v1/search?per_page=0", 400, "invalid_parameter"},
		{"past the result window", "GET", "/v1/search?page=1001", 400, "result_window_exceeded"},
		{"unknown parameter", "GET", "/v1/search?qq=x", 400, "unknown_parameter"},
		{"repeated q", "GET", "/v1/search?q=a&q=b", 400, "repeated_parameter"},
		{"too many categories", "GET", "/v1/search?" + strings.Repeat("category=x&", 21), 400, "too_many_categories"},
		{"category too long", "GET", "/v1/search?category=" + strings.Repeat("x", 101), 400, "invalid_parameter"},
		{"invalid article id", "GET", "/v1/articles/" + url.PathEscape("a b"), 400, "invalid_id"},
		{"id too long", "GET", "/v1/articles/" + strings.Repeat("a", 257), 400, "invalid_id"},
		{"page and cursor", "GET", "/v1/search?page=1&cursor=x", 400, "invalid_parameter"},
		{"forged cursor", "GET", "/v1/search?cursor=" + base64.RawURLEncoding.EncodeToString([]byte(`{"v":2,"k":"35f2f57709c28c07","a":["NaN","x"],"p":2}`)), 400, "invalid_cursor"},
		{"forged deep cursor", "GET", "/v1/search?cursor=" + base64.RawURLEncoding.EncodeToString([]byte(`{"v":3,"k":"35f2f57709c28c07","a":["1","s20260502000000kix"],"p":9223372036854775807}`)) + ".AAAAAAAAAAAAAAAAAAAAAA", 400, "invalid_cursor"},
		{"unknown route", "GET", "/v1/nothing", 404, "not_found"},
		{"wrong method", "POST", "/v1/search", 405, "method_not_allowed"},
		{"delete without a key configured", "DELETE", "/v1/articles/sg-0001", 403, "write_disabled"},
		{"put without a key configured", "PUT", "/v1/articles/sg-0001", 403, "write_disabled"},
		{"export without a key configured", "GET", "/v1/export", 403, "write_disabled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := call(t, tt.method, srv.URL+tt.path, nil)
			code, msg := errorOf(t, body)
			if status != tt.status || code != tt.code {
				t.Errorf("%s %s = %d %q, want %d %q (%v)", tt.method, tt.path, status, code, tt.status, tt.code, body)
			}
			if status == http.StatusMethodNotAllowed && !strings.Contains(msg, "GET, HEAD") {
				t.Errorf("405 message %q does not name the methods the route accepts", msg)
			}
		})
	}
	// The years are JST's, as for a published date: the first instant
	// of 1900 there is 1899 in UTC.
	for _, q := range []string{"from=1899-12-31T15:00:00Z", "to=2200-12-31T14:59:59Z", "from=2201-01-01T00:00:00%2B14:00"} {
		if status, body := get(t, srv.URL+"/v1/search?"+q); status != http.StatusOK {
			t.Errorf("%s = %d %v, want 200", q, status, body)
		}
	}
}

// TestOptionsAllow: OPTIONS on a route names the methods it accepts,
// HEAD with GET, as a 405 does.
func TestOptionsAllow(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for path, want := range map[string]string{"/v1/search": "OPTIONS, GET, HEAD", "/v1/related": "OPTIONS, POST"} {
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Allow") != want {
			t.Errorf("OPTIONS %s = %d, Allow %q, want 204 %q", path, resp.StatusCode, resp.Header.Get("Allow"), want)
		}
	}
}

func TestAnalyzeEndpoint(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	status, body := get(t, srv.URL+"/v1/analyze?text="+url.QueryEscape("ＡＩが発表した"))
	if status != http.StatusOK || body["field"] != "body" {
		t.Fatalf("analyze = %d %v", status, body)
	}
	toks := body["tokens"].([]any)
	first := toks[0].(map[string]any)
	for k, want := range map[string]any{"term": "ai", "surface": "ＡＩ", "start": 0.0, "end": 6.0, "char_start": 0.0, "char_end": 2.0, "position": 1.0} {
		if first[k] != want {
			t.Errorf("token[0].%s = %v, want %v (%v)", k, first[k], want, first)
		}
	}
	if second := toks[1].(map[string]any); second["term"] != "発表" || second["pos"] == "" {
		t.Errorf("token[1] = %v", second)
	}
	_, body = get(t, srv.URL+"/v1/analyze?field=reading&text="+url.QueryEscape("じどううんてん 自動運転"))
	var terms []string
	for _, tk := range body["tokens"].([]any) {
		terms = append(terms, tk.(map[string]any)["term"].(string))
	}
	if !slices.Contains(terms, "ジドウウンテン") {
		t.Errorf("reading terms = %v", terms)
	}
	// Random kanji make a token for each and joined runs between: the
	// list stops at the bound and says so.
	var kanji strings.Builder
	for i := range 10000 {
		kanji.WriteRune(rune(0x4e00 + (i*7919)%20000))
	}
	_, body = get(t, srv.URL+"/v1/analyze?text="+url.QueryEscape(kanji.String()))
	if n := len(body["tokens"].([]any)); n != index.MaxAnalyzeTokens || body["truncated"] != true {
		t.Errorf("10,000 kanji: %d tokens, truncated %v; want %d, true", n, body["truncated"], index.MaxAnalyzeTokens)
	}
	// The documented limits fit the query string even percent-encoded: a
	// 4-byte character takes 12 bytes.
	for _, path := range []string{
		"/v1/analyze?field=reading&text=" + url.QueryEscape(strings.Repeat("𠀋", 10000)),
		"/v1/search?q=" + url.QueryEscape(strings.Repeat("𠀋", 1000)) + strings.Repeat("&category="+url.QueryEscape(strings.Repeat("𠀋", 100)), 20) +
			"&from=2026-01-01T00%3A00%3A00%2B09%3A00&to=2026-12-31T00%3A00%3A00%2B09%3A00&sort=newest&per_page=100",
	} {
		if status, body := get(t, srv.URL+path); status != http.StatusOK {
			t.Errorf("GET %.40s… (%d bytes) = %d %v", path, len(path), status, body["error"])
		}
	}
	for _, tt := range []struct{ path, code string }{
		{"/v1/analyze", "missing_parameter"},
		{"/v1/analyze?text=%20", "missing_parameter"},
		{"/v1/analyze?text=x&field=url", "invalid_field"},
		{"/v1/analyze?text=%ff", "invalid_utf8"},
		{"/v1/analyze?text=" + strings.Repeat("a", 10001), "text_too_long"},
		{"/v1/analyze?text=" + url.QueryEscape(strings.Repeat("𠀋", 10001)), "text_too_long"},
		{"/v1/analyze?text=x&lang=ja", "unknown_parameter"},
	} {
		status, body := get(t, srv.URL+tt.path)
		if code, _ := errorOf(t, body); status != 400 || code != tt.code {
			t.Errorf("GET %.60s = %d %s, want 400 %s", tt.path, status, code, tt.code)
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

func TestRelatedEndpoints(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	status, body := get(t, srv.URL+"/v1/articles/sg-0009/related?size=3")
	if status != http.StatusOK {
		t.Fatalf("related = %d %v", status, body)
	}
	hits := hitsOf(t, body)
	if len(hits) == 0 || len(hits) > 3 {
		t.Fatalf("related hits = %d", len(hits))
	}
	for _, h := range hits {
		for _, k := range []string{"id", "title", "url", "category", "published", "score", "terms"} {
			if _, ok := h[k]; !ok {
				t.Errorf("hit lacks %q: %v", k, h)
			}
		}
		if h["id"] == "sg-0009" || len(h["terms"].([]any)) == 0 {
			t.Errorf("hit %v is the source or has no reasons", h)
		}
	}
	if status, body := get(t, srv.URL+"/v1/articles/sg-0009/related?recency=90D"); status != http.StatusOK {
		t.Errorf("recency=90D = %d %v, want the unit in either case", status, body)
	}
	for _, same := range []string{"same", "SAME"} { // (either case, as sort=NEWEST)
		status, body := get(t, srv.URL+"/v1/articles/sg-0009/related?recency=90d&category="+same)
		if status != http.StatusOK {
			t.Errorf("category=%s = %d %v", same, status, body)
		}
		for _, h := range hitsOf(t, body) {
			if h["category"] != "全固体電池・次世代蓄電" {
				t.Errorf("category=%s returned %v", same, h["category"])
			}
		}
	}

	status, body = call(t, http.MethodPost, srv.URL+"/v1/related", strings.NewReader(`{"title":"量子コンピュータの誤り訂正","body":"量子ビットの誤り訂正で新しい成果が出た。超伝導方式の量子コンピュータで論理量子ビットを作った。","size":4}`))
	if status != http.StatusOK || len(hitsOf(t, body)) == 0 {
		t.Errorf("POST related = %d %v", status, body)
	}
	// A draft as long as the longest body an article may have.
	long := strings.Repeat("量子ビットの誤り訂正で新しい成果が出た。", index.MaxBodyBytes/60)
	draft, _ := json.Marshal(map[string]any{"title": "量子コンピュータの誤り訂正", "body": long[:len(long)-len(long)%3]})
	if status, body = call(t, http.MethodPost, srv.URL+"/v1/related", bytes.NewReader(draft)); status != http.StatusOK {
		t.Errorf("POST related, a %d-byte draft = %d %v", len(draft), status, body)
	}
	// The same draft as Python's json.dumps sends it: every character of
	// Japanese \u-escaped, six bytes for three.
	escaped := regexp.MustCompile(`[^\x00-\x7f]`).ReplaceAllStringFunc(string(draft), func(r string) string {
		return fmt.Sprintf(`\u%04x`, []rune(r)[0])
	})
	if status, body = call(t, http.MethodPost, srv.URL+"/v1/related", strings.NewReader(escaped)); status != http.StatusOK {
		t.Errorf("POST related, the draft \\u-escaped (%d bytes) = %d %v", len(escaped), status, body)
	}

	for _, tt := range []struct {
		method, path, body string
		status             int
		code               string
	}{
		{"GET", "/v1/articles/nope/related", "", 404, "not_found"},
		{"GET", "/v1/articles/sg-0001/related?size=0", "", 400, "invalid_parameter"},
		{"GET", "/v1/articles/sg-0001/related?size=21", "", 400, "invalid_parameter"},
		{"GET", "/v1/articles/sg-0001/related?size=x", "", 400, "invalid_parameter"},
		{"GET", "/v1/articles/sg-0001/related?category=other", "", 400, "invalid_parameter"},
		{"GET", "/v1/articles/sg-0001/related?recency=soon", "", 400, "invalid_parameter"},
		{"GET", "/v1/articles/sg-0001/related?recency=-5d", "", 400, "invalid_parameter"},
		{"GET", "/v1/articles/sg-0001/related?recency=0x1p-2d", "", 400, "invalid_parameter"},
		{"GET", "/v1/articles/sg-0001/related?recency=60m", "", 400, "invalid_parameter"}, // months or minutes?
		{"GET", "/v1/articles/sg-0001/related?size=%2B5", "", 400, "invalid_parameter"},
		{"GET", "/v1/articles/a%20b/related", "", 400, "invalid_id"},
		{"POST", "/v1/related", "", 400, "malformed_json"},
		{"POST", "/v1/related", "{", 400, "malformed_json"},
		{"POST", "/v1/related", `{"title":1}`, 400, "malformed_json"},
		{"POST", "/v1/related", `{"title":"t","extra":1}`, 400, "malformed_json"},
		// No text, however it is left out: the same 400.
		{"POST", "/v1/related", `{}`, 400, "missing_parameter"},
		{"POST", "/v1/related", `{"title":"","body":""}`, 400, "missing_parameter"},
		{"POST", "/v1/related", `{"title":""}`, 400, "missing_parameter"},
		{"POST", "/v1/related", `{"body":""}`, 400, "missing_parameter"},
		{"POST", "/v1/related", `{"title":"  "}`, 400, "missing_parameter"},
		{"POST", "/v1/related", `{"title":"\u3000","body":"\n\t"}`, 400, "missing_parameter"},
		{"POST", "/v1/related", `{"title":"","body":"","size":3,"category":"AI"}`, 400, "missing_parameter"},
		{"POST", "/v1/related?recency=90d", `{"title":"","body":""}`, 400, "missing_parameter"},
		{"POST", "/v1/related", `{"title":"t","body":"b","size":100}`, 400, "invalid_parameter"},
		{"POST", "/v1/related", `{"title":"t"} {"x":1}`, 400, "malformed_json"},
		{"POST", "/v1/related", `["a"]`, 400, "malformed_json"},
		{"POST", "/v1/related", `[]`, 400, "malformed_json"},
		{"POST", "/v1/related", `{"TITLE":"量子","body":"量子"}`, 400, "malformed_json"},
		{"POST", "/v1/related", `{"Title":"量子","body":"量子"}`, 400, "malformed_json"},
		{"POST", "/v1/related", `{"title":"量子","title":"暗号"}`, 400, "malformed_json"},
		{"POST", "/v1/related", "{\"title\":\"\xff\",\"body\":\"量子\"}", 400, "malformed_json"},
		{"POST", "/v1/related", `{"title":"\ud800","body":"量子"}`, 400, "malformed_json"},
		{"POST", "/v1/related", `{"title":"量子\u0000","body":"量子"}`, 400, "invalid_parameter"},
		{"POST", "/v1/related", `{"title":"量子","body":"量子\u0007"}`, 400, "invalid_parameter"},
	} {
		status, body := call(t, tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
		if code, _ := errorOf(t, body); status != tt.status || code != tt.code {
			t.Errorf("%s %s %q = %d %s, want %d %s", tt.method, tt.path, tt.body, status, code, tt.status, tt.code)
		}
	}

	// Too little text: an empty list.
	status, body = call(t, http.MethodPost, srv.URL+"/v1/related", strings.NewReader(`{"title":"MIWA ROCK!!","body":"MIWA ROCK!!"}`))
	if status != http.StatusOK || len(hitsOf(t, body)) != 0 {
		t.Errorf("short draft = %d %v", status, body)
	}
}

func TestSuggestEndpoint(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	status, body := get(t, srv.URL+"/v1/suggest?q="+url.QueryEscape("じどう")+"&size=3")
	if status != http.StatusOK {
		t.Fatalf("suggest = %d %v", status, body)
	}
	ss := body["suggestions"].([]any)
	if len(ss) == 0 || len(ss) > 3 {
		t.Fatalf("suggestions = %v", ss)
	}
	first := ss[0].(map[string]any)
	if first["text"] != "自動運転" || first["kind"] != "term" || first["count"].(float64) < 1 {
		t.Errorf("first suggestion = %v", first)
	}
	// A tab or a line break separates words, as in a search.
	if status, body := get(t, srv.URL+"/v1/suggest?q=%E9%87%8F%E5%AD%90%0A%E3%81%93"); status != 200 || len(body["suggestions"].([]any)) == 0 {
		t.Errorf("q with a line break = %d %v, want suggestions", status, body)
	}
	for _, q := range []string{"", "%20%20", "%E3%80%80"} {
		status, body := get(t, srv.URL+"/v1/suggest?q="+q)
		if status != 200 || len(body["suggestions"].([]any)) != 0 {
			t.Errorf("blank q %q = %d %v", q, status, body)
		}
	}
	for _, tt := range []struct{ path, code string }{
		{"/v1/suggest?q=" + strings.Repeat("a", 101), "query_too_long"},
		{"/v1/suggest?q=%ff", "invalid_utf8"},
		{"/v1/suggest?q=a%01", "invalid_parameter"},
		{"/v1/suggest?q=a&size=0", "invalid_parameter"},
		{"/v1/suggest?q=a&size=21", "invalid_parameter"},
		{"/v1/suggest?q=a&lang=ja", "unknown_parameter"},
	} {
		status, body := get(t, srv.URL+tt.path)
		if code, _ := errorOf(t, body); status != 400 || code != tt.code {
			t.Errorf("GET %.50s = %d %s, want 400 %s", tt.path, status, code, tt.code)
		}
	}
}

// TestHead answers HEAD on every GET route like GET, without a body.
func TestHead(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for _, path := range []string{
		"/healthz", "/readyz", "/metrics", "/", "/widget.js", "/app.css",
		"/v1/search?q=" + url.QueryEscape("全固体電池"), "/v1/suggest?q=ai", "/v1/analyze?text=ai",
		"/v1/articles/sg-0001", "/v1/articles/sg-0001/related",
		"/v1/articles/no-such", "/v1/search?page=0", "/v1/nothing",
	} {
		t.Run(path, func(t *testing.T) {
			getResp, err := http.Get(srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			getResp.Body.Close()
			resp, err := http.Head(srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != getResp.StatusCode || len(raw) != 0 {
				t.Errorf("HEAD = %d with %d bytes, GET = %d", resp.StatusCode, len(raw), getResp.StatusCode)
			}
			if got, want := resp.Header.Get("Content-Type"), getResp.Header.Get("Content-Type"); resp.StatusCode == 200 && got != want {
				t.Errorf("HEAD Content-Type %q, GET %q", got, want)
			}
		})
	}
}

// TestUnknownParametersNamedInOrder: of several unknown parameters, the
// error names the first in sorted order, the same on every request.
func TestUnknownParametersNamedInOrder(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for range 5 {
		status, body := get(t, srv.URL+"/v1/search?zz=1&q=ai&aa=2&mm=3")
		if code, msg := errorOf(t, body); status != 400 || code != "unknown_parameter" || !strings.Contains(msg, `"aa"`) {
			t.Fatalf("= %d %s %q, want 400 unknown_parameter naming aa", status, code, msg)
		}
	}
}

// TestHeadErrorHeaders: HEAD answers an error with the headers GET has,
// without the body.
func TestHeadErrorHeaders(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for _, path := range []string{"/v1/articles/no-such-article", "/v1/search?page=0", "/v1/nothing"} {
		g, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(g.Body)
		g.Body.Close()
		h, err := http.Head(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		h.Body.Close()
		if h.StatusCode != g.StatusCode || h.Header.Get("Content-Type") != g.Header.Get("Content-Type") || h.ContentLength != int64(len(body)) {
			t.Errorf("HEAD %s = %d %q %d bytes; GET %d %q %d bytes", path, h.StatusCode, h.Header.Get("Content-Type"), h.ContentLength, g.StatusCode, g.Header.Get("Content-Type"), len(body))
		}
	}
}

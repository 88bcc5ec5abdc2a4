package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"sagasu/index"
)

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

	// A title's characters are counted composed, as an article's are:
	// が sent as か and a combining ゙ (macOS) is one.
	for _, tt := range []struct {
		title  string
		status int
	}{
		{strings.Repeat("か\u3099", index.MaxTitleRunes), http.StatusOK},
		{strings.Repeat("か\u3099", index.MaxTitleRunes+1), http.StatusBadRequest},
	} {
		if status, body := call(t, http.MethodPost, srv.URL+"/v1/related", strings.NewReader(`{"title":"`+tt.title+`"}`)); status != tt.status {
			t.Errorf("POST related, a title of %d decomposed characters = %d %v, want %d", strings.Count(tt.title, "か"), status, body, tt.status)
		}
	}

	// Too little text: an empty list.
	status, body = call(t, http.MethodPost, srv.URL+"/v1/related", strings.NewReader(`{"title":"MIWA ROCK!!","body":"MIWA ROCK!!"}`))
	if status != http.StatusOK || len(hitsOf(t, body)) != 0 {
		t.Errorf("short draft = %d %v", status, body)
	}
}

// TestDraftCategory: a draft's category, read for category=same, is read
// as the category parameter of a search is (white space around it
// dropped, width and case aside); one no article's category can match (a
// control character, more characters than a label has) answers 400, not an
// empty list, and one with no visible character is no category, as one of
// spaces.
func TestDraftCategory(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	draft := func(category string) string {
		b, _ := json.Marshal(map[string]string{"title": "量子コンピュータの誤り訂正", "body": "量子ビットの誤り訂正で新しい成果が出た。", "category": category})
		return string(b)
	}
	valid := []struct{ name, category string }{
		{"as written", "量子コンピュータ"},
		{"a space before", " 量子コンピュータ"},
		{"a line break after", "量子コンピュータ\n"},
		{"half-width", "量子ｺﾝﾋﾟｭｰﾀ"},
		{"a zero width space after", "量子コンピュータ\u200b"},
	}
	for _, tt := range valid {
		t.Run(tt.name, func(t *testing.T) {
			status, body := call(t, http.MethodPost, srv.URL+"/v1/related?category=same", strings.NewReader(draft(tt.category)))
			if status != http.StatusOK {
				t.Fatalf("category %q = %d %v", tt.category, status, body)
			}
			hits := hitsOf(t, body)
			if len(hits) == 0 {
				t.Errorf("category %q found nothing", tt.category)
			}
			for _, h := range hits {
				if h["category"] != "量子コンピュータ" {
					t.Errorf("category %q listed %v of %v", tt.category, h["id"], h["category"])
				}
			}
		})
	}
	invalid := []struct{ name, path, category, want string }{
		{"a NUL", "?category=same", "量子\u0000", "category: contains the control character U+0000 at character 3"},
		{"a tab inside", "?category=same", "量子\tコンピュータ", "category: contains the control character U+0009 at character 3"},
		{"a C1 control, without category=same", "", "量子\u0085計算", "category: contains the control character U+0085 at character 3"},
		{"longer than a label", "?category=same", strings.Repeat("量", 101), "category: has 101 characters; the limit is 100"},
		{"a zero width space alone", "?category=same", "\u200b", "category=same: the draft has no category"},
		{"a variation selector alone", "?category=same", "\ufe0f", "category=same: the draft has no category"},
	}
	for _, tt := range invalid {
		t.Run(tt.name, func(t *testing.T) {
			status, body := call(t, http.MethodPost, srv.URL+"/v1/related"+tt.path, strings.NewReader(draft(tt.category)))
			code, msg := errorOf(t, body)
			if status != http.StatusBadRequest || code != "invalid_parameter" || !strings.Contains(msg, tt.want) {
				t.Errorf("category %q = %d %s %q, want 400 invalid_parameter %q", tt.category, status, code, msg, tt.want)
			}
		})
	}
	// Without category=same a category of no visible character is no
	// category, as before.
	if status, body := call(t, http.MethodPost, srv.URL+"/v1/related", strings.NewReader(draft("\u200b"))); status != http.StatusOK {
		t.Errorf("a zero width space for a category, without category=same = %d %v", status, body)
	}
}

// TestDraftSizeInURL: size in a draft's URL is refused, as an unknown
// parameter, with where it goes: GET …/related takes it there, and a
// client moving to drafts sends it the same way.
func TestDraftSizeInURL(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	status, body := call(t, http.MethodPost, srv.URL+"/v1/related?size=3", strings.NewReader(`{"title":"全固体電池の新工場"}`))
	code, msg := errorOf(t, body)
	if status != http.StatusBadRequest || code != "unknown_parameter" || !strings.Contains(msg, `unknown parameter "size"`) || !strings.Contains(msg, "goes in the JSON body") {
		t.Errorf("POST /v1/related?size=3 = %d %s %q, want 400 unknown_parameter saying size goes in the body", status, code, msg)
	}
	// Another unknown parameter gets no such hint.
	status, body = call(t, http.MethodPost, srv.URL+"/v1/related?sizes=3", strings.NewReader(`{"title":"全固体電池の新工場"}`))
	if _, msg := errorOf(t, body); status != http.StatusBadRequest || strings.Contains(msg, "JSON body") {
		t.Errorf("POST /v1/related?sizes=3 = %d %q", status, msg)
	}
}

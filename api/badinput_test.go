package api

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// TestBadWrites sends malformed and hostile input to the write API and the
// query syntax: each answer is a 4xx with a code and a message, and the
// index is left as it was.
func TestBadWrites(t *testing.T) {
	srv, ix := newWritable(t, Options{BulkLimit: 64 << 10})
	before, _ := ix.Count()
	original, _ := ix.Get(context.Background(), "sg-0001")
	art := func(replace ...string) string { return strings.NewReplacer(replace...).Replace(goodArticle) }
	deep := strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000)
	long := `{"title":"x","published":"2026-01-01T00:00:00Z","body":"` + strings.Repeat("あ", 400_000) + `"}`
	huge := `{"title":"x","published":"2026-01-01T00:00:00Z","body":"` + strings.Repeat("あ", 2_000_000) + `"}`
	q := func(s string) string { return "/v1/search?q=" + url.QueryEscape(s) }
	tests := []struct {
		name, method, path, key, body string
		status                        int
		code                          string
	}{
		// authentication
		{"no key", "PUT", "/v1/articles/x-1", "", goodArticle, 401, "unauthorized"},
		{"wrong key", "PUT", "/v1/articles/x-1", "nope", goodArticle, 401, "unauthorized"},
		{"key prefix", "PUT", "/v1/articles/x-1", testKey[:4], goodArticle, 401, "unauthorized"},
		{"delete without key", "DELETE", "/v1/articles/sg-0001", "", "", 401, "unauthorized"},
		{"bulk without key", "POST", "/v1/articles/_bulk", "", goodArticle, 401, "unauthorized"},
		{"export without key", "GET", "/v1/export", "", "", 401, "unauthorized"},
		{"reindex without key", "POST", "/v1/admin/reindex", "", "", 401, "unauthorized"},
		// PUT bodies
		{"empty body", "PUT", "/v1/articles/x-1", testKey, "", 400, "malformed_json"},
		{"not JSON", "PUT", "/v1/articles/x-1", testKey, "hello", 400, "invalid_article"},
		{"truncated JSON", "PUT", "/v1/articles/x-1", testKey, `{"title":"x"`, 400, "invalid_article"},
		{"array", "PUT", "/v1/articles/x-1", testKey, `[1]`, 400, "invalid_article"},
		{"null", "PUT", "/v1/articles/x-1", testKey, `null`, 400, "invalid_article"},
		{"two objects", "PUT", "/v1/articles/x-1", testKey, goodArticle + goodArticle, 400, "invalid_article"},
		{"unknown field", "PUT", "/v1/articles/x-1", testKey, art(`"url"`, `"score":1,"url"`), 400, "invalid_article"},
		{"title a number", "PUT", "/v1/articles/x-1", testKey, art(`"量子鍵配送の実証"`, `42`), 400, "invalid_article"},
		{"tags a string", "PUT", "/v1/articles/x-1", testKey, art(`["QKD"]`, `"QKD"`), 400, "invalid_article"},
		{"tags of numbers", "PUT", "/v1/articles/x-1", testKey, art(`["QKD"]`, `[1,2]`), 400, "invalid_article"},
		{"missing title", "PUT", "/v1/articles/x-1", testKey, art(`"title":"量子鍵配送の実証",`, ``), 400, "invalid_article"},
		{"missing published", "PUT", "/v1/articles/x-1", testKey, art(`,"published":"2026-11-21T09:00:00+09:00"`, ``), 400, "invalid_article"},
		{"date without zone", "PUT", "/v1/articles/x-1", testKey, art(`2026-11-21T09:00:00+09:00`, `2026-11-21T09:00:00`), 400, "invalid_article"},
		{"date in words", "PUT", "/v1/articles/x-1", testKey, art(`2026-11-21T09:00:00+09:00`, `yesterday`), 400, "invalid_article"},
		{"impossible date", "PUT", "/v1/articles/x-1", testKey, art(`2026-11-21`, `2026-02-30`), 400, "invalid_article"},
		{"year zero", "PUT", "/v1/articles/x-1", testKey, art(`2026-11-21`, `0000-01-01`), 400, "invalid_article"},
		{"relative url", "PUT", "/v1/articles/x-1", testKey, art(`https://news.example.jp/articles/new-1`, `/articles/1`), 400, "invalid_article"},
		{"script url", "PUT", "/v1/articles/x-1", testKey, art(`https://news.example.jp/articles/new-1`, `javascript:alert(1)`), 400, "invalid_article"},
		{"invalid UTF-8", "PUT", "/v1/articles/x-1", testKey, art(`量子鍵配送の実証`, "\xff\xfe"), 400, "invalid_article"},
		{"control char in category", "PUT", "/v1/articles/x-1", testKey, art(`"耐量子暗号"`, `"a\u0000b"`), 400, "invalid_article"},
		{"id mismatch", "PUT", "/v1/articles/x-1", testKey, art(`{"title"`, `{"id":"other","title"`), 400, "invalid_article"},
		{"bad id in URL", "PUT", "/v1/articles/" + url.PathEscape("a b"), testKey, goodArticle, 400, "invalid_id"},
		{"id too long", "PUT", "/v1/articles/" + strings.Repeat("a", 257), testKey, goodArticle, 400, "invalid_id"},
		{"deep nesting", "PUT", "/v1/articles/x-1", testKey, deep, 400, "invalid_article"},
		{"body over 1 MiB", "PUT", "/v1/articles/x-1", testKey, long, 400, "invalid_article"},
		{"oversized request", "PUT", "/v1/articles/x-1", testKey, huge, 413, "body_too_large"},
		{"query parameter on PUT", "PUT", "/v1/articles/x-1?force=1", testKey, goodArticle, 400, "unknown_parameter"},
		// DELETE
		{"delete unknown", "DELETE", "/v1/articles/no-such", testKey, "", 404, "not_found"},
		{"delete bad id", "DELETE", "/v1/articles/" + url.PathEscape("../etc"), testKey, "", 400, "invalid_id"},
		// bulk
		{"empty bulk", "POST", "/v1/articles/_bulk", testKey, "", 400, "empty_body"},
		{"blank bulk", "POST", "/v1/articles/_bulk", testKey, "\n\n  \n", 400, "empty_body"},
		{"oversized bulk", "POST", "/v1/articles/_bulk", testKey, strings.Repeat(`{"id":"big-x","title":"t"}`+"\n", 3000), 413, "body_too_large"},
		// export and admin parameters
		{"export format", "GET", "/v1/export?format=xml", testKey, "", 400, "invalid_parameter"},
		{"export fields", "GET", "/v1/export?fields=password", testKey, "", 400, "invalid_parameter"},
		{"export bad query", "GET", "/v1/export?q=" + url.QueryEscape("title:(a"), testKey, "", 400, "invalid_query"},
		{"backup without dir", "POST", "/v1/admin/backup", testKey, "", 403, "backup_disabled"},
		// query syntax
		{"unclosed group", "GET", q("category:AI (量子 OR"), "", "", 400, "invalid_query"},
		{"OR at the end", "GET", q("量子 OR"), "", "", 400, "invalid_query"},
		{"stray )", "GET", q("title:量子)"), "", "", 400, "invalid_query"},
		{"field without value", "GET", q("title: 量子"), "", "", 400, "invalid_query"},
		{"bad date", "GET", q("published:>=2026-13-01"), "", "", 400, "invalid_query"},
		{"date without value", "GET", q("published:<"), "", "", 400, "invalid_query"},
		{"deep nesting query", "GET", q("title:" + strings.Repeat("(", 20) + "a" + strings.Repeat(")", 20)), "", "", 400, "invalid_query"},
		{"huge OR list", "GET", q(strings.Repeat("量子 OR ", 100) + "量子"), "", "", 400, "invalid_query"},
		{"category group", "GET", q("category:(AI OR 宇宙)"), "", "", 400, "invalid_query"},
		{"bad cursor", "GET", "/v1/search?cursor=xyz", "", "", 400, "invalid_cursor"},
		{"cursor and page", "GET", "/v1/search?cursor=xyz&page=2", "", "", 400, "invalid_parameter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, raw := send(t, tt.method, srv.URL+tt.path, tt.key, tt.body)
			var body map[string]any
			if err := json.Unmarshal(raw, &body); err != nil {
				t.Fatalf("%d, body is not JSON: %.200s", status, raw)
			}
			code, msg := errorOf(t, body)
			if status != tt.status || code != tt.code {
				t.Errorf("= %d %s (%s), want %d %s", status, code, msg, tt.status, tt.code)
			}
		})
	}
	if after, _ := ix.Count(); after != before {
		t.Errorf("article count changed: %d → %d", before, after)
	}
	if now, _ := ix.Get(context.Background(), "sg-0001"); now.Title != original.Title || now.Body != original.Body {
		t.Error("sg-0001 changed")
	}
	if len(tests) < 40 {
		t.Errorf("only %d bad inputs", len(tests))
	}
}

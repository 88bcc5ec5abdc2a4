package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"sagasu/index"
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
	huge := `{"title":"x","published":"2026-01-01T00:00:00Z","body":"` + strings.Repeat("あ", 2_200_000) + `"}`
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
		// The key first: a client without it learns nothing of its body.
		{"oversized, without key", "PUT", "/v1/articles/x-1", "", huge, 401, "unauthorized"},
		{"delete with a body, without key", "DELETE", "/v1/articles/sg-0001", "", "hello", 401, "unauthorized"},
		{"backup with a body, without key", "POST", "/v1/admin/backup", "nope", `{"dir":"/tmp"}`, 401, "unauthorized"},
		// PUT bodies
		{"empty body", "PUT", "/v1/articles/x-1", testKey, "", 400, "empty_body"},
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
		{"NUL in the title", "PUT", "/v1/articles/x-1", testKey, art(`量子鍵配送の実証`, `量子\u0000`), 400, "invalid_article"},
		{"escape sequence in the body", "PUT", "/v1/articles/x-1", testKey, art(`量子鍵配送の通信実験`, `\u001b[2J`), 400, "invalid_article"},
		{"lone surrogate", "PUT", "/v1/articles/x-1", testKey, art(`量子鍵配送の実証`, `\ud800`), 400, "invalid_article"},
		{"name in another case", "PUT", "/v1/articles/x-1", testKey, art(`"title"`, `"Title"`), 400, "invalid_article"},
		{"duplicate name", "PUT", "/v1/articles/x-1", testKey, art(`"body"`, `"body":"x","body"`), 400, "invalid_article"},
		{"id mismatch", "PUT", "/v1/articles/x-1", testKey, art(`{"title"`, `{"id":"other","title"`), 400, "invalid_article"},
		{"bad id in URL", "PUT", "/v1/articles/" + url.PathEscape("a b"), testKey, goodArticle, 400, "invalid_id"},
		{"id too long", "PUT", "/v1/articles/" + strings.Repeat("a", 257), testKey, goodArticle, 400, "invalid_id"},
		{"the bulk route's id", "PUT", "/v1/articles/_bulk", testKey, goodArticle, 400, "invalid_id"},
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
		{"OR at the end of a group", "GET", q("(量子 OR) 暗号"), "", "", 400, "invalid_query"},
		{"body on a path that is no route", "PUT", "/v1/articles/x-1/y", testKey, goodArticle, 404, "not_found"},
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

// TestErrorMessages checks that messages say what to fix, in the API's
// terms (never a Go type).
func TestErrorMessages(t *testing.T) {
	srv, _ := newWritable(t, Options{BulkLimit: 4096})
	tests := []struct {
		name, method, path, body string
		want                     string
	}{
		{"related with an array", "POST", "/v1/related", `[]`, `found an array; send one object, {"title": …, "body": …, …}`},
		{"PUT with an array", "PUT", "/v1/articles/x-1", `[` + goodArticle + `]`, "found an array (a bulk import takes one JSON object per line"},
		{"a url with a bad escape", "PUT", "/v1/articles/x-1", `{"title":"t","url":"https://news.example.jp/a%zz","published":"2026-01-01T00:00:00Z"}`, `url: "https://news.example.jp/a%zz" is not a URL: %zz is no %-escape`},
		{"a page number too large", "GET", "/v1/search?q=a&page=99999999999999999999", "", `page is too large: "99999999999999999999"`},
		{"related with a string", "POST", "/v1/related", `"量子"`, "must be a JSON object, found a string"},
		{"related with a form's fields", "POST", "/v1/related", `title=a&body=b`, "is not valid JSON; send one JSON object"},
		{"related with a dash", "POST", "/v1/related", `-`, "is not valid JSON"},
		{"related with an unterminated string", "POST", "/v1/related", `"量子`, "is not valid JSON"},
		{"related with a name in capitals", "POST", "/v1/related", `{"TITLE":"量子","body":"量子"}`, `TITLE: unknown field; did you mean title? (names are lower case and half width; allowed: title, body, size, category)`},
		{"related with a repeated name", "POST", "/v1/related", `{"title":"a","title":"b"}`, "title: is given more than once"},
		{"related with a fractional size", "POST", "/v1/related", `{"title":"a","size":1.5}`, "size: must be a whole number, found the number 1.5"},
		{"related with a size past any whole number", "POST", "/v1/related", `{"title":"a","size":99999999999999999999999}`, "size: the number 99999999999999999999999 is out of range"},
		{"related with invalid UTF-8", "POST", "/v1/related", "{\"title\":\"\xff\"}", "title: malformed JSON at byte 10: invalid UTF-8"},
		{"related with a lone surrogate", "POST", "/v1/related", `{"title":"\udc00"}`, "title: malformed JSON at byte 10: invalid surrogate pair"},
		{"related with a comma before }", "POST", "/v1/related", `{"title":"量子",}`, "JSON allows no comma before a closing } or ]: remove it"},
		{"related with a name unquoted", "POST", "/v1/related", `{title:"量子"}`, `member names take double quotes ("title": …)`},
		{"related in single quotes", "POST", "/v1/related", `{'title':'量子'}`, "take double quotes"},
		{"related with a NUL", "POST", "/v1/related", `{"title":"a\u0000","body":"b"}`, "title: contains the control character U+0000 at character 2"},
		{"a tag with a NUL", "PUT", "/v1/articles/x-1", `{"title":"量子","tags":["ok","x\u0000"],"published":"2026-01-01T00:00:00Z"}`, "tags: tag 2: contains the control character U+0000 at character 2; a label has none"},
		{"an author with a C1 control", "PUT", "/v1/articles/x-1", `{"title":"量子","author":"a\u0085b","published":"2026-01-01T00:00:00Z"}`, "author: contains the control character U+0085 at character 2"},
		{"related draft in its category without one", "POST", "/v1/related?category=same", `{"title":"量子","body":"量子"}`, "category=same: the draft has no category"},
		{"parameter on PUT", "PUT", "/v1/articles/x-1?force=1", goodArticle, `unknown parameter "force"; this route accepts no parameters`},
		{"parameter on DELETE", "DELETE", "/v1/articles/x-1?force=1", "", "this route accepts no parameters"},
		{"parameter on bulk", "POST", "/v1/articles/_bulk?refresh=true", goodArticle, "this route accepts no parameters"},
		{"parameter on reindex", "POST", "/v1/admin/reindex?now=1", "", "this route accepts no parameters"},
		{"body on backup", "POST", "/v1/admin/backup", `{"dir":"/etc"}`, "this route takes no body: a backup goes to a new directory under the server's --backup-dir; send none"},
		{"body on delete", "DELETE", "/v1/articles/x-1", `{"id":"x-2"}`, "this route takes no body: the URL names the article"},
		{"body on reindex", "POST", "/v1/admin/reindex", `{"full":true}`, "this route takes no body"},
		{"bulk over the limit", "POST", "/v1/articles/_bulk", strings.Repeat(goodArticle+"\n", 30), "larger than 4096 bytes"},
		{"PUT over the limit", "PUT", "/v1/articles/x-1", strings.Repeat(" ", index.MaxArticleJSONBytes+1), fmt.Sprintf("larger than %d bytes", index.MaxArticleJSONBytes)},
		{"bad id", "GET", "/v1/articles/a%2Fb", "", `id "a/b" has U+002F (/) at character 2; an id may only contain A-Z a-z 0-9 . _ : -`},
		{"UTF-16 body", "PUT", "/v1/articles/x-1", "\xff\xfe{\x00\"\x00", "the body is UTF-16 or UTF-32 text; send it encoded as UTF-8"},
		{"UTF-16 body without a byte order mark", "POST", "/v1/related", "{\x00\"\x00", "send it encoded as UTF-8"},
		{"gzip body", "POST", "/v1/articles/_bulk", "\x1f\x8b\x08\x00\x00", "the body is gzip-compressed"},
		{"look-alike in an id", "GET", "/v1/articles/sg%E2%80%900001", "", "has U+2010 (‐) at character 3"},
		{"look-alike of the URL's id in the body", "PUT", "/v1/articles/K", `{"id":"\u212a","title":"t","published":"2026-01-01T00:00:00Z"}`, "has U+212A (\u212a) at character 1"},
		{"query error where the user typed it", "GET", "/v1/search?q=" + url.QueryEscape("㍿㍿㍿ title:"), "", "at character 11: expected a value after title:"},
		{"too many words, where the user typed them", "GET", "/v1/search?q=" + url.QueryEscape(strings.Repeat("ﷺ", 70)), "", "more than 64 words (the next at character 22)"},
		{"control character in a parameter", "GET", "/v1/suggest?q=a%C2%85", "", `parameter "q" contains the control character U+0085 at character 2`},
		{"parameter without a name", "GET", "/v1/search?q=a&=b", "", `a parameter has no name before its = ("=b"); remove it or write its name; this route accepts q,`},
		{"parameter without a name on PUT", "PUT", "/v1/articles/x-1?=", goodArticle, `a parameter has no name before its = ("="); remove it or write its name; this route accepts no parameters`},
		// A date of the right shape that does not exist says which part.
		{"published on a day February lacks", "PUT", "/v1/articles/x-1", strings.Replace(goodArticle, "2026-11-21T09:00:00+09:00", "2026-02-29T09:00:00+09:00", 1), `published: "2026-02-29T09:00:00+09:00" is not a date: February 2026 has no day 29 (01–28)`},
		{"published at hour 24", "PUT", "/v1/articles/x-1", strings.Replace(goodArticle, "2026-11-21T09:00:00+09:00", "2026-11-21T24:00:00+09:00", 1), "is not a date: the hour is 00–23 (midnight is 00:00 of the next day)"},
		{"published at second 61", "PUT", "/v1/articles/x-1", strings.Replace(goodArticle, "2026-11-21T09:00:00+09:00", "2026-11-21T09:00:61+09:00", 1), "the second is 00–59 (60 only for a leap second)"},
		{"published in month 13", "PUT", "/v1/articles/x-1", strings.Replace(goodArticle, "2026-11-21T09:00:00+09:00", "2026-13-21T09:00:00+09:00", 1), "there is no month 13 (01–12)"},
		{"published with a line break after it", "PUT", "/v1/articles/x-1", strings.Replace(goodArticle, "2026-11-21T09:00:00+09:00", `2026-11-21T09:00:00+09:00\n`, 1), `published: "2026-11-21T09:00:00+09:00\n" starts or ends with white space; send it without`},
		{"to on a day April lacks", "GET", "/v1/search?q=a&to=2026-04-31", "", `to: "2026-04-31" is not a date: April 2026 has no day 31 (01–30)`},
		{"from on day zero", "GET", "/v1/search?from=2026-01-00", "", "January 2026 has no day 00 (01–31)"},
		{"export from month 13", "GET", "/v1/export?from=2026-13", "", "there is no month 13 (01–12)"},
		{"published: in the query at minute 60", "GET", "/v1/search?q=" + url.QueryEscape("published:>=2026-01-01T00:60:00Z"), "", "the minute is 00–59"},
		{"a date of the wrong shape still shows the shapes", "GET", "/v1/search?to=04/01/2026", "", "use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
		{"a date as Japanese writers write it, with the form to write", "GET", "/v1/search?from=" + url.QueryEscape("２０２６年４月"), "", `from: "2026年4月" is not a date in the form taken: write it 2026-04 (YYYY-MM-DD`},
		{"a year of an era", "GET", "/v1/search?q=" + url.QueryEscape("published:>=令和8年"), "", "write it 2026 ("},
		{"a date with slashes", "GET", "/v1/search?to=2026/04/01", "", "write it 2026-04-01 ("},
		{"a time without its offset", "GET", "/v1/search?from=2026-04-01T09:00", "", `from: "2026-04-01T09:00" is not a date: a time takes seconds and an offset, as RFC 3339 writes it (2026-04-01T09:00:00+09:00, or Z for UTC)`},
		{"a time in the query without its offset", "GET", "/v1/search?q=" + url.QueryEscape("published:>=2026-04-01T09:00:00 JST"), "", "a time takes seconds and an offset"},
		{"an offset as strftime's %z writes it, with the time to write", "GET", "/v1/search?from=2026-04-01T09:00:00%2B0900", "", `from: "2026-04-01T09:00:00+0900" is not a date: write it 2026-04-01T09:00:00+09:00 (RFC 3339`},
		{"a time without seconds, with the time to write", "GET", "/v1/search?q=" + url.QueryEscape("published:>=2026-04-01T09:00Z"), "", "write it 2026-04-01T09:00:00Z (RFC 3339"},
		{"published with an offset as strftime's %z writes it", "PUT", "/v1/articles/x-1", strings.Replace(goodArticle, "2026-11-21T09:00:00+09:00", "2026-11-21T09:00:00+0900", 1), `published: "2026-11-21T09:00:00+0900" is not an RFC 3339 date-time: write it 2026-11-21T09:00:00+09:00`},
		{"an RSS pubDate on a Thursday, its + no raw one", "GET", "/v1/search?from=" + url.QueryEscape("Thu, 02 Apr 2026 09:00:00 +0900"), "", "write it 2026-04-02T09:00:00+09:00 (RFC 3339"},
		{"three digits after the year are no month 00", "GET", "/v1/search?from=2026-004", "", `from: "2026-004" is not a date: use YYYY-MM-DD`},
		{"a bad offset is no missing one", "GET", "/v1/search?from=2026-04-01T09:00:00%2B25:00", "", "use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
		{"a member name with a byte order mark in it", "PUT", "/v1/articles/x-1", `{"\ufefftitle":"t","published":"2026-01-01T00:00:00Z"}`, `"\ufefftitle": unknown field: its name has U+FEFF, which does not show, at character 1; allowed: id, title,`},
		{"a draft's member name with a control character", "POST", "/v1/related", `{"title\u001b":"量子"}`, `"title\x1b": unknown field: its name has U+001B, which does not show, at character 6`},
		{"a route with a trailing slash", "GET", "/v1/search/?q=a", "", "no such route; did you mean /v1/search? (paths are case-sensitive and end without a /)"},
		{"a route's letter %-escaped", "GET", "/v1/%73earch?q=a", "", "no such route; did you mean /v1/search? (a route's name is matched as sent: write its letters, not %-escapes)"},
		{"related's letter %-escaped", "GET", "/v1/articles/sg-0001/%72elated", "", "did you mean /v1/articles/sg-0001/related? (a route's name"},
		{"a route with ; and more", "GET", "/v1/articles/sg-0001/related;x=1", "", `no such route; did you mean /v1/articles/sg-0001/related? (a path ends before its parameters' ?, and ";" is no part of one)`},
		{"a route in capitals, its id as sent", "GET", "/V1/Articles/Sg-0001/Related", "", "did you mean /v1/articles/Sg-0001/related?"},
		{"a doubled slash", "GET", "/v1//articles/sg-0001", "", "did you mean /v1/articles/sg-0001?"},
		{"the bulk route in capitals is the bulk route", "POST", "/V1/ARTICLES/_BULK", goodArticle, "did you mean /v1/articles/_bulk?"},
		{"no route near", "GET", "/v2/search", "", "no such route; see the API in the README"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, raw := send(t, tt.method, srv.URL+tt.path, testKey, tt.body)
			var body map[string]any
			if err := json.Unmarshal(raw, &body); err != nil {
				t.Fatalf("%d, body is not JSON: %.200s", status, raw)
			}
			_, msg := errorOf(t, body)
			if !strings.Contains(msg, tt.want) || strings.Contains(msg, "api.") || strings.Contains(msg, "index.") {
				t.Errorf("message %q, want %q", msg, tt.want)
			}
		})
	}
}

// TestHeaders: the Authorization scheme in any case, and X-Request-Id
// kept only when it is a short safe token.
func TestHeaders(t *testing.T) {
	srv, _, logs := newWritableLog(t, Options{})
	do := func(header, value string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+"/v1/admin/reindex", nil)
		if header != "" {
			req.Header.Set(header, value)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	for _, tt := range []struct {
		value  string
		status int
	}{
		{"Bearer " + testKey, 200},
		{"bearer " + testKey, 200},
		{"BEARER " + testKey, 200},
		{"Bearer   " + testKey + " ", 200},
		{"Basic " + testKey, 401},
		{"Bearer", 401},
		{"Bearer ", 401},
		{testKey, 401},
		{"Bearer" + testKey, 401},
	} {
		if resp := do("Authorization", tt.value); resp.StatusCode != tt.status {
			t.Errorf("Authorization: %q = %d, want %d", tt.value, resp.StatusCode, tt.status)
		}
	}
	// Two Authorization headers, in either order, are refused.
	for _, values := range [][]string{{"Bearer " + testKey, "Bearer wrong"}, {"Bearer wrong", "Bearer " + testKey}} {
		req, _ := http.NewRequest("GET", srv.URL+"/v1/admin/reindex", nil)
		req.Header["Authorization"] = values
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 401 {
			t.Errorf("Authorization: %q = %d, want 401", values, resp.StatusCode)
		}
	}
	for _, tt := range []struct {
		sent string
		kept bool
	}{
		{"abc-123", true},
		{"2f1c0e9a-7b7d-4c1e-9d5e-3b6f2a1c0d9e", true},
		{"trace:span.1_x", true},
		{strings.Repeat("a", 64), true},
		{strings.Repeat("a", 65), false},
		{`x","level":"ERROR`, false},
		{"<script>", false},
		{"a b", false},
		{"日本語", false},
	} {
		got := do("X-Request-Id", tt.sent).Header.Get("X-Request-Id")
		if (got == tt.sent) != tt.kept || got == "" || !validRequestID(got) {
			t.Errorf("X-Request-Id %q answered as %q; kept %v, want %v", tt.sent, got, got == tt.sent, tt.kept)
		}
	}
	if strings.Contains(logs.String(), "<script>") || strings.Contains(logs.String(), `x\",\"level`) {
		t.Errorf("a client's X-Request-Id reached the log:\n%s", logs)
	}
}

// TestGetBodyIgnored: a GET's body means nothing, whatever its encoding
// or content: the search is answered.
func TestGetBodyIgnored(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	for _, body := range []string{"\x1f\x8b\x08\x00", "a\x00b\x00", `{"q":"x"}`} {
		if status, raw := send(t, "GET", srv.URL+"/v1/search?q=AI", "", body); status != http.StatusOK {
			t.Errorf("GET with body %q: %d %.200s, want 200", body, status, raw)
		}
	}
}

// TestRouteHintForAFragment: a request target with a fragment (which a
// browser keeps to itself, but a hand-written client may send) is told
// the route it names, as Go's server leaves the # in the path.
func TestRouteHintForAFragment(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	resp, raw, _ := rawExchange(t, strings.TrimPrefix(srv.URL, "http://"), "GET /v1/search#top HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", nil, 0, false)
	var body map[string]any
	if err := json.Unmarshal(raw, &body); err != nil {
		t.Fatalf("%d, body is not JSON: %.200s", resp.StatusCode, raw)
	}
	_, msg := errorOf(t, body)
	want := `no such route; did you mean /v1/search? (a path ends before its parameters' ?, and "#" is no part of one)`
	if resp.StatusCode != http.StatusNotFound || msg != want {
		t.Errorf("GET /v1/search#top = %d %q, want 404 with %q", resp.StatusCode, msg, want)
	}
}

package api

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

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

// TestParameterNameInOtherSpelling: a parameter's name in capitals, full
// width or with a space is refused, and the message names the parameter
// meant; a name that is none is not given one.
func TestParameterNameInOtherSpelling(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for _, tt := range []struct{ name, path, want string }{
		{"capital", "/v1/search?Q=ai", "did you mean q?"},
		{"full width", "/v1/search?" + url.QueryEscape("ｑ") + "=ai", "did you mean q?"},
		{"a space after it", "/v1/search?per_page%20=5", "did you mean per_page?"},
		{"capitals on a related list", "/v1/articles/sg-0009/related?SIZE=3", "did you mean size?"},
		{"a name that is none", "/v1/search?qq=ai", "unknown parameter \"qq\"; this route accepts"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, body := get(t, srv.URL+tt.path)
			code, msg := errorOf(t, body)
			if status != 400 || code != "unknown_parameter" || !strings.Contains(msg, tt.want) || strings.Contains(tt.want, "accepts") == strings.Contains(msg, "did you mean") {
				t.Errorf("GET %s = %d %s %q, want 400 unknown_parameter saying %s", tt.path, status, code, msg, tt.want)
			}
		})
	}
}

// TestEnumParameter: a parameter of named values is read as a search reads
// sort: white space around it and case aside.
func TestEnumParameter(t *testing.T) {
	for _, tt := range []struct {
		name, raw, want string
		ok              bool
	}{
		{"absent", "", "", true},
		{"blank", "format=%20", "", true},
		{"exact", "format=csv", "csv", true},
		{"capitals", "format=CSV", "csv", true},
		{"mixed case", "format=JsonL", "jsonl", true},
		{"trailing space", "format=csv%20", "csv", true},
		{"trailing newline", "format=csv%0A", "csv", true},
		{"tab before", "format=%09jsonl", "jsonl", true},
		{"full width, as an input method types it", "format=%EF%BD%83%EF%BD%93%EF%BD%96", "csv", true},
		{"full width in capitals after an ideographic space", "format=%E3%80%80%EF%BC%AA%EF%BC%B3%EF%BC%AF%EF%BC%AE%EF%BC%AC", "jsonl", true},
		{"unknown", "format=xml", "", false},
		{"space inside", "format=cs%20v", "", false},
		{"a prefix", "format=cs", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := url.ParseQuery(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := params(v).enum("format", "jsonl", "csv")
			if got != tt.want || ok != tt.ok {
				t.Errorf("enum(%q) = %q, %v; want %q, %v", tt.raw, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestEnumParametersFolded: export's format, fields and bom, and analyze's
// field, take other case, full width and white space around as search's sort does.
func TestEnumParametersFolded(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	for _, tt := range []struct {
		name, path string
		check      func(raw []byte) bool
	}{
		{"format in capitals", "/v1/export?format=CSV", func(raw []byte) bool { return strings.HasPrefix(string(raw), "id,title,") }},
		{"format with a space after", "/v1/export?format=csv%20", func(raw []byte) bool { return strings.HasPrefix(string(raw), "id,title,") }},
		{"format with a newline after", "/v1/export?format=Jsonl%0A", func(raw []byte) bool { return strings.HasPrefix(string(raw), `{"id":`) }},
		{"bom capitalised", "/v1/export?format=csv&bom=True", func(raw []byte) bool { return strings.HasPrefix(string(raw), "\ufeffid,title,") }},
		{"bom FALSE", "/v1/export?format=csv&bom=FALSE", func(raw []byte) bool { return strings.HasPrefix(string(raw), "id,title,") }},
		{"fields in capitals", "/v1/export?fields=BODY", func(raw []byte) bool { return strings.Contains(string(raw), `"body":`) }},
		{"fields in capitals with a space", "/v1/export?fields=%20Body", func(raw []byte) bool { return strings.Contains(string(raw), `"body":`) }},
		{"analyze field in capitals", "/v1/analyze?text=x&field=TITLE", func(raw []byte) bool { return strings.Contains(string(raw), `"field":"title"`) }},
		{"analyze field with spaces", "/v1/analyze?text=x&field=%20Reading%0A", func(raw []byte) bool { return strings.Contains(string(raw), `"field":"reading"`) }},
		{"analyze field blank", "/v1/analyze?text=x&field=%20", func(raw []byte) bool { return strings.Contains(string(raw), `"field":"body"`) }},
		{"analyze field in full width", "/v1/analyze?text=x&field=" + url.QueryEscape("ｔｉｔｌｅ"), func(raw []byte) bool { return strings.Contains(string(raw), `"field":"title"`) }},
		{"search sort and relax in full width", "/v1/search?q=x&sort=" + url.QueryEscape("ＮＥＷＥＳＴ") + "&relax=" + url.QueryEscape("ｏｆｆ"), func(raw []byte) bool { return strings.Contains(string(raw), `"hits":`) }},
		{"related category in full width", "/v1/articles/sg-0009/related?category=" + url.QueryEscape("ｓａｍｅ"), func(raw []byte) bool { return strings.Contains(string(raw), `"hits":`) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, raw := send(t, "GET", srv.URL+tt.path, testKey, "")
			if status != http.StatusOK || !tt.check(raw) {
				t.Errorf("GET %s = %d %.200q", tt.path, status, raw)
			}
		})
	}
	for _, path := range []string{"/v1/export?format=xml", "/v1/export?fields=title", "/v1/export?bom=yes&format=csv", "/v1/export?format=JSONL&bom=TRUE", "/v1/analyze?text=x&field=url"} {
		if status, raw := send(t, "GET", srv.URL+path, testKey, ""); status != http.StatusBadRequest {
			t.Errorf("GET %s = %d %.200s, want 400", path, status, raw)
		}
	}
}

// TestFullWidthNumbers: a number or a half-life typed in full width, as
// a Japanese input method may, is read as typed in ASCII (dates were
// already); other characters that merely look like digits are not.
func TestFullWidthNumbers(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for _, tt := range []struct{ path, want string }{
		{"/v1/search?page=" + url.QueryEscape("２") + "&per_page=" + url.QueryEscape("５"), `"page":2,"per_page":5`},
		{"/v1/suggest?q=" + url.QueryEscape("量子") + "&size=" + url.QueryEscape("１"), `"suggestions":[{`},
		{"/v1/articles/sg-0009/related?size=" + url.QueryEscape("２") + "&recency=" + url.QueryEscape("９０ｄ"), `"hits":[`},
		{"/v1/articles/sg-0009/related?recency=" + url.QueryEscape("１．５Ｙ"), `"hits":[`},
	} {
		status, body := get(t, srv.URL+tt.path)
		raw, _ := json.Marshal(body)
		if status != http.StatusOK || !strings.Contains(string(raw), tt.want) {
			t.Errorf("GET %s = %d %.300s, want 200 with %s", tt.path, status, raw, tt.want)
		}
	}
	for _, tt := range []struct{ path, want string }{
		{"/v1/search?page=" + url.QueryEscape("²"), `page must be a whole number, not "²"`},
		{"/v1/search?page=" + url.QueryEscape("٣"), `page must be a whole number, not "٣"`},
		{"/v1/search?per_page=" + url.QueryEscape("２．５"), `per_page must be a whole number, not "２．５"`},
	} {
		status, body := get(t, srv.URL+tt.path)
		if _, msg := errorOf(t, body); status != http.StatusBadRequest || !strings.Contains(msg, tt.want) {
			t.Errorf("GET %s = %d %q, want 400 saying %s", tt.path, status, msg, tt.want)
		}
	}
}

package api

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

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

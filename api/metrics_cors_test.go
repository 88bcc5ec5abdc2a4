package api

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestMetricsAndCORS(t *testing.T) {
	srv, _ := newWritable(t, Options{CORSOrigins: []string{"https://news.example.jp"}})
	get(t, srv.URL+"/v1/search?q=ai")
	get(t, srv.URL+"/v1/nothing")
	// Made-up methods share one label, so they cannot grow the metrics.
	for i := range 5 {
		req, _ := http.NewRequest(fmt.Sprintf("MADEUP%d%s", i, strings.Repeat("X", 1000)), srv.URL+"/v1/search", nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`sagasu_http_requests_total{method="GET",route="/v1/search",status="200"} 1`,
		`sagasu_http_request_duration_seconds_bucket{method="GET",route="/v1/search"`,
		`status="404"`,
		"sagasu_articles 73",
		"sagasu_reindex_running 0",
		"# TYPE sagasu_suggest_entries gauge",
		"# TYPE sagasu_suggest_build_seconds gauge",
		"sagasu_answer_cache_misses_total 1",
		"sagasu_answer_cache_hits_total 0",
		"# TYPE sagasu_answer_cache_bytes gauge",
		`sagasu_http_requests_total{method="other",route="/v1/search",status="405"} 5`,
	} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if strings.Contains(string(raw), "MADEUP") || len(raw) > 100<<10 {
		t.Errorf("a made-up method became a label (%d bytes of metrics)", len(raw))
	}

	req, _ := http.NewRequest("OPTIONS", srv.URL+"/v1/search", nil)
	req.Header.Set("Origin", "https://news.example.jp")
	req.Header.Set("Access-Control-Request-Method", "GET")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "https://news.example.jp" || resp.StatusCode >= 300 {
		t.Errorf("preflight: %d, allow-origin %q", resp.StatusCode, got)
	}
	req, _ = http.NewRequest("GET", srv.URL+"/v1/search?q=ai", nil)
	req.Header.Set("Origin", "https://evil.example")
	resp, _ = http.DefaultClient.Do(req)
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("unknown origin allowed: %q", got)
	}
	for _, pre := range []struct{ path, method string }{
		{"/v1/articles/_bulk", "POST"},
		{"/v1/articles/x", "PUT"}, // the read route's path, a write's method
		{"/v1/articles/x", "DELETE"},
		{"/metrics", "GET"},
		{"/v1/nothing", "GET"}, // no route at all
	} {
		req, _ = http.NewRequest("OPTIONS", srv.URL+pre.path, nil)
		req.Header.Set("Origin", "https://news.example.jp")
		req.Header.Set("Access-Control-Request-Method", pre.method)
		req.Header.Set("Access-Control-Request-Headers", "authorization")
		resp, _ = http.DefaultClient.Do(req)
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("preflight of %s %s open to browsers: %q", pre.method, pre.path, got)
		}
	}
}

// TestCanonicalOrigin: an origin is kept as a browser sends it (scheme
// and host in lower case, no default port), so an allow-list written
// otherwise still matches and answers with the browser's spelling.
func TestCanonicalOrigin(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://news.example.jp", "https://news.example.jp"},
		{"https://News.Example.JP", "https://news.example.jp"},
		{"HTTPS://news.example.jp", "https://news.example.jp"},
		{"https://news.example.jp:443", "https://news.example.jp"},
		{"http://news.example.jp:80", "http://news.example.jp"},
		{"http://news.example.jp:443", "http://news.example.jp:443"},
		{"https://news.example.jp:80", "https://news.example.jp:80"},
		{"http://127.0.0.1:5173", "http://127.0.0.1:5173"},
		{"http://[0:0::1]:80", "http://[::1]"},
		{"http://[::1]:8080", "http://[::1]:8080"},
	} {
		if got, err := canonicalOrigin(tt.in); got != tt.want || err != nil {
			t.Errorf("canonicalOrigin(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"https://news.example.jp:", "https://news.example.jp:0443", "https://news.example.jp#", "https://news.example.jp#x"} {
		if got, err := canonicalOrigin(bad); err == nil {
			t.Errorf("canonicalOrigin(%q) = %q, want an error", bad, got)
		}
	}
}

// TestCORSOriginAsConfigured: an origin configured in capitals with its
// default port lets the browser's origin in, and the answer names the
// origin as the browser wrote it (browsers compare it exactly).
func TestCORSOriginAsConfigured(t *testing.T) {
	srv, _ := newWritable(t, Options{CORSOrigins: []string{"https://News.Example.JP:443"}})
	req, _ := http.NewRequest("GET", srv.URL+"/v1/search?q=ai", nil)
	req.Header.Set("Origin", "https://news.example.jp")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "https://news.example.jp" {
		t.Errorf("allow-origin = %q, want https://news.example.jp", got)
	}
}

package api

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestConsoleFiles checks the embedded console's files: types, security
// headers, revalidation by ETag, the widget's cross-origin headers, and a
// JSON 404 for files that are not there.
func TestConsoleFiles(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	tests := []struct {
		name, path, ctype, contains string
		anyOrigin                   bool
	}{
		{"console page", "/", "text/html", `<html lang="ja">`, false},
		{"console script", "/app.js", "javascript", "import", false},
		{"stylesheet", "/app.css", "text/css", "", false},
		{"widget", "/widget.js", "javascript", "window.Sagasu", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			h := resp.Header
			if resp.StatusCode != http.StatusOK || !strings.Contains(h.Get("Content-Type"), tt.ctype) || !strings.Contains(string(body), tt.contains) {
				t.Fatalf("GET %s = %d %s, %d bytes", tt.path, resp.StatusCode, h.Get("Content-Type"), len(body))
			}
			if !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("security headers missing: %v", h)
			}
			if got := h.Get("Access-Control-Allow-Origin") == "*"; got != tt.anyOrigin {
				t.Errorf("Access-Control-Allow-Origin = %q", h.Get("Access-Control-Allow-Origin"))
			}
			for _, match := range []string{h.Get("ETag"), "W/" + h.Get("ETag"), `"other", ` + h.Get("ETag"), "*"} {
				req, _ := http.NewRequest(http.MethodGet, srv.URL+tt.path, nil)
				req.Header.Set("If-None-Match", match)
				again, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				again.Body.Close()
				if h.Get("ETag") == "" || again.StatusCode != http.StatusNotModified {
					t.Errorf("revalidation with If-None-Match %q = %d, want 304", match, again.StatusCode)
				}
			}
		})
	}
	status, body := get(t, srv.URL+"/nothing.js")
	if code, _ := errorOf(t, body); status != http.StatusNotFound || code == "" {
		t.Errorf("GET /nothing.js = %d %v, want a JSON 404", status, body)
	}
}

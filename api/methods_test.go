package api

import (
	"io"
	"net/http"
	"net/url"
	"testing"
)

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

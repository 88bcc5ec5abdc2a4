package api

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
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

// TestMethodInOtherCase: a method the route allows, sent in lower or
// mixed case, is a 405 that says which to send; an unknown one is not
// told one.
func TestMethodInOtherCase(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for _, tt := range []struct{ name, method, path, want string }{
		{"get in lower case", "get", "/v1/search?q=ai", "methods are case-sensitive: send GET, not get"},
		{"Post capitalised", "Post", "/v1/related", "methods are case-sensitive: send POST, not Post"},
		{"put on an article", "put", "/v1/articles/sg-0001", "methods are case-sensitive: send PUT, not put"},
		{"an unknown method", "brew", "/v1/search", "this route accepts only OPTIONS, GET, HEAD"},
		{"a method the route does not allow", "delete", "/v1/search", "this route accepts only OPTIONS, GET, HEAD"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var e struct {
				Error struct{ Code, Message string }
			}
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
				t.Fatal(err)
			}
			hinted := strings.Contains(e.Error.Message, "case-sensitive")
			if resp.StatusCode != http.StatusMethodNotAllowed || !strings.Contains(e.Error.Message, tt.want) || hinted != strings.Contains(tt.want, "case-sensitive") {
				t.Errorf("%s %s = %d %q, want 405 saying %q", tt.method, tt.path, resp.StatusCode, e.Error.Message, tt.want)
			}
		})
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

// TestTargetWithoutPath: a request whose target is no path (CONNECT's
// host:port, as a client asks a proxy) gets a 404 that says so, not a
// hint to try /.
func TestTargetWithoutPath(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	for _, head := range []string{
		"CONNECT news.example.jp:443 HTTP/1.1\r\nHost: news.example.jp:443\r\n\r\n",
		"GET news.example.jp:443 HTTP/1.1\r\nHost: x\r\n\r\n",
	} {
		resp, raw, _ := rawExchange(t, srv.Listener.Addr().String(), head, nil, 0, false)
		var e struct {
			Error struct{ Code, Message string }
		}
		if err := json.Unmarshal(raw, &e); err != nil || resp.StatusCode != http.StatusNotFound || e.Error.Code != "not_found" ||
			!strings.Contains(e.Error.Message, `the request target "news.example.jp:443" is no path`) {
			t.Errorf("%q = %d %s, want 404 not_found saying the target is no path", head, resp.StatusCode, raw)
		}
	}
}

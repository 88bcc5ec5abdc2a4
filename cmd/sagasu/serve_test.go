package main

import (
	"bufio"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sagasu/api"
)

// TestServeEdges sends the real server requests at the edges of what
// it accepts: the documented limits fit, what is beyond them is answered
// in JSON with a code, by the API where the API can see it and, where Go's
// server answers before any handler runs (a request line and headers over
// MaxHeaderBytes, a malformed request line, percent-encoding in the path,
// Content-Length or Host, an unknown transfer encoding or HTTP version, an
// Expect header), by the connection rewriting its text/plain answer.
func TestServeEdges(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	base, stop := startServe(t, env(map[string]string{"SAGASU_DATA_DIR": dir}), "-request-timeout", "1s", "-api-key", "k")
	defer stop()
	addr := strings.TrimPrefix(base, "http://")
	longText := url.QueryEscape(strings.Repeat("𠀋", 10000)) // 120,000 bytes
	tests := []struct {
		name   string
		head   string // request line and headers, without the blank line
		body   []string
		pause  time.Duration
		status int
		code   string // the JSON error code, "" for a success
	}{
		{"analyze 10,000 four-byte characters", "GET /v1/analyze?text=" + longText + " HTTP/1.1", nil, 0, 200, ""},
		{"query string over the API's limit", "GET /v1/analyze?text=" + longText + strings.Repeat("%20", 4000) + " HTTP/1.1", nil, 0, 400, "query_string_too_long"},
		{"request line over MaxHeaderBytes", "GET /v1/analyze?text=" + strings.Repeat("a", api.MaxHeaderBytes+8192) + " HTTP/1.1", nil, 0, 431, "headers_too_large"},
		{"HEAD, as GET without a body", "HEAD /v1/search?q=ai HTTP/1.1", nil, 0, 200, ""},
		{"trickling body", "PUT /v1/articles/slow-1 HTTP/1.1\r\nAuthorization: Bearer k\r\nContent-Length: 1000", strings.Split(strings.Repeat(" ", 30), ""), 100 * time.Millisecond, 408, "body_timeout"},
		{"malformed escape in the path", "GET /v1/articles/a%zz HTTP/1.1", nil, 0, 400, "malformed_request"},
		{"request line of two words", "GET /v1/search?q=ai", nil, 0, 400, "malformed_request"},
		{"space in the path", "GET /v1/search?q=a b HTTP/1.1", nil, 0, 400, "malformed_request"},
		{"bad Content-Length", "POST /v1/related HTTP/1.1\r\nContent-Length: -5", nil, 0, 400, "malformed_request"},
		{"two Host headers", "GET /v1/search?q=ai HTTP/1.1\r\nHost: y", nil, 0, 400, "malformed_request"},
		{"header line without a colon", "GET /v1/search?q=ai HTTP/1.1\r\nnot a header", nil, 0, 400, "malformed_request"},
		{"unknown transfer encoding", "POST /v1/related HTTP/1.1\r\nTransfer-Encoding: gzip", nil, 0, 501, "unsupported_transfer_encoding"},
		{"HTTP/2.0 as text", "GET /v1/search?q=ai HTTP/2.0", nil, 0, 505, "unsupported_http_version"},
		{"Expect other than 100-continue", "POST /v1/related HTTP/1.1\r\nExpect: the-unexpected\r\nContent-Length: 2", nil, 0, 417, "expectation_failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			conn.SetDeadline(time.Now().Add(20 * time.Second))
			go func() {
				if _, err := io.WriteString(conn, tt.head+"\r\nHost: x\r\nConnection: close\r\n\r\n"); err != nil {
					return
				}
				for _, p := range tt.body {
					time.Sleep(tt.pause)
					if _, err := io.WriteString(conn, p); err != nil {
						return
					}
				}
			}()
			req := &http.Request{Method: strings.Fields(tt.head)[0]}
			resp, err := http.ReadResponse(bufio.NewReader(conn), req)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if req.Method == "HEAD" && (len(raw) != 0 || resp.ContentLength <= 0) {
				t.Errorf("HEAD: %d bytes of body, Content-Length %d", len(raw), resp.ContentLength)
			}
			var e struct {
				Error struct{ Code, Message string }
			}
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") || (len(raw) > 0 && json.Unmarshal(raw, &e) != nil) {
				t.Errorf("= %d %s %.200q, want JSON", resp.StatusCode, resp.Header.Get("Content-Type"), raw)
			}
			if resp.StatusCode != tt.status || e.Error.Code != tt.code || (tt.code != "" && e.Error.Message == "") {
				t.Errorf("= %d %.300s, want %d %q with a message", resp.StatusCode, raw, tt.status, tt.code)
			}
		})
	}
}

// TestCloseIndexGivesUp: a request or a suggestion build still holding
// the index at exit does not keep the process alive, and the log names
// both (no request may have been sent).
func TestCloseIndexGivesUp(t *testing.T) {
	unblock := make(chan struct{})
	defer close(unblock)
	var logs strings.Builder
	closeIndex(blockedCloser(unblock), slog.New(slog.NewJSONHandler(&logs, nil)), 50*time.Millisecond)
	if msg := logs.String(); !strings.Contains(msg, "exiting without closing") || !strings.Contains(msg, "the suggestions being built") {
		t.Errorf("closeIndex did not give up: %q", logs.String())
	}
}

// TestCloseWaitWithin: the index is given what is left of the grace
// period to close (to write the suggestion files), not a fixed 5 s, and
// 5 s at least.
func TestCloseWaitWithin(t *testing.T) {
	began := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name  string
		began time.Time
		grace time.Duration
		after time.Duration // from began to the close
		want  time.Duration
	}{
		{"requests ended at once", began, 15 * time.Second, 200 * time.Millisecond, 14800 * time.Millisecond},
		{"a long grace", began, 60 * time.Second, 10 * time.Second, 50 * time.Second},
		{"the grace nearly spent", began, 15 * time.Second, 12 * time.Second, closeWait},
		{"the grace overrun by a request cut off", began, 15 * time.Second, 20 * time.Second, closeWait},
		{"no grace", began, 0, 0, closeWait},
		{"serving ended by an error", time.Time{}, 15 * time.Second, 0, closeWait},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := closeWaitWithin(tt.began, tt.grace, began.Add(tt.after)); got != tt.want {
				t.Errorf("closeWaitWithin = %v, want %v", got, tt.want)
			}
		})
	}
}

// blockedCloser's Close waits for its channel, like an index that a
// cut-off request still reads.
type blockedCloser chan struct{}

func (c blockedCloser) Close() error { <-c; return nil }

// TestCORSOriginsChecked: an origin no browser sends is a configuration
// error before the server listens, not a panic after (nor an origin that
// never matches).
func TestCORSOriginsChecked(t *testing.T) {
	for _, tt := range []struct {
		name, origins string
		ok            bool
		msg           string // in the error, when refused
	}{
		{"one origin", "https://news.example.jp", true, ""},
		{"several", "https://a.example.jp, http://127.0.0.1:5173", true, ""},
		{"any", "*", true, ""},
		{"lowest port", "http://a.jp:1", true, ""},
		{"highest port", "http://a.jp:65535", true, ""},
		{"punycode host", "https://xn--r8jz45g.jp", true, ""},
		{"any among several", "https://a.example.jp, http://127.0.0.1:5173,*", false, "stands alone"},
		{"trailing slash", "https://news.example.jp/", false, "no path"},
		{"no scheme", "news.example.jp", false, "scheme://host"},
		{"query", "https://news.example.jp?x", false, "no path, query"},
		{"unclosed IPv6", "http://[::1", false, "scheme://host"},
		{"wildcard host", "https://*.example.jp", false, "wildcards"},
		{"other scheme", "ftp://news.example.jp", false, "http or https"},
		{"port over 65535", "https://a.jp:99999", false, "1–65535"},
		{"port 0", "https://a.jp:0", false, "1–65535"},
		{"port past int", "https://a.jp:99999999999999999999", false, "1–65535"},
		{"non-ASCII host", "https://例え.jp", false, "punycode"},
		{"non-ASCII host %-escaped", "https://%E4%BE%8B%E3%81%88.jp", false, "punycode"},
		{"upper-case host", "https://News.Example.JP", true, ""},
		{"default https port", "https://news.example.jp:443", true, ""},
		{"default http port", "http://news.example.jp:80", true, ""},
		{"empty port", "https://news.example.jp:", false, "port is empty"},
		{"empty port of an IPv6 host", "http://[::1]:", false, "port is empty"},
		{"port with a leading zero", "https://news.example.jp:0443", false, "leading zero (:443)"},
		{"empty fragment", "https://news.example.jp#", false, "no fragment"},
		{"fragment", "https://news.example.jp#top", false, "no fragment"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseServe([]string{"-cors-origins", tt.origins}, env(nil), io.Discard)
			if (err == nil) != tt.ok {
				t.Fatalf("-cors-origins %q: %v, want ok %v", tt.origins, err, tt.ok)
			}
			if err != nil && (!strings.Contains(err.Error(), "-cors-origins") || !strings.Contains(err.Error(), tt.msg)) {
				t.Errorf("error %q does not name the flag and say %q", err, tt.msg)
			}
		})
	}
}

// TestAPIKeyChecked: the key is trimmed as $SAGASU_API_KEY is (a key file
// ends with a line break), and one no Authorization header can carry is
// refused at start rather than enabling a write API that never matches.
func TestAPIKeyChecked(t *testing.T) {
	for _, tt := range []struct{ name, key, want string }{
		{"plain", "k1", "k1"},
		{"none", "", ""},
		{"trailing space", "k1 ", "k1"},
		{"trailing newline, as from a key file", "k1\n", "k1"},
		{"CRLF and tab around", "\tk1\r\n", "k1"},
		{"token characters", "a-b.c_d~e+f/g==", "a-b.c_d~e+f/g=="},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseServe([]string{"-api-key", tt.key}, env(nil), io.Discard)
			if err != nil || c.apiKey != tt.want {
				t.Errorf("-api-key %q = %q, %v; want %q, nil", tt.key, c.apiKey, err, tt.want)
			}
		})
	}
	for _, tt := range []struct{ name, key string }{
		{"inner space", "k 1"},
		{"inner tab", "k\t1"},
		{"inner newline", "k1\nk2"},
		{"NUL", "k\x001"},
		{"escape", "k\x1b1"},
		{"DEL", "k\x7f1"},
		{"ideographic space inside", "k\u30001"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseServe([]string{"-api-key", tt.key}, env(nil), io.Discard)
			if err == nil || !strings.Contains(err.Error(), "-api-key") || strings.Contains(err.Error(), tt.key) {
				t.Errorf("-api-key %q: %v, want an error naming the flag, not the key", tt.key, err)
			}
		})
	}
}

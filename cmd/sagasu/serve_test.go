package main

import (
	"bufio"
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
// in JSON by the API where the API can see it. Go's server itself answers
// a request line and headers over MaxHeaderBytes (431), a malformed
// request line or percent-encoding in the path (400) and an unknown
// transfer encoding (501) before any handler runs, in text/plain: those
// cannot be JSON.
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
		json   bool
	}{
		{"analyze 10,000 four-byte characters", "GET /v1/analyze?text=" + longText + " HTTP/1.1", nil, 0, 200, true},
		{"query string over the API's limit", "GET /v1/analyze?text=" + longText + strings.Repeat("%20", 4000) + " HTTP/1.1", nil, 0, 400, true},
		{"request line over MaxHeaderBytes", "GET /v1/analyze?text=" + strings.Repeat("a", api.MaxHeaderBytes+8192) + " HTTP/1.1", nil, 0, 431, false},
		{"HEAD, as GET without a body", "HEAD /v1/search?q=ai HTTP/1.1", nil, 0, 200, true},
		{"trickling body", "PUT /v1/articles/slow-1 HTTP/1.1\r\nAuthorization: Bearer k\r\nContent-Length: 1000", strings.Split(strings.Repeat(" ", 30), ""), 100 * time.Millisecond, 408, true},
		{"malformed escape in the path", "GET /v1/articles/a%zz HTTP/1.1", nil, 0, 400, false},
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
			isJSON := strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json")
			if req.Method == "HEAD" && (len(raw) != 0 || resp.ContentLength <= 0) {
				t.Errorf("HEAD: %d bytes of body, Content-Length %d", len(raw), resp.ContentLength)
			}
			if resp.StatusCode != tt.status || isJSON != tt.json {
				t.Errorf("= %d %s %.200s, want %d (JSON %v)", resp.StatusCode, resp.Header.Get("Content-Type"), raw, tt.status, tt.json)
			}
		})
	}
}

// TestCloseIndexGivesUp: a request still holding the index at exit does
// not keep the process alive.
func TestCloseIndexGivesUp(t *testing.T) {
	unblock := make(chan struct{})
	defer close(unblock)
	var logs strings.Builder
	closeIndex(blockedCloser(unblock), slog.New(slog.NewJSONHandler(&logs, nil)), 50*time.Millisecond)
	if !strings.Contains(logs.String(), "exiting without closing") {
		t.Errorf("closeIndex did not give up: %q", logs.String())
	}
}

// blockedCloser's Close waits for its channel, like an index that a
// cut-off request still reads.
type blockedCloser chan struct{}

func (c blockedCloser) Close() error { <-c; return nil }

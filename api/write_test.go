package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"sagasu/data"
	"sagasu/index"
)

const testKey = "s3cret-key"

// newWritable serves a fresh index of the sample articles with the write
// API on.
func newWritable(t *testing.T, opts Options) (*httptest.Server, *index.Index) {
	t.Helper()
	srv, ix, _ := newWritableLog(t, opts)
	return srv, ix
}

// newWritableLog is newWritable that also returns the server's log.
func newWritableLog(t *testing.T, opts Options) (*httptest.Server, *index.Index, *lockedBuffer) {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "data"), index.Options{AnswerCache: 8 << 20}) // (as served)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Import(context.Background(), bytes.NewReader(data.SampleArticles), index.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if opts.APIKey == "" {
		opts.APIKey = testKey
	}
	logs := &lockedBuffer{}
	srv := httptest.NewServer(New(ix, slog.New(slog.NewJSONHandler(logs, nil)), opts))
	t.Cleanup(srv.Close)
	return srv, ix, logs
}

// lockedBuffer is a log both the server and the test use.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// send makes an authenticated request and returns status and raw body.
func send(t *testing.T, method, url, key, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, raw
}

const goodArticle = `{"title":"量子鍵配送の実証","body":"量子鍵配送の通信実験が始まった。","category":"耐量子暗号","tags":["QKD"],"published":"2026-11-21T09:00:00+09:00","url":"https://news.example.jp/articles/new-1"}`

func TestWriteAPI(t *testing.T) {
	srv, ix := newWritable(t, Options{})
	status, body := send(t, "PUT", srv.URL+"/v1/articles/new-1", testKey, goodArticle)
	if status != http.StatusCreated || !strings.Contains(string(body), `"created"`) {
		t.Fatalf("PUT new = %d %s", status, body)
	}
	status, body = send(t, "PUT", srv.URL+"/v1/articles/new-1", testKey, strings.Replace(goodArticle, "実証", "実証が完了", 1))
	if status != http.StatusOK || !strings.Contains(string(body), `"updated"`) {
		t.Fatalf("PUT again = %d %s", status, body)
	}
	if a, err := ix.Get(context.Background(), "new-1"); err != nil || a.Title != "量子鍵配送の実証が完了" {
		t.Errorf("after PUT: %+v, %v", a, err)
	}
	// The body's id may be given when it matches.
	if status, body := send(t, "PUT", srv.URL+"/v1/articles/new-2", testKey, strings.Replace(goodArticle, `{"title"`, `{"id":"new-2","title"`, 1)); status != 201 {
		t.Errorf("PUT with matching id = %d %s", status, body)
	}
	// A byte order mark is not part of the JSON, and curl -d's form
	// content type does not matter when the body is JSON.
	req, _ := http.NewRequest("PUT", srv.URL+"/v1/articles/new-3", strings.NewReader("\ufeff"+goodArticle))
	req.Header.Set("Authorization", "Bearer "+testKey)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 201 {
		t.Errorf("PUT with a BOM, as curl -d = %v %v", resp.Status, err)
	} else {
		resp.Body.Close()
		send(t, "DELETE", srv.URL+"/v1/articles/new-3", testKey, "")
	}
	if status, body := send(t, "DELETE", srv.URL+"/v1/articles/new-2", testKey, ""); status != 200 || !strings.Contains(string(body), "deleted") {
		t.Errorf("DELETE = %d %s", status, body)
	}
	if status, _ := send(t, "DELETE", srv.URL+"/v1/articles/new-2", testKey, ""); status != 404 {
		t.Errorf("DELETE twice = %d", status)
	}
	// Writes show in search at once.
	res, _ := ix.Search(context.Background(), index.Request{Query: "量子鍵配送"})
	if res.Total != 1 || res.Hits[0].ID != "new-1" {
		t.Errorf("search after writes: %d hits", res.Total)
	}
}

// TestEncodedIDs addresses articles the way the console and the widget do,
// with encodeURIComponent(id): every route decodes the id before checking
// it.
func TestEncodedIDs(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	put := func(id string) {
		t.Helper()
		body := strings.Replace(goodArticle, `{"title"`, `{"id":"`+id+`","title"`, 1)
		if status, raw := send(t, "PUT", srv.URL+"/v1/articles/"+id, testKey, body); status != 201 {
			t.Fatalf("PUT %s = %d %s", id, status, raw)
		}
	}
	put("ns:a-1")
	put("ns:b.2")
	tests := []struct {
		name, method, path string
		status             int
	}{
		{"colon encoded", "GET", "/v1/articles/ns%3Aa-1", 200},
		{"colon lower-case escape", "GET", "/v1/articles/ns%3aa-1", 200},
		{"colon as is", "GET", "/v1/articles/ns:a-1", 200},
		{"hyphen encoded", "GET", "/v1/articles/sg%2D0001", 200},
		{"every byte encoded", "GET", "/v1/articles/%73%67%2D%30%30%30%31", 200},
		{"related, encoded", "GET", "/v1/articles/sg%2D0009/related", 200},
		{"encoded slash", "GET", "/v1/articles/ns%2Fa-1", 400},
		{"encoded space", "GET", "/v1/articles/ns%20a-1/related", 400},
		{"dot dot encoded", "GET", "/v1/articles/%2E%2E", 400},
		{"double-encoded colon is not an id", "GET", "/v1/articles/ns%253Aa-1", 400},
		{"delete, encoded", "DELETE", "/v1/articles/ns%3Ab.2", 200},
		{"deleted", "GET", "/v1/articles/ns%3Ab.2", 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, raw := send(t, tt.method, srv.URL+tt.path, testKey, "")
			if status != tt.status {
				t.Errorf("%s %s = %d %s, want %d", tt.method, tt.path, status, raw, tt.status)
			}
			if status == 200 && tt.method == "GET" && strings.Contains(tt.path, "ns") && !strings.Contains(string(raw), `"id":"ns:a-1"`) {
				t.Errorf("%s = %s, want the article ns:a-1", tt.path, raw)
			}
		})
	}
}

// upsertFails is a Searcher whose writes fail with err.
type upsertFails struct {
	Searcher
	err error
}

func (u upsertFails) Upsert(context.Context, ...index.Article) ([]bool, error) { return nil, u.err }

// TestWriteTimeoutIsUnavailable: a write still waiting for the others at
// its deadline was not written; the server is busy, so 503 with
// Retry-After says to send it again.
func TestWriteTimeoutIsUnavailable(t *testing.T) {
	srv := httptest.NewServer(New(upsertFails{err: fmt.Errorf("admit: %w", context.DeadlineExceeded)}, slog.New(slog.NewJSONHandler(io.Discard, nil)), Options{APIKey: testKey}))
	t.Cleanup(srv.Close)
	req, err := http.NewRequest("PUT", srv.URL+"/v1/articles/new-1", strings.NewReader(goodArticle))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+testKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if code, msg := errorOf(t, body); resp.StatusCode != 503 || code != "timeout" || !strings.Contains(msg, "not written") || resp.Header.Get("Retry-After") != "1" {
		t.Errorf("status %d, code %q, Retry-After %q, message %q; want 503 timeout, Retry-After 1, not written", resp.StatusCode, code, resp.Header.Get("Retry-After"), msg)
	}
}

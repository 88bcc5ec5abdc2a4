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
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

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

func TestBulk(t *testing.T) {
	srv, ix := newWritable(t, Options{})
	before, _ := ix.Count()
	lines := []string{
		strings.Replace(goodArticle, `{"title"`, `{"id":"b-1","title"`, 1),
		`{"id":"b-2","title":"日付なし"}`,
		``,
		`not json`,
		strings.Replace(goodArticle, `{"title"`, `{"id":"sg-0001","title"`, 1),
		strings.Replace(goodArticle, `{"title"`, `{"id":"b-3","title"`, 1),
		strings.Replace(goodArticle, `{"title"`, `{"id":"b-4","Title"`, 1),
		strings.Replace(goodArticle, `{"title"`, `{"id":"b-5","title":"重複","title"`, 1),
		strings.Replace(goodArticle, `量子鍵配送の実証`, `\ud800`, 1),
	}
	// A byte order mark before the first line is not part of it.
	status, raw := send(t, "POST", srv.URL+"/v1/articles/_bulk", testKey, "\ufeff"+strings.Join(lines, "\n"))
	if status != 200 {
		t.Fatalf("bulk = %d %s", status, raw)
	}
	var got bulkResponse
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if got.Created != 2 || got.Updated != 1 || got.Rejected != 5 || len(got.Items) != 8 {
		t.Errorf("bulk = %+v", got)
	}
	want := []struct {
		line   int
		result string
	}{{1, "created"}, {2, "rejected"}, {4, "rejected"}, {5, "updated"}, {6, "created"}, {7, "rejected"}, {8, "rejected"}, {9, "rejected"}}
	for i, w := range want {
		if i >= len(got.Items) || got.Items[i].Line != w.line || got.Items[i].Result != w.result {
			t.Errorf("item %d = %+v, want line %d %s", i, got.Items, w.line, w.result)
			break
		}
	}
	if got.Items[1].Reason == "" || !strings.Contains(got.Items[1].Reason, "published") {
		t.Errorf("rejection reason = %q", got.Items[1].Reason)
	}
	if after, _ := ix.Count(); after != before+2 {
		t.Errorf("count %d → %d, want +2", before, after)
	}
}

// TestBulkStrayNUL: a NUL near the start of a bulk body is a bad first
// line, not a body in UTF-16; the good line after it is written.
func TestBulkStrayNUL(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	good := strings.Replace(goodArticle, `{"title"`, `{"id":"nul-1","title"`, 1)
	status, raw := send(t, "POST", srv.URL+"/v1/articles/_bulk", testKey, "x\x00\n"+good)
	var got bulkResponse
	if status != 200 || json.Unmarshal(raw, &got) != nil || got.Created != 1 || got.Rejected != 1 {
		t.Errorf("bulk with a NUL on line 1 = %d %.300s, want line 1 rejected and nul-1 created", status, raw)
	}
}

// TestBulkDrains: when the server begins to shut down, a bulk import
// stops reading, writes the lines it has read, and says how far it got.
func TestBulkDrains(t *testing.T) {
	draining := make(chan struct{})
	srv, ix := newWritable(t, Options{Draining: draining})
	pr, pw := io.Pipe()
	defer pr.Close()
	go func() {
		// Lines keep coming until the answer: the import stops at
		// the drain, not at the end of the body.
		for i := 0; ; i++ {
			if _, err := fmt.Fprintln(pw, strings.Replace(goodArticle, `{"title"`, fmt.Sprintf(`{"id":"drain-%d","title"`, i), 1)); err != nil {
				return
			}
			if i == 600 {
				// Once the first batch is written, so the import has
				// read lines to write (on a busy machine the handler
				// had read none by the 50th line sent).
				for range 1000 {
					if _, err := ix.Get(context.Background(), "drain-0"); err == nil {
						break
					}
					time.Sleep(10 * time.Millisecond)
				}
				close(draining)
			}
		}
	}()
	req, _ := http.NewRequest("POST", srv.URL+"/v1/articles/_bulk", pr)
	req.Header.Set("Authorization", "Bearer "+testKey)
	req.Header.Set("Content-Type", "application/x-ndjson")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	pw.CloseWithError(io.ErrClosedPipe)
	var body errorBody
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != http.StatusServiceUnavailable || body.Error.Code != "shutting_down" {
		t.Fatalf("bulk while draining = %d %+v (%v), want 503 shutting_down", resp.StatusCode, body, err)
	}
	var read, written int
	if _, err := fmt.Sscanf(body.Error.Message, "the server is shutting down: the first %d lines were read and %d articles written", &read, &written); err != nil || written == 0 || written != read {
		t.Errorf("message %q: want every line read written", body.Error.Message)
	}
	for i := range written {
		if _, err := ix.Get(context.Background(), fmt.Sprintf("drain-%d", i)); err != nil {
			t.Errorf("drain-%d, reported written: %v", i, err)
			break
		}
	}
}

func TestBulkLimit(t *testing.T) {
	srv, _ := newWritable(t, Options{BulkLimit: 2048})
	var b strings.Builder
	for i := range 20 {
		fmt.Fprintln(&b, strings.Replace(goodArticle, `{"title"`, fmt.Sprintf(`{"id":"lim-%d","title"`, i), 1))
	}
	status, raw := send(t, "POST", srv.URL+"/v1/articles/_bulk", testKey, b.String())
	if status != http.StatusRequestEntityTooLarge || !strings.Contains(string(raw), "body_too_large") {
		t.Errorf("oversized bulk = %d %s", status, raw)
	}
}

func TestAdmin(t *testing.T) {
	srv, ix := newWritable(t, Options{BackupDir: t.TempDir()})
	status, raw := send(t, "POST", srv.URL+"/v1/admin/backup", testKey, "")
	var b backupResponse
	if status != 201 || json.Unmarshal(raw, &b) != nil || b.Dir == "" {
		t.Fatalf("backup = %d %s", status, raw)
	}
	copyIx, err := index.Open(b.Dir, index.Options{})
	if err != nil {
		t.Fatalf("backup does not open: %v", err)
	}
	n1, _ := copyIx.Count()
	copyIx.Close()
	if n0, _ := ix.Count(); n0 != n1 {
		t.Errorf("backup has %d articles, index %d", n1, n0)
	}

	// Backups at the same moment: each its own directory, each complete.
	dirs := make(chan string, 4)
	var bw sync.WaitGroup
	for range cap(dirs) {
		bw.Go(func() {
			status, raw := send(t, "POST", srv.URL+"/v1/admin/backup", testKey, "")
			var b backupResponse
			if status != 201 || json.Unmarshal(raw, &b) != nil {
				t.Errorf("concurrent backup = %d %s", status, raw)
			}
			dirs <- b.Dir
		})
	}
	bw.Wait()
	close(dirs)
	seen := map[string]bool{}
	for d := range dirs {
		if d == "" || seen[d] {
			t.Errorf("backup directory %q given twice or empty", d)
			continue
		}
		seen[d] = true
		c, err := index.Open(d, index.Options{NoSuggest: true})
		if err != nil {
			t.Errorf("concurrent backup %s does not open: %v", d, err)
			continue
		}
		if n, _ := c.Count(); n != n1 {
			t.Errorf("concurrent backup %s has %d articles, want %d", d, n, n1)
		}
		c.Close()
	}

	// Concurrent requests: exactly one starts the reindex.
	var wg sync.WaitGroup
	statuses := make(chan int, 6)
	for range cap(statuses) {
		wg.Go(func() {
			status, _ := send(t, "POST", srv.URL+"/v1/admin/reindex", testKey, "")
			statuses <- status
		})
	}
	wg.Wait()
	close(statuses)
	count := map[int]int{}
	for s := range statuses {
		count[s]++
	}
	if count[http.StatusAccepted] != 1 || count[http.StatusConflict] != cap(statuses)-1 {
		t.Fatalf("concurrent reindex requests: %v, want one 202 and the rest 409", count)
	}
	for ix.ReindexProgress().Running {
		if status, _ := get(t, srv.URL+"/v1/search?q=ai"); status != 200 {
			t.Fatalf("search during reindex = %d", status)
		}
	}
	status, raw = send(t, "GET", srv.URL+"/v1/admin/reindex", testKey, "")
	var p index.ReindexProgress
	if status != 200 || json.Unmarshal(raw, &p) != nil || p.Running || p.Copied == 0 || p.Copied != p.Total {
		t.Errorf("reindex status = %d %s", status, raw)
	}
}

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

func TestBulkListsFirstRejections(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	body := strings.Repeat("x\n", index.MaxListedRejections+500) + strings.Replace(goodArticle, `{"title"`, `{"id":"after-junk","title"`, 1) + "\n"
	status, raw := send(t, "POST", srv.URL+"/v1/articles/_bulk", testKey, body)
	var b bulkResponse
	if status != 200 || json.Unmarshal(raw, &b) != nil {
		t.Fatalf("bulk = %d %.300s", status, raw)
	}
	if b.Created != 1 || b.Rejected != index.MaxListedRejections+500 || len(b.Items) != index.MaxListedRejections+1 || b.Unlisted != 500 {
		t.Errorf("created %d, rejected %d, items %d, unlisted %d", b.Created, b.Rejected, len(b.Items), b.Unlisted)
	}
}

// TestBackupDirReplaced: a backup directory that has become a file, or a
// link into the data directory, since the server started is refused with
// a 503 that says so, and nothing is written into the data directory.
func TestBackupDirReplaced(t *testing.T) {
	base := t.TempDir()
	link := filepath.Join(base, "backups")
	srv, ix := newWritable(t, Options{BackupDir: link})
	before, _ := os.ReadDir(ix.Dir())
	tests := []struct {
		name string
		make func() error
	}{
		{"a link into the data directory", func() error { return os.Symlink(ix.Dir(), link) }},
		{"a file", func() error { return os.WriteFile(link, []byte("x"), 0o644) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.RemoveAll(link)
			if err := tt.make(); err != nil {
				t.Fatal(err)
			}
			status, raw := send(t, "POST", srv.URL+"/v1/admin/backup", testKey, "")
			if status != http.StatusServiceUnavailable || !strings.Contains(string(raw), "backup_dir_unusable") {
				t.Errorf("backup = %d %s, want 503 backup_dir_unusable", status, raw)
			}
			if after, _ := os.ReadDir(ix.Dir()); len(after) != len(before) {
				t.Errorf("the data directory went from %d to %d entries", len(before), len(after))
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

package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"sagasu/index"
)

func TestExport(t *testing.T) {
	srv, ix := newWritable(t, Options{})
	total, _ := ix.Count()
	status, raw := send(t, "GET", srv.URL+"/v1/export", testKey, "")
	if status != 200 {
		t.Fatalf("export = %d %s", status, raw)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if uint64(len(lines)) != total {
		t.Errorf("jsonl export has %d lines, index %d", len(lines), total)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil || rec["id"] == nil || rec["body"] != nil {
		t.Errorf("first record = %s (%v)", lines[0], err)
	}
	status, raw = send(t, "GET", srv.URL+"/v1/export?format=csv&fields=body&q=%E5%85%A8%E5%9B%BA%E4%BD%93%E9%9B%BB%E6%B1%A0&sort=oldest", testKey, "")
	rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if status != 200 || err != nil || len(rows) < 2 || rows[0][6] != "author" || rows[0][7] != "body" {
		t.Fatalf("csv export = %d %v %v", status, err, rows)
	}
	// With bom=true, the same rows after a byte order mark (for Excel).
	status, withBOM := send(t, "GET", srv.URL+"/v1/export?format=csv&fields=body&q=%E5%85%A8%E5%9B%BA%E4%BD%93%E9%9B%BB%E6%B1%A0&sort=oldest&bom=true", testKey, "")
	if status != 200 || !bytes.Equal(withBOM, append([]byte("\ufeff"), raw...)) {
		t.Errorf("csv export with bom=true = %d %.40q", status, withBOM)
	}
	for _, bad := range []string{"format=jsonl&bom=true", "format=csv&bom=yes"} {
		if status, raw := send(t, "GET", srv.URL+"/v1/export?"+bad, testKey, ""); status != 400 || !bytes.Contains(raw, []byte(`"bom:`)) {
			t.Errorf("export?%s = %d %s; want 400 about bom", bad, status, raw)
		}
	}
	res, _ := ix.Search(context.Background(), index.Request{Query: "全固体電池"})
	if uint64(len(rows)-1) != res.Total {
		t.Errorf("csv export has %d rows, search %d", len(rows)-1, res.Total)
	}
	// The author is exported too: an export imports back whole.
	if status, raw := send(t, "PUT", srv.URL+"/v1/articles/by-1", testKey, `{"title":"著者のいる記事","author":"山田太郎","published":"2026-11-21T09:00:00+09:00"}`); status != 201 {
		t.Fatalf("put = %d %s", status, raw)
	}
	_, raw = send(t, "GET", srv.URL+"/v1/export?q="+url.QueryEscape("著者"), testKey, "")
	if err := json.Unmarshal(bytes.TrimSpace(raw), &rec); err != nil || rec["author"] != "山田太郎" {
		t.Errorf("export of an article with an author = %s (%v)", raw, err)
	}
}

// TestExportCSVCells exports articles whose fields a spreadsheet would
// run as formulas, and tags with the separator in them: each cell reads
// back by the documented rules.
func TestExportCSVCells(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	put := func(id, title, category string, tags ...string) {
		t.Helper()
		b, _ := json.Marshal(map[string]any{"title": title, "category": category, "tags": tags, "published": "2026-11-21T09:00:00+09:00",
			"body": "数式の検査。"})
		if status, raw := send(t, "PUT", srv.URL+"/v1/articles/"+id, testKey, string(b)); status != 201 {
			t.Fatalf("PUT %s = %d %s", id, status, raw)
		}
	}
	put("csv-1", `=HYPERLINK("https://evil.example","開く")`, "+cmd", "a|b", `c\d`, "e")
	put("-csv-2", "@SUM(1)", "-1+2", "=1+1")
	put("csv-3", "'quoted", "", "plain")
	put("csv-4", "普通の題", "")
	put("csv-5", "\tTAB", "")
	status, raw := send(t, "GET", srv.URL+"/v1/export?format=csv&q="+url.QueryEscape("数式"), testKey, "")
	rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if status != 200 || err != nil || len(rows) != 6 {
		t.Fatalf("csv export = %d %v %q", status, err, rows)
	}
	byID := map[string][]string{}
	for _, r := range rows[1:] {
		byID[r[0]] = r
	}
	tests := []struct {
		name, id string
		col      int // id 0, title 1, url 2, category 3, tags 4
		want     string
	}{
		{"formula title", "csv-1", 1, `'=HYPERLINK("https://evil.example","開く")`},
		{"plus", "csv-1", 3, "'+cmd"},
		{"tags with | and \\", "csv-1", 4, `a\|b|c\\d|e`},
		{"id starting with -", "'-csv-2", 0, "'-csv-2"},
		{"at sign", "'-csv-2", 1, "'@SUM(1)"},
		{"minus", "'-csv-2", 3, "'-1+2"},
		{"formula in the first tag", "'-csv-2", 4, "'=1+1"},
		{"apostrophe gets another", "csv-3", 1, "''quoted"},
		{"tab", "csv-5", 1, "'\tTAB"},
		{"ordinary cells stay", "csv-4", 1, "普通の題"},
		{"no tags", "csv-4", 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no row %q in %q", tt.id, rows)
			}
			if row[tt.col] != tt.want {
				t.Errorf("cell %d of %s = %q, want %q", tt.col, tt.id, row[tt.col], tt.want)
			}
		})
	}
}

// blockedExports is an index whose exports wait for release before they
// run, so that a test can hold several open.
type blockedExports struct {
	*index.Index
	started chan struct{}
	release chan struct{}
}

func (b *blockedExports) Export(ctx context.Context, r index.ExportRequest, emit func(*index.Article) error) (int, error) {
	b.started <- struct{}{}
	<-b.release
	return b.Index.Export(ctx, r, emit)
}

// TestExportsAtATime: an export past maxExports running answers 429 with
// Retry-After (each export holds a page of articles), and those running
// finish.
func TestExportsAtATime(t *testing.T) {
	_, ix := newWritable(t, Options{})
	b := &blockedExports{Index: ix, started: make(chan struct{}, maxExports), release: make(chan struct{})}
	srv := httptest.NewServer(New(b, slog.New(slog.NewJSONHandler(io.Discard, nil)), Options{APIKey: testKey}))
	t.Cleanup(srv.Close)
	statuses := make(chan int, maxExports)
	for range maxExports {
		go func() {
			status, _ := send(t, "GET", srv.URL+"/v1/export", testKey, "")
			statuses <- status
		}()
	}
	for range maxExports {
		<-b.started
	}
	req, _ := http.NewRequest("GET", srv.URL+"/v1/export", nil)
	req.Header.Set("Authorization", "Bearer "+testKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" || !strings.Contains(string(raw), "too_many_requests") {
		t.Errorf("export past %d = %d %q %s, want 429 with Retry-After", maxExports, resp.StatusCode, resp.Header.Get("Retry-After"), raw)
	}
	// A HEAD runs no export: it is answered while every slot is busy,
	// with a GET's headers (no length), and refuses what a GET refuses.
	for q, want := range map[string]int{"": 200, "?format=csv": 200, "?q=" + url.QueryEscape("published:>=soon"): 400} {
		req, _ := http.NewRequest("HEAD", srv.URL+"/v1/export"+q, nil)
		req.Header.Set("Authorization", "Bearer "+testKey)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if ct := resp.Header.Get("Content-Type"); resp.StatusCode != want || want == 200 && !strings.Contains(ct, map[bool]string{true: "csv", false: "ndjson"}[q != ""]) {
			t.Errorf("HEAD /v1/export%s = %d %q, want %d", q, resp.StatusCode, ct, want)
		}
		// A GET streams the export, its length unknown: the HEAD
		// claims none (not 0, an empty export).
		if cl, sent := resp.Header["Content-Length"]; want == 200 && (sent || resp.ContentLength != -1) {
			t.Errorf("HEAD /v1/export%s has Content-Length %q, want none", q, cl)
		}
	}
	close(b.release)
	for range maxExports {
		if status := <-statuses; status != 200 {
			t.Errorf("a running export = %d, want 200", status)
		}
	}
}

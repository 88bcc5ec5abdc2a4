package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"sagasu/index"
)

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

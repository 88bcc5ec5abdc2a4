package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startServeLog runs `sagasu serve` in process on a new data directory
// and returns its base URL, its log and the func that stops it.
func startServeLog(t *testing.T, args ...string) (base string, stderr *syncBuffer, stop func() error) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	ctx, cancel := context.WithCancel(context.Background())
	var stdout syncBuffer
	stderr = &syncBuffer{}
	errc := make(chan error, 1)
	go func() {
		errc <- run(ctx, append([]string{"serve", "-addr", "127.0.0.1:0", "-data-dir", dir}, args...), env(nil), &stdout, stderr)
	}()
	for deadline := time.Now().Add(60 * time.Second); ; {
		if line, ok := strings.CutPrefix(stdout.String(), "listening on "); ok {
			return strings.TrimSpace(line), stderr, func() error { cancel(); return <-errc }
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// logRecords parses a JSON log, one record a line, failing the test on a
// line that is no JSON.
func logRecords(t *testing.T, logs string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("a log line is no JSON: %q", line)
			continue
		}
		recs = append(recs, rec)
	}
	return recs
}

// TestLibraryLogLinesAreJSON: a line written through the standard log
// package while the server runs (as bleve writes a snapshot it cannot
// read) is one JSON line of the server's log, at warning level, and the
// log package writes where it did once the server has stopped.
func TestLibraryLogLinesAreJSON(t *testing.T) {
	_, stderr, stop := startServeLog(t)
	before := log.Writer()
	log.Printf("unable to load snapshot, %v, continuing", "a test's error")
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, rec := range logRecords(t, stderr.String()) {
		if rec["msg"] == "unable to load snapshot, a test's error, continuing" {
			found = true
			if rec["level"] != "WARN" {
				t.Errorf("the library's line is logged at %v, want WARN", rec["level"])
			}
		}
	}
	if !found {
		t.Errorf("the library's line is not in the server's log:\n%s", stderr.String())
	}
	if log.Writer() == before {
		t.Error("the log package still writes to the server's log after it stopped")
	}
}

// TestShutdownNamesARunningReindex: a server stopped while a reindex it
// was asked for runs says so in its log, with how far it got.
func TestShutdownNamesARunningReindex(t *testing.T) {
	base, stderr, stop := startServeLog(t, "-api-key", "k")
	req, _ := http.NewRequest(http.MethodPost, base+"/v1/admin/reindex", nil)
	req.Header.Set("Authorization", "Bearer k")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("reindex = %d, want 202", resp.StatusCode)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	logs := stderr.String()
	if strings.Contains(logs, `"msg":"reindex done"`) {
		t.Skip("the reindex of the sample ended before the shutdown")
	}
	for _, rec := range logRecords(t, logs) {
		if strings.HasPrefix(rec["msg"].(string), "a reindex was running: it stops with the server") && rec["level"] == "WARN" && rec["total"] != nil {
			return
		}
	}
	t.Errorf("no warning of the running reindex in the log:\n%s", logs)
}

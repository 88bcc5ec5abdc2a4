package main

import (
	"context"
	"encoding/json"
	"log"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLibraryLogLinesAreJSON: a line written through the standard log
// package while the server runs (as bleve writes a snapshot it cannot
// read) is one JSON line of the server's log, at warning level, and the
// log package writes where it did once the server has stopped.
func TestLibraryLogLinesAreJSON(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	errc := make(chan error, 1)
	go func() {
		errc <- run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-data-dir", dir}, env(nil), &stdout, &stderr)
	}()
	for deadline := time.Now().Add(60 * time.Second); !strings.HasPrefix(stdout.String(), "listening on "); {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	before := log.Writer()
	log.Printf("unable to load snapshot, %v, continuing", "a test's error")
	cancel()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	found := false
	for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("a log line is no JSON: %q", line)
			continue
		}
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

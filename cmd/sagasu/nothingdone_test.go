package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunFailsWhenNothingWorked: a command that did none of its work
// exits with an error a script sees, and says why, rather than print a
// summary of nothing and exit 0.
func TestRunFailsWhenNothingWorked(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.jsonl")
	if err := os.WriteFile(junk, []byte("\x00\x01garbage\n{\"id\":\"a1\"}\nnot json either\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.jsonl")
	blank := filepath.Join(dir, "blank.jsonl")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(blank, []byte("\n  \r\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, `{"error":{"code":"internal","message":"down"}}`, http.StatusInternalServerError)
	}))
	defer failing.Close()
	for _, tc := range []struct {
		name   string
		args   []string
		errHas string
	}{
		{"import of lines none of which is an article", []string{"import", "-data-dir", filepath.Join(dir, "ix"), junk}, "none of the 3 lines"},
		{"import of an empty file", []string{"import", "-data-dir", filepath.Join(dir, "ix"), empty}, "the file has no articles"},
		{"import of a file of blank lines", []string{"import", "-data-dir", filepath.Join(dir, "ix"), blank}, "has no articles"},
		{"eval on a corpus of no article", []string{"eval", "-corpus", junk, "-queries", filepath.Join("..", "..", "index", "testdata", "eval", "queries.tsv")}, "no article in"},
		{"eval of a query file with no query", []string{"eval", "-corpus", junk, "-queries", blank}, "holds no queries"},
		{"bench whose every request fails", []string{"bench", "-addr", failing.URL, "-mix", "search", "-requests", "20", "-clients", "2"}, "every one of the 20 requests failed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb syncBuffer
			err := run(context.Background(), tc.args, env(nil), &out, &errb)
			if err == nil || !strings.Contains(err.Error(), tc.errHas) {
				t.Errorf("run(%q) = %v, want an error containing %q\nstdout: %s", tc.args, err, tc.errHas, out.String())
			}
		})
	}
}

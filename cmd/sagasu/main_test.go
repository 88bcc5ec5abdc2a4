package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// startServe runs `sagasu serve` on a free port and returns its base URL and
// a function that stops it and returns run's error.
func startServe(t *testing.T, getenv func(string) string, args ...string) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	errc := make(chan error, 1)
	go func() {
		errc <- run(ctx, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...), getenv, &stdout, &stderr)
	}()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if line, ok := strings.CutPrefix(stdout.String(), "listening on "); ok {
			return strings.TrimSpace(line), func() error {
				cancel()
				select {
				case err := <-errc:
					return err
				case <-time.After(30 * time.Second):
					t.Fatal("serve did not stop")
					return nil
				}
			}
		}
		select {
		case err := <-errc:
			t.Fatalf("serve exited early: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	t.Fatalf("serve did not start:\n%s", stderr.String())
	return "", nil
}

func getJSON(t *testing.T, u string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("GET %s: %s", u, raw)
	}
	return resp.StatusCode, m
}

// TestServeLoadsSamplesAndSearches is the README's promise: a new data
// directory gets the sample articles, and a Japanese query returns
// highlighted hits with both facets.
func TestServeLoadsSamplesAndSearches(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	base, stop := startServe(t, env(map[string]string{"SAGASU_DATA_DIR": dir}))
	status, body := getJSON(t, base+"/v1/search?q="+url.QueryEscape("全固体電池"))
	if status != 200 || body["total"].(float64) == 0 {
		t.Fatalf("search = %d %v", status, body)
	}
	hit := body["hits"].([]any)[0].(map[string]any)
	if !strings.Contains(hit["title_html"].(string)+hit["snippet_html"].(string), "<mark>") {
		t.Errorf("no highlight in %v", hit)
	}
	facets := body["facets"].(map[string]any)
	if len(facets["category"].([]any)) == 0 || len(facets["month"].([]any)) == 0 {
		t.Errorf("facets = %v", facets)
	}
	if status, _ := getJSON(t, base+"/readyz"); status != 200 {
		t.Errorf("readyz = %d", status)
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v after shutdown", err)
	}

	// A restart reuses the index and does not load the samples again.
	base, stop = startServe(t, env(map[string]string{"SAGASU_DATA_DIR": dir}))
	_, ready := getJSON(t, base+"/readyz")
	if n := ready["articles"].(float64); n < 60 || n > 100 {
		t.Errorf("articles after restart = %v", n)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
}

func TestImportReportsRejectedLines(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "in.jsonl")
	lines := `{"id":"a1","title":"量子コンピュータ","published":"2026-04-01T09:00:00+09:00"}
{"id":"a2","title":"日付なし"}
{broken
{"id":"a3","title":"自動運転","published":"2026-04-02T09:00:00+09:00"}
`
	if err := os.WriteFile(file, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr syncBuffer
	err := run(context.Background(), []string{"import", "-data-dir", filepath.Join(dir, "ix"), file}, env(nil), &stdout, &stderr)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"indexed 2 articles", "rejected 2 lines", "line 2 (id a2): published: is required", "line 3: malformed JSON"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(stderr.String(), "import: 4 lines (100%), 2 indexed, 2 rejected") {
		t.Errorf("no plain progress line on a non-terminal:\n%s", stderr.String())
	}
}

func TestRunRejectsBadConfig(t *testing.T) {
	// A data directory that cannot be made (its parent is a file): a
	// check that failed would not go on to serve.
	noDir := filepath.Join(os.Args[0], "data")
	tests := []struct {
		name   string
		args   []string
		env    map[string]string
		errHas string
	}{
		{"no command", nil, nil, "no command"},
		{"unknown command", []string{"frobnicate"}, nil, "unknown command"},
		{"bad duration in env", []string{"serve"}, map[string]string{"SAGASU_REQUEST_TIMEOUT": "soon"}, "SAGASU_REQUEST_TIMEOUT"},
		{"bad bool in env", []string{"serve"}, map[string]string{"SAGASU_SAMPLE": "maybe"}, "SAGASU_SAMPLE"},
		{"bad flag", []string{"serve", "-nope"}, nil, "not defined"},
		{"serve takes no arguments", []string{"serve", "extra"}, nil, "no arguments"},
		{"import needs a file", []string{"import"}, nil, "usage"},
		{"import of a missing file", []string{"import", "/no/such/file.jsonl"}, nil, "no such file"},
		{"pprof off loopback", []string{"serve", "-pprof", "0.0.0.0:6060", "-data-dir", "/nonexistent/x"}, nil, "loopback"},
		{"empty address", []string{"serve", "-addr", "", "-data-dir", noDir}, nil, "-addr is empty"},
		{"address of white space", []string{"serve", "-addr", " ", "-data-dir", noDir}, nil, "-addr is empty"},
		{"address of a colon alone", []string{"serve", "-addr", ":", "-data-dir", noDir}, nil, "port is empty"},
		{"address with an empty port", []string{"serve", "-addr", "localhost:", "-data-dir", noDir}, nil, "localhost:8080"},
		{"address without a port", []string{"serve", "-addr", "localhost", "-data-dir", noDir}, nil, "host:port"},
		{"pprof with an empty port", []string{"serve", "-pprof", "127.0.0.1:", "-data-dir", noDir}, nil, "127.0.0.1:6060"},
		{"gc percent out of range", []string{"serve"}, map[string]string{"SAGASU_GC_PERCENT": "5"}, "-gc-percent"},
		{"negative memory limit", []string{"serve"}, map[string]string{"SAGASU_MEMORY_LIMIT": "-1"}, "-memory-limit"},
		{"memory limit whose bytes wrap to 0", []string{"serve"}, map[string]string{"SAGASU_MEMORY_LIMIT": "17592186044416"}, "at most 16777216"},
		{"answer cache out of range", []string{"serve", "-answer-cache", "-1"}, nil, "-answer-cache"},
		{"body limit near the largest int", []string{"serve", "-max-body", "9223372036854775807"}, nil, "-max-body"},
		{"bulk limit too large", []string{"serve"}, map[string]string{"SAGASU_BULK_LIMIT": "9223372036854775807"}, "-bulk-limit"},
		{"bench answer cache out of range", []string{"bench", "-answer-cache", "99999"}, nil, "-answer-cache"},
		{"bench gc percent out of range", []string{"bench", "-data-dir", noDir, "-gc-percent", "20"}, nil, "-gc-percent 20"},
		{"bench with a negative warm-up", []string{"bench", "-addr", "127.0.0.1:1", "-warmup", "-1s"}, nil, "-warmup -1s: give a duration of 0s (none) or more"},
		{"backup dir that is a file", []string{"serve", "-backup-dir", os.Args[0]}, nil, "not a directory"},
		{"bench with bad addr", []string{"bench", "-addr", "ftp://x"}, nil, "http"},
		{"bench in process of a directory with no index", []string{"bench", "-data-dir", "/nonexistent/typo", "-duration", "1s"}, nil, "no index"},
		{"bench at a rate past a nanosecond a request", []string{"bench", "-addr", "127.0.0.1:1", "-rate", "2000000000", "-duration", "1s"}, nil, "-rate"},
		{"bench at a rate no client keeps", []string{"bench", "-addr", "127.0.0.1:1", "-rate", "100000000", "-duration", "1s"}, nil, "-rate 100000000: use 0 (closed loop) to 100000"},
		{"gen with bad n", []string{"gen", "-n", "0"}, nil, "-n"},
		// Arguments a command takes none of, and a directory for a file.
		{"gen given a file to write", []string{"gen", "-n", "10", "out.jsonl"}, nil, `gen takes no arguments, got ["out.jsonl"]: it writes the articles to standard output`},
		{"bench given an argument", []string{"bench", "-addr", "127.0.0.1:1", "queries.txt"}, nil, "bench takes no arguments"},
		{"eval given an argument", []string{"eval", "corpus.jsonl"}, nil, "eval takes no arguments"},
		{"gen from a directory", []string{"gen", "-n", "1", "-from", os.TempDir()}, nil, "is a directory, not a JSONL file of articles"},
		{"bench of a directory of requests", []string{"bench", "-addr", "127.0.0.1:1", "-queries", os.TempDir()}, nil, "is a directory, not a file of requests"},
		{"eval of a directory of queries", []string{"eval", "-queries", os.TempDir()}, nil, "is a directory, not a TSV file of queries"},
		{"import of a directory", []string{"import", "-data-dir", noDir, os.TempDir()}, nil, "is a directory, not a JSONL file"},
		{"backup of a directory with no index", []string{"backup", "-data-dir", "/nonexistent/typo", "/nonexistent/out"}, nil, "no index"},
		{"reindex of a directory with no index", []string{"reindex", "-data-dir", "/nonexistent/typo"}, nil, "no index"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb syncBuffer
			err := run(context.Background(), tt.args, env(tt.env), &out, &errb)
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("run(%q) = %v, want an error containing %q", tt.args, err, tt.errHas)
			}
		})
	}
}

// TestEmptyDataDirRefused: every command that opens an index refuses an
// empty -data-dir with a message saying so (the index had been made in
// the working directory, or failed with "mkdir : no such file").
func TestEmptyDataDirRefused(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // (where an index with no directory would go)
	file := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(file, []byte(`{"id":"a1","title":"t","published":"2026-04-01T09:00:00+09:00"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		args   []string
		errHas string
	}{
		{"serve", []string{"serve", "-data-dir", "", "-addr", "127.0.0.1:0"}, "-data-dir is empty"},
		{"import", []string{"import", "-data-dir", "", file}, "-data-dir is empty"},
		{"reindex", []string{"reindex", "-data-dir", " "}, "-data-dir is empty"},
		{"backup", []string{"backup", "-data-dir", "", filepath.Join(dir, "out")}, "-data-dir is empty"},
		{"backup to a directory with no name", []string{"backup", "-data-dir", filepath.Join(dir, "ix"), ""}, "backup directory is empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb syncBuffer
			err := run(context.Background(), tt.args, env(nil), &out, &errb)
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("run(%q) = %v, want an error containing %q", tt.args, err, tt.errHas)
			}
		})
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("the commands left %d entries in the working directory, want only in.jsonl", len(left))
	}
}

// TestImportRefusesForeignEncodings: a file that is no UTF-8 text is
// refused whole, saying what it is and what to do, before an index is
// made for it (each line had been rejected as invalid JSON at '\xff').
func TestImportRefusesForeignEncodings(t *testing.T) {
	dir := t.TempDir()
	line := `{"id":"a1","title":"量子","published":"2026-04-01T09:00:00+09:00"}` + "\n"
	utf16 := func(bigEndian bool, bom bool) []byte {
		var out []byte
		if bom {
			out = append(out, 0xff, 0xfe)
			if bigEndian {
				out[0], out[1] = 0xfe, 0xff
			}
		}
		for _, r := range line {
			lo, hi := byte(r), byte(r>>8)
			if bigEndian {
				lo, hi = hi, lo
			}
			out = append(out, lo, hi)
		}
		return out
	}
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"UTF-16LE with a byte order mark", utf16(false, true), "the file is UTF-16; convert it to UTF-8"},
		{"UTF-16BE with a byte order mark", utf16(true, true), "the file is UTF-16; convert it to UTF-8"},
		{"UTF-16LE without one", utf16(false, false), "the file is UTF-16"},
		{"UTF-32LE", []byte{0xff, 0xfe, 0, 0, '{', 0, 0, 0}, "the file is UTF-32"},
		{"UTF-32LE without a byte order mark", []byte{'{', 0, 0, 0, '"', 0, 0, 0}, "the file is UTF-32"},
		{"UTF-32BE without a byte order mark", []byte{0, 0, 0, '{', 0, 0, 0, '"'}, "the file is UTF-32"},
		{"NUL bytes, as /dev/zero reads", make([]byte, 64<<10), "starts with NUL bytes: it is no text"},
		{"gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03}, "the file is gzip-compressed; decompress it first"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, "in.jsonl")
			if err := os.WriteFile(file, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			ix := filepath.Join(dir, "ix")
			var out, errb syncBuffer
			err := run(context.Background(), []string{"import", "-data-dir", ix, file}, env(nil), &out, &errb)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("import of %s = %v, want an error saying %q\n%s", tt.name, err, tt.want, out.String())
			}
			if _, err := os.Stat(ix); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("an index was made for it (%v)", err)
			}
		})
	}
	// A UTF-8 file with a byte order mark is imported.
	file := filepath.Join(dir, "bom.jsonl")
	if err := os.WriteFile(file, []byte("\ufeff"+line), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb syncBuffer
	if err := run(context.Background(), []string{"import", "-data-dir", filepath.Join(dir, "ok"), file}, env(nil), &out, &errb); err != nil || !strings.Contains(out.String(), "indexed 1 articles") {
		t.Errorf("import of UTF-8 with a byte order mark = %v\n%s", err, out.String())
	}
}

// TestRunHelp: an explicit -h or -help prints the usage and is no error, so
// the process exits 0, as go's own commands do; a flag that is not defined
// still is (TestRunRejectsBadConfig).
func TestRunHelp(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		stdoutHas string
		stderrHas string
	}{
		{"serve -h", []string{"serve", "-h"}, "", "Usage of sagasu serve:"},
		{"serve -help", []string{"serve", "-help"}, "", "-addr address"},
		{"serve --help", []string{"serve", "--help"}, "", "-data-dir directory"},
		{"import -h", []string{"import", "-h"}, "", "-compact"},
		{"import -h before a file", []string{"import", "-h", "/no/such/file.jsonl"}, "", "Usage of sagasu import:"},
		{"reindex -h", []string{"reindex", "-h"}, "", "Usage of sagasu reindex:"},
		{"backup -h", []string{"backup", "-h"}, "", "Usage of sagasu backup:"},
		{"bench -h", []string{"bench", "-h"}, "", "SAGASU_BENCH_ADDR"},
		{"gen -h", []string{"gen", "-h"}, "", "Usage of sagasu gen:"},
		{"eval -h", []string{"eval", "-h"}, "", "Usage of sagasu eval:"},
		{"help", []string{"help"}, "Run \"sagasu COMMAND -h\"", ""},
		{"-h", []string{"-h"}, "sagasu serve", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb syncBuffer
			if err := run(context.Background(), tt.args, env(nil), &out, &errb); err != nil {
				t.Fatalf("run(%q) = %v, want nil (exit status 0)", tt.args, err)
			}
			if !strings.Contains(out.String(), tt.stdoutHas) {
				t.Errorf("run(%q) stdout = %q, want it to contain %q", tt.args, out.String(), tt.stdoutHas)
			}
			if !strings.Contains(errb.String(), tt.stderrHas) {
				t.Errorf("run(%q) stderr = %q, want it to contain %q", tt.args, errb.String(), tt.stderrHas)
			}
		})
	}
}

// TestServeAddressInUse: an address in use is reported before an index is
// created and filled with the sample articles.
func TestServeAddressInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := filepath.Join(t.TempDir(), "new")
	var out, errb syncBuffer
	err = run(context.Background(), []string{"serve", "-addr", ln.Addr().String(), "-data-dir", dir}, env(nil), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("serve on an address in use = %v, want it reported", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("serve created %s before finding the address in use (%v)", dir, err)
	}
}

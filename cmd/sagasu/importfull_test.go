package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestImportIntoAFullDisk: an import into a disk without room (here a
// file size limit, as a full disk or a quota) ends with a clear message
// and never hangs. A batch that cannot be saved is told so, with how many
// articles are in the index and what to do (it had ended with bleve's
// words alone: `segment: … persist err: write …: no space left on
// device`); a compaction that cannot be written, the batches saved, is a
// warning (it had waited for ever, scorch retrying the merge). It runs in
// a child process, whose file size limit leaves the other tests alone.
func TestImportIntoAFullDisk(t *testing.T) {
	dir := os.Getenv("SAGASU_TEST_IMPORT_FSIZE_DIR")
	if dir == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestImportIntoAFullDisk$", "-test.v", "-test.timeout=3m")
		cmd.Env = append(os.Environ(), "SAGASU_TEST_IMPORT_FSIZE_DIR="+t.TempDir())
		if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "--- PASS") {
			t.Fatalf("child test: %v\n%s", err, out)
		}
		return
	}
	var in strings.Builder
	for i := range 400 {
		body := strings.Repeat(fmt.Sprintf("記事%dの本文、語%dと語%d。", i, i*7, i*13), 60)
		fmt.Fprintf(&in, `{"id":"full-%d","title":"書き切れない記事%d","body":%q,"published":"2026-04-01T00:00:00Z"}`+"\n", i, i, body)
	}
	file := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(file, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		batch   string // a batch of 400 is one segment over the limit (1.5 MB); of 50, eight under it (190 KB), their merge over it
		failed  bool
		wantErr []string
		wantLog []string
	}{
		{"a batch over the limit", "400", true,
			[]string{"import: a batch could not be saved to disk (is the disk full", "no article was written to the index", "free space and import the file again"}, nil},
		{"a compaction over the limit", "50", false,
			nil, []string{"could not be compacted", "the 400 articles are imported and searchable"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb syncBuffer
			args := []string{"import", "-data-dir", filepath.Join(dir, tc.batch), "-batch-size", tc.batch, file}
			// (1 MiB: scorch's root.bolt is 512 KiB after such an import,
			// and bolt grows a file by doubling it; with the limit at
			// 512 KiB, a busy machine, whose persister wrote more
			// snapshots, had the root's growth fail a batch of 50.)
			err := withFileSizeLimit(t, 1<<20, func() error { return run(context.Background(), args, env(nil), &out, &errb) })
			if (err != nil) != tc.failed {
				t.Fatalf("import = %v, want failed %v\nstdout: %s\nstderr: %s", err, tc.failed, out.String(), errb.String())
			}
			for _, want := range tc.wantErr {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("import = %q, want %q", err, want)
				}
			}
			for _, want := range tc.wantLog {
				if !strings.Contains(errb.String(), want) {
					t.Errorf("import's standard error = %q, want %q", errb.String(), want)
				}
			}
		})
	}
}

// withFileSizeLimit runs f with the process's file size limit at limit
// bytes.
func withFileSizeLimit(t *testing.T, limit uint64, f func() error) error {
	t.Helper()
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	lowered := old
	lowered.Cur = limit
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lowered); err != nil {
		t.Skipf("cannot lower the file size limit: %v", err)
	}
	defer func() {
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
			t.Fatal(err)
		}
	}()
	return f()
}

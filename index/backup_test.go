package index

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestBackupThatCannotBeWritten: a backup whose files cannot be written
// (here a file size limit, as a full disk would) fails with
// ErrBackupWrite, which the API answers 507 (it had been a 500), and the
// index goes on. It runs in a child process, whose file size limit
// leaves the other tests alone.
func TestBackupThatCannotBeWritten(t *testing.T) {
	dir := os.Getenv("SAGASU_TEST_BACKUP_FSIZE_DIR")
	if dir == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestBackupThatCannotBeWritten$", "-test.v")
		cmd.Env = append(os.Environ(), "SAGASU_TEST_BACKUP_FSIZE_DIR="+t.TempDir())
		if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "--- PASS") {
			t.Fatalf("child test: %v\n%s", err, out)
		}
		return
	}
	ix, err := Open(filepath.Join(dir, "index"), Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var arts []Article
	for i := range 40 {
		body := strings.Repeat(fmt.Sprintf("記事%dの本文、語%d。", i, i*7), 200)
		arts = append(arts, Article{ID: fmt.Sprintf("b%d", i), Title: "控えの記事", Body: body, Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)

	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	limit := old
	limit.Cur = 32 << 10
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		t.Skipf("cannot lower the file size limit: %v", err)
	}
	err = ix.Backup(t.Context(), filepath.Join(dir, "backup"))
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(err, ErrBackupWrite) {
		t.Fatalf("Backup(over the file size limit) = %v, want ErrBackupWrite", err)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "控え"})); len(got) != 10 {
		t.Errorf("search after the failed backup = %v, want a page of 10", got)
	}
}

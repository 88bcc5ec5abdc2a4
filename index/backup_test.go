package index

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestBackupThatCannotBeWritten: a backup whose files cannot be written
// (here a file size limit, as a full disk would) fails with
// ErrBackupWrite, which the API answers 507 (it had been a 500), and the
// index goes on. It runs in a child process, whose file size limit
// leaves the other tests alone.
func TestBackupThatCannotBeWritten(t *testing.T) {
	dir, child := inChild(t)
	if !child {
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

	restore := lowerFileSizeLimit(t, 32<<10)
	err = ix.Backup(t.Context(), filepath.Join(dir, "backup"))
	restore()
	if !errors.Is(err, ErrBackupWrite) {
		t.Fatalf("Backup(over the file size limit) = %v, want ErrBackupWrite", err)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "控え"})); len(got) != 10 {
		t.Errorf("search after the failed backup = %v, want a page of 10", got)
	}
}

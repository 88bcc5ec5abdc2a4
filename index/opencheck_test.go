package index

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"sagasu/data"
)

// mustClosedIndex makes an index of one article in a new directory and
// closes it, for tests that damage it.
func mustClosedIndex(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "data")
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		tb.Fatal(err)
	}
	mustPut(tb, ix, Article{ID: "a1", Title: "壊れた索引の記事", Published: day("2026-05-01")})
	if err := ix.Close(); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// segmentCount counts the segment files of dir's first generation.
func segmentCount(dir string) int {
	zaps, _ := filepath.Glob(filepath.Join(dir, generationName(1), "store", "*.zap"))
	return len(zaps)
}

// TestOpenDamagedDataDir: a data directory whose CURRENT names a missing
// generation, or whose generation lacks the list of its segments
// (store/root.bolt missing or empty, as a copy cut short leaves it), is
// refused with a message that names what is missing, and the open
// changes nothing: bleve had made an empty root.bolt and deleted every
// segment file.
func TestOpenDamagedDataDir(t *testing.T) {
	gen := generationName(1)
	for _, tt := range []struct {
		name   string
		damage func(dir string) error
		want   string
	}{
		{"CURRENT names a missing generation", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, currentFile), []byte("gen-000009\n"), 0o644)
		}, "names gen-000009, which is not in"},
		{"root.bolt missing", func(dir string) error {
			return os.Remove(filepath.Join(dir, gen, "store", "root.bolt"))
		}, "root.bolt is missing"},
		{"root.bolt empty", func(dir string) error {
			return os.Truncate(filepath.Join(dir, gen, "store", "root.bolt"), 0)
		}, "root.bolt is empty"},
		{"the generation is a file", func(dir string) error {
			if err := os.RemoveAll(filepath.Join(dir, gen)); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, gen), []byte("x"), 0o644)
		}, "is no directory"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := mustClosedIndex(t)
			if err := tt.damage(dir); err != nil {
				t.Fatal(err)
			}
			before := segmentCount(dir)
			ix, err := Open(dir, Options{NoSuggest: true})
			if err == nil {
				ix.Close()
				t.Fatalf("Open(%s) = nil error, want one saying %q", tt.name, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "restore a backup") || strings.Contains(err.Error(), "\n") {
				t.Errorf("Open(%s) = %q, want one line saying %q and how to recover", tt.name, err, tt.want)
			}
			if after := segmentCount(dir); after != before {
				t.Errorf("Open(%s) left %d segment files of %d", tt.name, after, before)
			}
		})
	}
}

// TestOpenStoreMissing: a generation without its store directory is
// refused, and none is made in its place.
func TestOpenStoreMissing(t *testing.T) {
	dir := mustClosedIndex(t)
	store := filepath.Join(dir, generationName(1), "store")
	if err := os.RemoveAll(store); err != nil {
		t.Fatal(err)
	}
	if ix, err := Open(dir, Options{NoSuggest: true}); err == nil {
		ix.Close()
		t.Fatal("Open(no store) = nil error")
	}
	if _, err := os.Stat(store); err == nil {
		t.Errorf("Open(no store) made %s", store)
	}
}

// TestOpenErrorNotDamage: a disk without room, or a read-only one, is
// told as such, not as a damaged index (a reindex on a full disk, and a
// start on a read-only mount, had been told to restore a backup).
func TestOpenErrorNotDamage(t *testing.T) {
	for _, tt := range []struct {
		name  string
		errno syscall.Errno
		want  string
	}{
		{"a full disk", syscall.ENOSPC, "free space"},
		{"a quota", syscall.EDQUOT, "free space"},
		{"a file size limit", syscall.EFBIG, "free space"},
		{"a read-only file system", syscall.EROFS, "mount it read-write"},
		// (Said to a reindex, "the server writes to its data directory"
		// had not named the command that writes, nor the one that does
		// not.)
		{"a read-only file system, the commands named", syscall.EROFS, "import and reindex write to the data directory"},
		{"a read-only file system, the backup named", syscall.EROFS, "`sagasu backup` copies it"},
	} {
		err := openError("/d/gen-000002", &fs.PathError{Op: "write", Path: "/d/gen-000002/index_meta.json", Err: tt.errno})
		if msg := err.Error(); strings.Contains(msg, "restore a backup") || !strings.Contains(msg, tt.want) {
			t.Errorf("openError(%s) = %q, want %q, not a backup to restore", tt.name, msg, tt.want)
		}
	}
	if msg := openError("/d", context.Canceled).Error(); !strings.Contains(msg, "restore a backup") {
		t.Errorf("openError(another error) = %q, want the damage hint", msg)
	}
}

// TestOpenSegmentDamaged: an imported index (one segment, one snapshot)
// whose segment file is cut short or missing is refused in one line that
// says so; bleve's message had spanned three lines and blamed the
// mapping ("error parsing mapping JSON … mapping contents:").
func TestOpenSegmentDamaged(t *testing.T) {
	for _, tt := range []struct {
		name   string
		damage func(zap string) error
	}{
		{"cut short", func(zap string) error { return os.Truncate(zap, 1000) }},
		{"missing", os.Remove},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "data")
			ix, err := Open(dir, Options{NoSuggest: true})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ix.Import(t.Context(), bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil {
				t.Fatal(err)
			}
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			zaps, _ := filepath.Glob(filepath.Join(dir, generationName(1), "store", "*.zap"))
			if len(zaps) != 1 {
				t.Fatalf("%d segment files after an import, want 1", len(zaps))
			}
			if err := tt.damage(zaps[0]); err != nil {
				t.Fatal(err)
			}
			ix, err = Open(dir, Options{NoSuggest: true})
			if err == nil {
				ix.Close()
				t.Fatal("Open(a damaged segment) = nil error")
			}
			if msg := err.Error(); !strings.Contains(msg, "a segment file in") || strings.Contains(msg, "\n") {
				t.Errorf("Open(a segment %s) = %q, want one line naming a segment file", tt.name, msg)
			}
		})
	}
}

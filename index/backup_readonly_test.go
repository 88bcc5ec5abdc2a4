package index

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBackupDirReadOnly: an index no process may write to (a read-only
// mount; here files made immutable, or unwritable for a user other than
// root) is backed up by BackupDir, which writes nothing in it; opened to
// write, as `sagasu backup` had opened it, it was refused.
func TestBackupDirReadOnly(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	ix, err := Open(data, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix,
		Article{ID: "ro-1", Title: "読み取り専用の控え", Body: "本文。", Published: day("2026-05-01")},
		Article{ID: "ro-2", Title: "二つ目の控え", Body: "本文。", Published: day("2026-05-02")})
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	makeReadOnly(t, data)
	if ix, err := Open(data, Options{NoSuggest: true, MustExist: true}); err == nil {
		ix.Close()
		t.Skip("the directory is still writable here (the test cannot make it read-only)")
	}

	out := filepath.Join(dir, "backup")
	n, err := BackupDir(t.Context(), data, out, 0)
	if err != nil || n != 2 {
		t.Fatalf("BackupDir(a read-only index) = %d, %v; want 2 articles", n, err)
	}
	cp, err := Open(out, Options{NoSuggest: true, MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if got := ids(mustSearch(t, cp, Request{Query: "控え", Sort: SortNewest})); strings.Join(got, " ") != "ro-2 ro-1" {
		t.Errorf("search of the backup = %v, want [ro-2 ro-1]", got)
	}
}

// TestBackupDirRefusals: what BackupDir refuses, before it writes.
func TestBackupDirRefusals(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	ix, err := Open(data, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, Article{ID: "r-1", Title: "控え", Published: day("2026-05-01")})
	for _, tt := range []struct {
		name     string
		data, to string
		want     error
	}{
		{"an index another process holds", data, filepath.Join(dir, "b1"), ErrLocked},
		{"no index", filepath.Join(dir, "none"), filepath.Join(dir, "b2"), ErrNoIndex},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := BackupDir(t.Context(), tt.data, tt.to, 0); !errors.Is(err, tt.want) {
				t.Errorf("BackupDir = %v, want %v", err, tt.want)
			}
		})
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := BackupDir(t.Context(), data, filepath.Join(data, "inside"), 0); !errors.Is(err, ErrBackupDir) {
		t.Errorf("BackupDir(into the data directory) = %v, want ErrBackupDir", err)
	}
}

// makeReadOnly makes every file and directory under dir unwritable: as
// root, whom modes do not stop, immutable (chattr +i, undone at the end).
func makeReadOnly(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() == 0 {
		if out, err := exec.Command("chattr", "-R", "+i", dir).CombinedOutput(); err != nil {
			t.Skipf("chattr +i: %v %s", err, out)
		}
		t.Cleanup(func() { exec.Command("chattr", "-R", "-i", dir).Run() })
		return
	}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		mode := os.FileMode(0o444)
		if d.IsDir() {
			mode = 0o555
		}
		return os.Chmod(p, mode)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil {
				os.Chmod(p, 0o755)
			}
			return nil
		})
	})
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckBackupDir(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "data")
	file := filepath.Join(root, "afile")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	loop, dangling := filepath.Join(root, "loop"), filepath.Join(root, "dangling")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "gone"), dangling); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, dir, wantErr string
	}{
		{"new directory", filepath.Join(root, "backups", "daily"), ""},
		{"a file", file, "is a file"},
		{"under a file", filepath.Join(file, "sub"), "cannot be made a directory"},
		{"a link to itself", loop, "leads round in a loop"},
		{"a link to nothing", dangling, "which does not exist"},
		{"the data directory", data, "inside the data directory"},
		{"inside the data directory", filepath.Join(data, "gen-000001"), "inside the data directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkBackupDir(tt.dir, data)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("checkBackupDir(%s) = %v, want nil", tt.dir, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("checkBackupDir(%s) = %v, want an error saying %q", tt.dir, err, tt.wantErr)
			}
		})
	}
	if fi, err := os.Stat(filepath.Join(root, "backups", "daily")); err != nil || !fi.IsDir() {
		t.Errorf("the backup directory was not made: %v", err)
	}
}

func TestConnLimit(t *testing.T) {
	if got := connLimit(500); got != 500 {
		t.Errorf("connLimit(500) = %d, want 500", got)
	}
	if got := connLimit(0); got < 1 || got > maxConns {
		t.Errorf("connLimit(0) = %d, want 1–%d", got, maxConns)
	}
}

// TestConnLimitLeavesTheIndexHalf: the bound never takes more than half
// the open files, a low limit too (ulimit -n 64 had given connections
// all 64, and the index none for a write's segment).
func TestConnLimitLeavesTheIndexHalf(t *testing.T) {
	tests := []struct {
		name  string
		files uint64
		want  int
	}{
		{"unknown", 0, 1024},
		{"one file", 1, 1},
		{"ulimit 64", 64, 32},
		{"ulimit 100", 100, 50},
		{"twice the floor", 2 * minConns, minConns},
		{"common soft limit", 1024, 512},
		{"large", 1 << 20, maxConns},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := connLimitFor(tt.files); got != tt.want {
				t.Errorf("connLimitFor(%d) = %d, want %d", tt.files, got, tt.want)
			}
		})
	}
}

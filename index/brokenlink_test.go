package index

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenLinkNamed: a data or backup directory that is a link leading
// nowhere, a loop of links or a file is told so by Open and Backup, not
// as "mkdir DIR: file exists" or "open DIR/CURRENT: too many levels of
// symbolic links".
func TestBrokenLinkNamed(t *testing.T) {
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	for _, link := range [][2]string{{"loop-a", "loop-b"}, {"loop-b", "loop-a"}, {"dangling", "missing/target"}, {"to-dir", "real"}} {
		if err := os.Symlink(link[1], at(link[0])); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(at("real"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(at("file"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		path   string
		errHas string // "" for none
	}{
		{"loop of links", at("loop-a"), "leads round in a loop"},
		{"link to nothing", at("dangling"), "link to missing/target, which does not exist"},
		{"file", at("file"), "is a file, not a directory"},
		{"link to a directory", at("to-dir"), ""},
		{"directory", at("real"), ""},
		{"nothing there", at("new"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := BrokenLink(tt.path)
			if tt.errHas == "" {
				if err != nil {
					t.Fatalf("BrokenLink(%s) = %v, want nil", tt.path, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Fatalf("BrokenLink(%s) = %v, want %q", tt.path, err, tt.errHas)
			}
			if _, err := Open(tt.path, Options{}); err == nil || !strings.Contains(err.Error(), "the data directory "+tt.path+" ") {
				t.Errorf("Open(%s) = %v, want the data directory named with %q", tt.path, err, tt.errHas)
			}
			if err := checkEmptyDir(tt.path); err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("a backup into %s = %v, want %q", tt.path, err, tt.errHas)
			}
		})
	}
}

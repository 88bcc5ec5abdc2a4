package api

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"sagasu/index"
)

func TestAdmin(t *testing.T) {
	srv, ix := newWritable(t, Options{BackupDir: t.TempDir()})
	status, raw := send(t, "POST", srv.URL+"/v1/admin/backup", testKey, "")
	var b backupResponse
	if status != 201 || json.Unmarshal(raw, &b) != nil || b.Dir == "" {
		t.Fatalf("backup = %d %s", status, raw)
	}
	copyIx, err := index.Open(b.Dir, index.Options{})
	if err != nil {
		t.Fatalf("backup does not open: %v", err)
	}
	n1, _ := copyIx.Count()
	copyIx.Close()
	if n0, _ := ix.Count(); n0 != n1 {
		t.Errorf("backup has %d articles, index %d", n1, n0)
	}

	// Backups at the same moment: each its own directory, each complete.
	dirs := make(chan string, 4)
	var bw sync.WaitGroup
	for range cap(dirs) {
		bw.Go(func() {
			status, raw := send(t, "POST", srv.URL+"/v1/admin/backup", testKey, "")
			var b backupResponse
			if status != 201 || json.Unmarshal(raw, &b) != nil {
				t.Errorf("concurrent backup = %d %s", status, raw)
			}
			dirs <- b.Dir
		})
	}
	bw.Wait()
	close(dirs)
	seen := map[string]bool{}
	for d := range dirs {
		if d == "" || seen[d] {
			t.Errorf("backup directory %q given twice or empty", d)
			continue
		}
		seen[d] = true
		c, err := index.Open(d, index.Options{NoSuggest: true})
		if err != nil {
			t.Errorf("concurrent backup %s does not open: %v", d, err)
			continue
		}
		if n, _ := c.Count(); n != n1 {
			t.Errorf("concurrent backup %s has %d articles, want %d", d, n, n1)
		}
		c.Close()
	}

	// Concurrent requests: exactly one starts the reindex.
	var wg sync.WaitGroup
	statuses := make(chan int, 6)
	for range cap(statuses) {
		wg.Go(func() {
			status, _ := send(t, "POST", srv.URL+"/v1/admin/reindex", testKey, "")
			statuses <- status
		})
	}
	wg.Wait()
	close(statuses)
	count := map[int]int{}
	for s := range statuses {
		count[s]++
	}
	if count[http.StatusAccepted] != 1 || count[http.StatusConflict] != cap(statuses)-1 {
		t.Fatalf("concurrent reindex requests: %v, want one 202 and the rest 409", count)
	}
	for ix.ReindexProgress().Running {
		if status, _ := get(t, srv.URL+"/v1/search?q=ai"); status != 200 {
			t.Fatalf("search during reindex = %d", status)
		}
	}
	status, raw = send(t, "GET", srv.URL+"/v1/admin/reindex", testKey, "")
	var p index.ReindexProgress
	if status != 200 || json.Unmarshal(raw, &p) != nil || p.Running || p.Copied == 0 || p.Copied != p.Total {
		t.Errorf("reindex status = %d %s", status, raw)
	}
}

// TestBackupDirReplaced: a backup directory that has become a file, or a
// link into the data directory, since the server started is refused with
// a 503 that says so, and nothing is written into the data directory.
func TestBackupDirReplaced(t *testing.T) {
	base := t.TempDir()
	link := filepath.Join(base, "backups")
	srv, ix := newWritable(t, Options{BackupDir: link})
	before, _ := os.ReadDir(ix.Dir())
	tests := []struct {
		name string
		make func() error
	}{
		{"a link into the data directory", func() error { return os.Symlink(ix.Dir(), link) }},
		{"a file", func() error { return os.WriteFile(link, []byte("x"), 0o644) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.RemoveAll(link)
			if err := tt.make(); err != nil {
				t.Fatal(err)
			}
			status, raw := send(t, "POST", srv.URL+"/v1/admin/backup", testKey, "")
			if status != http.StatusServiceUnavailable || !strings.Contains(string(raw), "backup_dir_unusable") {
				t.Errorf("backup = %d %s, want 503 backup_dir_unusable", status, raw)
			}
			if after, _ := os.ReadDir(ix.Dir()); len(after) != len(before) {
				t.Errorf("the data directory went from %d to %d entries", len(before), len(after))
			}
		})
	}
}

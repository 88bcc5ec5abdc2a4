package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestReindexUnderLoad rebuilds the index while four goroutines search
// and one writes: no search may fail or see a partial index, and every
// write, before, during or after the rebuild, must be there afterwards.
func TestReindexUnderLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	var base []Article
	for i := range 1500 {
		a := fixtures[i%len(fixtures)]
		a.ID = fmt.Sprintf("base-%04d", i)
		base = append(base, a)
	}
	for i := 0; i < len(base); i += 500 {
		mustPut(t, ix, base[i:i+500]...)
	}

	stop := make(chan struct{})
	var searches, failures atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				res, err := ix.Search(ctx, Request{Query: "半導体", PerPage: 5})
				searches.Add(1)
				// Every fixture copy of ai-chip matches: a partial index
				// would show fewer.
				if err != nil || res.Total < 1500/uint64(len(fixtures)) {
					failures.Add(1)
					if err != nil {
						t.Errorf("search during reindex: %v", err)
					} else {
						t.Errorf("search during reindex saw %d hits", res.Total)
					}
				}
			}
		}()
	}
	var written, deleted []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			a := fixtures[1]
			a.ID = fmt.Sprintf("during-%04d", i)
			if err := ix.Put(ctx, a); err != nil {
				t.Errorf("write during reindex: %v", err)
				return
			}
			if i%3 == 2 {
				prev := fmt.Sprintf("during-%04d", i-1)
				if err := ix.Delete(ctx, prev); err != nil {
					t.Errorf("delete during reindex: %v", err)
				}
				deleted = append(deleted, prev)
				written = written[:len(written)-1]
			}
			written = append(written, a.ID)
			time.Sleep(2 * time.Millisecond)
		}
	}()

	time.Sleep(50 * time.Millisecond)
	if err := ix.Reindex(ctx); err != nil {
		t.Fatal(err)
	}
	// Finished, it says so: the replayed writes count as copied.
	if p := ix.ReindexProgress(); p.Running || p.Copied != p.Total || p.Total < int64(len(base)) {
		t.Errorf("progress after the reindex = %+v, want copied = total", p)
	}
	time.Sleep(50 * time.Millisecond)
	close(stop)
	wg.Wait()
	if failures.Load() > 0 {
		t.Fatalf("%d of %d searches failed", failures.Load(), searches.Load())
	}
	t.Logf("%d searches, %d writes and %d deletes during the reindex", searches.Load(), len(written)+len(deleted), len(deleted))

	for _, id := range written {
		if _, err := ix.Get(ctx, id); err != nil {
			t.Errorf("write %s lost: %v", id, err)
		}
	}
	for _, id := range deleted {
		if _, err := ix.Get(ctx, id); err == nil {
			t.Errorf("deleted %s came back", id)
		}
	}
	for i := range base {
		if _, err := ix.Get(ctx, base[i].ID); err != nil {
			t.Errorf("%s lost: %v", base[i].ID, err)
		}
	}
	if n, _ := ix.Count(); int(n) != len(base)+len(written) {
		t.Errorf("count = %d, want %d", n, len(base)+len(written))
	}
	// The switch is durable: the data directory now names generation 2,
	// and generation 1 is gone.
	cur, _ := os.ReadFile(filepath.Join(dir, currentFile))
	if strings.TrimSpace(string(cur)) != "gen-000002" {
		t.Errorf("CURRENT = %q", cur)
	}
	if _, err := os.Stat(filepath.Join(dir, "gen-000001")); !os.IsNotExist(err) {
		t.Errorf("old generation still there: %v", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix2, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix2.Close()
	if n, _ := ix2.Count(); int(n) != len(base)+len(written) {
		t.Errorf("count after reopen = %d", n)
	}
}

// TestReindexRejectsSecondRun: a second reindex is refused at once, even
// while a write holds the write lock (it used to queue behind the writes).
func TestReindexRejectsSecondRun(t *testing.T) {
	ix := mustOpen(t)
	ix.reindexing.Store(true)
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	done := make(chan error, 1)
	go func() { done <- ix.Reindex(context.Background()) }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrBusy) {
			t.Errorf("second reindex = %v, want ErrBusy", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("second reindex waited for the write lock")
	}
}

// TestStartReindexOnce starts reindexes from many goroutines at once:
// exactly one starts, the others get ErrBusy, and Running is true as soon
// as StartReindex returns.
func TestStartReindexOnce(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, fixtures...)
	const n = 8
	var wg sync.WaitGroup
	ready := make(chan struct{})
	dones := make(chan (<-chan error), n)
	busy := make(chan error, n)
	for range n {
		wg.Go(func() {
			<-ready
			done, err := ix.StartReindex(context.Background())
			if err != nil {
				busy <- err
				return
			}
			if !ix.ReindexProgress().Running {
				t.Error("not running after StartReindex")
			}
			dones <- done
		})
	}
	close(ready)
	wg.Wait()
	close(dones)
	close(busy)
	if len(dones) != 1 || len(busy) != n-1 {
		t.Fatalf("%d started, %d busy; want 1 and %d", len(dones), len(busy), n-1)
	}
	for err := range busy {
		if !errors.Is(err, ErrBusy) {
			t.Errorf("StartReindex = %v, want ErrBusy", err)
		}
	}
	if err := <-<-dones; err != nil {
		t.Fatal(err)
	}
	if ix.ReindexProgress().Running {
		t.Error("still running after the reindex ended")
	}
}

func TestBackupOpens(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, fixtures...)
	dst := filepath.Join(t.TempDir(), "backup")
	if err := ix.Backup(context.Background(), dst); err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, Article{ID: "after-backup", Title: "バックアップ後", Published: day("2026-06-01")})
	b, err := Open(dst, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if n, _ := b.Count(); int(n) != len(fixtures) {
		t.Errorf("backup has %d articles, want %d", n, len(fixtures))
	}
	if res := mustSearch(t, b, Request{Query: "全固体電池"}); res.Total == 0 {
		t.Error("backup does not search")
	}
	if err := ix.Backup(context.Background(), dst); err == nil || !strings.Contains(err.Error(), "holds an index already") {
		t.Errorf("backup into a directory with an index: %v, want it refused as holding one", err)
	}
	if _, err := os.Stat(filepath.Join(dst, backupMarker)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a finished backup still has %s: %v", backupMarker, err)
	}
}

// TestIncompleteBackupRefused: the directory of a backup a crash cut short
// (its marker, a generation, no CURRENT) is refused with a message that
// says so, not taken for a new, empty index.
func TestIncompleteBackupRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "backup")
	if err := os.MkdirAll(filepath.Join(dir, generationName(1), "store"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, backupMarker), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err == nil {
		ix.Close()
		t.Fatal("Open accepted an interrupted backup")
	}
	if !errors.Is(err, ErrIncompleteBackup) || !strings.Contains(err.Error(), "did not finish") {
		t.Errorf("Open = %v, want ErrIncompleteBackup saying the backup did not finish", err)
	}
	if _, err := os.Stat(filepath.Join(dir, generationName(1))); err != nil {
		t.Errorf("the interrupted backup was changed: %v", err)
	}
}

// TestCloseDuringReindexSwitch: a shutdown that closes the index while a
// reindex waits to switch (a reader holds the index) ends the reindex
// with ErrClosed, and the next Open opens the new generation.
func TestCloseDuringReindexSwitch(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, fixtures...)
	ix.mu.RLock() // a slow reader
	done, err := ix.StartReindex(context.Background())
	if err != nil {
		ix.mu.RUnlock()
		t.Fatal(err)
	}
	for { // until CURRENT names the new generation: the switch is next
		b, _ := os.ReadFile(filepath.Join(dir, currentFile))
		if strings.TrimSpace(string(b)) == "gen-000002" {
			break
		}
		time.Sleep(time.Millisecond)
	}
	closed := make(chan error, 1)
	go func() { closed <- ix.Close() }()
	time.Sleep(20 * time.Millisecond) // Close queues for the lock
	ix.mu.RUnlock()
	if err := <-closed; err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := <-done; !errors.Is(err, ErrClosed) {
		t.Errorf("reindex: %v, want ErrClosed", err)
	}
	ix2, err := Open(dir, Options{NoSuggest: true, LockTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix2.Close()
	if n, _ := ix2.Count(); int(n) != len(fixtures) {
		t.Errorf("reopened with %d articles, want %d", n, len(fixtures))
	}
}

// TestOpenRemovesLeftoverGeneration: a reindex of a plain index directory
// that was interrupted leaves a generation beside it; Open removes it.
func TestOpenRemovesLeftoverGeneration(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ix.create(filepath.Join(t.TempDir(), "plain")) // with Open's defaults
	ix.Close()
	if err != nil {
		t.Fatal(err)
	}
	plain := b.Name()
	b.Close()
	leftover := filepath.Join(plain, "gen-000001", "store")
	if err := os.MkdirAll(leftover, 0o755); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(plain, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := os.Stat(filepath.Dir(leftover)); err == nil {
		t.Error("the leftover generation is still there after Open")
	}
}

// TestSwitchWaitsForBackupWithoutQueueing: a switch that finds a backup
// copying the index keeps trying without queueing for the lock, so new
// requests go on while the copy lasts; it switches once the copy ends.
func TestSwitchWaitsForBackupWithoutQueueing(t *testing.T) {
	ix := mustOpen(t)
	hold, err := ix.acquire() // the backup's hold on the index
	if err != nil {
		t.Fatal(err)
	}
	ix.backups.Add(1)
	locked := make(chan struct{})
	go func() {
		ix.lockForSwitch()
		close(locked)
		ix.mu.Unlock()
	}()
	time.Sleep(2 * switchPatience)
	got := make(chan error, 1)
	go func() {
		release, err := ix.acquire()
		if err == nil {
			release()
		}
		got <- err
	}()
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("a request waited behind a switch waiting for a backup")
	}
	ix.backups.Add(-1)
	hold()
	select {
	case <-locked:
	case <-time.After(5 * time.Second):
		t.Fatal("the switch did not take the lock once the backup ended")
	}
}

// TestReindexProgressError: the progress of a reindex that failed says
// why (a client polling GET /v1/admin/reindex had seen only running
// false), until a reindex switches.
func TestReindexProgressError(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, fixtures...)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.Reindex(ctx); err == nil {
		t.Fatal("Reindex(a cancelled context) = nil")
	}
	if p := ix.ReindexProgress(); p.Running || p.Error == "" {
		t.Errorf("progress after a failed reindex = %+v, want its error", p)
	}
	if err := ix.Reindex(context.Background()); err != nil {
		t.Fatal(err)
	}
	if p := ix.ReindexProgress(); p.Error != "" {
		t.Errorf("progress after a reindex that switched = %+v, want no error", p)
	}
}

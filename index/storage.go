package index

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// A write that fails to save (a full disk: the segment file cannot be
// written) leaves bleve holding a segment it closed when the save failed:
// every later search panicked on it, and the next write ended the
// process from one of bleve's own goroutines (such a segment now stays
// readable, segments.go, but what else the failed write left in bleve is
// unknown). The failing write reopens
// the index as it is on disk, as a restart would, before any other write
// may run: what it had begun is dropped, every write answered before it
// is there. Requests that arrive meanwhile are refused (ErrStorage)
// rather than let read the broken index. When the index cannot be
// reopened, or a reindex is reading it, it answers ErrStorage until the
// server is restarted.

// reopenHeld reopens the index after a write failed to save. The caller
// holds wmu and, through release (which may be called more than once),
// a read lock on mu, which reopenHeld gives up before it takes mu.
func (ix *Index) reopenHeld(cause error, release func()) {
	ix.saveFailures.Add(1)
	ix.reopening.Store(true)
	defer ix.reopening.Store(false)
	release()
	ix.lockForSwitch()
	defer ix.mu.Unlock()
	if ix.closed || ix.broken != nil {
		return
	}
	path := ix.dir
	if ix.gen != "" {
		path = filepath.Join(ix.dir, ix.gen)
	}
	if ix.reindexing.Load() {
		// The reindex copies from this index and closes it when done.
		ix.broken = fmt.Errorf("%w: a write failed to save during a reindex; free space and restart the server", ErrStorage)
		ix.opts.Logger.Error("index unusable after a failed write during a reindex", "dir", path, "error", cause.Error())
		return
	}
	closeQuietly(ix.b)
	b, err := openBleve(path, ix.openConfig(path))
	if err != nil {
		ix.b = nil // closed: Close must not close it again
		if outOfFiles(err) {
			ix.broken = fmt.Errorf("%w: %w: reopening %s after a failed write: %v; raise the open-file limit (ulimit -n), or lower --max-conns, and restart the server", ErrStorage, ErrOpenFiles, path, err)
		} else {
			ix.broken = fmt.Errorf("%w: reopening %s after a failed write: %v; free space and restart the server", ErrStorage, path, err)
		}
		ix.opts.Logger.Error("index unusable after a failed write", "dir", path, "error", err.Error(), "write_error", cause.Error())
		return
	}
	ix.b = b
	ix.writes.Add(1) // (what the failed write left is unknown)
	ix.answers.clear()
	ix.df.at(0)
	ix.counts.at(0)
	ix.dates.reset()
	ix.sug.notify() // (a rebuild that read the closed segment failed)
	ix.opts.Logger.Warn("index reopened after a failed write", "dir", path, "error", cause.Error())
}

// survive, deferred in a background task, logs a panic of it instead of
// ending the process: a damaged segment that opened can make bleve's
// readers panic when they reach it (a request's panic is the API's 500).
func (ix *Index) survive(task string) {
	ix.logPanic(task, recover(), false)
}

// surviveSaveFailure is survive for a task that reads the index while
// writes run beside it (the suggestion build): a write that fails to save
// has bleve close the segment it could not write, and a reader of it
// panicked (a nil map among bleve's fields; segments.go keeps it readable
// now), before the write reopens the index. When a write failed since saveFailures was before, or fails
// within a moment (the write that closed the segment, not yet back from
// bleve), the panic is that: the task runs again, and a warning says so,
// not that the index may be damaged.
func (ix *Index) surviveSaveFailure(task string, before uint64) {
	r := recover()
	failed := false
	if r != nil {
		deadline := time.Now().Add(2 * time.Second)
		for !failed && time.Now().Before(deadline) {
			if failed = ix.saveFailures.Load() != before; !failed {
				time.Sleep(20 * time.Millisecond)
			}
		}
	}
	ix.logPanic(task, r, failed)
}

// logPanic logs a background task's panic r (nil: none).
func (ix *Index) logPanic(task string, r any, saveFailed bool) {
	switch {
	case r == nil:
	case saveFailed:
		ix.opts.Logger.Warn("background task stopped by a write that failed to save; it runs again", "task", task, "panic", fmt.Sprint(r))
	default:
		ix.opts.Logger.Error("background task failed; if it keeps failing, the index may be damaged (restore a backup or reindex)", "task", task, "panic", fmt.Sprint(r))
	}
}

// closeQuietly closes a bleve index that may be in a bad state: its
// error, or a panic, is of no further use.
func closeQuietly(b bleve.Index) {
	defer func() { _ = recover() }()
	_ = b.Close()
}

// storageError is the error of a write (what) that failed to save with
// err: ErrStorage, and ErrOpenFiles too when the process had run out of
// files (the disk may have room: "is the disk full?" had sent an
// operator whose connections held every file to look at the disk).
func storageError(what string, err error) error {
	if outOfFiles(err) {
		return fmt.Errorf("%w: %w: %s: %w", ErrStorage, ErrOpenFiles, what, err)
	}
	return fmt.Errorf("%w: %s: %w", ErrStorage, what, err)
}

// outOfFiles reports an error of a process out of file descriptors
// (EMFILE, or the system's ENFILE), in bleve's words too, which keep the
// cause only as text.
func outOfFiles(err error) bool {
	if errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) {
		return true
	}
	return strings.Contains(err.Error(), syscall.EMFILE.Error()) || strings.Contains(err.Error(), syscall.ENFILE.Error())
}

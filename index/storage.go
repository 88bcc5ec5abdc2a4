package index

import (
	"fmt"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
)

// A write that fails to save (a full disk: the segment file cannot be
// written) leaves bleve holding a segment it closed when the save failed:
// every later search panicked on it, and the next write ended the
// process from one of bleve's own goroutines. The failing write reopens
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
	ix.closings.Add(1)
	closeQuietly(ix.b)
	b, err := openBleve(path, ix.openConfig(path))
	if err != nil {
		ix.b = nil // closed: Close must not close it again
		ix.broken = fmt.Errorf("%w: reopening %s after a failed write: %v; free space and restart the server", ErrStorage, path, err)
		ix.opts.Logger.Error("index unusable after a failed write", "dir", path, "error", err.Error(), "write_error", cause.Error())
		return
	}
	ix.b = b
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

// surviveClosing is survive for a task that reads the index without
// holding it (the suggestion build, which would otherwise hold writes and
// a reindex's switch for seconds): when the index it read was closed
// under it since closings was before, its panic is that (bleve's readers
// of a closed segment fail so, a nil map among them), and the task runs
// again; a warning says so, not that the index may be damaged.
func (ix *Index) surviveClosing(task string, before uint64) {
	ix.logPanic(task, recover(), ix.closings.Load() != before)
}

func (ix *Index) logPanic(task string, r any, closed bool) {
	switch {
	case r == nil:
	case closed:
		ix.opts.Logger.Warn("background task stopped: the index it read was closed under it (reopened after a failed write, or reindexed); it runs again", "task", task, "panic", fmt.Sprint(r))
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

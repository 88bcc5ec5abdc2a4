package index

import (
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
)

// A write that fails to save (a full disk: the segment file cannot be
// written) leaves bleve holding a segment it closed when the save failed:
// every later search panicked on it, and the next write ended the
// process from one of bleve's own goroutines. reopenAfter opens the
// index again as it is on disk, as a restart would: what the failed
// write had begun is dropped, every write answered before it is there.
// When even that fails, the index answers ErrStorage until it is
// restarted.

// reopenAfter reopens the index when err says a write could not be
// saved. The caller holds neither mu nor wmu.
func (ix *Index) reopenAfter(err error) {
	if !errors.Is(err, ErrStorage) {
		return
	}
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	ix.lockForSwitch()
	defer ix.mu.Unlock()
	if ix.closed || ix.broken != nil {
		return
	}
	path := ix.dir
	if ix.gen != "" {
		path = filepath.Join(ix.dir, ix.gen)
	}
	closeQuietly(ix.b)
	b, openErr := bleve.OpenUsing(path, ix.kvConfig())
	if openErr != nil {
		ix.broken = fmt.Errorf("%w: reopening %s after a failed write: %v; free space and restart the server", ErrStorage, path, openErr)
		slog.Error("index unusable after a failed write", "dir", path, "error", openErr.Error(), "write_error", err.Error())
		return
	}
	ix.b = b
	ix.df.at(0)
	ix.dates.reset()
	slog.Warn("index reopened after a failed write", "dir", path, "error", err.Error())
}

// closeQuietly closes a bleve index that may be in a bad state: its
// error, or a panic, is of no further use.
func closeQuietly(b bleve.Index) {
	defer func() { _ = recover() }()
	_ = b.Close()
}

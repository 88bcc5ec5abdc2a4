package index

import (
	"errors"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Errors of scorch's background work. A merge that cannot be written (a
// full disk, a file size limit) fails in scorch's merger goroutine, which
// tries again at once, for ever: a full disk had kept a core busy writing
// and deleting partial segments with nothing in the log (the writes
// themselves were acknowledged and kept). The callback below logs such an
// error at most once a minute per index, and holds a failing merger back
// for mergeRetryWait before its next try; scorch calls it on the
// goroutine that failed.

// asyncErrorCallback names the callback in scorch's registry.
const asyncErrorCallback = "sagasu"

// mergeRetryWait holds a failing merge back before its next try.
const mergeRetryWait = 3 * time.Second

// asyncErrorLogEvery bounds how often one index's background errors are
// logged.
const asyncErrorLogEvery = time.Minute

var asyncErrors = struct {
	mu     sync.Mutex
	logger map[string]*slog.Logger // by index path
	logged map[string]time.Time
}{logger: map[string]*slog.Logger{}, logged: map[string]time.Time{}}

func init() {
	scorch.RegistryAsyncErrorCallbacks[asyncErrorCallback] = onAsyncError
}

// watchAsyncErrors logs path's background errors to log.
func watchAsyncErrors(path string, log *slog.Logger) {
	asyncErrors.mu.Lock()
	defer asyncErrors.mu.Unlock()
	asyncErrors.logger[path] = log
}

func onAsyncError(err error, path string) {
	asyncErrors.mu.Lock()
	log := asyncErrors.logger[path]
	if log == nil {
		log = asyncErrors.logger[filepath.Dir(path)] // (scorch's path is the index's store)
	}
	due := time.Since(asyncErrors.logged[path]) >= asyncErrorLogEvery
	if due {
		asyncErrors.logged[path] = time.Now()
	}
	asyncErrors.mu.Unlock()
	if log == nil {
		log = slog.Default()
	}
	if due {
		log.Error(asyncErrorMsg(err), "dir", path, "error", err.Error())
	}
	var se *scorch.ScorchError
	if errors.As(err, &se) && se.Source == "merger" {
		time.Sleep(mergeRetryWait)
	}
}

// asyncErrorMsg is the log's message for a failure of bleve's background
// work: a full disk is the likely cause, or, when err says so, the
// open-file limit ("free disk space?" had been said of it too).
func asyncErrorMsg(err error) string {
	if outOfFiles(err) {
		return "index background work failed; writes are still saved, but segments are not merged (the open-file limit, ulimit -n, was reached: raise it or lower --max-conns)"
	}
	return "index background work failed; writes are still saved, but segments are not merged (free disk space?)"
}

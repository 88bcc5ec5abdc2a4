package index

import (
	"errors"
	"fmt"
)

// Sentinel errors. Callers test them with errors.Is; the typed errors below
// carry detail and still match their sentinel.
var (
	// ErrNotFound means no article has the requested id.
	ErrNotFound = errors.New("index: article not found")
	// ErrInvalidArticle means an article failed validation.
	ErrInvalidArticle = errors.New("index: invalid article")
	// ErrInvalidRequest means a search request has a bad parameter.
	ErrInvalidRequest = errors.New("index: invalid request")
	// ErrClosed means the index has been closed.
	ErrClosed = errors.New("index: closed")
	// ErrLocked means another process holds the index directory.
	ErrLocked = errors.New("index: directory in use by another process")
	// ErrSchema means the index on disk was built by an incompatible
	// version of Sagasu and must be rebuilt.
	ErrSchema = errors.New("index: incompatible schema")
	// ErrBusy means another reindex is running.
	ErrBusy = errors.New("index: busy")
	// ErrNoIndex means Options.MustExist was set and the directory holds
	// no index.
	ErrNoIndex = errors.New("index: no index")
	// ErrStorage means a write could not be saved (a full disk, a file
	// size limit, a failing device): none of it was kept.
	ErrStorage = errors.New("index: the write could not be saved to disk")
	// ErrOpenFiles, beside ErrStorage, means the write could not be
	// saved because the process had no file left to open (its open-file
	// limit, ulimit -n, reached): the disk may have room.
	ErrOpenFiles = errors.New("index: the open-file limit (ulimit -n) was reached")
	// ErrCompact means the segments of the index could not be merged
	// into one (a full disk: a merge writes a copy of them first); the
	// index is whole and searchable in the segments it had.
	ErrCompact = errors.New("index: the index could not be compacted")
	// ErrBackupDir means a backup cannot be written where it was asked
	// to be: not a directory, not writable, or inside the index's own
	// data directory (which a reindex clears of what it does not know).
	ErrBackupDir = errors.New("index: unusable backup directory")
	// ErrBackupWrite means a backup could not be written into its
	// directory (a full disk, a file size limit, a failing device); the
	// index itself is unharmed.
	ErrBackupWrite = errors.New("index: the backup could not be written")
	// ErrIncompleteBackup: Open was given the directory of a backup that
	// a crash cut short.
	ErrIncompleteBackup = errors.New("index: incomplete backup")
	// ErrGenerationDir: Open was given a generation inside a data
	// directory (gen-NNNNNN beside a CURRENT file), not the data
	// directory itself.
	ErrGenerationDir = errors.New("index: not a data directory")
)

// ValidationError says which field of an article is wrong and why;
// errors.Is(err, ErrInvalidArticle) holds.
type ValidationError struct {
	Field string // JSON field name, or "" for the whole record
	Msg   string
}

func (e *ValidationError) Error() string {
	if e.Field == "" {
		return "invalid article: " + e.Msg
	}
	return fmt.Sprintf("invalid article: %s: %s", e.Field, e.Msg)
}

// Is reports whether target is ErrInvalidArticle.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalidArticle }

// RequestError says which search parameter is wrong;
// errors.Is(err, ErrInvalidRequest) holds.
type RequestError struct {
	Param string // the request parameter, e.g. "per_page"
	Code  string // a stable machine-readable code, e.g. "result_window_exceeded"
	Msg   string // what to fix, for people
}

func (e *RequestError) Error() string {
	return fmt.Sprintf("invalid request: %s: %s", e.Param, e.Msg)
}

// Is reports whether target is ErrInvalidRequest.
func (e *RequestError) Is(target error) bool { return target == ErrInvalidRequest }

func badParam(param, code, format string, args ...any) error {
	return &RequestError{Param: param, Code: code, Msg: fmt.Sprintf(format, args...)}
}

package index

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
)

// TestStorageErrorOutOfFiles: a write that failed for want of a file
// descriptor (EMFILE, ENFILE, or bleve's text of one) is ErrOpenFiles
// beside ErrStorage, and the log's line on a failed merge names the
// limit; a full disk is ErrStorage alone.
func TestStorageErrorOutOfFiles(t *testing.T) {
	for _, tt := range []struct {
		name  string
		cause error
		files bool
	}{
		{"EMFILE", &os.PathError{Op: "open", Path: "store/0001.zap", Err: syscall.EMFILE}, true},
		{"ENFILE", &os.PathError{Op: "open", Path: "store/0001.zap", Err: syscall.ENFILE}, true},
		{"in bleve's words", errors.New("segment: store/000000000010.zap persist err: open store/000000000010.zap: too many open files"), true},
		{"a full disk", &os.PathError{Op: "write", Path: "store/0001.zap", Err: syscall.ENOSPC}, false},
		{"a file size limit", fmt.Errorf("persist err: %w", syscall.EFBIG), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := storageError("batch of 1", tt.cause)
			if !errors.Is(err, ErrStorage) {
				t.Errorf("%v is no ErrStorage", err)
			}
			if got := errors.Is(err, ErrOpenFiles); got != tt.files {
				t.Errorf("errors.Is(%v, ErrOpenFiles) = %v, want %v", err, got, tt.files)
			}
			if got := strings.Contains(asyncErrorMsg(tt.cause), "open-file limit"); got != tt.files {
				t.Errorf("asyncErrorMsg(%v) = %q: names the open-file limit %v, want %v", tt.cause, asyncErrorMsg(tt.cause), got, tt.files)
			}
		})
	}
}

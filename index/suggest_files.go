package index

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
)

// The suggestion files (suggest.cache, suggest.snap) are each replaced
// whole: written beside the old one as NAME.tmp, synced, renamed over it,
// and the directory synced, so a crash or a power cut leaves the old file
// or the new one, never a part. A process that ends while it writes (a
// shutdown whose grace ran out, a kill) leaves the .tmp file: it is never
// read, and the next open removes it.

// Each is read only when it is a regular file (or a link to one): a
// named pipe left in its place had the open wait for a writer for ever,
// the suggestions empty and the shutdown's close waiting out its grace
// (robustness 33); a directory, a device or a socket is no file either.

// errNotAFile is openSuggestFile's error for a path that is no regular file.
var errNotAFile = errors.New("is not a regular file")

// openSuggestFile opens the suggestion file at path for reading, or
// returns an error: a missing file's (os.ErrNotExist), or errNotAFile
// with what the path is instead.
func openSuggestFile(path string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s %w (a %s): remove it, and the suggestions are built and kept again", path, errNotAFile, fileKind(fi.Mode()))
	}
	return os.Open(path)
}

// fileKind names the kind of a file that is no regular one.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&os.ModeNamedPipe != 0:
		return "named pipe"
	case m&os.ModeSocket != 0:
		return "socket"
	case m&os.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// tmpSuffix marks a suggestion file being written.
const tmpSuffix = ".tmp"

// suggestFileNames are the files the suggestions keep beside the index.
var suggestFileNames = []string{suggestCacheName, suggestSnapName}

// writeGob replaces the file at path with v in gob (see above).
func writeGob(path string, v any) error {
	tmp := path + tmpSuffix
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = gob.NewEncoder(w).Encode(v)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		return errors.Join(err, os.Remove(tmp))
	}
	return syncDir(filepath.Dir(path))
}

// removeSuggestTmp removes the suggestion files' .tmp files a write cut
// short left in the generation directory path, logging each. The caller
// holds the index open (its lock), so no other process writes them.
func removeSuggestTmp(path string, log *slog.Logger) {
	for _, name := range suggestFileNames {
		tmp := filepath.Join(path, name+tmpSuffix)
		fi, err := os.Lstat(tmp)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if err := os.Remove(tmp); err != nil {
			log.Warn("could not remove a suggestion file a stopped write left", "file", tmp, "error", err.Error())
			continue
		}
		log.Info("removed a suggestion file a stopped write left (never read)", "file", tmp, "bytes", fi.Size())
	}
}

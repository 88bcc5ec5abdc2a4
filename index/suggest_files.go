package index

import (
	"bufio"
	"encoding/gob"
	"errors"
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

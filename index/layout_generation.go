package index

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// generationOfDataDir refuses a directory that is itself a generation of
// a data directory (its name gen-NNNNNN, beside a CURRENT file): given
// as the data directory, a generation in use opened as a plain index,
// and a reindex of it then made it a data directory of its own (a
// CURRENT and a generation inside it), which left the real data
// directory's CURRENT naming a directory with no index in it, refused
// at the next start as damaged ("metadata missing… restore a backup");
// a new index asked for there, or an old generation opened, was removed
// by the data directory's next start as a reindex's leftover.
func generationOfDataDir(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	name, parent := filepath.Base(abs), filepath.Dir(abs)
	if !validGeneration(name) {
		return nil
	}
	fi, err := os.Stat(filepath.Join(parent, currentFile))
	if err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	inUse := "another generation"
	if b, err := os.ReadFile(filepath.Join(parent, currentFile)); err == nil {
		if cur := strings.TrimSpace(string(b)); cur == name {
			inUse = name + ", this one"
		} else if validGeneration(cur) {
			inUse = cur
		}
	}
	return fmt.Errorf("%w: %s is a generation inside the data directory %s (its %s names %s); give --data-dir %s", ErrGenerationDir, abs, parent, currentFile, inUse, parent)
}

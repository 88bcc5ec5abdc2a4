package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/blevesearch/bleve/v2"
)

// Backing the index up: a consistent copy, taken while searches and
// writes go on, into a directory outside the data directory, marked
// incomplete until the copy is on disk.

// Backup writes a consistent copy of the index to dir (which must not
// exist or be empty), as a data directory `sagasu serve --data-dir` opens.
// Searches and writes go on meanwhile; the copy holds the state of the
// moment it started.
func (ix *Index) Backup(ctx context.Context, dir string) error {
	// (Checked on every backup: the directory may have been replaced by
	// a link into the data directory since the server started.)
	if err := checkBackupDir(dir, ix.dir); err != nil {
		return err
	}
	release, err := ix.acquire()
	if err != nil {
		return err
	}
	defer release()
	ix.backups.Add(1) // (a switch waits without queueing meanwhile: see lockForSwitch)
	defer ix.backups.Add(-1)
	c, ok := ix.b.(bleve.IndexCopyable)
	if !ok {
		return errors.New("index: this index cannot be copied")
	}
	if err := writeBackup(c, dir); err != nil {
		// (A full disk had answered 500: every step below writes.)
		return fmt.Errorf("%w into %s: %w", ErrBackupWrite, dir, err)
	}
	return nil
}

// checkBackupDir makes sure dir may take a backup of the index in
// dataDir: it is missing or empty, and not inside dataDir.
func checkBackupDir(dir, dataDir string) error {
	if err := checkEmptyDir(dir); err != nil {
		return err
	}
	if in, err := insideDir(dir, dataDir); err != nil {
		return fmt.Errorf("%w: %s cannot be resolved: %v", ErrBackupDir, dir, err)
	} else if in {
		return fmt.Errorf("%w: %s is inside the data directory %s", ErrBackupDir, dir, dataDir)
	}
	return nil
}

// writeBackup copies c into dir. The marker stays until CURRENT is
// written: a copy cut short by a crash is refused by Open (see layout),
// not taken for a new index.
func writeBackup(c bleve.IndexCopyable, dir string) error {
	marker := filepath.Join(dir, backupMarker)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeSynced(marker, []byte("a backup was being written here and did not finish\n")); err != nil {
		return err
	}
	if err := syncDir(dir); err != nil { // (before the copy: never a copy without it)
		return err
	}
	name := generationName(1)
	if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
		return err
	}
	if err := c.CopyTo(bleve.FileSystemDirectory(filepath.Join(dir, name))); err != nil {
		return err
	}
	if err := syncTree(dir); err != nil {
		return err
	}
	if err := writeCurrent(dir, name); err != nil {
		return err
	}
	if err := os.Remove(marker); err != nil {
		return err
	}
	return syncDir(dir)
}

// backupMarker names the file a backup's directory holds until the copy
// is complete.
const backupMarker = "BACKUP-INCOMPLETE"

// writeSynced writes a new file and syncs it to disk.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// insideDir reports whether dir, links resolved, is parent or lies
// inside it; dir need not exist yet.
func insideDir(dir, parent string) (bool, error) {
	d, err := resolvePath(dir)
	if err != nil {
		return false, err
	}
	p, err := resolvePath(parent)
	if err != nil {
		return false, err
	}
	return d == p || strings.HasPrefix(d, p+string(filepath.Separator)), nil
}

// resolvePath is path made absolute with the links of its longest
// existing part resolved.
func resolvePath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rest := ""
	for {
		r, err := filepath.EvalSymlinks(abs)
		if err == nil {
			return filepath.Join(r, rest), nil
		}
		parent := filepath.Dir(abs)
		if !errors.Is(err, fs.ErrNotExist) || parent == abs {
			return "", err
		}
		rest, abs = filepath.Join(filepath.Base(abs), rest), parent
	}
}

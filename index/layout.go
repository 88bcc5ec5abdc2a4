package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// A data directory holds generations of the index, gen-000001, gen-000002,
// …, and a CURRENT file naming the one in use. Reindex builds the next
// generation beside the current one and switches CURRENT atomically, so
// a crash at any moment leaves one complete generation in use. A plain
// bleve index directory (index_meta.json at the top) opens too.

const currentFile = "CURRENT"

// layout finds the index to open in dir: the generation CURRENT names, or
// dir itself when it is a plain index. name is "" for a plain index and
// for a directory with no index yet.
func layout(dir string) (path, name string, exists bool, err error) {
	if err := BrokenLink(dir); err != nil {
		// (Read as "open DIR/CURRENT: not a directory", "too many levels
		// of symbolic links" or "mkdir DIR: file exists" before.)
		return "", "", false, fmt.Errorf("index: the data directory %w", err)
	}
	if err := generationOfDataDir(dir); err != nil {
		return "", "", false, err
	}
	b, err := os.ReadFile(filepath.Join(dir, currentFile))
	switch {
	case err == nil:
		name = strings.TrimSpace(string(b))
		if !validGeneration(name) {
			return "", "", false, fmt.Errorf("index: %s names %q, not a generation directory", filepath.Join(dir, currentFile), name)
		}
		return filepath.Join(dir, name), name, true, nil
	case !errors.Is(err, os.ErrNotExist):
		return "", "", false, fmt.Errorf("index: %w", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err == nil {
		return dir, "", true, nil
	}
	if err := clearCrashedCreate(dir); err != nil {
		return "", "", false, err
	}
	name = generationName(1)
	return filepath.Join(dir, name), name, false, nil
}

func generationName(n int) string { return fmt.Sprintf("gen-%06d", n) }

func validGeneration(name string) bool {
	n, ok := generationNumber(name)
	return ok && n > 0
}

func generationNumber(name string) (int, bool) {
	s, ok := strings.CutPrefix(name, "gen-")
	if !ok || len(s) != 6 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// nextGeneration names the generation after name ("" counts as 0).
func nextGeneration(name string) string {
	n, _ := generationNumber(name)
	return generationName(n + 1)
}

// writeCurrent points dir's CURRENT at name, atomically and durably.
func writeCurrent(dir, name string) error {
	tmp := filepath.Join(dir, currentFile+".tmp")
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if _, err := f.WriteString(name + "\n"); err != nil {
		f.Close()
		return fmt.Errorf("index: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("index: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, currentFile)); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return syncDir(dir)
}

// syncTree makes every file and directory under root durable, the
// directories after what they hold (bleve's CopyTo writes the files of a
// backup without syncing them).
func syncTree(root string) error {
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			dirs = append(dirs, path)
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		return f.Sync()
	})
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if err := syncDir(dirs[i]); err != nil {
			return err
		}
	}
	return nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// checkEmptyDir makes sure dir may hold a new index or backup: it is
// missing or empty.
func checkEmptyDir(dir string) error {
	if err := BrokenLink(dir); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if len(entries) > 0 {
		for _, e := range entries {
			if e.Name() == currentFile {
				return fmt.Errorf("index: %s holds an index already; choose an empty or new directory", dir)
			}
		}
		return fmt.Errorf("index: %s is not empty; choose an empty or new directory", dir)
	}
	return nil
}

// clearCrashedCreate makes sure a directory without CURRENT may hold a
// new index: it is missing, empty, or holds only the generations of
// creates that crashed before CURRENT named them (no index was ever
// there), which it removes. A generation another process has open is
// being created right now: ErrLocked.
func clearCrashedCreate(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	for _, e := range entries {
		if e.Name() == backupMarker {
			return fmt.Errorf("%w: %s is a backup that did not finish (it has %s and no %s); make a new backup, or delete the directory", ErrIncompleteBackup, dir, backupMarker, currentFile)
		}
	}
	for _, e := range entries {
		if !(e.IsDir() && validGeneration(e.Name())) && e.Name() != currentFile+".tmp" {
			return fmt.Errorf("index: %s is not empty and holds no index; choose an empty or new directory", dir)
		}
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if e.IsDir() && inUse(filepath.Join(path, "store", "root.bolt")) {
			return fmt.Errorf("%w: %s is being created (is another `sagasu` starting on it?)", ErrLocked, path)
		}
		if err := os.RemoveAll(path); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	return nil
}

// inUse reports whether another open file holds the lock bolt takes on
// its database file (flock).
func inUse(boltFile string) bool {
	f, err := os.Open(boltFile)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return errors.Is(err, syscall.EWOULDBLOCK)
	}
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}

// removeStale deletes generation directories of dir other than keep: the
// leftovers of a reindex that crashed or of the generation it replaced.
func removeStale(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() && e.Name() != keep && validGeneration(e.Name()) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

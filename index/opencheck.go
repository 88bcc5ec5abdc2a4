package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// What an index directory must hold before bleve is let open it, and what
// a failed open says. bleve repairs what it does not find: given a
// generation without store/root.bolt (the list of its segments), it made
// a new, empty one and deleted every segment file as unused, so a copy
// that had not yet brought root.bolt over lost the articles it held.

// damagedHint ends the message of an index that cannot be opened as it is.
const damagedHint = "the index is damaged or incomplete: restore a backup made with `sagasu backup`, or import the articles into a new --data-dir"

// checkGeneration makes sure path, the index CURRENT (in dir) names as
// generation name ("" for a plain index directory), is there and has the
// files bleve would otherwise make anew: a scorch index's store/root.bolt,
// not empty, whose newest snapshot can be read. It changes nothing.
func checkGeneration(dir, path, name string, lockTimeout time.Duration) error {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && name != "":
		return fmt.Errorf("index: %s names %s, which is not in %s (%s)", filepath.Join(dir, currentFile), name, dir, damagedHint)
	case err != nil:
		return openError(path, err)
	case !st.IsDir():
		return fmt.Errorf("index: %s is no directory (%s)", path, damagedHint)
	}
	meta, err := os.ReadFile(filepath.Join(path, "index_meta.json"))
	if err != nil {
		return nil // bleve says what is missing, and writes nothing
	}
	var m struct {
		Storage string `json:"storage"`
	}
	if json.Unmarshal(meta, &m) != nil || m.Storage != "scorch" {
		return nil // (bleve says so)
	}
	root := filepath.Join(path, "store", "root.bolt")
	st, err = os.Stat(root)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("index: %s is missing: it lists the segments of the index (%s; nothing was changed)", root, damagedHint)
	case err != nil:
		return openError(path, err)
	case st.Size() == 0:
		return fmt.Errorf("index: %s is empty: it lists the segments of the index (%s; nothing was changed)", root, damagedHint)
	}
	return checkNewestSnapshot(path, lockTimeout)
}

// checkNewestSnapshot makes sure the newest snapshot of the scorch index
// at path can be read. scorch opens the newest one it can read and drops
// those after it: a segment file of the newest missing or cut short had
// opened the index as it was before (an imported index empty), without
// a word but a plain log line, and the newer snapshot was deleted. The
// check opens the store read-only, which deletes nothing; what it cannot
// open (a lock held) is left to bleve's open to report.
func checkNewestSnapshot(path string, lockTimeout time.Duration) (err error) {
	defer func() {
		if r := recover(); r != nil { // (zapx reads a damaged segment's lengths unchecked)
			err = fmt.Errorf("index: open %s: its newest snapshot could not be read: a segment file in %s is damaged: %v (%s; nothing was changed)", path, filepath.Join(path, "store"), r, damagedHint)
		}
	}()
	cfg := map[string]any{"path": filepath.Join(path, "store"), "read_only": true, "bolt_timeout": lockTimeout.String()}
	x, err := scorch.NewScorch(scorch.Name, cfg, nil)
	if err != nil {
		return nil
	}
	if err := x.Open(); err != nil {
		return nil
	}
	defer x.Close()
	s, ok := x.(*scorch.Scorch)
	if !ok {
		return nil
	}
	epochs, err := s.RootBoltSnapshotEpochs()
	if err != nil || len(epochs) == 0 {
		return nil
	}
	snap, err := s.LoadSnapshot(epochs[0])
	if err != nil {
		return fmt.Errorf("index: open %s: its newest snapshot could not be read (%v): bleve would open the one before it, without the writes since; a segment file in %s is missing or damaged (%s; nothing was changed)", path, err, filepath.Join(path, "store"), damagedHint)
	}
	if snap != nil {
		snap.DecRef()
	}
	return nil
}

// openError says why the index at dir could not be opened or created,
// and what to do.
func openError(dir string, err error) error {
	if strings.Contains(err.Error(), "timeout") {
		// (Any command that opens it: an import running had been taken
		// for a server.)
		return fmt.Errorf("%w: %s (is `sagasu serve`, or an import, reindex or backup, running on it? stop it, or wait for it to finish)", ErrLocked, dir)
	}
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("index: open %s: %w (give the server read and write access to the directory)", dir, err)
	}
	if errors.Is(err, syscall.EROFS) {
		// (It had been told to restore a backup, as a damaged index is,
		// and then that "the server writes to its data directory", which
		// a reindex or an import was left to read as about a server.)
		return fmt.Errorf("index: open %s: %w (serve, import and reindex write to the data directory: mount it read-write, or copy it to a file system that is; `sagasu backup` copies it as it is)", dir, err)
	}
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EFBIG) {
		// (A reindex on a full disk had been told its index was damaged.)
		return fmt.Errorf("index: %s: %w (no room on the disk: free space and try again; the index in use is not damaged)", dir, err)
	}
	// bleve names what it could not read (a segment, the mapping), not
	// why: a truncated or half-copied index says "unexpected end of JSON".
	return fmt.Errorf("index: open %s: %w (%s)", dir, err, damagedHint)
}

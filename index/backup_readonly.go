package index

import (
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// Backing up an index no process has open (sagasu backup): read-only, so
// that a data directory on a read-only mount, or a snapshot of one, can
// be copied. Opened as a server opens it, such a directory had been told
// that "the server writes to its data directory" and not copied.

// BackupDir writes a consistent copy of the index in dataDir to dir (which
// must not exist or be empty), as Backup does, and returns the number of
// articles copied. It opens the index read-only and writes nothing in
// dataDir; another process holding the index gives ErrLocked after
// lockTimeout (0 means one second).
func BackupDir(ctx context.Context, dataDir, dir string, lockTimeout time.Duration) (uint64, error) {
	if lockTimeout <= 0 {
		lockTimeout = time.Second
	}
	path, gen, exists, err := layout(dataDir)
	if err != nil {
		return 0, err
	}
	if !exists {
		return 0, fmt.Errorf("%w in %s; give the --data-dir of an existing index", ErrNoIndex, dataDir)
	}
	if err := checkGeneration(dataDir, path, gen, lockTimeout); err != nil {
		return 0, err
	}
	if err := checkBackupDir(dir, dataDir); err != nil {
		return 0, err
	}
	b, err := openBleve(path, map[string]any{"read_only": true, "bolt_timeout": lockTimeout.String()})
	if err != nil {
		return 0, openError(path, err)
	}
	n, err := copyOpened(ctx, b, dataDir, dir)
	if cerr := b.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index: %w", cerr)
	}
	return n, err
}

// copyOpened writes the index b, opened from dataDir, to dir, once its
// schema is this build's.
func copyOpened(ctx context.Context, b bleve.Index, dataDir, dir string) (uint64, error) {
	v, err := b.GetInternal(schemaKey)
	if err != nil {
		return 0, fmt.Errorf("index: %w", err)
	}
	if string(v) != schemaVersion {
		return 0, fmt.Errorf("%w: %s was built with schema %q, this build needs %q: rebuild it with `sagasu reindex --data-dir %s`",
			ErrSchema, dataDir, v, schemaVersion, dataDir)
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	c, ok := b.(bleve.IndexCopyable)
	if !ok {
		return 0, fmt.Errorf("index: this index cannot be copied")
	}
	n, err := b.DocCount()
	if err != nil {
		return 0, fmt.Errorf("index: %w", err)
	}
	if err := writeBackup(c, dir); err != nil {
		return 0, fmt.Errorf("%w into %s: %w", ErrBackupWrite, dir, err)
	}
	return n, nil
}

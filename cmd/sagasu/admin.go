package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"sagasu/index"
)

// runReindex rebuilds a stopped server's index with this build's mapping
// and dictionary (a running server rebuilds through POST
// /v1/admin/reindex instead).
func runReindex(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var dataDir string
	f := newFlags("reindex", getenv, stderr)
	f.string(&dataDir, "data-dir", "SAGASU_DATA_DIR", "./sagasu-data", "index `directory`")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.fs.NArg() > 0 {
		return errors.New("usage: sagasu reindex [--data-dir DIR] (stop the server first, or use POST /v1/admin/reindex)")
	}
	if err := checkDataDir(dataDir); err != nil {
		return err
	}
	ix, err := index.Open(dataDir, index.Options{AnySchema: true, NoSuggest: true, MustExist: true})
	if err != nil {
		return err
	}
	defer ix.Close()
	start := time.Now()
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				p := ix.ReindexProgress()
				fmt.Fprintf(stderr, "reindex: %d of %d articles copied\n", p.Copied, p.Total)
			}
		}
	}()
	err = ix.Reindex(ctx)
	close(done)
	if err != nil {
		return err
	}
	p := ix.ReindexProgress()
	fmt.Fprintf(stdout, "reindexed %d articles in %s\n", p.Copied, time.Since(start).Round(time.Millisecond))
	return ix.Close()
}

// runBackup copies a stopped server's index into DIR (a running server
// backs up through POST /v1/admin/backup).
func runBackup(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var dataDir string
	f := newFlags("backup", getenv, stderr)
	f.string(&dataDir, "data-dir", "SAGASU_DATA_DIR", "./sagasu-data", "index `directory`")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.fs.NArg() != 1 {
		return errors.New("usage: sagasu backup [--data-dir DIR] BACKUP_DIR (stop the server first, or use POST /v1/admin/backup)")
	}
	if err := checkDataDir(dataDir); err != nil {
		return err
	}
	if strings.TrimSpace(f.fs.Arg(0)) == "" {
		return errors.New("backup: the backup directory is empty; give one, e.g. sagasu backup ./backups/today")
	}
	// (Read-only: a data directory on a read-only mount is copied too.)
	start := time.Now()
	n, err := index.BackupDir(ctx, dataDir, f.fs.Arg(0), 0)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backed up %d articles to %s in %s; serve it with --data-dir %s\n", n, f.fs.Arg(0), time.Since(start).Round(time.Millisecond), f.fs.Arg(0))
	return nil
}

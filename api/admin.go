package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/labstack/echo/v5"

	"sagasu/index"
)

// reindex handles POST /v1/admin/reindex: start rebuilding the index in
// the background (202); GET /v1/admin/reindex reports progress.
func (s *server) reindex(c *echo.Context) error {
	if _, err := parseParams(c, nil); err != nil {
		return err
	}
	// StartReindex claims the reindex before it returns: of concurrent
	// requests exactly one gets 202, the others index.ErrBusy (409).
	start := time.Now()
	done, err := s.ix.StartReindex(context.Background())
	if err != nil {
		return err
	}
	go func() {
		if err := <-done; err != nil {
			s.log.Error("reindex failed", "err", err)
			return
		}
		s.log.Info("reindex done", "took", time.Since(start))
	}()
	return c.JSON(http.StatusAccepted, s.ix.ReindexProgress())
}

func (s *server) reindexStatus(c *echo.Context) error {
	if _, err := parseParams(c, nil); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, s.ix.ReindexProgress())
}

// backupResponse says where a backup went.
type backupResponse struct {
	Dir    string  `json:"dir"`
	TookMS float64 `json:"took_ms"`
}

// backup handles POST /v1/admin/backup: a consistent copy of the live
// index in a new, timestamped directory under --backup-dir, ready for
// `sagasu serve --data-dir`.
func (s *server) backup(c *echo.Context) error {
	if _, err := parseParams(c, nil); err != nil {
		return err
	}
	if s.opts.BackupDir == "" {
		return &apiError{status: http.StatusForbidden, code: "backup_disabled", msg: "no backup directory is configured; start the server with --backup-dir DIR"}
	}
	start := time.Now()
	if err := os.MkdirAll(s.opts.BackupDir, 0o755); err != nil {
		return fmt.Errorf("backup: %w: %w", index.ErrBackupDir, err)
	}
	// A directory of its own, even for two backups in one millisecond.
	dir, err := os.MkdirTemp(s.opts.BackupDir, "sagasu-"+start.UTC().Format("20060102T150405.000Z")+"-")
	if err == nil {
		err = os.Chmod(dir, 0o755) // as other backups and indexes, not MkdirTemp's 0700
	}
	if err != nil {
		return fmt.Errorf("backup: %w: %w", index.ErrBackupDir, err)
	}
	if err := s.ix.Backup(c.Request().Context(), dir); err != nil {
		os.RemoveAll(dir)
		if errors.Is(err, index.ErrClosed) {
			return err
		}
		return fmt.Errorf("backup: %w", err)
	}
	return c.JSON(http.StatusCreated, backupResponse{Dir: dir, TookMS: float64(time.Since(start).Microseconds()) / 1000})
}

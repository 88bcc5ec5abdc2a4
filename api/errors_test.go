package api

import (
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"syscall"
	"testing"

	"sagasu/index"
)

// TestErrorLevel: a 5xx is logged as an error, but for a refusal while
// shutting down (a redeploy: a bulk import stopped, or a request that
// found the index closed) and a timeout (the client retries, or asks
// less).
func TestErrorLevel(t *testing.T) {
	for _, tt := range []struct {
		name   string
		status int
		code   string
		want   slog.Level
	}{
		{"shutting down", http.StatusServiceUnavailable, "shutting_down", slog.LevelInfo},
		{"index closed while shutting down", http.StatusServiceUnavailable, "unavailable", slog.LevelInfo},
		{"timeout", http.StatusServiceUnavailable, "timeout", slog.LevelWarn},
		{"search timeout", http.StatusGatewayTimeout, "timeout", slog.LevelWarn},
		{"internal", http.StatusInternalServerError, "internal", slog.LevelError},
		{"storage", http.StatusInsufficientStorage, "storage_error", slog.LevelError},
	} {
		if got := errorLevel(tt.status, tt.code); got != tt.want {
			t.Errorf("%s: errorLevel(%d, %s) = %v, want %v", tt.name, tt.status, tt.code, got, tt.want)
		}
	}
	// The index closed under a request during shutdown (a write
	// loop and SIGTERM with --shutdown-timeout 0s).
	status, code, _ := classify(fmt.Errorf("put: %w", index.ErrClosed))
	if got := errorLevel(status, code); got != slog.LevelInfo {
		t.Errorf("index closed: classify = %d %s, logged at %v; want info", status, code, got)
	}
}

// TestBackupWriteFailure: a backup that cannot be written (its disk full)
// answers 507 storage_error saying so, not 500 internal.
func TestBackupWriteFailure(t *testing.T) {
	err := fmt.Errorf("backup: %w", fmt.Errorf("%w into /b/x: %w", index.ErrBackupWrite, syscall.ENOSPC))
	status, code, msg := classify(err)
	if status != http.StatusInsufficientStorage || code != "storage_error" || !strings.Contains(msg, "backup") {
		t.Errorf("classify(a backup on a full disk) = %d %s %q, want 507 storage_error naming the backup", status, code, msg)
	}
}

// TestOutOfFilesNotAFullDisk: a write that failed because the server
// had no file left to open is told so, not "is the disk full?".
func TestOutOfFilesNotAFullDisk(t *testing.T) {
	for _, tt := range []struct {
		name, want, not string
		err             error
	}{
		{"out of files", "open-file limit", "disk full", fmt.Errorf("put: %w: %w: batch of 1: open x.zap: %w", index.ErrStorage, index.ErrOpenFiles, syscall.EMFILE)},
		{"a full disk", "disk full", "open-file", fmt.Errorf("put: %w: batch of 1: write x.zap: %w", index.ErrStorage, syscall.ENOSPC)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, code, msg := classify(tt.err)
			if status != http.StatusInsufficientStorage || code != "storage_error" || !strings.Contains(msg, tt.want) || strings.Contains(msg, tt.not) {
				t.Errorf("classify = %d %s %q, want 507 storage_error saying %q, not %q", status, code, msg, tt.want, tt.not)
			}
		})
	}
}

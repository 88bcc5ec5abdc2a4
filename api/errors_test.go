package api

import (
	"log/slog"
	"net/http"
	"testing"
)

// TestErrorLevel: a 5xx is logged as an error, but for a refusal while
// shutting down (a redeploy) and a timeout (the client retries, or asks
// less).
func TestErrorLevel(t *testing.T) {
	for _, tt := range []struct {
		name   string
		status int
		code   string
		want   slog.Level
	}{
		{"shutting down", http.StatusServiceUnavailable, "shutting_down", slog.LevelInfo},
		{"timeout", http.StatusServiceUnavailable, "timeout", slog.LevelWarn},
		{"search timeout", http.StatusGatewayTimeout, "timeout", slog.LevelWarn},
		{"internal", http.StatusInternalServerError, "internal", slog.LevelError},
		{"storage", http.StatusInsufficientStorage, "storage_error", slog.LevelError},
	} {
		if got := errorLevel(tt.status, tt.code); got != tt.want {
			t.Errorf("%s: errorLevel(%d, %s) = %v, want %v", tt.name, tt.status, tt.code, got, tt.want)
		}
	}
}

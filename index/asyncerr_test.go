package index

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// TestAsyncErrorsLogged: scorch's background errors reach the index's log,
// once a minute however often they repeat.
func TestAsyncErrorsLogged(t *testing.T) {
	var buf bytes.Buffer
	dir := t.TempDir()
	watchAsyncErrors(dir, slog.New(slog.NewJSONHandler(&buf, nil)))
	for range 3 {
		onAsyncError(scorch.NewScorchError("persister", "persisting err: no space left on device", scorch.ErrPersist), dir+"/store")
	}
	if n := strings.Count(buf.String(), "no space left"); n != 1 {
		t.Errorf("logged %d times, want once:\n%s", n, buf.String())
	}
}

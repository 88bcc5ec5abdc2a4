package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sagasu/data"
)

// TestStoppedBySignalSaysWhatWasKept: an import or a reindex that a
// signal stops fails with a message that names the signal and what the
// data directory holds, not "context canceled"; the index it leaves
// opens with the articles it had.
func TestStoppedBySignalSaysWhatWasKept(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "sample.jsonl")
	if err := os.WriteFile(file, data.SampleArticles, 0o644); err != nil {
		t.Fatal(err)
	}
	dataDir := filepath.Join(dir, "data")
	var out syncBuffer
	if err := run(context.Background(), []string{"import", "-data-dir", dataDir, file}, env(nil), &out, &out); err != nil {
		t.Fatalf("import: %v\n%s", err, out.String())
	}
	signalled, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("interrupt signal received"))
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"import", []string{"import", "-data-dir", dataDir, file}, "import stopped (interrupt signal received): the articles counted as indexed are in the index"},
		{"reindex", []string{"reindex", "-data-dir", dataDir}, "reindex stopped (interrupt signal received): the index in use is unchanged"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out syncBuffer
			err := run(signalled, tt.args, env(nil), &out, &out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s stopped by a signal: %v, want an error saying %q", tt.name, err, tt.want)
			}
		})
	}
	var stdout syncBuffer
	if err := run(context.Background(), []string{"backup", "-data-dir", dataDir, filepath.Join(dir, "copy")}, env(nil), &stdout, &stdout); err != nil || !strings.Contains(stdout.String(), "backed up 73 articles") {
		t.Errorf("the index after the stopped commands: %v %s, want its 73 articles", err, stdout.String())
	}
}

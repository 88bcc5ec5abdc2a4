package index

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSuggestFilesThatAreNoFile: a suggestion file that is no regular
// file (a named pipe, a directory) is ignored at once with a warning
// that names what it is; a named pipe in place of suggest.snap had the
// start wait for a writer for ever, suggestions empty, and the
// shutdown's close then waited out its grace.
func TestSuggestFilesThatAreNoFile(t *testing.T) {
	cases := []struct {
		name string
		make func(path string) error
		kind string
	}{
		{"named pipe", func(path string) error { return syscall.Mkfifo(path, 0o644) }, "named pipe"},
		{"directory", func(path string) error { return os.Mkdir(path, 0o755) }, "directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, gen := closedGeneration(t)
			for _, name := range suggestFileNames {
				path := filepath.Join(gen, name)
				if err := os.RemoveAll(path); err != nil {
					t.Fatal(err)
				}
				if err := c.make(path); err != nil {
					t.Fatal(err)
				}
			}
			var log bytes.Buffer
			ix, err := Open(dir, Options{NoSuggest: true, Logger: slog.New(slog.NewTextHandler(&log, nil))})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			done := make(chan bool, 1)
			go func() {
				kept := ix.loadSuggestSnap()
				ix.loadSuggestCache()
				done <- kept
			}()
			select {
			case kept := <-done:
				if kept {
					t.Errorf("a %s was read as the kept suggestions", c.kind)
				}
			case <-time.After(10 * time.Second):
				unblockPipes(gen)
				t.Fatalf("reading the suggestion files still waits after 10 s")
			}
			if got := strings.Count(log.String(), "(a "+c.kind+")"); got != len(suggestFileNames) {
				t.Errorf("%d warnings naming the %s, want %d:\n%s", got, c.kind, len(suggestFileNames), log.String())
			}
		})
	}
}

// unblockPipes opens each named pipe among the suggestion files in gen
// for writing and closes it, so a reader waiting in its open sees an
// end of file.
func unblockPipes(gen string) {
	for i := 0; i < 2; i++ {
		for _, name := range suggestFileNames {
			if f, err := os.OpenFile(filepath.Join(gen, name), os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				f.Close()
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
}

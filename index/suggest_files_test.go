package index

import (
	"bytes"
	"encoding/gob"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSuggestCacheKeptByCloseDuringBuild: a Close while a build runs
// writes what the builds learnt before it waits for that build to stop.
// The build is held here after it learnt a new article's words; the
// cache file had been written only once the build ended, and a shutdown
// whose wait ran out first kept nothing.
func TestSuggestCacheKeptByCloseDuringBuild(t *testing.T) {
	ix := mustSample(t)
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for si := ix.sug.cur.Load(); si == nil || si.docs != n; si = ix.sug.cur.Load() {
		if time.Now().After(deadline) {
			t.Fatal("the sample's suggestions were never built")
		}
		time.Sleep(20 * time.Millisecond)
	}
	release, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	gen := ix.genPath()
	release()
	path := filepath.Join(gen, suggestCacheName)

	before := mapLen(&ix.sug.words)
	held, gate := make(chan struct{}), make(chan struct{})
	var once sync.Once
	hook := func() {
		if mapLen(&ix.sug.words) > before {
			once.Do(func() { close(held); <-gate })
		}
	}
	ix.sug.built.Store(&hook)
	openGate := sync.OnceFunc(func() { close(gate) })
	defer openGate()
	mustPut(t, ix, Article{ID: "held", Title: "ヴィブラスラップ奏者の新譜", Body: "ヴィブラスラップとカバサの合奏。", Published: day("2026-06-01")})
	select {
	case <-held:
	case <-time.After(60 * time.Second):
		t.Fatal("no build learnt the new article's words")
	}
	learnt := mapLen(&ix.sug.words)
	// (No save runs now: the builder is held, and Close has not begun.)
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	closed := make(chan error, 1)
	go func() { closed <- ix.Close() }()

	var kept cacheFile
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if raw, err := os.ReadFile(path); err == nil && gob.NewDecoder(bytes.NewReader(raw)).Decode(&kept) == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a Close during a build wrote no suggest.cache while the build ran")
		}
	}
	if len(kept.Words) < learnt || kept.Stamp == "" {
		t.Errorf("suggest.cache written during the build holds %d words (stamp %q), the caches %d", len(kept.Words), kept.Stamp, learnt)
	}
	openGate()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("Close did not end once the build was let go")
	}
	for _, name := range suggestFileNames {
		if _, err := os.Stat(filepath.Join(gen, name+tmpSuffix)); err == nil {
			t.Errorf("%s%s left behind after Close", name, tmpSuffix)
		}
	}
}

// TestSuggestTmpFilesRemovedAtOpen: the .tmp files of a write of the
// suggestion files cut short (a process ended while it wrote) are
// removed when the index opens, with a line in the log, and never read;
// the files themselves are left as they are.
func TestSuggestTmpFilesRemovedAtOpen(t *testing.T) {
	cases := []struct {
		name    string
		content []byte
	}{
		{"empty, as an exit before the first flush leaves them", nil},
		{"cut short", []byte("\x1f\xff\x81\x03\x01\x01\x09cacheFile")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, gen := closedGeneration(t)
			kept := filepath.Join(gen, suggestCacheName)
			if err := os.WriteFile(kept, []byte("the file itself"), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, name := range suggestFileNames {
				if err := os.WriteFile(filepath.Join(gen, name+tmpSuffix), c.content, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var log bytes.Buffer
			ix, err := Open(dir, Options{NoSuggest: true, Logger: slog.New(slog.NewTextHandler(&log, nil))})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			for _, name := range suggestFileNames {
				if _, err := os.Stat(filepath.Join(gen, name+tmpSuffix)); err == nil {
					t.Errorf("%s%s still there after the open", name, tmpSuffix)
				}
			}
			if got := strings.Count(log.String(), "a stopped write left"); got != len(suggestFileNames) {
				t.Errorf("%d lines on the removed files, want %d:\n%s", got, len(suggestFileNames), log.String())
			}
			if raw, err := os.ReadFile(kept); err != nil || string(raw) != "the file itself" {
				t.Errorf("suggest.cache itself changed by the open: %q, %v", raw, err)
			}
		})
	}
}

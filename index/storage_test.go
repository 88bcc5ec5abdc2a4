package index

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestWriteThatCannotBeSaved: a write that fails to reach the disk (here a
// file size limit, as a full disk would) answers ErrStorage, and the index
// goes on: reads work, later writes are saved, and a restart finds every
// write that was answered without error. It runs in a child process,
// whose file size limit leaves the other tests alone.
func TestWriteThatCannotBeSaved(t *testing.T) {
	dir, child := inChild(t)
	if !child {
		return
	}
	path := filepath.Join(dir, "index")
	ix, err := Open(path, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, Article{ID: "before", Title: "書き込み前の記事", Published: day("2026-05-01")})

	restore := lowerFileSizeLimit(t, 4<<20)
	rng := rand.New(rand.NewSource(1))
	var body strings.Builder
	for i := 0; body.Len() < 900_000; i++ {
		body.WriteRune(rune(0x30A1 + rng.Intn(0x30F6-0x30A1)))
		if i%12 == 11 {
			body.WriteString("、") // words, not one run (read for its first 32 characters only)
		}
	}
	const maxOthers = 5
	// Other writers and readers meanwhile: those queued behind the
	// failed write must not run against the broken index (a panic in
	// one of bleve's goroutines would end this process).
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var others atomic.Int64
	for w := range 4 {
		wg.Go(func() {
			// (At most maxOthers each: on a busy machine the failing
			// write took long enough for theirs to grow the store's root
			// past the limit too, and the write after it failed; twenty
			// each still did so at a load of 18 on two cores.)
			for i := 0; i < maxOthers; i++ {
				select {
				case <-stop:
					return
				case <-time.After(50 * time.Millisecond): // (more often would grow the store past the limit too)
				}
				err := ix.Put(t.Context(), Article{ID: fmt.Sprintf("w%d-%d", w, i), Title: "並行する記事", Published: day("2026-05-03")})
				if err != nil && !errors.Is(err, ErrStorage) {
					t.Errorf("a concurrent Put = %v, want nil or ErrStorage", err)
				}
				searchDuring(t, ix)
				others.Add(1)
			}
		})
	}
	err = ix.Put(t.Context(), Article{ID: "big", Title: "大きな記事", Body: body.String(), Published: day("2026-05-02")})
	close(stop)
	wg.Wait()
	if !errors.Is(err, ErrStorage) {
		t.Fatalf("Put(a segment over the limit) = %v, want ErrStorage", err)
	}
	if others.Load() == 0 {
		t.Error("no concurrent write or search ran")
	}
	mustPut(t, ix, Article{ID: "after", Title: "書き込み後の記事", Published: day("2026-05-03")})
	if got := ids(mustSearch(t, ix, Request{Query: "書き込み"})); len(got) != 2 {
		t.Errorf("search after the failed write = %v, want before and after", got)
	}
	if _, err := ix.Get(t.Context(), "big"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(big) = %v, want ErrNotFound", err)
	}
	if err := ix.Delete(t.Context(), "before"); err != nil {
		t.Errorf("Delete after the failed write: %v", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	restore()
	ix, err = Open(path, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for id, want := range map[string]error{"after": nil, "before": ErrNotFound, "big": ErrNotFound, "w0-0": nil} {
		if _, err := ix.Get(t.Context(), id); !errors.Is(err, want) {
			t.Errorf("after a restart, Get(%s) = %v, want %v", id, err, want)
		}
	}
}

// searchDuring searches while a write may fail. A search already reading
// the segment that the failed write broke may panic (the API answers
// that request 500); one that starts later is refused or answered.
func searchDuring(t *testing.T, ix *Index) {
	defer func() { _ = recover() }()
	if _, err := ix.Search(t.Context(), Request{Query: "記事"}); err != nil && !errors.Is(err, ErrStorage) {
		t.Errorf("a concurrent Search = %v, want nil or ErrStorage", err)
	}
}

// TestOpenDamagedSegment: a segment file with bytes changed (a disk
// fault, a bad copy) is a clear error on open, not a panic.
func TestOpenDamagedSegment(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, ruleFixtures...)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	var segs []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".zap") {
			segs = append(segs, path)
		}
		return nil
	})
	if len(segs) == 0 {
		t.Fatal("no segment file")
	}
	for _, seg := range segs {
		b, err := os.ReadFile(seg)
		if err != nil {
			t.Fatal(err)
		}
		for i := len(b) - 36; i < len(b)-20; i++ {
			b[i] ^= 0x5a // the footer's offsets of the fields and the stored documents
		}
		if err := os.WriteFile(seg, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err = Open(dir, Options{NoSuggest: true})
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("Open of a damaged index = %v, want an error saying it is damaged", err)
	}
}

package index

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestWritesWaitForRoom: a write waits while the text being written
// fills maxWritingBytes, gives up at its deadline with nothing written,
// and goes through once there is room; an import of long articles
// writes them in batches of at most maxBatchBytes of text.
func TestWritesWaitForRoom(t *testing.T) {
	ix := mustOpen(t)
	if err := ix.writing.Acquire(context.Background(), maxWritingBytes); err != nil {
		t.Fatal(err)
	}
	a := Article{ID: "wait", Title: "待つ記事", Body: "本文。", Published: day("2026-05-01")}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := ix.Put(ctx, a); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Put with no room = %v, want DeadlineExceeded", err)
	}
	if _, err := ix.Get(context.Background(), "wait"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after a write that gave up = %v, want ErrNotFound", err)
	}
	bad := a
	bad.Title = ""
	if err := ix.Put(context.Background(), bad); err == nil || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("invalid Put with no room = %v, want a validation error at once", err)
	}
	ix.writing.Release(maxWritingBytes)
	mustPut(t, ix, a)

	// Five articles of 700 KB: two would be more than maxBatchBytes.
	var nd strings.Builder
	body := strings.Repeat("長い記事の本文です。", 700<<10/len("長い記事の本文です。"))
	for i := range 5 {
		fmt.Fprintf(&nd, `{"id":"long%d","title":"長い記事%d","body":%q,"published":"2026-05-01T09:00:00+09:00"}`+"\n", i, i, body)
	}
	batches := 0
	progress := func(p ImportProgress) {
		if p.Elapsed > 0 && p.Lines > 0 {
			batches++
		}
	}
	rep, err := ix.Import(context.Background(), strings.NewReader(nd.String()), ImportOptions{Progress: progress})
	if err != nil || rep.Indexed != 5 {
		t.Fatalf("Import = %+v, %v; want 5 indexed", rep, err)
	}
	// A batch is reported as it is sent, and once more at the end: one
	// article of 700 KB per batch under maxBatchBytes.
	if want := 5 + 1; batches != want {
		t.Errorf("Import reported %d times, want %d (a batch per article of 700 KB, then the end)", batches, want)
	}
	if n := textBytes([]Article{{Body: strings.Repeat("x", 2*maxWritingBytes)}}); n != maxWritingBytes {
		t.Errorf("textBytes of a huge batch = %d, want it capped at %d so it can be admitted", n, maxWritingBytes)
	}
}

// TestSearchesWaitTheirTurn: a search or related request waits while the
// searches running fill their slots, gives up at its deadline, and runs
// once a slot is free; a suggestion does not wait.
func TestSearchesWaitTheirTurn(t *testing.T) {
	ix := mustFixtures(t)
	slots := int64(searchesPerCore * runtime.GOMAXPROCS(0))
	if err := ix.searching.Acquire(context.Background(), slots); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := ix.Search(ctx, Request{Query: "量産"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Search with every slot taken = %v, want DeadlineExceeded", err)
	}
	if _, err := ix.Related(ctx, RelatedRequest{ID: "ssb-mass"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Related with every slot taken = %v, want DeadlineExceeded", err)
	}
	if _, err := ix.Suggest(context.Background(), "りょう", 5); err != nil {
		t.Errorf("Suggest with every slot taken = %v", err)
	}
	ix.searching.Release(slots)
	if res := mustSearch(t, ix, Request{Query: "量産"}); len(res.Hits) == 0 {
		t.Error("Search after the slots were freed found nothing")
	}
}

// TestHeavySearchesOneAtATime: while a search of long input runs, another
// (a search, a draft, an analysis of long text) waits for it (until its
// deadline), and a reader's short search or analysis does not.
func TestHeavySearchesOneAtATime(t *testing.T) {
	ix := mustFixtures(t)
	if err := ix.heavy.Acquire(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	long := strings.Repeat("量産", heavyQueryRunes/2+1)
	if _, err := ix.Search(ctx, Request{Query: long}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a long search while another runs = %v, want DeadlineExceeded", err)
	}
	draft := RelatedRequest{Title: "量産", Body: strings.Repeat("全固体電池の量産。", heavyDraftBytes/27+1)}
	if _, err := ix.Related(ctx, draft); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a large draft while a long search runs = %v, want DeadlineExceeded", err)
	}
	if _, err := ix.Analyze(ctx, long, "reading"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("an analysis of long text while a long search runs = %v, want DeadlineExceeded", err)
	}
	if res := mustSearch(t, ix, Request{Query: "量産"}); len(res.Hits) == 0 {
		t.Error("a short search while a long one runs found nothing")
	}
	if toks, err := ix.Analyze(context.Background(), "全固体電池の量産", "body"); err != nil || len(toks) == 0 {
		t.Errorf("an analysis of short text while a long search runs = %v, %v", toks, err)
	}
	ix.heavy.Release(1)
	if _, err := ix.Search(context.Background(), Request{Query: long}); err != nil {
		t.Errorf("a long search alone = %v", err)
	}
}

// TestWriteGivesUpDuringAnalysis: a write whose deadline passes while its
// text is analysed is answered with the deadline and writes nothing; its
// room comes back when the analysis ends. The analysis is held by the
// test (a long text alone made it a race: on a loaded machine the test
// could be scheduled again only after the analysis had ended).
func TestWriteGivesUpDuringAnalysis(t *testing.T) {
	ix := mustOpen(t)
	gate := make(chan struct{})
	started := make(chan struct{}, 1)
	testHookAnalysis = func() {
		started <- struct{}{}
		<-gate
	}
	t.Cleanup(func() { testHookAnalysis = nil })
	heavy := Article{ID: "heavy", Title: "重い記事", Body: "全固体電池の量産を始めた。", Published: day("2026-05-01")}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	answered := make(chan error, 1)
	go func() { answered <- ix.Put(ctx, heavy) }()
	select {
	case err := <-answered:
		if !errors.Is(err, context.DeadlineExceeded) {
			close(gate)
			t.Fatalf("Put past its deadline = %v, want DeadlineExceeded", err)
		}
	case <-time.After(30 * time.Second):
		close(gate)
		t.Fatal("Put not answered while its analysis runs, want it answered at its deadline")
	}
	<-started
	if ix.writing.TryAcquire(maxWritingBytes) {
		ix.writing.Release(maxWritingBytes)
		t.Error("the room of a write still being analysed is free, want it held until the analysis ends")
	}
	close(gate)
	testHookAnalysis = nil
	if err := ix.writing.Acquire(context.Background(), maxWritingBytes); err != nil {
		t.Fatalf("room not given back: %v", err)
	}
	ix.writing.Release(maxWritingBytes)
	if _, err := ix.Get(context.Background(), "heavy"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after a write that gave up = %v, want ErrNotFound", err)
	}
	mustPut(t, ix, Article{ID: "light", Title: "軽い記事", Body: "本文。", Published: day("2026-05-02")})
	if err := ix.writing.Acquire(context.Background(), maxWritingBytes); err != nil {
		t.Fatalf("room not given back: %v", err)
	}
}

// TestWriteGivesUpWaitingForWrites: a write or a deletion that waits for
// the writes before it (a reindex's last replay holds them) gives up at
// its deadline, not when its turn comes.
func TestWriteGivesUpWaitingForWrites(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, Article{ID: "a", Title: "量産の話", Body: "量産を始めた。", Published: day("2026-03-01")})
	ix.wmu.Lock()
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := ix.Put(ctx, Article{ID: "b", Title: "新しい話", Body: "本文。", Published: day("2026-03-02")}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Put while the writes are held = %v, want DeadlineExceeded", err)
	}
	if err := ix.Delete(ctx, "a"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Delete while the writes are held = %v, want DeadlineExceeded", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("gave up after %v, want about the deadline", took)
	}
	ix.wmu.Unlock()
	mustPut(t, ix, Article{ID: "b", Title: "新しい話", Body: "本文。", Published: day("2026-03-02")})
	if err := ix.Delete(context.Background(), "a"); err != nil {
		t.Errorf("Delete once the writes are free = %v", err)
	}
}

package index

import (
	"context"
	"runtime"

	"golang.org/x/sync/semaphore"
)

// Writes are admitted by the text they bring. Analysing and indexing an
// article takes memory in proportion to its text, and far more for text
// of many distinct words: a 1 MiB body of random katakana words held
// about 260 MB of heap until its batch was written, and eight of them
// sent at once took 5 GB. The text being analysed or written at once is
// bounded, so memory is, however many clients write; a write waits for
// room (a PUT that waits past its deadline is answered "not written").
const (
	maxWritingBytes = 2 << 20
	// maxBatchBytes bounds the text of one import batch, so two batches
	// (one analysed while the other is written) fit in maxWritingBytes.
	maxBatchBytes = maxWritingBytes / 2
)

// textBytes returns the text weight of arts for admission: at least one
// byte each, at most maxWritingBytes in all (so any one batch fits).
func textBytes(arts []Article) int64 {
	var n int64
	for i := range arts {
		n += int64(len(arts[i].Title)+len(arts[i].Body)) + 1
	}
	return min(n, maxWritingBytes)
}

// admit waits until the text of arts may be analysed and written, and
// returns the func that gives its room back.
func (ix *Index) admit(ctx context.Context, arts []Article) (release func(), err error) {
	n := textBytes(arts)
	if err := ix.writing.Acquire(ctx, n); err != nil {
		return nil, err
	}
	return func() { ix.writing.Release(n) }, nil
}

func newWriting() *semaphore.Weighted { return semaphore.NewWeighted(maxWritingBytes) }

// Searches and related articles are admitted a few at a time. Each keeps
// a core busy while it runs; fifty at once on two cores all finished past
// their deadline (a search that took 0.2 s alone took 19 s, answered 504
// after the work was done), where the same searches queued for their turn
// finish at the pace of the cores, and one that waits past its deadline is
// answered at the deadline without having cost anything. Suggestions,
// lookups by id and exports do not wait here: they are cheap, or long and
// streamed.
func newSearching() *semaphore.Weighted {
	return semaphore.NewWeighted(int64(searchesPerCore * runtime.GOMAXPROCS(0)))
}

// searchesPerCore: two per core keeps a core busy while another search
// waits for its reader.
const searchesPerCore = 2

// admitSearch waits for a search's turn, and returns the func that ends
// it.
func (ix *Index) admitSearch(ctx context.Context) (release func(), err error) {
	if err := ix.searching.Acquire(ctx, 1); err != nil {
		return nil, err
	}
	return func() { ix.searching.Release(1) }, nil
}

// Long input is admitted one request at a time, before its search slot:
// a search of a pasted passage (a thousand characters, relaxed to its
// first 32 words) costs eighty times a reader's query, and eight clients
// sending such queries had held every slot, a reader's search waiting
// 0.4 s and up to 2.4 s for its turn. However many of them come, they
// hold at most one slot; the others wait in line or until their deadline.
const (
	heavyQueryRunes = 256      // a search query longer than this is heavy
	heavyDraftBytes = 64 << 10 // and so is a related draft larger than this
)

func newHeavy() *semaphore.Weighted { return semaphore.NewWeighted(1) }

// enterSearch waits for a search's turn (admitSearch), in the heavy lane
// first when heavy, and then holds the index against a Close or a
// generation switch (acquire); the returned func ends them all.
func (ix *Index) enterSearch(ctx context.Context, heavy bool) (leave func(), err error) {
	if heavy {
		if err := ix.heavy.Acquire(ctx, 1); err != nil {
			return nil, err
		}
		leave, err := ix.enterSearch(ctx, false)
		if err != nil {
			ix.heavy.Release(1)
			return nil, err
		}
		return func() { leave(); ix.heavy.Release(1) }, nil
	}
	done, err := ix.admitSearch(ctx)
	if err != nil {
		return nil, err
	}
	release, err := ix.acquire()
	if err != nil {
		done()
		return nil, err
	}
	return func() { release(); done() }, nil
}

// writeLock serialises writes (Index.wmu). A write waits for it only
// until its deadline: behind a reindex's last replay, which holds it, a
// PUT had waited past its deadline and answered "not written" late.
type writeLock struct{ ch chan struct{} }

func newWriteLock() writeLock { return writeLock{ch: make(chan struct{}, 1)} }

func (l writeLock) Lock()   { l.ch <- struct{}{} }
func (l writeLock) Unlock() { <-l.ch }

// LockContext takes the lock, or gives up with ctx's error when ctx ends
// first.
func (l writeLock) LockContext(ctx context.Context) error {
	select {
	case l.ch <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

package index

import (
	"context"

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

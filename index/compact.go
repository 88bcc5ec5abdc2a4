package index

import (
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// Compact merges the index's segments into one. Every query pays a fixed
// cost per segment (a term-dictionary lookup per term, a doc-values and
// postings reader per field), so an archive that was bulk-imported and is
// then mostly read answers faster compacted; the index stays readable and
// writable while it runs. sagasu import compacts after an import, and
// Reindex compacts the new generation before switching to it.
func (ix *Index) Compact(ctx context.Context) error {
	release, err := ix.acquire()
	if err != nil {
		return err
	}
	defer release()
	return compact(ctx, ix.b)
}

// compact merges b's segments into one.
func compact(ctx context.Context, b bleve.Index) error {
	adv, err := b.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return fmt.Errorf("index: compact: %T is not a scorch index", adv)
	}
	// A round merges every segment into one; repeat until one is left or
	// a round changes nothing (writes arriving meanwhile).
	for prev := -1; ; {
		n := segments(s)
		if n <= 1 || n == prev {
			settle(ctx, b, s)
			return ctx.Err()
		}
		prev = n
		// scorch's own plan merges ten segments at a time, and the
		// dozens a bulk import leaves were rewritten twice or more.
		mo := mergeplan.SingleSegmentMergePlanOptions
		mo.SegmentsPerMergeTask = max(mo.SegmentsPerMergeTask, n)
		if err := forceMerge(ctx, s, &mo); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// forceMerge runs scorch's ForceMerge with mo and returns when it is
// done or the merge failed. scorch retries a failed merge until it
// succeeds and its ForceMerge waits for that: an import whose compaction
// could not be written (a full disk with room for the batches but not
// for their merged copy, a file size limit) had waited for ever, a core
// busy every 3 s. A merge error counted meanwhile ends the wait with
// ErrCompact; the ForceMerge left waiting ends when the index closes.
func forceMerge(ctx context.Context, s *scorch.Scorch, mo *mergeplan.MergePlanOptions) error {
	failed := mergeErrors(s)
	done := make(chan error, 1)
	go func() { done <- s.ForceMerge(ctx, mo) }()
	tick := time.NewTicker(mergeErrorPoll)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				return fmt.Errorf("index: compact: %w", err)
			}
			return nil
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
			if mergeErrors(s) > failed {
				return fmt.Errorf("%w: a merge could not be written (is the disk full? merging needs room for a copy of the segments; the log above names the cause)", ErrCompact)
			}
		}
	}
}

// mergeErrorPoll is how often forceMerge looks for a failed merge.
const mergeErrorPoll = 200 * time.Millisecond

// mergeErrors is the number of merges scorch has failed since the index
// opened.
func mergeErrors(s *scorch.Scorch) uint64 {
	n, _ := s.StatsMap()["TotFileMergeLoopErr"].(uint64)
	return n
}

// settleWait bounds how long settle waits for obsolete files to go.
const settleWait = 10 * time.Second

// settle waits until scorch has removed the segment files that a merge
// made obsolete. Their removal is asynchronous: an import that closes the
// index right after compacting would otherwise leave the pre-merge
// segments on disk, about doubling its size until the next open. Scorch
// removes them between its persister's rounds, and not those a reader
// still held then (a search, the suggestion rebuild): with no write to
// start another round they stayed, so settle starts one now and then, by
// a write of nothing (the delete of an internal key no index has).
func settle(ctx context.Context, b bleve.Index, s *scorch.Scorch) {
	deadline := time.Now().Add(settleWait)
	nudged := time.Now()
	for time.Now().Before(deadline) && ctx.Err() == nil {
		m := s.StatsMap()
		files, _ := m["CurOnDiskFiles"].(uint64)
		if int(files) <= segments(s)+1 { // the segments and root.bolt
			return
		}
		if time.Since(nudged) > settleNudge {
			b.DeleteInternal(settleKey)
			nudged = time.Now()
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// settleNudge is how long settle waits for a round of scorch's persister
// before it starts one.
const settleNudge = 500 * time.Millisecond

// settleKey is the internal key settle deletes (never set).
var settleKey = []byte("sagasu.settle")

// segments is the number of segments in the index's current snapshot.
func segments(s *scorch.Scorch) int {
	m := s.StatsMap()
	n := 0
	for _, k := range []string{"TotFileSegmentsAtRoot", "TotMemorySegmentsAtRoot"} {
		if v, ok := m[k].(uint64); ok {
			n += int(v)
		}
	}
	return n
}

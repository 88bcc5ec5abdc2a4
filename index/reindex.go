package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"

	"sagasu/analyzer"
)

// ReindexProgress reports a running (or the last) reindex.
type ReindexProgress struct {
	Running bool      `json:"running"`
	Copied  int64     `json:"copied"`
	Total   int64     `json:"total"`
	Started time.Time `json:"started,omitzero"` // absent before the first reindex
	// Error says why the last reindex failed (a full disk…); empty while
	// one runs and after one that switched. (A failure had shown only
	// as running false, to a client polling for the end.)
	Error string `json:"error,omitempty"`
}

type atomicProgress struct {
	running atomic.Bool
	copied  atomic.Int64
	total   atomic.Int64
	started atomic.Int64 // unix nanoseconds
	err     atomic.Pointer[string]
}

// ReindexProgress reports the running or last reindex.
func (ix *Index) ReindexProgress() ReindexProgress {
	p := &ix.progress
	r := ReindexProgress{Running: p.running.Load(), Copied: p.copied.Load(), Total: p.total.Load()}
	if e := p.err.Load(); e != nil {
		r.Error = *e
	}
	if ns := p.started.Load(); ns != 0 {
		r.Started = time.Unix(0, ns)
	}
	return r
}

// Reindex rebuilds the index as a new generation with the current mapping,
// analyzer and user dictionary (after either changed), while the current
// generation keeps answering searches and taking writes. Writes made
// during the copy are replayed into the new generation; then, with writes
// held for the replay of the last few and searches held only for the
// switch itself, CURRENT points at the new generation and the old one is
// closed and deleted. No search fails or sees a partial index; a crash at
// any point leaves one complete generation in use.
func (ix *Index) Reindex(ctx context.Context) error {
	run, err := ix.claimReindex()
	if err != nil {
		return err
	}
	return run(ctx)
}

// StartReindex starts Reindex in the background and returns at once with
// a channel that receives its result. Only one reindex runs at a time:
// the claim is made before StartReindex returns, so of concurrent callers
// exactly one starts it and the others get ErrBusy.
func (ix *Index) StartReindex(ctx context.Context) (<-chan error, error) {
	run, err := ix.claimReindex()
	if err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	return done, nil
}

// claimReindex marks a reindex as running (progress included) or says why
// one cannot start; run does the work and ends the claim.
func (ix *Index) claimReindex() (run func(context.Context) error, err error) {
	if !ix.reindexing.CompareAndSwap(false, true) {
		return nil, fmt.Errorf("%w: a reindex is already running", ErrBusy)
	}
	ix.wmu.Lock()
	ix.mu.RLock()
	closed, old, gen := ix.closed, ix.b, ix.gen
	ix.mu.RUnlock()
	if closed {
		ix.wmu.Unlock()
		ix.reindexing.Store(false)
		return nil, ErrClosed
	}
	ix.journal = map[string]bool{}
	ix.wmu.Unlock()

	p := &ix.progress
	// This run's figures before it shows as running (not the last run's
	// total until the copy counts this one's).
	p.copied.Store(0)
	p.err.Store(nil)
	n, _ := old.DocCount()
	p.total.Store(int64(n))
	p.started.Store(time.Now().UnixNano())
	p.running.Store(true)
	return func(ctx context.Context) error {
		defer p.running.Store(false)
		err := ix.reindex(ctx, old, gen)
		if err != nil {
			msg := err.Error()
			p.err.Store(&msg)
		}
		return err
	}, nil
}

// reindex copies old (generation gen) into a new generation and switches
// to it; the caller holds the claim.
func (ix *Index) reindex(ctx context.Context, old bleve.Index, gen string) error {
	next := nextGeneration(gen)
	path := filepath.Join(ix.dir, next)
	os.RemoveAll(path) // the leftover of an interrupted reindex
	nb, err := ix.create(path)
	if err != nil {
		ix.endJournal()
		return err
	}
	switched := false
	defer func() {
		if !switched {
			ix.endJournal()
			nb.Close()
			os.RemoveAll(path)
		}
	}()

	if err := ix.copyAll(ctx, old, nb); err != nil {
		return err
	}
	// One segment, as after an import; searches and writes go on
	// meanwhile against the current generation.
	if err := compact(ctx, nb); err != nil {
		if errors.Is(err, ErrCompact) {
			return fmt.Errorf("%w; the index in use is unchanged: free space and reindex again", err)
		}
		return err
	}

	// Replay what changed during the copy while writes go on, then what
	// changed during that replay, until few are left; then hold writes,
	// replay the rest and switch.
	if err := ix.catchUp(ctx, old, nb); err != nil {
		return err
	}
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	an, syn, key, err := ix.prepareSwitch(ctx, old, nb, next)
	if err != nil {
		return err
	}
	ix.sug.hold() // a suggestion rebuild would hold the switch up
	defer ix.sug.release()
	open := ix.switchTo(nb, next, an, syn, key)
	switched = true
	if !open {
		// Closed meanwhile (shutdown): the new generation is complete and
		// CURRENT names it, so the next Open opens it.
		nb.Close()
		return ErrClosed
	}
	ix.afterSwitch(old, gen, nb)
	return nil
}

// catchUp replays into nb the articles written to old since the journal
// began, round after round while writes go on, until no more than
// heldReplayIDs are left (or maxCatchUpRounds have run) for prepareSwitch
// to replay with writes held.
func (ix *Index) catchUp(ctx context.Context, old, nb bleve.Index) error {
	for range maxCatchUpRounds {
		ix.wmu.Lock()
		ids := ix.journalIDs()
		if len(ids) <= heldReplayIDs {
			ix.wmu.Unlock()
			break
		}
		ix.journal = map[string]bool{}
		ix.wmu.Unlock()
		if err := ix.copyIDs(ctx, old, nb, ids); err != nil {
			return err
		}
	}
	return nil
}

// prepareSwitch, with writes held (the caller holds wmu), replays the
// last writes into nb, checks its analyzer and synonyms, carries the
// cursor key over and points CURRENT at next, the generation nb is: from
// here on a crash leaves nb in use.
func (ix *Index) prepareSwitch(ctx context.Context, old, nb bleve.Index, next string) (*analyzer.Analyzer, *synonyms, []byte, error) {
	if err := ix.copyIDs(ctx, old, nb, ix.journalIDs()); err != nil {
		return nil, nil, nil, err
	}
	an, syn, _, err := ix.check(nb)
	if err != nil {
		return nil, nil, nil, err
	}
	// The cursors readers hold stay valid across the switch.
	if old := ix.cursorKey; old != nil {
		if err := nb.SetInternal(cursorKeyName, old); err != nil {
			return nil, nil, nil, fmt.Errorf("index: reindex: %w", err)
		}
	}
	key, err := loadCursorKey(nb)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("index: reindex: %w", err)
	}
	if err := writeCurrent(ix.dir, next); err != nil {
		return nil, nil, nil, err
	}
	return an, syn, key, nil
}

// switchTo makes nb, generation next, the index searches and writes use,
// with searches held for the switch alone (see lockForSwitch), and ends
// the reindex's claim. It switches nothing and reports false when the
// index was closed meanwhile.
func (ix *Index) switchTo(nb bleve.Index, next string, an *analyzer.Analyzer, syn *synonyms, key []byte) (open bool) {
	ix.lockForSwitch()
	if ix.closed {
		ix.mu.Unlock()
		ix.journal = nil
		ix.reindexing.Store(false)
		return false
	}
	ix.b, ix.gen, ix.an, ix.syn, ix.stale, ix.cursorKey = nb, next, an, syn, false, key
	ix.answers.clear()
	ix.writes.Add(1)
	ix.sug.forget()
	ix.journal = nil
	ix.mu.Unlock()
	ix.reindexing.Store(false)
	return true
}

// afterSwitch completes the progress with nb's count, closes and deletes
// the old generation gen, forgets what was counted in it and has the
// suggestions rebuilt from nb.
func (ix *Index) afterSwitch(old bleve.Index, gen string, nb bleve.Index) {
	// Done: every article is in, replays of writes made meanwhile too.
	if n, err := nb.DocCount(); err == nil {
		ix.progress.total.Store(int64(n))
		ix.progress.copied.Store(int64(n))
	}

	old.Close()
	if gen == "" {
		// A plain index directory: its files sit beside the generations.
		os.Remove(filepath.Join(ix.dir, "index_meta.json"))
		os.RemoveAll(filepath.Join(ix.dir, "store"))
		os.Remove(filepath.Join(ix.dir, suggestCacheName))
		os.Remove(filepath.Join(ix.dir, suggestSnapName))
	} else {
		os.RemoveAll(filepath.Join(ix.dir, gen))
	}
	ix.df.at(0)
	ix.counts.at(0)
	ix.dates.reset()
	if ix.sug.stop == nil {
		ix.startSuggest()
	}
	ix.sug.notify()
}

// switchPatience is how long the switch to a new generation waits for a
// moment with no request reading the index before it queues for one.
const switchPatience = 250 * time.Millisecond

// lockForSwitch takes ix.mu for writing. A waiting writer makes every new
// reader wait behind it (sync.RWMutex), so a switch that simply queued
// would stall new requests for as long as the slowest one in flight; it
// first tries for a while to find the index free, which under normal load
// it soon is. While a backup copies the index (holding it for as long as
// the copy takes) it keeps trying without queueing: requests go on, and
// the switch, with writes held, waits for the copy.
func (ix *Index) lockForSwitch() {
	deadline := time.Now().Add(switchPatience)
	for time.Now().Before(deadline) || ix.backups.Load() > 0 {
		if ix.mu.TryLock() {
			return
		}
		time.Sleep(time.Millisecond)
	}
	ix.mu.Lock()
}

func (ix *Index) endJournal() {
	ix.wmu.Lock()
	ix.journal = nil
	ix.wmu.Unlock()
	ix.reindexing.Store(false)
}

// Catching up with writes made during a reindex: at most maxCatchUpRounds
// replays while writes go on, until no more than heldReplayIDs articles
// are left to replay with writes held.
const (
	maxCatchUpRounds = 8
	heldReplayIDs    = 64
)

// journalIDs returns the ids written since the journal began; the caller
// holds wmu.
func (ix *Index) journalIDs() []string {
	ids := make([]string, 0, len(ix.journal))
	for id := range ix.journal {
		ids = append(ids, id)
	}
	return ids
}

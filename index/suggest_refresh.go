package index

import (
	"context"
	"errors"
	"sync"
	"time"
)

// suggestDebounce is how long the suggester waits after a write before it
// rebuilds, so a bulk import rebuilds once, not per batch; a failed
// rebuild is tried again after twice as long each time, up to
// maxSuggestRetry.
const (
	suggestDebounce = time.Second
	maxSuggestRetry = time.Minute
)

// startSuggest builds the suggestion data in the background and rebuilds
// it after writes: searches never wait for it, and new and deleted
// articles show in suggestions within seconds.
func (ix *Index) startSuggest() {
	s := &ix.sug
	s.changed = make(chan struct{}, 1)
	s.stop = make(chan struct{})
	s.done = make(chan struct{})
	first := make(chan struct{})
	s.first.Store(&first)
	firstDone := sync.OnceFunc(func() { close(first) })
	go func() {
		defer close(s.done)
		defer firstDone()
		ctx, cancel := context.WithCancel(context.Background())
		go func() { <-s.stop; cancel() }()
		failures := 0
		refresh := func() {
			ok := false
			defer func() {
				// A build that failed (a write failing to save beside it
				// closed what it read, and panicked it) is tried again,
				// later each time: no write may come to start another,
				// and the box would stay empty.
				if ok || ctx.Err() != nil {
					failures = 0
					return
				}
				failures++
				time.AfterFunc(min(suggestDebounce<<min(failures, 6), maxSuggestRetry), s.notify)
			}()
			defer ix.surviveSaveFailure("building suggestions", ix.saveFailures.Load())
			err := ix.RefreshSuggest(ctx)
			ok = err == nil || errors.Is(err, errSuggestHeld) || errors.Is(err, ErrClosed)
			ix.saveSuggestCache(false)
			if si := s.cur.Load(); err == nil && si != nil && si.uncounted {
				// The compounds past a build's budget are counted by the
				// builds that follow soon, not only after the next write:
				// a start on a busy machine (or a large archive's first
				// build) shows the same suggestions as one on a quiet
				// machine a few builds later, where it had kept the
				// titles' counts until an article was written.
				time.AfterFunc(suggestDebounce, s.notify)
			}
		}
		defer ix.saveSuggestCache(true)
		kept := ix.loadSuggestSnap()
		if kept {
			firstDone()
		}
		ix.loadSuggestCache()
		// A build reads the same index as the kept data's build did and
		// would show the same, unless that one left words or compounds
		// for later: the data kept is shown until a write.
		if si := ix.sug.cur.Load(); !kept || si == nil || si.uncounted || si.untried {
			refresh()
		}
		firstDone()
		for {
			select {
			case <-s.stop:
				return
			case <-s.changed:
			}
			// Under a stream of writes, starting a rebuild at most every
			// four build times keeps the suggester to a fifth of a core; a
			// write after a quiet spell waits only suggestDebounce (waiting
			// four build times after each write kept new words out of
			// suggestions for 8 s at livedoor's size).
			wait := suggestDebounce
			if si := ix.sug.cur.Load(); si != nil {
				wait = max(wait, time.Until(si.built.Add(3*si.took)))
			}
			select {
			case <-s.stop:
				return
			case <-time.After(wait):
			}
			select { // writes during the wait are covered by this rebuild
			case <-s.changed:
			default:
			}
			refresh()
		}
	}()
}

// notify tells the suggester that articles changed.
func (s *suggester) notify() {
	if s.changed == nil {
		return
	}
	select {
	case s.changed <- struct{}{}:
	default:
	}
}

// cancelSuggest tells the background builder to stop, and the build
// under way to end, without waiting for them.
func (ix *Index) cancelSuggest() {
	s := &ix.sug
	if s.stop == nil {
		return
	}
	select {
	case <-s.stop:
	default:
		close(s.stop)
	}
}

// stopSuggest stops the background builder and waits until it ended.
func (ix *Index) stopSuggest() {
	ix.cancelSuggest()
	if s := &ix.sug; s.done != nil {
		<-s.done
	}
}

// RefreshSuggest rebuilds the suggestion data now. The background
// rebuild calls it; tests and tools may too.
func (ix *Index) RefreshSuggest(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	id, ok := ix.sug.begin(cancel)
	if !ok {
		return errSuggestHeld
	}
	defer ix.sug.end(id)
	// One build at a time, each reading the index as it is when it
	// starts: a build begun before a burst of writes and slowed by a busy
	// machine would otherwise finish after the one begun after them, and
	// replace its data with the older.
	ix.sug.building.Lock()
	defer ix.sug.building.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	release, err := ix.acquire()
	if err != nil {
		return err
	}
	defer release()
	writes := ix.writes.Load()
	docs, err := ix.b.DocCount()
	if err != nil {
		return err
	}
	si, err := ix.buildSuggest(ctx)
	if err != nil {
		return err
	}
	si.writes, si.docs = writes, docs
	if f := ix.sug.built.Load(); f != nil {
		(*f)()
	}
	ix.sug.show(si)
	ix.sug.gone.builtAfter(writes)
	ix.answers.clear() // (kana queries read words by the data)
	return nil
}

// errSuggestHeld: a reindex is switching generations; the rebuild after
// the switch covers this one.
var errSuggestHeld = errors.New("index: suggestion rebuild held for a reindex switch")

// begin registers a rebuild's cancel func; false while rebuilds are held.
func (s *suggester) begin(cancel context.CancelFunc) (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held {
		return 0, false
	}
	if s.cancels == nil {
		s.cancels = map[int]context.CancelFunc{}
	}
	s.nextID++
	s.cancels[s.nextID] = cancel
	return s.nextID, true
}

func (s *suggester) end(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.cancels, id)
}

// hold cancels the rebuilds under way and holds new ones until release:
// a rebuild reads the index for seconds at a large archive, and a switch
// to a new generation would wait for it with every search queued behind.
func (s *suggester) hold() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.held = true
	for _, c := range s.cancels {
		c()
	}
}

func (s *suggester) release() {
	s.mu.Lock()
	s.held = false
	s.mu.Unlock()
}

// maxDirtyTerms bounds the words of deleted articles waiting for a
// rebuild; past it, their counts fall as segments merge.
const maxDirtyTerms = 200_000

// markDirty notes the words of deleted articles. A term dictionary counts
// the articles deleted from a segment until the segment is merged away, so
// words only they had would be suggested for minutes; the next rebuild
// counts these live.
func (s *suggester) markDirty(terms map[string]bool) {
	s.dirtyMu.Lock()
	defer s.dirtyMu.Unlock()
	if s.dirty == nil {
		s.dirty = map[string]bool{}
	}
	for t := range terms {
		if len(s.dirty) >= maxDirtyTerms {
			return
		}
		s.dirty[t] = true
	}
}

// takeDirty returns the words noted so far and forgets them.
func (s *suggester) takeDirty() map[string]bool {
	s.dirtyMu.Lock()
	defer s.dirtyMu.Unlock()
	d := s.dirty
	s.dirty = nil
	return d
}

// articleWords returns the indexed terms of an article's title and the
// beginning of its body (relatedTextBytes·4).
func (ix *Index) articleWords(title, body string) map[string]bool {
	out := map[string]bool{}
	for _, text := range []string{title, head(body, 4*relatedTextBytes)} {
		for _, t := range ix.an.Tokens(text) {
			if t.Term != "" {
				out[t.Term] = true
			}
		}
	}
	return out
}

package index

import (
	"cmp"
	"context"
	"time"
)

// Suggestions, and searches whose kana are read by the words the
// suggestion data holds, wait a little for the data when what is shown
// does not describe the archive yet: after a start, until the first data
// is read or built, and after a bulk load that grew the archive to twice
// its size or more, until the rebuild that follows it. A reader whose
// first query comes seconds after a start or an import is answered as
// later readers are, not from an empty box or another archive's words.
// The wait is bounded, and only a running background builder is waited
// for (a tool that builds once is not). When one wait ran out (a build
// of a large archive with nothing kept takes longer: 25–50 s at 100,000
// articles), none waits again until data is shown: a start's searches
// are held up for a few seconds at most, not each by the bound.

// dataWait bounds the wait.
const dataWait = 5 * time.Second

// outgrowth: the archive outgrew the data shown when it holds at least
// this many articles more than the build read, and at least as many more
// as it read.
const outgrowth = 100

// awaitSuggest waits, at most dataWait or until ctx ends, while the data
// shown does not describe the archive (see above). Data shown meanwhile
// ends the wait only when it does: a rebuild begun before a bulk load
// and shown during it had answered the requests that waited for the one
// after it.
func (ix *Index) awaitSuggest(ctx context.Context) {
	s := &ix.sug
	first := s.first.Load()
	if first == nil {
		return // no background builder
	}
	var t *time.Timer
	for {
		shown := s.shown.Load()
		if s.gaveUp.Load() == shown+1 {
			return // a builder slower than the bound
		}
		var ch <-chan struct{}
		if si := s.cur.Load(); si == nil {
			ch = *first
		} else {
			if si.writes == ix.writes.Load() || !ix.outgrew(si) {
				return // (most searches after a write: no lock taken)
			}
			ch = s.nextData() // (taken before the check again: a build shown after it wakes us)
			if !ix.outgrew(s.cur.Load()) {
				return
			}
		}
		if t == nil {
			t = time.NewTimer(cmp.Or(s.wait, dataWait))
			defer t.Stop()
		}
		select {
		case <-ch:
			if s.cur.Load() == nil {
				return // the first build failed
			}
		case <-t.C:
			s.giveUp(shown)
			return
		case <-ctx.Done():
			return
		}
	}
}

// giveUp notes that a wait begun while the shown-th data was shown ran
// out: no request waits until data is shown again. A wait that ran out
// as data was shown (the two at once) notes nothing, and one that began
// before another never undoes the other's.
func (s *suggester) giveUp(shown uint64) {
	for {
		g := s.gaveUp.Load()
		if g > shown || s.gaveUp.CompareAndSwap(g, shown+1) {
			return
		}
	}
}

// givenUp says whether a wait ran out since data was last shown.
func (s *suggester) givenUp() bool {
	return s.gaveUp.Load() == s.shown.Load()+1
}

// outgrew says whether the archive outgrew si (see outgrowth).
func (ix *Index) outgrew(si *suggestIndex) bool {
	release, err := ix.acquire()
	if err != nil {
		return false
	}
	defer release()
	n, err := ix.b.DocCount()
	return err == nil && n >= si.docs+max(outgrowth, si.docs)
}

// show makes si the data shown, and wakes whoever waits for it.
func (s *suggester) show(si *suggestIndex) {
	si.gone = &s.gone
	s.cur.Store(si)
	s.shown.Add(1)
	s.wake()
}

// showFirst is show when no data is shown yet; it says whether it
// showed si.
func (s *suggester) showFirst(si *suggestIndex) bool {
	si.gone = &s.gone
	if !s.cur.CompareAndSwap(nil, si) {
		return false
	}
	s.shown.Add(1)
	s.wake()
	return true
}

// wake wakes whoever waits for the next data.
func (s *suggester) wake() {
	s.nextMu.Lock()
	defer s.nextMu.Unlock()
	if s.next != nil {
		close(s.next)
		s.next = nil
	}
}

// nextData returns a channel closed when the next data is shown.
func (s *suggester) nextData() <-chan struct{} {
	s.nextMu.Lock()
	defer s.nextMu.Unlock()
	if s.next == nil {
		s.next = make(chan struct{})
	}
	return s.next
}

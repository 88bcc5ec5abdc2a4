package index

import (
	"sync"
	"sync/atomic"
)

// Deleted titles. The suggestion data is rebuilt after writes, at most
// every four build times under a stream of them; a build that takes 41 s
// on a busy machine (livedoor with 200 clients) left the titles of
// articles deleted meanwhile in suggestions for two minutes and more
// after their DELETE was answered. goneIDs holds the ids deleted since
// the data shown was built: a title of one of them is not suggested. A
// write of the id again takes it out (its old title may then show until
// the next build, as a replaced article's does); data built from an
// index that no longer had the article takes it out too.

// goneIDs is the set of ids deleted since the suggestion data shown was
// built, each with the count of writes once it was deleted.
type goneIDs struct {
	n  atomic.Int64 // entries in m (none: nothing to look up)
	mu sync.Mutex   // serialises changes of m
	m  sync.Map     // id -> uint64
}

// add notes id deleted; writes counts the writes with the delete.
func (g *goneIDs) add(id string, writes uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, had := g.m.Swap(id, writes); !had {
		g.n.Add(1)
	}
}

// written takes out ids written again.
func (g *goneIDs) written(ids []string) {
	if g.n.Load() == 0 {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, id := range ids {
		if _, had := g.m.LoadAndDelete(id); had {
			g.n.Add(-1)
		}
	}
}

// builtAfter takes out the ids deleted before a build that read the
// index after writes writes began.
func (g *goneIDs) builtAfter(writes uint64) {
	if g.n.Load() == 0 {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.m.Range(func(id, at any) bool {
		if at.(uint64) <= writes {
			g.m.Delete(id)
			g.n.Add(-1)
		}
		return true
	})
}

// has reports whether id was deleted since the data shown was built; a
// nil set has none.
func (g *goneIDs) has(id string) bool {
	if g == nil || id == "" || g.n.Load() == 0 {
		return false
	}
	_, ok := g.m.Load(id)
	return ok
}

package index

import "sync"

// dfCache remembers document frequencies across queries. Related articles
// weigh a few hundred words per request, and looking each up in every
// segment costs more than the rest of the request; a frequency a few
// percent stale weighs a word just as well. Only frequencies of
// dfCacheMin or more are kept: a rare word's count is what a few writes
// change most (a breaking story's word goes from 1 to 3 articles, and at
// 1 it relates nothing). The cache empties itself when the article count
// has moved by more than 2% since it was filled, and when it grows past
// maxEntries.
type dfCache struct {
	// (Read-locked for lookups: a related request makes hundreds, and
	// the requests in flight shared one mutex.)
	mu sync.RWMutex
	n  uint64 // article count the entries belong to
	m  map[[2]string]uint64
}

const (
	dfCacheMaxEntries = 500_000
	dfCacheMin        = 5
)

// at returns the cache, emptied first if it belongs to a count more than
// 2% away from n.
func (c *dfCache) at(n uint64) *dfCache {
	c.mu.Lock()
	defer c.mu.Unlock()
	lo, hi := float64(c.n)*0.98, float64(c.n)*1.02
	if c.m == nil || float64(n) < lo || float64(n) > hi {
		c.m, c.n = map[[2]string]uint64{}, n
	}
	return c
}

func (c *dfCache) get(k [2]string) (uint64, bool) {
	if c == nil {
		return 0, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	n, ok := c.m[k]
	return n, ok
}

func (c *dfCache) put(k [2]string, n uint64) {
	if c == nil || n < dfCacheMin {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= dfCacheMaxEntries {
		c.m = map[[2]string]uint64{}
	}
	c.m[k] = n
}

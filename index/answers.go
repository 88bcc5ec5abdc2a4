package index

import (
	"container/list"
	"context"
	"errors"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// answerCache keeps the latest answers to searches and related-article
// requests, so a popular query or the related list under a much-read
// article is computed once per write rather than once per request. Every
// write empties it (see clear), so an acknowledged write is always seen;
// answers also expire after answerTTL, as some depend on the time of day
// (今日, a recency half-life). It holds at most max bytes (an estimate of
// the answers' sizes), least recently used first out; max 0 turns it off.
//
// An answer computed while a write was being made is not kept: put takes
// the generation read before the work began, and the write's clear has
// moved it on.
type answerCache struct {
	mu           sync.Mutex
	max          int
	off          bool // the index is closed
	hits, misses uint64
	used         int
	gen          uint64
	lru          list.List // of *answer, most recent first
	m            map[string]*list.Element
	now          func() time.Time
	flight       singleflight.Group // answers being computed (see share)
}

// AnswerStats describes the answer cache.
type AnswerStats struct {
	Hits, Misses uint64 // requests answered from the cache, and not, since the start
	Entries      int    // answers kept
	Bytes        int    // their estimated memory
}

// AnswerStats returns the answer cache's counts.
func (ix *Index) AnswerStats() AnswerStats {
	c := ix.answers
	if c == nil {
		return AnswerStats{}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return AnswerStats{Hits: c.hits, Misses: c.misses, Entries: len(c.m), Bytes: c.used}
}

type answer struct {
	key  string
	val  any
	size int
	at   time.Time
}

// answerTTL bounds how long an answer is kept without a write.
const answerTTL = time.Minute

// maxAnswerShare: one answer may take at most this share of the cache.
const maxAnswerShare = 16

func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, m: map[string]*list.Element{}, now: time.Now}
}

// generation returns the generation to pass to put.
func (c *answerCache) generation() uint64 {
	if c == nil || c.max <= 0 {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// share returns compute's answer for key, computed once for the callers
// that ask for it at the same time in generation gen: a popular query
// arriving in a burst just after a write emptied the cache (four at once
// had each been computed, 0.7–1.3 s apiece for a heavy one). With the
// cache off it is compute's alone, so that the engine is measured. A
// caller whose context is live when the computation it waited for was cut
// short by another's context computes its own.
func (c *answerCache) share(ctx context.Context, gen uint64, key string, compute func() (any, error)) (any, error) {
	if c == nil || c.max <= 0 || key == "" {
		return compute()
	}
	v, err, shared := c.flight.Do(strconv.FormatUint(gen, 10)+"\x00"+key, compute)
	if shared && err != nil && ctx.Err() == nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		return compute()
	}
	return v, err
}

// get returns the answer kept under key.
func (c *answerCache) get(key string) (any, bool) {
	if c == nil || c.max <= 0 {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	if !ok || c.off {
		c.misses++
		return nil, false
	}
	a := e.Value.(*answer)
	if c.now().Sub(a.at) > answerTTL {
		c.remove(e)
		c.misses++
		return nil, false
	}
	c.lru.MoveToFront(e)
	c.hits++
	return a.val, true
}

// put keeps val, of about size bytes, under key, unless the cache has
// been cleared since gen was read.
func (c *answerCache) put(gen uint64, key string, val any, size int) {
	if c == nil || c.max <= 0 {
		return
	}
	size += len(key) + 200 // (the entry, the map's and list's share)
	if size > c.max/maxAnswerShare {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen || c.off {
		return
	}
	if e, ok := c.m[key]; ok {
		c.remove(e)
	}
	c.m[key] = c.lru.PushFront(&answer{key: key, val: val, size: size, at: c.now()})
	c.used += size
	for c.used > c.max {
		c.remove(c.lru.Back())
	}
}

// clear forgets every answer; called after every write.
func (c *answerCache) clear() {
	if c == nil || c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	if len(c.m) > 0 {
		c.m = map[string]*list.Element{}
		c.lru.Init()
		c.used = 0
	}
}

// close empties the cache for good: the index is closed.
func (c *answerCache) close() {
	if c == nil || c.max <= 0 {
		return
	}
	c.clear()
	c.mu.Lock()
	c.off = true
	c.mu.Unlock()
}

func (c *answerCache) remove(e *list.Element) {
	a := c.lru.Remove(e).(*answer)
	delete(c.m, a.key)
	c.used -= a.size
}

// key returns the cache key of a search request (validated); strings are
// quoted, so no value can pass for another field.
func (r *Request) key() string {
	b := []byte("s")
	b = strconv.AppendQuote(b, r.Query)
	for _, c := range r.Categories {
		b = strconv.AppendQuote(append(b, 'c'), c)
	}
	for _, t := range []time.Time{r.From, r.To} {
		b = append(b, ' ')
		if !t.IsZero() {
			b = t.UTC().AppendFormat(b, time.RFC3339Nano)
		}
	}
	for _, n := range []int{int(r.Sort), r.Page, r.PerPage, int(r.Relax)} {
		b = strconv.AppendInt(append(b, ' '), int64(n), 10)
	}
	return string(strconv.AppendQuote(b, r.Cursor))
}

// size estimates the memory a result takes.
func (res *Result) size() int {
	n := 300 + len(res.NextCursor)
	for i := range res.Hits {
		h := &res.Hits[i]
		n += 200 + len(h.ID) + len(h.Title) + len(h.URL) + len(h.Category) + len(h.TitleHTML) + len(h.SnippetHTML)
		for _, t := range h.Tags {
			n += 16 + len(t)
		}
	}
	n += 64 * (len(res.Facets.Category) + len(res.Facets.Month))
	for _, f := range res.Facets.Category {
		n += len(f.Value)
	}
	return n
}

// relatedKey returns the cache key of a request for the articles related
// to an indexed one; "" for a draft, which is not kept.
func (r *RelatedRequest) key() string {
	if r.ID == "" {
		return ""
	}
	return "r" + strconv.Quote(r.ID) + strconv.Itoa(r.Size) + " " + strconv.FormatBool(r.SameCategory) + " " + r.HalfLife.String()
}

// relatedSize estimates the memory a related list takes.
func relatedSize(hits []RelatedHit) int {
	n := 100
	for i := range hits {
		h := &hits[i]
		n += 200 + len(h.ID) + len(h.Title) + len(h.URL) + len(h.Category)
		for _, t := range h.Terms {
			n += 16 + len(t)
		}
	}
	return n
}

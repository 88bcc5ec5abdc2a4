package index

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestAnswerCache(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	newCache := func(max int) *answerCache {
		c := newAnswerCache(max)
		c.now = func() time.Time { return now }
		return c
	}
	tests := []struct {
		name string
		run  func(c *answerCache) (got any, ok bool)
		want any // nil: not found
	}{
		{"kept", func(c *answerCache) (any, bool) {
			c.put(c.generation(), "a", 1, 10)
			return c.get("a")
		}, 1},
		{"a write empties it", func(c *answerCache) (any, bool) {
			c.put(c.generation(), "a", 1, 10)
			c.clear()
			return c.get("a")
		}, nil},
		{"an answer computed across a write is not kept", func(c *answerCache) (any, bool) {
			gen := c.generation()
			c.clear() // (the write, while the answer was computed)
			c.put(gen, "a", 1, 10)
			return c.get("a")
		}, nil},
		{"expires", func(c *answerCache) (any, bool) {
			c.put(c.generation(), "a", 1, 10)
			now = now.Add(answerTTL + time.Second)
			return c.get("a")
		}, nil},
		{"least recently used goes first", func(c *answerCache) (any, bool) {
			for i := range 40 {
				c.put(c.generation(), fmt.Sprint(i), i, 100)
				c.get("0") // (kept in use)
			}
			if _, ok := c.get("1"); ok {
				return "1 kept", true
			}
			return c.get("0")
		}, 0},
		{"an answer too large for the cache is not kept", func(c *answerCache) (any, bool) {
			c.put(c.generation(), "a", 1, 1000)
			return c.get("a")
		}, nil},
		{"closed", func(c *answerCache) (any, bool) {
			c.put(c.generation(), "a", 1, 10)
			c.close()
			c.put(c.generation(), "b", 2, 10)
			if _, ok := c.get("b"); ok {
				return "b kept", true
			}
			return c.get("a")
		}, nil},
		{"off", func(*answerCache) (any, bool) {
			c := newCache(0)
			c.put(c.generation(), "a", 1, 10)
			return c.get("a")
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCache(16 * 600)
			got, ok := tt.run(c)
			if tt.want == nil && ok || tt.want != nil && (!ok || got != tt.want) {
				t.Errorf("got %v, %v; want %v", got, ok, tt.want)
			}
			if c.max > 0 && c.used > c.max {
				t.Errorf("%d bytes used of %d", c.used, c.max)
			}
		})
	}
}

func TestRequestKey(t *testing.T) {
	base := Request{Query: "電池", Categories: []string{"AI"}, From: day("2026-01-01"), Page: 1, PerPage: 10}
	variants := map[string]func(r *Request){
		"query":          func(r *Request) { r.Query = "電池 " },
		"category":       func(r *Request) { r.Categories = []string{"A", "I"} },
		"no category":    func(r *Request) { r.Categories = nil },
		"from":           func(r *Request) { r.From = r.From.Add(time.Second) },
		"from as to":     func(r *Request) { r.From, r.To = time.Time{}, r.From },
		"sort":           func(r *Request) { r.Sort = SortNewest },
		"page":           func(r *Request) { r.Page = 2 },
		"per page":       func(r *Request) { r.PerPage = 20 },
		"cursor":         func(r *Request) { r.Cursor = "x" },
		"relax":          func(r *Request) { r.Relax = RelaxFew },
		"query as field": func(r *Request) { r.Query, r.Categories = "電池\x00cAI", nil },
	}
	seen := map[string]string{base.key(): "base"}
	for name, change := range variants {
		r := base
		change(&r)
		k := r.key()
		if other, ok := seen[k]; ok {
			t.Errorf("%s has the key of %s: %q", name, other, k)
		}
		seen[k] = name
	}
}

// TestAnswersFollowWrites checks that a cached search or related list
// never hides an acknowledged write, also with searches running while
// the writes are made.
func TestAnswersFollowWrites(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "index"), Options{AnswerCache: 8 << 20, NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	mustPut(t, ix, fixtures...)
	r := Request{Query: "電池"}
	first := mustSearch(t, ix, r)
	if again := mustSearch(t, ix, r); !slices.Equal(ids(again), ids(first)) || again.Total != first.Total {
		t.Fatalf("the same search gave %v, then %v", ids(first), ids(again))
	}
	if st := ix.AnswerStats(); st.Hits != 1 || st.Misses != 1 || st.Entries != 1 || st.Bytes <= 0 {
		t.Errorf("after a search and the same again: %+v, want one hit, one miss, one answer", st)
	}

	added := Article{ID: "ssb-new", Title: "全固体電池の新工場", Body: "全固体電池を量産する新しい工場。", Category: "電池", Published: day("2026-06-01")}
	mustPut(t, ix, added)
	if res := mustSearch(t, ix, r); !slices.Contains(ids(res), added.ID) || res.Total != first.Total+1 {
		t.Errorf("after a write: %v (total %d), want %s among %d", ids(res), res.Total, added.ID, first.Total+1)
	}
	rel, err := ix.Related(ctx, RelatedRequest{ID: "ssb-mass"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rel, func(h RelatedHit) bool { return h.ID == added.ID }) {
		t.Fatalf("related to ssb-mass: %v, want %s", rel, added.ID)
	}
	if err := ix.Delete(ctx, added.ID); err != nil {
		t.Fatal(err)
	}
	if res := mustSearch(t, ix, r); slices.Contains(ids(res), added.ID) {
		t.Errorf("after a delete: %v still has %s", ids(res), added.ID)
	}
	rel, err = ix.Related(ctx, RelatedRequest{ID: "ssb-mass"})
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(rel, func(h RelatedHit) bool { return h.ID == added.ID }) {
		t.Errorf("related to ssb-mass after the delete: %v", rel)
	}

	// Searches running while articles are written: once Put returns,
	// every search sees the article.
	all := Request{Query: "電池", PerPage: 100}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
					ix.Search(ctx, all)
				}
			}
		})
	}
	for i := range 20 {
		a := added
		a.ID = fmt.Sprintf("ssb-%d", i)
		mustPut(t, ix, a)
		res := mustSearch(t, ix, all)
		if !slices.Contains(ids(res), a.ID) {
			t.Errorf("write %d: %s not found right after Put", i, a.ID)
		}
	}
	close(stop)
	wg.Wait()
}

// TestAnswerShared: callers asking for one answer at the same time share
// one computation when the cache is on, and each computes its own when it
// is off; a caller whose context is live computes again when the one it
// waited for was cut short by another caller's context.
func TestAnswerShared(t *testing.T) {
	for _, tt := range []struct {
		name string
		max  int
		want int32
	}{{"on", 1 << 20, 1}, {"off", 0, 4}} {
		t.Run(tt.name, func(t *testing.T) {
			c := newAnswerCache(tt.max)
			var calls atomic.Int32
			release := make(chan struct{})
			var started, done sync.WaitGroup
			for range 4 {
				started.Add(1)
				done.Add(1)
				go func() {
					defer done.Done()
					started.Done()
					v, err := c.share(t.Context(), 0, "q", func() (any, error) {
						calls.Add(1)
						<-release
						return "answer", nil
					})
					if err != nil || v != "answer" {
						t.Errorf("share = %v, %v", v, err)
					}
				}()
			}
			started.Wait()
			time.Sleep(50 * time.Millisecond) // (all four waiting or computing)
			close(release)
			done.Wait()
			if got := calls.Load(); got != tt.want {
				t.Errorf("%d computations, want %d", got, tt.want)
			}
		})
	}
	t.Run("cut short by another", func(t *testing.T) {
		c := newAnswerCache(1 << 20)
		entered := make(chan struct{})
		first := make(chan error)
		ctx, cancel := context.WithCancel(t.Context())
		go func() {
			_, err := c.share(ctx, 0, "q", func() (any, error) {
				close(entered)
				time.Sleep(100 * time.Millisecond)
				cancel() // (its caller went away)
				return nil, ctx.Err()
			})
			first <- err
		}()
		<-entered
		v, err := c.share(t.Context(), 0, "q", func() (any, error) { return "own", nil })
		if err != nil || v != "own" {
			t.Errorf("the second caller = %v, %v; want its own answer", v, err)
		}
		<-first
	})
}

package index

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestTrimDates: a date bound outside the archive is dropped, one inside
// kept, and writes move the archive's edges.
func TestTrimDates(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, readerFixtures...) // 2026-04-01 … 2026-04-17
	ctx := context.Background()
	early, late := day("2000-01-01"), day("2030-01-01")
	inside := day("2026-04-10")
	tests := []struct {
		name             string
		from, to         time.Time
		wantFrom, wantTo time.Time
	}{
		{"both outside", early, late, time.Time{}, time.Time{}},
		{"from inside", inside, late, inside, time.Time{}},
		{"to inside", early, inside, time.Time{}, inside},
		{"open", time.Time{}, time.Time{}, time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to := ix.trimDates(ctx, tt.from, tt.to)
			if !from.Equal(tt.wantFrom) || !to.Equal(tt.wantTo) {
				t.Errorf("trimDates(%v, %v) = %v, %v; want %v, %v", tt.from, tt.to, from, to, tt.wantFrom, tt.wantTo)
			}
		})
	}
	// An older article moves the first edge: the same bound now excludes it.
	mustPut(t, ix, Article{ID: "old", Title: "古い記事", Published: day("1999-06-01")})
	if from, _ := ix.trimDates(ctx, early, late); !from.Equal(early) {
		t.Errorf("after an older article, from = %v, want %v", from, early)
	}
	res := mustSearch(t, ix, Request{From: early, PerPage: 100})
	if res.Total != uint64(len(readerFixtures)) {
		t.Errorf("from %v: %d articles, want %d", early, res.Total, len(readerFixtures))
	}
}

// TestDateBoundDuringWrites: a search with a date bound never returns an
// article outside it, while articles past the bound are being written
// (searches see an article before its write returns).
func TestDateBoundDuringWrites(t *testing.T) {
	ix := mustFixtures(t)
	to := day("2026-05-31") // after every fixture
	stop, done := make(chan struct{}), make(chan int)
	go func() {
		bad := 0
		for {
			select {
			case <-stop:
				done <- bad
				return
			default:
			}
			res, err := ix.Search(context.Background(), Request{To: to, PerPage: 100})
			if err != nil {
				t.Error(err)
				done <- bad
				return
			}
			for _, h := range res.Hits {
				if h.Published.After(to) {
					bad++
				}
			}
		}
	}()
	for i := range 40 {
		a := fixtures[0]
		a.ID = fmt.Sprintf("future-%d", i)
		a.Published = day("2026-07-01").AddDate(0, 0, i)
		mustPut(t, ix, a)
	}
	close(stop)
	if bad := <-done; bad > 0 {
		t.Errorf("%d hits published after %s", bad, to.Format(time.DateOnly))
	}
}

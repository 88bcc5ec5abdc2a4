package index

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// TestExportUnderWrites: articles written while a date-sorted export runs
// are in it once, whichever side of the export's place a write moves
// them to (an article dated forward from the part not yet read had been
// missed, one dated back from the part read exported twice); one deleted
// before its page is read is not in it, and one deleted after is.
func TestExportUnderWrites(t *testing.T) {
	const n = 240 // (pages of 50 to 100 with bodies: several pages)
	first := day("2026-01-01")
	arts := make([]Article, n)
	for i := range arts {
		arts[i] = Article{ID: fmt.Sprintf("w-%03d", i), Title: fmt.Sprintf("記事 %d", i), Body: "本文。",
			Published: first.Add(time.Duration(i) * time.Hour)}
	}
	redate := func(a Article, t time.Time) Article { a.Published = t; return a }
	// For a newest-first export, w-239 is read first and w-000 last.
	tests := []struct {
		name    string
		sort    Sort
		write   func(ix *Index) // after the export emitted 10 articles
		want    map[string]int  // times each of these ids is exported
		wantAll int             // articles exported
	}{
		{"dated forward from the part not read", SortNewest, func(ix *Index) {
			mustPut(t, ix, redate(arts[5], first.AddDate(1, 0, 0)))
		}, map[string]int{"w-005": 1}, n},
		{"dated back from the part read", SortNewest, func(ix *Index) {
			mustPut(t, ix, redate(arts[238], first.AddDate(-1, 0, 0)))
		}, map[string]int{"w-238": 1}, n},
		{"dated back, oldest first", SortOldest, func(ix *Index) {
			mustPut(t, ix, redate(arts[200], first.AddDate(-1, 0, 0)))
		}, map[string]int{"w-200": 1}, n},
		{"dated forward, oldest first", SortOldest, func(ix *Index) {
			mustPut(t, ix, redate(arts[2], first.AddDate(1, 0, 0)))
		}, map[string]int{"w-002": 1}, n},
		{"moved forward then back again", SortNewest, func(ix *Index) {
			mustPut(t, ix, redate(arts[5], first.AddDate(1, 0, 0)))
			mustPut(t, ix, redate(arts[5], first.AddDate(-1, 0, 0)))
		}, map[string]int{"w-005": 1}, n},
		{"created in the part read", SortNewest, func(ix *Index) {
			mustPut(t, ix, Article{ID: "w-new", Title: "新しい記事", Published: first.AddDate(1, 0, 0)})
		}, map[string]int{"w-new": 1}, n + 1},
		{"moved behind, then deleted", SortNewest, func(ix *Index) {
			mustPut(t, ix, redate(arts[5], first.AddDate(1, 0, 0)))
			if err := ix.Delete(t.Context(), "w-005"); err != nil {
				t.Fatal(err)
			}
		}, map[string]int{"w-005": 0}, n - 1},
		{"deleted ahead and behind", SortNewest, func(ix *Index) {
			for _, id := range []string{"w-005", "w-238"} {
				if err := ix.Delete(t.Context(), id); err != nil {
					t.Fatal(err)
				}
			}
		}, map[string]int{"w-005": 0, "w-238": 1}, n - 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := mustOpen(t)
			mustPut(t, ix, arts...)
			count := map[string]int{}
			emitted := 0
			_, err := ix.Export(t.Context(), ExportRequest{Sort: tt.sort, Body: true}, func(a *Article) error {
				if emitted++; emitted == 10 {
					tt.write(ix)
				}
				count[a.ID]++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for id, c := range count {
				if c > 1 {
					t.Errorf("%s exported %d times", id, c)
				}
			}
			for id, want := range tt.want {
				if count[id] != want {
					t.Errorf("%s exported %d times, want %d", id, count[id], want)
				}
			}
			if emitted != tt.wantAll {
				t.Errorf("%d articles exported, want %d", emitted, tt.wantAll)
			}
		})
	}
}

// TestExportWatchWritesDuringPage: a write made while a page is read is
// judged by what the next page holds (newest first; the first page read the
// keys s9 and s8, the second, being read, ends on s6).
func TestExportWatchWritesDuringPage(t *testing.T) {
	tests := []struct {
		name     string
		id       string
		old, new string   // the write's sort keys ("" for none)
		page     []string // what the second page holds
		wantDone bool     // a later page that meets it leaves it out
		wantLate bool     // read after the last page
		wantSkip bool     // left out of the second page
	}{
		{"moved ahead, the page read its new place", "c", "s7", "s3", []string{"d"}, false, false, false},
		{"moved ahead, the page read its old place", "c", "s7", "s3", []string{"c", "d"}, true, false, false},
		{"moved behind, the page read its new place", "c", "s7", "s99", []string{"d"}, false, true, false},
		{"moved behind, the page read its old place", "c", "s7", "s99", []string{"c", "d"}, true, false, false},
		{"read by the page before, moved ahead", "a", "s9", "s3", []string{"c", "d"}, true, false, false},
		{"created behind", "z", "", "s99", []string{"c", "d"}, false, true, false},
		{"created ahead", "z", "", "s3", []string{"c", "d"}, false, false, false},
		{"deleted before the page read it", "c", "s7", "", []string{"d"}, false, false, false},
		{"read by the page before, moved into this one", "a", "s9", "s7", []string{"a", "c", "d"}, true, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newExportWatch(true)
			w.readPage([]string{"a", "b"}, "s8")
			w.wrote(tt.id, tt.old, tt.new)
			if skip := w.readPage(tt.page, "s6"); skip[tt.id] != tt.wantSkip {
				t.Errorf("left out of the page read: %v, want %v", skip[tt.id], tt.wantSkip)
			}
			if w.done[tt.id] != tt.wantDone || w.late[tt.id] != tt.wantLate {
				t.Errorf("done %v, late %v; want %v, %v", w.done[tt.id], w.late[tt.id], tt.wantDone, tt.wantLate)
			}
			skip := w.readPage([]string{tt.id}, "")
			if skip[tt.id] != tt.wantDone {
				t.Errorf("left out of a later page: %v, want %v", skip[tt.id], tt.wantDone)
			}
		})
	}
}

// TestExportUnderConcurrentWrites: a batch written while the export reads
// its pages, a fifth of the articles dated forward and back, leaves each
// article in the export once (a write the index showed before the export
// was told of it had let a page give again an article read before: 30 of
// 240 twice, one run in six).
func TestExportUnderConcurrentWrites(t *testing.T) {
	first := day("2026-01-01")
	arts := make([]Article, 240)
	for i := range arts {
		arts[i] = Article{ID: fmt.Sprintf("w-%03d", i), Title: fmt.Sprintf("記事 %d", i), Body: "本文。",
			Published: first.Add(time.Duration(i) * time.Hour)}
	}
	for round, at := range []int{10, 60, 120, 10, 60, 120, 90, 150} {
		ix := mustOpen(t)
		mustPut(t, ix, arts...)
		var wg sync.WaitGroup
		count := map[string]int{}
		emitted := 0
		_, err := ix.Export(t.Context(), ExportRequest{Sort: SortOldest, Body: true}, func(a *Article) error {
			if emitted++; emitted == at {
				var moved []Article
				for i := round % 5; i < len(arts); i += 5 {
					x := arts[i]
					x.Published = first.AddDate(5-10*(i%2), 0, i%9) // (forward or back)
					moved = append(moved, x)
				}
				wg.Go(func() {
					if err := ix.Put(t.Context(), moved...); err != nil {
						t.Error(err)
					}
				})
			}
			count[a.ID]++
			time.Sleep(100 * time.Microsecond) // (the write runs among the pages)
			return nil
		})
		wg.Wait()
		if err != nil {
			t.Fatal(err)
		}
		for id, c := range count {
			if c != 1 {
				t.Errorf("round %d: %s exported %d times", round, id, c)
			}
		}
		if len(count) != len(arts) {
			t.Errorf("round %d: %d articles exported, want %d", round, len(count), len(arts))
		}
	}
}

package index

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"sagasu/data"
)

// TestSuggestWaitsForFirstBuild: with no data kept, a start's first
// suggestion and kana search wait for the first build rather than
// answering from an empty box.
func TestSuggestWaitsForFirstBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	want, path := keptSample(t, dir)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// Bounds a busy machine does not reach: the build compared with is
	// whole, and a wait that ran out would fail the test as no wait does.
	ix.sug.compoundWork.Store(1 << 50)
	ix.sug.budget, ix.sug.wait = time.Second, time.Minute
	if got := snapAnswers(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("answers right after a start:\n%v\nwant, as after a build:\n%v", got, want)
	}
}

// TestSuggestAwaitsOutgrownData: right after a bulk load that more than
// doubled the archive, suggestions and kana searches wait for the
// rebuild that follows it, and a write or two does not make them wait.
func TestSuggestAwaitsOutgrownData(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(filepath.Join(t.TempDir(), "index"), Options{Initial: data.SampleArticles})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	ix.sug.wait = time.Minute // (a busy machine's rebuild after a bulk load)

	t.Run("a few writes", func(t *testing.T) {
		// The rebuild after the write is held until the suggestion has
		// answered: one that waited for it would wait the whole bound.
		held := make(chan struct{})
		hold := func() { <-held }
		ix.sug.built.Store(&hold)
		defer func() { ix.sug.built.Store(nil); close(held) }()
		mustPut(t, ix, Article{ID: "few-1", Title: "ネオジム磁石の新工場", Body: "ネオジム磁石の工場が稼働した。", Published: day("2026-06-01")})
		start := time.Now()
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if _, err := ix.Suggest(sctx, "ねおじ", 5); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("a suggestion after one write waited %s for a rebuild", d)
		}
	})
	for _, tt := range []struct {
		name, id, word, typed string
		// held: a rebuild that read the archive before the load shows its
		// data while the request waits, and the wait goes on.
		held bool
	}{
		{"a bulk load", "meta", "メタマテリアル", "めため", false},
		{"a bulk load during a rebuild", "graphene", "グラフェン", "ぐらふぇ", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			release := func() {}
			if tt.held {
				held, entered := make(chan struct{}), make(chan struct{}, 1)
				hold := func() {
					select {
					case entered <- struct{}{}:
					default:
					}
					<-held
				}
				ix.sug.built.Store(&hold)
				release = sync.OnceFunc(func() { ix.sug.built.Store(nil); close(held) })
				defer release()
				go ix.RefreshSuggest(ctx)
				<-entered
			}
			var in bytes.Buffer
			n, _ := ix.Count()
			for i := range n + outgrowth {
				json.NewEncoder(&in).Encode(Article{ID: fmt.Sprintf("%s-%d", tt.id, i), Title: fmt.Sprintf("%sのアンテナ実証 第%d報", tt.word, i),
					Body: tt.word + "のアンテナを屋根に設置した。", Published: day("2026-07-01")})
			}
			if rep, err := ix.Import(ctx, &in, ImportOptions{}); err != nil || rep.Rejected > 0 {
				t.Fatalf("import: %v %v", err, rep.Rejections)
			}
			type answer struct {
				got []Suggestion
				err error
			}
			done := make(chan answer, 1)
			ix.sug.wake() // (next is made anew by the request's wait)
			go func() {
				got, err := ix.Suggest(ctx, tt.typed, 5)
				done <- answer{got, err}
			}()
			if tt.held {
				for waiting := false; !waiting; time.Sleep(time.Millisecond) {
					ix.sug.nextMu.Lock()
					waiting = ix.sug.next != nil
					ix.sug.nextMu.Unlock()
				}
				release()
			}
			a := <-done
			if a.err != nil {
				t.Fatal(a.err)
			}
			if len(a.got) == 0 || a.got[0].Text != tt.word {
				t.Errorf("suggestions right after a bulk load = %v, want the loaded articles' word first", a.got)
			}
		})
	}
}

// TestSuggestWaitRunsOutOnce: when a wait for the data runs out (a build
// slower than the bound), later requests do not wait until data is shown.
func TestSuggestWaitRunsOutOnce(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(filepath.Join(t.TempDir(), "index"), Options{Initial: data.SampleArticles, NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	never := make(chan struct{}) // a first build that does not end
	ix.sug.first.Store(&never)
	ix.sug.wait = 100 * time.Millisecond
	start := time.Now()
	if _, err := ix.Suggest(ctx, "じどう", 5); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < ix.sug.wait {
		t.Fatalf("the first suggestion waited %s, want the bound, %s", d, ix.sug.wait)
	}
	ix.sug.wait = time.Hour
	for _, q := range []string{"じどう", "ろぼ"} {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second) // (a wait would end with it, and fail the search)
		_, err := ix.Search(sctx, Request{Query: q})
		cancel()
		if err != nil {
			t.Fatalf("a search after a wait ran out: %v", err)
		}
	}
	if err := ix.RefreshSuggest(ctx); err != nil { // data shown: waits may come again
		t.Fatal(err)
	}
	if ix.sug.givenUp() {
		t.Error("data shown, and later requests still would not wait")
	}
}

// TestSuggestGiveUp: a wait that ran out stops the waits until data is
// shown, whichever way it is shown, and never outlasts data shown as it
// ran out.
func TestSuggestGiveUp(t *testing.T) {
	si := &suggestIndex{}
	for _, tt := range []struct {
		name string
		run  func(s *suggester)
		want bool // requests no longer wait
	}{
		{"a wait ran out", func(s *suggester) { s.giveUp(s.shown.Load()) }, true},
		{"data built since", func(s *suggester) { s.giveUp(s.shown.Load()); s.show(si) }, false},
		{"kept data read since", func(s *suggester) { s.giveUp(s.shown.Load()); s.showFirst(si) }, false},
		{"data shown as the wait ran out", func(s *suggester) {
			shown := s.shown.Load() // (as the wait began)
			s.show(si)
			s.giveUp(shown)
		}, false},
		{"an earlier wait ran out after a later one", func(s *suggester) {
			shown := s.shown.Load()
			s.show(si)
			s.giveUp(s.shown.Load())
			s.giveUp(shown)
		}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var s suggester
			tt.run(&s)
			if got := s.givenUp(); got != tt.want {
				t.Errorf("requests no longer wait: %v, want %v", got, tt.want)
			}
		})
	}
}

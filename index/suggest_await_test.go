package index

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"sagasu/data"
)

// TestSuggestWaitsForFirstBuild: with no data kept, a start's first
// suggestion and kana search wait for the first build rather than
// answering from an empty box.
func TestSuggestWaitsForFirstBuild(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix := openSnapTest(t, dir)
	if rep, err := ix.Import(ctx, bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil || rep.Rejected > 0 {
		t.Fatalf("import: %v %v", err, rep.Rejections)
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	want := snapAnswers(t, ix)
	path := filepath.Join(ix.genPath(), suggestSnapName)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
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
	ix.sug.compoundBudget.Store(int64(time.Minute))
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

	t.Run("a few writes", func(t *testing.T) {
		mustPut(t, ix, Article{ID: "few-1", Title: "ネオジム磁石の新工場", Body: "ネオジム磁石の工場が稼働した。", Published: day("2026-06-01")})
		start := time.Now()
		if _, err := ix.Suggest(ctx, "ねおじ", 5); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > dataWait/2 {
			t.Errorf("a suggestion after one write waited %s for a rebuild", d)
		}
	})
	t.Run("a bulk load", func(t *testing.T) {
		var in bytes.Buffer
		n, _ := ix.Count()
		for i := range n + outgrowth {
			json.NewEncoder(&in).Encode(Article{ID: fmt.Sprintf("bulk-%d", i), Title: fmt.Sprintf("メタマテリアルのアンテナ実証 第%d報", i),
				Body: "メタマテリアルのアンテナを屋根に設置した。", Published: day("2026-07-01")})
		}
		if rep, err := ix.Import(ctx, &in, ImportOptions{}); err != nil || rep.Rejected > 0 {
			t.Fatalf("import: %v %v", err, rep.Rejections)
		}
		got, err := ix.Suggest(ctx, "めため", 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Text != "メタマテリアル" {
			t.Errorf("suggestions right after a bulk load = %v, want the loaded articles' word first", got)
		}
	})
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
	if ix.sug.gaveUp.Load() {
		t.Error("data shown, and later requests still would not wait")
	}
}

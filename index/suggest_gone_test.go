package index

import (
	"context"
	"slices"
	"sync"
	"testing"
)

// TestDeletedTitleNotSuggested: a title is not suggested once its
// article's DELETE has returned, though the rebuild after it has not
// shown its data (it waits four build times under a stream of writes:
// 41 s builds on a busy machine had left deleted titles in suggestions
// for minutes); a write of the id again, or the next build, ends that.
func TestDeletedTitleNotSuggested(t *testing.T) {
	ctx := context.Background()
	ix := mustSuggestOver(t,
		Article{ID: "gone-1", Title: "ペロブスカイト太陽電池の量産", Body: "ペロブスカイト太陽電池の工場。", Published: day("2026-05-01")},
		Article{ID: "gone-2", Title: "ペロブスカイト太陽電池の耐久性", Body: "ペロブスカイト太陽電池の試験。", Published: day("2026-05-02")},
	)
	held := make(chan struct{})
	hold := func() { <-held }
	ix.sug.built.Store(&hold) // (the rebuilds after the writes below wait here)
	release := sync.OnceFunc(func() { ix.sug.built.Store(nil); close(held) })
	t.Cleanup(release)
	titles := func() []string {
		t.Helper()
		got, err := ix.Suggest(ctx, "ペロブスカイト太陽電池の", 8)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, s := range got {
			if s.Kind == kindTitle {
				ids = append(ids, s.ID)
			}
		}
		slices.Sort(ids)
		return ids
	}
	for _, step := range []struct {
		name  string
		write func()
		want  []string
	}{
		{"before the delete", func() {}, []string{"gone-1", "gone-2"}},
		{"deleted", func() {
			if err := ix.Delete(ctx, "gone-1"); err != nil {
				t.Fatal(err)
			}
		}, []string{"gone-2"}},
		{"written again", func() {
			mustPut(t, ix, Article{ID: "gone-1", Title: "ペロブスカイト太陽電池の量産", Published: day("2026-05-03")})
		}, []string{"gone-1", "gone-2"}},
		{"deleted again", func() {
			if err := ix.Delete(ctx, "gone-1"); err != nil {
				t.Fatal(err)
			}
		}, []string{"gone-2"}},
	} {
		step.write()
		if got := titles(); !slices.Equal(got, step.want) {
			t.Errorf("%s: titles suggested %v, want %v", step.name, got, step.want)
		}
	}
	if ix.sug.gone.n.Load() != 1 {
		t.Fatalf("ids noted deleted: %d, want 1", ix.sug.gone.n.Load())
	}
	release()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := titles(), []string{"gone-2"}; !slices.Equal(got, want) || ix.sug.gone.n.Load() != 0 {
		t.Errorf("after a build: titles %v, want %v, and %d ids noted deleted, want none", got, want, ix.sug.gone.n.Load())
	}
}

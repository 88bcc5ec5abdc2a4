package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// Suggestions follow writes: new, deleted and replaced articles, and a
// reindex switch.

// TestSuggestFollowsWrites adds and deletes an article and waits for the
// background rebuild.
func TestSuggestFollowsWrites(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	mustPut(t, ix, fixtures...)
	mustPut(t, ix, Article{ID: "neo", Title: "ネオジム磁石の新工場", Body: "ネオジム磁石の工場が稼働した。ネオジム磁石は電気自動車のモーターに使う。", Published: day("2026-06-01")},
		Article{ID: "neo2", Title: "ネオジム磁石の価格", Body: "ネオジム磁石の価格が上がった。", Published: day("2026-06-02")})
	waitFor := func(want bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			got, _ := ix.Suggest(ctx, "ねおじ", 5)
			has := false
			for _, s := range got {
				has = has || strings.HasPrefix(s.Text, "ネオジム")
			}
			if has == want {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("suggestions for ねおじ did not follow the write (want present = %v)", want)
	}
	waitFor(true)
	for _, id := range []string{"neo", "neo2"} {
		if err := ix.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(false)
}

// TestSuggestLabelsFollowDeletes: the category and tag of a deleted
// article are no longer suggested, though the dictionary still lists them
// until a merge.
func TestSuggestLabelsFollowDeletes(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var base []Article
	for i := range 300 {
		a := fixtures[i%len(fixtures)]
		a.ID = fmt.Sprintf("base-%03d", i)
		base = append(base, a)
	}
	base = append(base, Article{ID: "crab", Title: "ズワイガニの漁", Body: "ズワイガニの漁が始まった。", Category: "ズワイ漁業", Tags: []string{"ズワイタグ"}, Published: day("2026-06-01")})
	mustPut(t, ix, base...)
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete(ctx, "crab"); err != nil {
		t.Fatal(err)
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := ix.Suggest(ctx, "ズワイ", 10)
	for _, s := range got {
		if s.Kind == kindCategory || s.Kind == kindTag {
			t.Errorf("label of a deleted article suggested: %+v", s)
		}
	}
}

// TestSuggestLabelCountsLive: a category's and a tag's counts are the
// articles that have them now, after some are deleted (the term
// dictionary counts deleted articles until a merge drops them).
func TestSuggestLabelCountsLive(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 300 {
		a := fixtures[i%len(fixtures)]
		a.ID = fmt.Sprintf("base-%03d", i)
		if i < 40 {
			a.ID = fmt.Sprintf("crab-%02d", i)
			a.Category, a.Tags = "ズワイ漁業", []string{"ズワイタグ"}
		}
		arts = append(arts, a)
	}
	mustPut(t, ix, arts...)
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	for i := range 15 {
		if err := ix.Delete(ctx, fmt.Sprintf("crab-%02d", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := ix.Suggest(ctx, "ズワイ", 10)
	labels := 0
	for _, s := range got {
		if s.Kind == kindCategory || s.Kind == kindTag {
			labels++
			if s.Count != 25 {
				t.Errorf("%s %s counted %d, want 25", s.Kind, s.Text, s.Count)
			}
		}
	}
	if labels != 2 {
		t.Errorf("Suggest(ズワイ) = %+v, want the category and the tag", got)
	}
}

// TestSuggestHeldForSwitch: a reindex switch cancels the rebuilds under
// way and holds new ones until it is done, so it never waits for one.
func TestSuggestHeldForSwitch(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	canceled := make(chan struct{})
	ix.sug.begin(func() { close(canceled) }) // a rebuild under way
	ix.sug.hold()
	select {
	case <-canceled:
	default:
		t.Error("hold did not cancel the rebuild under way")
	}
	if err := ix.RefreshSuggest(ctx); !errors.Is(err, errSuggestHeld) {
		t.Errorf("RefreshSuggest while held = %v, want errSuggestHeld", err)
	}
	ix.sug.release()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Errorf("RefreshSuggest after release = %v", err)
	}
	// A canceled rebuild stops and keeps the data it had.
	before := ix.SuggestStats().Built
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := ix.RefreshSuggest(cctx); err == nil {
		t.Error("a canceled rebuild finished")
	}
	if ix.SuggestStats().Built != before {
		t.Error("a canceled rebuild replaced the data")
	}
}

// TestSuggestForgetsDeletedWords: a word only deleted articles had is not
// suggested after the next rebuild, though the term dictionary still
// counts it until segments merge.
func TestSuggestForgetsDeletedWords(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	mustPut(t, ix, fixtures...)
	var arts []Article
	for i := range 2 * suggestCheckBelow {
		arts = append(arts, Article{ID: fmt.Sprintf("burn-%d", i), Title: fmt.Sprintf("記録%d", i), Body: "焼却炉の点検を行った。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	has := func() bool {
		if err := ix.RefreshSuggest(ctx); err != nil {
			t.Fatal(err)
		}
		got, err := ix.Suggest(ctx, "焼却", 5)
		return err == nil && slices.ContainsFunc(got, func(s Suggestion) bool { return strings.HasPrefix(s.Text, "焼却") })
	}
	if !has() {
		t.Fatal("焼却 not suggested while the articles exist")
	}
	for _, a := range arts {
		if err := ix.Delete(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	if has() {
		got, _ := ix.Suggest(ctx, "焼却", 5)
		t.Errorf("Suggest(焼却) = %v after every article with it was deleted", texts(got))
	}
	// A later rebuild, after another write, still counts it live: the
	// dictionary counts the deleted articles until segments merge.
	mustPut(t, ix, Article{ID: "other", Title: "別の記事", Body: "関係のない話。", Published: day("2026-06-02")})
	if has() {
		got, _ := ix.Suggest(ctx, "焼却", 5)
		t.Errorf("Suggest(焼却) = %v at the rebuild after another write", texts(got))
	}
}

// TestSuggestForgetsReplacedWords: a word only the old versions of
// replaced articles had is not suggested after the next rebuild.
func TestSuggestForgetsReplacedWords(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	mustPut(t, ix, fixtures...)
	var arts []Article
	for i := range 12 {
		arts = append(arts, Article{ID: fmt.Sprintf("fix-%d", i), Title: fmt.Sprintf("記録%d", i), Body: "焼却炉の点検を行った。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		arts[i].Body = "浄水場の点検を行った。" // corrected
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.Suggest(ctx, "焼却", 5); slices.ContainsFunc(got, func(s Suggestion) bool { return strings.HasPrefix(s.Text, "焼却") }) {
		t.Errorf("Suggest(焼却) = %v after every article with it was corrected", texts(got))
	}
}

// TestSuggestBuildsInOrder: a build begun before writes and finished after
// a later one does not replace the later one's data with its older view
// (a busy machine had kept a word just written out of the suggestions, and
// out of the kana the search reads by them).
func TestSuggestBuildsInOrder(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	first, gate := make(chan struct{}), make(chan struct{})
	var once sync.Once
	hook := func() {
		held := false
		once.Do(func() { held = true })
		if held {
			close(first)
			<-gate
		}
	}
	ix.sug.built.Store(&hook)
	older := make(chan error, 1)
	go func() { older <- ix.RefreshSuggest(ctx) }()
	<-first // a build (this one or the background's) has read the empty index
	mustPut(t, ix, Article{ID: "neo", Title: "ネオジム磁石の新工場", Body: "ネオジム磁石の工場が稼働した。", Published: day("2026-06-01")})
	newer := make(chan error, 1)
	go func() { newer <- ix.RefreshSuggest(ctx) }()
	select { // the later build finishes first when builds run side by side
	case err := <-newer:
		newer <- err
	case <-time.After(500 * time.Millisecond):
	}
	close(gate)
	for _, ch := range []chan error{older, newer} {
		if err := <-ch; err != nil && !errors.Is(err, errSuggestHeld) {
			t.Fatal(err)
		}
	}
	got, err := ix.Suggest(ctx, "ねおじ", 5)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(got, func(s Suggestion) bool { return strings.HasPrefix(s.Text, "ネオジム") }) {
		t.Errorf("ねおじ = %v after both builds, want ネオジム磁石 (the older build's view replaced the newer)", got)
	}
}

// TestSuggestRetriesAFailedBuild: a rebuild that fails (here the index is
// being reopened after a write failed to save, as when the failing write
// closed what the rebuild read) is tried again without another write.
func TestSuggestRetriesAFailedBuild(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	mustPut(t, ix, Article{ID: "neo", Title: "ネオジム磁石の新工場", Body: "ネオジム磁石の工場が稼働した。", Published: day("2026-06-01")},
		Article{ID: "neo2", Title: "ネオジム磁石の価格", Body: "ネオジム磁石の価格が上がった。", Published: day("2026-06-02")})
	ix.reopening.Store(true) // before the rebuild the writes started (a second later)
	time.Sleep(2 * suggestDebounce)
	ix.reopening.Store(false)
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		got, _ := ix.Suggest(ctx, "ねおじ", 5)
		if slices.ContainsFunc(got, func(s Suggestion) bool { return strings.HasPrefix(s.Text, "ネオジム") }) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the failed rebuild was not tried again: no ネオジム for ねおじ")
}

package index

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// TestCompact writes articles in several batches, compacts, and checks the
// index is one segment that still finds, sorts and facets everything.
func TestCompact(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for b := range 4 {
		var arts []Article
		for i := range 5 {
			n := b*5 + i
			arts = append(arts, Article{
				ID:        fmt.Sprintf("c-%02d", n),
				Title:     fmt.Sprintf("全固体電池の量産 第%d報", n),
				Body:      "トヨタは全固体電池の量産を発表した。",
				Category:  []string{"全固体電池", "自動運転"}[n%2],
				Published: day(fmt.Sprintf("2026-%02d-10", 1+n%12)),
			})
		}
		mustPut(t, ix, arts...)
	}
	adv, err := ix.b.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	s := adv.(*scorch.Scorch)
	before := segments(s)
	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := segments(s); n != 1 {
		t.Fatalf("after Compact the index has %d segments (before: %d), want 1", n, before)
	}
	t.Logf("segments: %d before, 1 after", before)
	// The merged-away segments are gone from disk when Compact returns,
	// not left for a later open to remove.
	zaps, err := filepath.Glob(filepath.Join(dir, "*", "store", "*.zap"))
	if err != nil || len(zaps) != 1 {
		t.Fatalf("after Compact the index has segment files %v (%v), want one", zaps, err)
	}
	res := mustSearch(t, ix, Request{Query: "全固体電池", Sort: SortNewest, PerPage: 100})
	if res.Total != 20 || len(res.Facets.Category) != 2 || res.Hits[0].ID != "c-11" {
		t.Fatalf("after Compact: total %d, categories %v, first %s", res.Total, res.Facets.Category, res.Hits[0].ID)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Compact(context.Background()); err == nil {
		t.Fatal("Compact on a closed index succeeded")
	}
}

// TestBulkImport writes batches into an index opened for a bulk import:
// scorch leaves their segments unmerged (they are of a size, and fewer
// than a tier), Compact merges them all in one round, and the merge plan
// is not stored in the index for the next open.
func TestBulkImport(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir, Options{NoSuggest: true, BulkImport: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	const batches = 12
	for b := range batches {
		mustPut(t, ix, Article{
			ID:        fmt.Sprintf("b-%02d", b),
			Title:     fmt.Sprintf("全固体電池の量産 第%d報", b),
			Body:      "トヨタは全固体電池の量産を発表した。",
			Published: day("2026-03-10"),
		})
	}
	adv, err := ix.b.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	s := adv.(*scorch.Scorch)
	if n := segments(s); n != batches {
		t.Fatalf("after %d batches the index has %d segments, want %d", batches, n, batches)
	}
	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := segments(s); n != 1 {
		t.Fatalf("after Compact the index has %d segments, want 1", n)
	}
	if m, ok := s.StatsMap()["TotFileMergePlanTasksDone"].(uint64); !ok || m != 1 {
		t.Errorf("Compact ran %v merge tasks, want 1", s.StatsMap()["TotFileMergePlanTasksDone"])
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	metas, err := filepath.Glob(filepath.Join(dir, "*", "index_meta.json"))
	if err != nil || len(metas) != 1 {
		t.Fatalf("index_meta.json: %v %v", metas, err)
	}
	if meta, err := os.ReadFile(metas[0]); err != nil || bytes.Contains(meta, []byte("MergePlan")) {
		t.Fatalf("index_meta.json holds the bulk merge plan (%v): %s", err, meta)
	}
	ix, err = Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if res := mustSearch(t, ix, Request{Query: "全固体電池"}); res.Total != batches {
		t.Fatalf("after reopening: total %d, want %d", res.Total, batches)
	}
}

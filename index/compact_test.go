package index

import (
	"context"
	"fmt"
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

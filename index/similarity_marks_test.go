package index

import (
	"context"
	"math/rand"
	"slices"
	"testing"
)

// compareMarkers marks the words of a's related pool by postings bitmaps
// and by stepping postings readers, and reports whether both marked the
// same words of the same articles, with the same reasons.
func compareMarkers(t *testing.T, ix *Index, a Article) {
	t.Helper()
	ctx := context.Background()
	terms := ix.relatedTerms(ctx, &a, nil)
	if len(terms) == 0 {
		return
	}
	r, self := snapshotOf(t, ix, a.ID)
	pool, err := ix.candidates(ctx, r, terms, self, nil)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(pool, func(x, y poolMember) int { return int(x.num) - int(y.num) })
	terms = terms[:min(len(terms), simTerms)]
	words := (len(terms) + 63) / 64
	cands := func() []poolArticle {
		out := make([]poolArticle, len(pool))
		for i, m := range pool {
			out[i] = poolArticle{iid: m.iid, num: m.num, has: make(wordSet, words), listed: make(wordSet, words)}
		}
		return out
	}
	byBits, byReader := cands(), cands()
	bits := newWordMarker(r, byBits)
	if _, ok := bits.(*bitmapMarker); !ok {
		t.Fatalf("a scorch index marked by %T", bits)
	}
	reader := &readerMarker{r: r, cands: byReader}
	for ti, w := range terms {
		for _, links := range []bool{false, true} {
			if err := bits.mark(ctx, w.term, links, ti); err != nil {
				t.Fatal(err)
			}
			if err := reader.mark(ctx, w.term, links, ti); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := range byBits {
		b, s := byBits[i], byReader[i]
		if !slices.Equal(b.has, s.has) || !slices.Equal(b.listed, s.listed) || b.shared != s.shared || !slices.Equal(b.terms, s.terms) {
			t.Errorf("%s: candidate %d marked %v %v %d %q by bitmaps, %v %v %d %q by readers", a.ID, b.num, b.has, b.listed, b.shared, b.terms, s.has, s.listed, s.shared, s.terms)
		}
	}
}

// TestMarkersAgree: the similarity's words, marked by intersecting
// postings bitmaps a segment at a time, are those a postings reader
// stepping through the pool finds: on the sample set rewritten in part
// (several segments, with deletions) and on a seeded sample of the corpus.
func TestMarkersAgree(t *testing.T) {
	ix := mustSample(t)
	arts := sampleArticles(t)
	for i := 0; i < len(arts); i += 4 {
		mustPut(t, ix, arts[i]) // (its old version deleted in an older segment)
	}
	for _, a := range arts {
		compareMarkers(t, ix, a)
	}
	if testing.Short() {
		return
	}
	cx, _ := mustCorpus(t)
	corpus := loadCorpus(t, 1<<20)
	rng := rand.New(rand.NewSource(13))
	for range 200 {
		compareMarkers(t, cx, corpus[rng.Intn(len(corpus))])
	}
}

package index

import (
	"context"
	"math/rand"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// relatedPrecision is the share of the top-5 related articles that are in
// the source's category, over sources picked with a fixed seed. The
// category is never given to the algorithm.
func relatedPrecision(t testing.TB, ix *Index, arts []Article, sources int, rank func(a Article) []string) float64 {
	t.Helper()
	cat := map[string]string{}
	for _, a := range arts {
		cat[a.ID] = a.Category
	}
	rng := rand.New(rand.NewSource(42))
	same, total := 0, 0
	for _, i := range rng.Perm(len(arts))[:sources] {
		src := arts[i]
		for _, id := range rank(src) {
			total++
			if cat[id] == src.Category {
				same++
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(same) / float64(total)
}

// TestRelatedQuality measures precision@5 on livedoor with every one of
// its 7,367 articles as a source (in an order shuffled with a fixed
// seed), with two baselines measured in the same run. The goal is 0.90.
// It is the share of the hits shown: a list that ends short when fewer
// relate (faintShare, thinCover) counts the hits it has; the share of
// five places each, an empty one counted as off the category, is logged
// beside it (livedoor's thin lists, over HTTP: 0.8581 → 0.8618 of the hits
// shown, 0.8511 → 0.8409 of five places).
// Every article rather than a sample of 600: a sample's figure moved by
// ±0.003 with changes that left the whole corpus's within ±0.0003 (the
// site's list, 0.903 → 0.900 on the sample, 0.9004 on all). The test
// guards against regressions below relatedFloor. Single-step
// similarities (Ochiai, full-vocabulary cosine) top out at 0.89;
// scopeMatch, consensus and words in up to half of the articles make
// the difference. Same category is a lenient judge: kaden-channel lists
// its headlines of the day under each article, which made its articles
// related to the same days' (same category, another subject). Since
// sources relate by their own text only and others' lists count half
// (see linkWeight), kaden-channel's same-category share fell from 0.93
// to 0.72 and the whole figure from 0.900 to 0.870, while precision
// judged by hand (40 livedoor sources, 200 hits graded 0–2) rose from
// 0.705 to 0.745, kaden-channel from 0.34 to 0.49. Taking a site's own
// recommended lists off the bodies (【MOVIE ENTER おすすめ記事】) moved it
// from 0.8653 to 0.8628, the lists judged on their subject better; a list
// of five that always starts the longer lists (picked again from their
// hits when one past it could rank among it) to 0.8612.
const relatedFloor = 0.855

func TestRelatedQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the livedoor index; skipped with -short")
	}
	ix, _ := mustCorpus(t)
	arts := loadCorpus(t, 1<<20)
	ctx := context.Background()
	sources := len(arts)

	shown := 0 // (a list ends short when fewer relate, see thinCover)
	ours := relatedPrecision(t, ix, arts, sources, func(a Article) []string {
		hits, err := ix.Related(ctx, RelatedRequest{ID: a.ID})
		if err != nil {
			t.Fatal(err)
		}
		shown += len(hits)
		ids := make([]string, len(hits))
		for i, h := range hits {
			ids[i] = h.ID
		}
		return ids
	})

	rng := rand.New(rand.NewSource(7))
	random := relatedPrecision(t, ix, arts, sources, func(a Article) []string {
		var ids []string
		for len(ids) < 5 {
			if b := arts[rng.Intn(len(arts))]; b.ID != a.ID {
				ids = append(ids, b.ID)
			}
		}
		return ids
	})

	titleOR := relatedPrecision(t, ix, arts, sources, func(a Article) []string {
		var qs []query.Query
		for _, term := range ix.an.Terms(a.Title) {
			qs = append(qs, fieldsTerm(term, exact(1)))
		}
		if len(qs) == 0 {
			return nil
		}
		bq := bleve.NewBooleanQuery()
		bq.AddMust(bleve.NewDisjunctionQuery(qs...))
		bq.AddMustNot(bleve.NewDocIDQuery([]string{a.ID}))
		res, err := ix.b.Search(bleve.NewSearchRequestOptions(bq, 5, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		return ids
	})

	t.Logf("precision@5 over %d sources: related %.4f, random %.3f, title-word OR %.3f", sources, ours, random, titleOR)
	t.Logf("related: %d hits shown; in the source's category %.4f of five places each (a place left empty counted as off it)",
		shown, ours*float64(shown)/float64(DefaultRelatedSize*sources))
	if ours < relatedFloor {
		t.Errorf("related precision@5 = %.3f, want at least %.2f", ours, relatedFloor)
	}
	if ours < titleOR+0.1 || ours < random+0.5 {
		t.Errorf("related precision@5 = %.3f does not beat the baselines clearly", ours)
	}
}

// TestRelatedLongerStartsAsShorter: a widget's five related articles are
// the first five of any longer list. Sources where a short list had been
// picked from fewer hits than a long one (roundups halved below articles
// only the long list then reached, strong hits past the short window
// moved before weak ones), found by a blind audit, and a seeded sample.
func TestRelatedLongerStartsAsShorter(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the livedoor index; skipped with -short")
	}
	ix, _ := mustCorpus(t)
	arts := loadCorpus(t, 1<<20)
	ids := []string{"peachy-6886043", "peachy-6549352", "peachy-6661911", "peachy-6776312", "smax-6770542",
		"movie-enter-5913562", "dokujo-tsushin-6195471", "it-life-hack-6372178", "sports-watch-4866983"}
	rng := rand.New(rand.NewSource(5))
	for _, i := range rng.Perm(len(arts))[:100] {
		ids = append(ids, arts[i].ID)
	}
	ctx := context.Background()
	list := func(id string, size int) []string {
		hits, err := ix.Related(ctx, RelatedRequest{ID: id, Size: size})
		if err != nil {
			t.Fatal(err)
		}
		out := make([]string, len(hits))
		for i, h := range hits {
			out[i] = h.ID
		}
		return out
	}
	for _, id := range ids {
		short, long := list(id, 5), list(id, MaxRelatedSize)
		if len(long) > len(short) && len(short) < 5 || !slices.Equal(short, long[:min(len(short), len(long))]) {
			t.Errorf("%s: size 5 = %v, size %d starts %v", id, short, MaxRelatedSize, long[:min(len(long), 8)])
		}
	}
}

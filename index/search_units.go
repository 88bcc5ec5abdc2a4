package index

import (
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// How a relaxed search weighs its units: left unranked by how many an
// article has when they are too common to count, and each weighed by how
// few articles have it.

// maxMostWork bounds the relaxed searches that rank the articles missing
// only one unit first: that clause steps through every article that has
// any unit, for each unit and each of its alternatives. When the articles
// with a unit times the units exceed this many times the archive, it is
// left out: b1い12い2いいba2ー2あいaあ, eight units in 2,943 of livedoor's
// 7,367 articles (3.2), took two seconds with it and 27 ms without, and
// words that common say little about which articles miss the fewest.
const maxMostWork = 1.5

// Up to moreMostWork times the archive, and maxMostSteps steps, the
// clause stays: in a small archive the long queries of readers that relax
// are often that common (会社の飲み会やイベントが多すぎるときの断り方: five
// units in 3,543 of livedoor's articles, 2.4), and without it the article
// with all five words ranked below one with three, one of them in its
// title (MRR@10 of 137 long queries 0.884 → 0.893, a few milliseconds
// each). At 100,000 articles the same share is ten times the steps (119
// → 213 ms for that query), so a large archive keeps maxMostWork.
const (
	moreMostWork = 3.0
	maxMostSteps = 60_000
)

// commonUnits reports whether the units of a relaxed search are too
// common to rank by how many each article has (see maxMostWork).
func (ix *Index) commonUnits(ctx context.Context, tq textQuery) bool {
	n, err := ix.b.DocCount()
	if err != nil || n == 0 {
		return false
	}
	res, err := ix.b.SearchInContext(ctx, bleve.NewSearchRequestOptions(tq.build(nil, true, false), 0, 0, false))
	if err != nil {
		return false
	}
	steps, archive := float64(res.Total)*float64(len(tq.strong())), float64(n)
	return steps > maxMostWork*archive && (steps > moreMostWork*archive || steps > maxMostSteps)
}

// maxWeighedUnits bounds the units unitWeights counts (a search each).
const maxWeighedUnits = 8

// unitWeights weighs the strong units of a relaxed search by how few
// articles have each: its idf, ln(N/df), over the units' mean. BM25
// already counts a rare word for more, but less than a title counts for
// (three times): ELUGAという名前の意味と由来 had ranked articles with 名前 in
// their titles above every article on ELUGA, and an article missing only
// ドバイ of ドバイ旅行のホテル選び one missing only 選び. Nil when there
// are fewer than two units or too many to count (and not asked for when
// the units are common: see maxMostWork).
func (ix *Index) unitWeights(ctx context.Context, tq textQuery) map[query.Query]float64 {
	strong := slices.DeleteFunc(slices.Clone(tq.strong()), func(q query.Query) bool { return tq.spare[q] })
	if len(strong) < 2 || len(strong) > maxWeighedUnits {
		return nil
	}
	n, err := ix.b.DocCount()
	if err != nil || n == 0 {
		return nil
	}
	idf := make([]float64, len(strong))
	sum := 0.0
	for i, q := range strong {
		res, err := ix.b.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 0, 0, false))
		if err != nil {
			return nil
		}
		idf[i] = math.Log(float64(n+1) / float64(res.Total+1))
		sum += idf[i]
	}
	if sum == 0 {
		return nil
	}
	w := make(map[query.Query]float64, len(strong))
	for i, q := range strong {
		w[q] = max(minUnitWeight, idf[i]*float64(len(strong))/sum)
	}
	return w
}

// minUnitWeight keeps a unit in most articles (テレビ of livedoor) from
// counting for nothing.
const minUnitWeight = 0.2

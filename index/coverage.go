package index

import "slices"

// A source with no neighbour in the archive still gets five candidates
// that score close to one another: each shares a few of the source's
// ordinary words (批判, 意見, 売上高, 過去最高) and none of its subject, and
// as their scores are alike no cut relative to the best one removes them.
// What tells them apart is measured against the pool itself: the share
// of the source's coverTerms strongest words (by tf-idf weight) that a
// candidate's text has, its coverage, beside the coverage of the
// candidates ranked coverBackgroundFrom to coverBackgroundTo, which share
// only the source's ordinary words as a rule (the background). A hit
// covering less than the background's median is no closer to the source
// than the background is: past the first minRelatedShown it is left out,
// and its place is not filled by a hit further down (which would be
// background too). Judged blind (40 livedoor and 40 tech-news sources,
// 398 hits graded 0–2), the hits left out were 12 graded 0 and 4 graded
// 1 (precision of the hits shown, grade 1 or more: livedoor 0.682 →
// 0.723, tech 0.780 → 0.778); livedoor's same-category share, every
// article a source, 0.8659 → 0.8686, with 2,161 lists of three or four.
// Leaving them out down to a single hit cut 25 on livedoor (about 21 of
// them 0s: 0.682 → 0.757) but left 339 livedoor lists with one or two.
const (
	coverTerms          = 60
	coverBackgroundFrom = 10 // (0-based: the 11th)
	coverBackgroundTo   = 20
)

// coverage returns the share of the weight of the source's coverTerms
// strongest words that c has in its text (not only in its lists).
func (c *poolArticle) coverage(terms []weightedTerm) float64 {
	total, has := 0.0, 0.0
	for ti, t := range terms[:min(len(terms), coverTerms)] {
		total += t.weight
		if c.has.has(ti) && !c.listed.has(ti) {
			has += t.weight
		}
	}
	if total == 0 {
		return 0
	}
	return has / total
}

// belowBackground reports, for each of ranked (best first), whether its
// coverage is under the median of the background's; none is when the
// pool has no background (a subject few articles share a word of).
func belowBackground(ranked []poolArticle, terms []weightedTerm) []bool {
	below := make([]bool, len(ranked))
	if len(ranked) < coverBackgroundTo {
		return below
	}
	cov := make([]float64, len(ranked))
	for i := range ranked {
		cov[i] = ranked[i].coverage(terms)
	}
	bg := slices.Clone(cov[coverBackgroundFrom:coverBackgroundTo])
	slices.Sort(bg)
	floor := (bg[len(bg)/2-1] + bg[len(bg)/2]) / 2
	for i, c := range cov {
		below[i] = c < floor
	}
	return below
}

package index

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"

	"sagasu/analyzer"
)

// Completing a last word after the others: the candidates are checked
// against the earlier words, at most maxCooccurChecks of them, with at
// most maxContextTerms distinct words of context, within cooccurWork
// (a check is a small search; many words of context or many candidates
// must not make a keystroke slow).
//
// The budgets count work, not time: a check costs checkWork and one more
// for every posting it reads. Cut by the clock, the same keystroke had
// offered other words on a busy machine than on an idle one (iPhone 4S
// あ lost iPad); counted, the words depend on the articles alone, and a
// check reads about as many postings at a million articles as at seven
// thousand (it stops at maxTogether matches).
const (
	maxCooccurChecks = 12
	minCooccurChecks = 8 // made whatever the work
	maxContextTerms  = 4
	checkWork        = 1000
	cooccurWork      = 12000
)

// rareContext: words before the one being completed that fewer articles
// than this, and under a rareContextShare-th of the archive, have together
// are a rare context, beside which up to
// maxRareContextChecks candidates are checked, not maxCooccurChecks: each
// check reads few postings, and the twelve words commonest in the archive
// had seldom been the ones beside a rare name (AWS し offered nothing, AWS
// しょう AWS 詳細 of 1 article before AWS 障害 of 5).
const (
	rareContext          = 50
	rareContextShare     = 50
	maxRareContextChecks = 24
)

// maxTogether: articles with a word and the words before it are counted
// up to this many, and estimated past it (see estimateBeside).
const maxTogether = 20

// besideContext returns the entries for the prefix groups (of the
// maxCooccurChecks best) that some article has together with words, the
// words most tied to them first: by together²÷count, where together is
// the articles that have both, so なでしこ さわ offers 澤 before 爽やか, a word
// in every article, and 独女 け offers 結婚 before 決定.
//
// With strict, a word is also left out when the context could not be
// counted at all (no word of it is in an article as written), rather than
// kept in its place. counts holds, for each entry, the articles that have
// it together with words (estimated past maxTogether), or -1 when they
// were not counted. The counts of the first shown are counted further
// (to maxShownTogether, within shownWork), as a reader sees them.
func (ix *Index) besideContext(ctx context.Context, si *suggestIndex, words []string, groups [][]string, strict bool, shown int) (ids []int32, counts []int) {
	together, work, rare, done := ix.cooccurrence(ctx, words)
	defer done()
	checked := maxCooccurChecks
	if rare {
		checked = maxRareContextChecks
	}
	cs := besideCandidates(si, words, groups, checked, strict, together)
	rankBeside(si, cs)
	recountShown(si, cs, shown, together, work)
	ids, counts = make([]int32, len(cs)), make([]int, len(cs))
	for k, c := range cs {
		ids[k], counts[k] = c.i, c.n
	}
	return ids, counts
}

// besideCand is an entry besideContext checked against the words before
// it.
type besideCand struct {
	i     int32
	own   float64 // n²/articles with the word: how closely it goes with the others
	score float64 // the best own of it and the words that extend it
	n     int     // articles with the word and the others, -1 when not counted
}

// besideCandidates checks the entries for the prefix groups, at most
// checked of them, against the words before them with together, and
// returns those some article has beside the words (and, unless strict,
// those the context could not count, in their places), unranked. A word
// typed already is no candidate, nor one that starts with a word typed.
func besideCandidates(si *suggestIndex, words []string, groups [][]string, checked int, strict bool, together func(word string, limit int) (float64, bool)) []besideCand {
	typed := map[string]bool{}
	var folded []string
	for _, w := range words {
		typed[analyzer.WordTerm(w)] = true
		folded = append(folded, analyzer.Fold(w))
	}
	// A word that starts with one typed before says it again (トヨタ と is
	// not トヨタ トヨタ自動車).
	repeats := func(text string) bool {
		text = analyzer.Fold(text)
		return slices.ContainsFunc(folded, func(w string) bool { return w != "" && strings.HasPrefix(text, w) })
	}
	var cs []besideCand
	found := si.lookupGroups(groups, checked)
	for _, i := range found[:min(len(found), checked)] { // (lookupGroups may return more)
		e := &si.entries[i]
		if e.kind != kindTerm || typed[analyzer.WordTerm(e.text)] || repeats(e.text) ||
			si.latin[i].text != "" && typed[analyzer.WordTerm(si.latin[i].text)] {
			continue // (トヨタ と is not トヨタ トヨタ, nor Apple あ Apple アップル)
		}
		n, known := together(e.text, maxTogether)
		switch {
		case !known && !strict:
			cs = append(cs, besideCand{i: i, own: -1, n: -1}) // keeps its place
		case n > 0:
			cs = append(cs, besideCand{i: i, own: n * n / float64(max(e.count, 1)), n: int(math.Round(n))})
		}
	}
	return cs
}

// rankBeside orders cs by how closely each goes with the words before
// it, the shorter first of two that score alike.
func rankBeside(si *suggestIndex, cs []besideCand) {
	// A word ranks with the best of the words that extend it, ahead
	// of them: 結婚 before 結婚観, which 独女 may be tied to more
	// closely but which only readers of 結婚 go on to.
	best := make([]float64, len(cs))
	for a := range cs {
		best[a] = cs[a].own
		for b := range cs {
			if b != a && cs[b].own > best[a] && strings.HasPrefix(si.entries[cs[b].i].text, si.entries[cs[a].i].text) {
				best[a] = cs[b].own
			}
		}
	}
	for a := range cs {
		cs[a].score = best[a]
	}
	slices.SortStableFunc(cs, func(a, b besideCand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(len(si.entries[a.i].text), len(si.entries[b.i].text))
	})
}

// recountShown counts the first of cs, ranked, further (to
// maxShownTogether, within shownWork and firstRecounted), as a reader
// sees them, and ranks cs again after each round that counted one.
func recountShown(si *suggestIndex, cs []besideCand, shown int, together func(word string, limit int) (float64, bool), work *int) {
	// The first ones, counted further, rank again: a count estimated from
	// twenty articles was off by half either way.
	// Until the first ones are counted: one counted down lets an
	// estimate past them rise to the top.
	recounted := map[int32]bool{}
	for again := true; again; {
		again = false
		for k := range cs[:min(len(cs), 2*shown)] {
			c := &cs[k]
			if c.n < maxTogether || recounted[c.i] || *work >= shownWork && (k >= firstRecounted || *work >= 2*shownWork) {
				continue
			}
			n, _ := together(si.entries[c.i].text, maxShownTogether)
			c.n, c.own, again = int(math.Round(n)), n*n/float64(max(si.entries[c.i].count, 1)), true
			recounted[c.i] = true
		}
		if again {
			rankBeside(si, cs)
		}
	}
}

// maxShownTogether and shownWork bound the counting of the articles
// with a suggested pair of words, as shown (shownWork with the work of
// the first checks): from twenty articles the estimate was off by half
// either way (映画 女性 1,045 against 381).
const (
	maxShownTogether = 400
	shownWork        = 15000
)

// firstRecounted: the first ones are counted further with twice the
// work when the first checks used it up, and again when the counts move
// others up to them (after a word as common as 独女, 独女 レストラン was
// shown first for 85 articles, where 25 have both: the estimate had read
// postings of one category, stored together).
const firstRecounted = 3

package index

import (
	"cmp"
	"context"
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
)

// Completing a last word after the others: the candidates are checked
// against the earlier words, at most maxCooccurChecks of them, with at
// most maxContextTerms distinct words of context, within cooccurBudget
// (a check is a small search; many words of context or many candidates
// must not make a keystroke slow).
const (
	maxCooccurChecks = 12
	minCooccurChecks = 8 // made whatever the time
	maxContextTerms  = 4
	cooccurBudget    = time.Millisecond
)

// maxTogether: articles with a word and the words before it are counted
// up to this many, and estimated past it (see estimateMatches).
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
// were not counted.
func (ix *Index) besideContext(ctx context.Context, si *suggestIndex, words []string, groups [][]string, strict bool) (ids []int32, counts []int) {
	together, done := ix.cooccurrence(ctx, words)
	defer done()
	type cand struct {
		i     int32
		score float64
		n     int // articles with the word and the others, -1 when not counted
	}
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
	var cs []cand
	found := si.lookupGroups(groups, maxCooccurChecks)
	for _, i := range found[:min(len(found), maxCooccurChecks)] { // (lookupGroups may return more)
		e := &si.entries[i]
		if e.kind != kindTerm || typed[analyzer.WordTerm(e.text)] || repeats(e.text) {
			continue // (トヨタ と is not トヨタ トヨタ)
		}
		n, known := together(e.text)
		switch {
		case !known && !strict:
			cs = append(cs, cand{i: i, score: -1, n: -1}) // keeps its place
		case n > 0:
			cs = append(cs, cand{i: i, score: n * n / float64(max(e.count, 1)), n: int(math.Round(n))})
		}
	}
	// A word ranks with the best of the words that extend it, ahead of
	// them: 結婚 before 結婚観, which 独女 may be tied to more closely but
	// which only readers of 結婚 go on to.
	best := make([]float64, len(cs))
	for a := range cs {
		best[a] = cs[a].score
		for b := range cs {
			if b != a && cs[b].score > best[a] && strings.HasPrefix(si.entries[cs[b].i].text, si.entries[cs[a].i].text) {
				best[a] = cs[b].score
			}
		}
	}
	for a := range cs {
		cs[a].score = best[a]
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(len(si.entries[a.i].text), len(si.entries[b.i].text))
	})
	ids, counts = make([]int32, len(cs)), make([]int, len(cs))
	for k, c := range cs {
		ids[k], counts[k] = c.i, c.n
	}
	return ids, counts
}

// cooccurrence returns the number of articles that have a word together
// with the words before it (counted up to maxTogether, estimated past
// it), and a func to call when done with it. Words no article has as
// written (kana not yet converted) are left out of the context; when none
// is left, known is false for every word, and when the words left are in
// no article together, every count is 0. A count stops at maxTogether
// articles, so it costs about as much at a million articles as at a
// thousand; past cooccurBudget (and minCooccurChecks) a word is not
// counted and counts 0, so a busy moment may offer fewer completions but
// never one that no article has beside the others.
func (ix *Index) cooccurrence(ctx context.Context, words []string) (together func(string) (n float64, known bool), done func()) {
	unknown := func(string) (float64, bool) { return 0, false }
	none := func(string) (float64, bool) { return 0, true }
	adv, err := ix.b.Advanced()
	if err != nil {
		return unknown, func() {}
	}
	r, err := adv.Reader()
	if err != nil {
		return unknown, func() {}
	}
	done = func() { r.Close() }
	tc := &readerCounter{ctx: ctx, ix: ix.b, r: r, cache: map[[2]string]uint64{}}
	var terms []string
	for _, w := range words {
		for _, t := range ix.an.Terms(w) {
			if t == "" || slices.Contains(terms, t) {
				continue
			}
			if tc.count(t, fieldBody)+tc.count(t, fieldTitle) == 0 {
				if !unconverted(w) {
					// A word no article has (zzzq テレ): any completion
					// searches into nothing.
					return none, done
				}
				continue
			}
			if len(terms) < maxContextTerms {
				terms = append(terms, t)
			}
		}
	}
	if len(terms) == 0 {
		return unknown, done
	}
	all := func(ts []string) query.Query {
		qs := make([]query.Query, len(ts))
		for i, t := range ts {
			qs[i] = fieldsTerm(t, exact(1))
		}
		return conjunction(qs)
	}
	if ix.countMatches(ctx, r, all(terms), 1) == 0 {
		return none, done
	}
	budget := cooccurBudget
	if ix.sug.budget > 0 {
		budget = ix.sug.budget
	}
	deadline, checks := time.Now().Add(budget), 0
	return func(word string) (float64, bool) {
		if checks++; checks > minCooccurChecks && time.Now().After(deadline) {
			// Not counted: left out, as a word no article has beside
			// the others would be (kept in its place, it had offered
			// Arm 測位, which no article pairs, on a busy machine).
			return 0, true
		}
		ts := ix.an.Terms(word)
		if len(ts) == 0 {
			return 0, true
		}
		_, est := ix.estimateMatches(ctx, r, all(append(ts, terms...)), maxTogether)
		return est, true
	}, done
}

// unconverted reports whether a word of context may be input an IME has
// not converted yet: kana, or romaji that reads as kana (kagawa).
func unconverted(w string) bool {
	if analyzer.IsKana(w) {
		return true
	}
	_, pending, ok := toKana(w)
	return isRomaji(w) && ok && pending == ""
}

// countMatches counts the articles that match q, up to limit.
func (ix *Index) countMatches(ctx context.Context, r bindex.IndexReader, q query.Query, limit int) int {
	n, _ := ix.estimateMatches(ctx, r, q, limit)
	return n
}

// estimateMatches counts the articles that match q up to limit, and
// estimates how many match in all: past limit, from how far into the
// index the limit-th match was (matches come in the order of the index's
// document numbers, which scorch's internal ids hold big-endian). Counting
// every match of two common words took milliseconds at 100,000 articles.
func (ix *Index) estimateMatches(ctx context.Context, r bindex.IndexReader, q query.Query, limit int) (n int, estimate float64) {
	s, err := q.Searcher(ctx, r, ix.b.Mapping(), search.SearcherOptions{})
	if err != nil {
		return 0, 0
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	var last uint64
	for n < limit {
		m, err := s.Next(sctx)
		if err != nil || m == nil {
			return n, float64(n) // every match counted
		}
		if len(m.IndexInternalID) == 8 {
			last = binary.BigEndian.Uint64(m.IndexInternalID)
		}
		sctx.DocumentMatchPool.Put(m)
		n++
	}
	total, err := r.DocCount()
	if err != nil || last == 0 || last+1 >= total {
		return n, float64(n)
	}
	return n, float64(n) * float64(total) / float64(last+1)
}

// maxUnreadChecks bounds the words afterUnread reads.
const maxUnreadChecks = 24

// afterUnread completes kana typed right after converted text that has
// no reading (耐量子 + あ: 耐 alone is no word of the dictionary): the words
// and titles that start with the text and whose rest reads as the kana
// (耐量子暗号).
func (ix *Index) afterUnread(si *suggestIndex, context, last, pending string, n int) []int32 {
	if last != "" && !analyzer.IsKana(last) {
		return nil
	}
	wants := []string{analyzer.ReadingPrefix(last)}
	if pending != "" {
		wants = wants[:0]
		for _, next := range nextKana[pending] {
			wants = append(wants, analyzer.ReadingPrefix(last+next))
		}
	}
	var out []int32
	for _, i := range si.lookup([]string{context}, maxUnreadChecks) {
		rest, ok := strings.CutPrefix(analyzer.Fold(si.entries[i].text), context)
		if !ok || rest == "" {
			continue
		}
		if r := []rune(rest); len(r) > suggestKeyRunes/2 {
			rest = string(r[:suggestKeyRunes/2]) // only its start is compared
		}
		if slices.ContainsFunc(ix.restReadings(rest), func(r string) bool {
			return slices.ContainsFunc(wants, func(w string) bool { return strings.HasPrefix(r, w) })
		}) {
			if out = append(out, i); len(out) == n {
				break
			}
		}
	}
	return out
}

// restReadings returns the ways the rest of a word after converted text
// may read: as kagome reads it, and with its first kanji read as the
// dictionary's other readings of it (体 of 半導体 alone reads からだ, in
// the word たい).
func (ix *Index) restReadings(rest string) []string {
	var out []string
	if r := readingKey(ix.an, rest); r != "" {
		out = append(out, r)
	}
	first, size := utf8.DecodeRuneInString(rest)
	if !isHan(first) {
		return out
	}
	after := ""
	if size < len(rest) {
		if after = readingKey(ix.an, rest[size:]); after == "" {
			return out
		}
	}
	for _, d := range ix.an.DictReadings(string(first)) {
		out = append(out, d+after)
	}
	return out
}

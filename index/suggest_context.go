package index

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

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
	type cand struct {
		i     int32
		own   float64 // n²/articles with the word: how closely it goes with the others
		score float64 // the best own of it and the words that extend it
		n     int     // articles with the word and the others, -1 when not counted
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
			cs = append(cs, cand{i: i, own: -1, n: -1}) // keeps its place
		case n > 0:
			cs = append(cs, cand{i: i, own: n * n / float64(max(e.count, 1)), n: int(math.Round(n))})
		}
	}
	rank := func() {
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
		slices.SortStableFunc(cs, func(a, b cand) int {
			if c := cmp.Compare(b.score, a.score); c != 0 {
				return c
			}
			return cmp.Compare(len(si.entries[a.i].text), len(si.entries[b.i].text))
		})
	}
	rank()
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
			rank()
		}
	}
	ids, counts = make([]int32, len(cs)), make([]int, len(cs))
	for k, c := range cs {
		ids[k], counts[k] = c.i, c.n
	}
	return ids, counts
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

// cooccurrence returns the number of articles that have a word together
// with the words before it (counted up to maxTogether, estimated past
// it), the work counted so far (see checkWork), and a func to call when
// done with it. Words no article has as
// written (kana not yet converted) are left out of the context; when none
// is left, known is false for every word, and when the words left are in
// no article together, every count is 0. A count stops at maxTogether
// articles, so it costs about as much at a million articles as at a
// thousand; past cooccurWork (and minCooccurChecks) a word is not
// counted and counts 0, so a costly context may offer fewer completions
// but never one that no article has beside the others.
func (ix *Index) cooccurrence(ctx context.Context, words []string) (together func(word string, limit int) (n float64, known bool), work *int, rare bool, done func()) {
	unknown := func(string, int) (float64, bool) { return 0, false }
	none := func(string, int) (float64, bool) { return 0, true }
	work = new(int)
	adv, err := ix.b.Advanced()
	if err != nil {
		return unknown, work, false, func() {}
	}
	r, err := adv.Reader()
	if err != nil {
		return unknown, work, false, func() {}
	}
	done = func() { r.Close() }
	tc := &readerCounter{ctx: ctx, ix: ix.b, r: r, cache: map[[2]string]uint64{}}
	docsOf := func(t string) uint64 { return max(tc.count(t, fieldBody), tc.count(t, fieldTitle)) }
	var terms []string
	var context []contextWord
	for _, w := range words {
		for _, t := range ix.an.Terms(w) {
			if t == "" || slices.Contains(terms, t) {
				continue
			}
			cw := ix.contextWord(t, docsOf)
			if cw.docs == 0 {
				if !unconverted(w) {
					// A word no article has (zzzq テレ): any completion
					// searches into nothing.
					return none, work, false, done
				}
				continue
			}
			if len(terms) < maxContextTerms {
				terms = append(terms, t)
				context = append(context, cw)
			}
		}
	}
	if len(terms) == 0 {
		return unknown, work, false, done
	}
	all := func(ts []string) query.Query {
		qs := make([]query.Query, 0, len(ts)+len(context))
		for _, t := range ts {
			qs = append(qs, fieldsTerm(t, exact(1)))
		}
		for _, cw := range context {
			qs = append(qs, cw.q)
		}
		return conjunction(qs)
	}
	n, _ := ix.firstMatches(ctx, r, all(nil), rareContext, work)
	if n == 0 {
		return none, work, false, done
	}
	docs, _ := ix.b.DocCount()
	rare = n < rareContext && uint64(n)*rareContextShare < docs
	budget := cooccurWork
	if rare {
		budget += (maxRareContextChecks - maxCooccurChecks) * checkWork
	}
	checks := 0
	return func(word string, limit int) (float64, bool) {
		if checks++; limit == maxTogether && checks > minCooccurChecks && *work > budget {
			// Not counted: left out, as a word no article has beside
			// the others would be (kept in its place, it had offered
			// Arm 測位, which no article pairs, on a busy machine).
			return 0, true
		}
		toks := indexed(ix.an.Tokens(word))
		if len(toks) == 0 {
			return 0, true
		}
		ts := tokenTerms(toks)
		var rarest query.Query // (the word or context word fewest articles have)
		docs := uint64(math.MaxUint64)
		for _, t := range ts {
			if d := docsOf(t); d < docs {
				rarest, docs = fieldsTerm(t, exact(1)), d
			}
		}
		for _, cw := range context {
			if cw.docs < docs {
				rarest, docs = cw.q, cw.docs
			}
		}
		q := all(ts)
		if len(toks) > 1 {
			// A compound's words side by side: タクシー and 運転手 apart had
			// counted 23 articles for 自動運転 タクシー運転手, which 4 write.
			q = conjunction([]query.Query{q, termsPhrase(phraseTerms(toks), exact(1))})
		}
		if last := terms[len(terms)-1]; isLatinWord(last) && toks[0].Class == "number" {
			// A number after a Latin name is its model, side by side, as a
			// search reads the two (iphone 1 had offered iPhone 107SH and
			// iPhone 1.2GHz, which no search finds).
			q = conjunction([]query.Query{q, termsPhrase(append([]string{last}, phraseTerms(toks)...), exact(1))})
		}
		*work += checkWork
		return ix.estimateBeside(ctx, r, q, rarest, docs, limit, work), true
	}, work, rare, done
}

// contextWord is a word before the one being completed, as the articles
// are searched for it.
type contextWord struct {
	q    query.Query
	docs uint64 // the articles with it (at most)
}

// contextWord returns the query for term t of a word before the one
// being completed: the term or its synonyms, as a search has them
// (nintendo sw is Nintendo Switch where the articles write 任天堂 and
// Switch, and 任天堂 sw too), and the articles with it, by docsOf of each
// (a sum for synonyms: an upper bound).
func (ix *Index) contextWord(t string, docsOf func(string) uint64) contextWord {
	cw := contextWord{q: fieldsTerm(t, exact(1)), docs: docsOf(t)}
	if ix.syn == nil {
		return cw
	}
	end, others := ix.syn.match([]string{t}, 0)
	if end != 1 {
		return cw
	}
	qs := []query.Query{cw.q}
	for _, o := range others {
		d := docsOf(o.terms[0])
		if d == 0 {
			continue
		}
		q := fieldsTerm(o.terms[0], exact(1))
		if len(o.terms) > 1 {
			q = termsPhrase(o.terms, exact(1))
		}
		qs, cw.docs = append(qs, q), cw.docs+d
	}
	cw.q = disjunction(qs)
	return cw
}

// unconverted reports whether a word of context may be input an IME has
// not converted yet: kana, or romaji that reads as kana (kagawa).
func unconverted(w string) bool {
	if analyzer.IsKana(w) {
		return true
	}
	_, ok := wordKana(w)
	return isRomaji(w) && ok
}

// estimateBeside counts the articles that match q, all of which have the
// word rare (in docs articles), up to limit, and estimates how many
// match in all: past limit, by the share of the articles with rare
// up to the last match counted that match q, adding the postings it read
// to work. Archives are seldom in
// random order (livedoor's came one category at a time): the share of
// the whole archive up to that match had made 独女 結婚 1,473 articles,
// which a search found 223 of.
func (ix *Index) estimateBeside(ctx context.Context, r bindex.IndexReader, q, rare query.Query, docs uint64, limit int, work *int) float64 {
	n, last := ix.firstMatches(ctx, r, q, limit, work)
	if n < limit || last == nil {
		return float64(n) // every match counted
	}
	s, err := rare.Searcher(ctx, r, ix.b.Mapping(), search.SearcherOptions{})
	if err != nil {
		return float64(n)
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	k := 0
	for {
		m, err := s.Next(sctx)
		if err != nil || m == nil || m.IndexInternalID.Compare(last) > 0 {
			break
		}
		sctx.DocumentMatchPool.Put(m)
		k++
	}
	*work += k
	if k < n {
		return float64(n)
	}
	return max(float64(n), min(float64(docs), float64(n)*float64(docs)/float64(k)))
}

// firstMatches counts the articles that match q up to limit, adds them
// to work, and returns the internal id of the last one counted.
func (ix *Index) firstMatches(ctx context.Context, r bindex.IndexReader, q query.Query, limit int, work *int) (n int, last bindex.IndexInternalID) {
	defer func() { *work += n }()
	s, err := q.Searcher(ctx, r, ix.b.Mapping(), search.SearcherOptions{})
	if err != nil {
		return 0, nil
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	for n < limit {
		m, err := s.Next(sctx)
		if err != nil || m == nil {
			return n, last
		}
		last = append(last[:0], m.IndexInternalID...)
		sctx.DocumentMatchPool.Put(m)
		n++
	}
	return n, last
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

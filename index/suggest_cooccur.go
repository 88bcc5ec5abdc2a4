package index

import (
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
)

// Counting the articles that have a word together with the words before
// it, as the completions after them are checked (see besideContext): the
// words of context as a search has them, a count that stops at
// maxTogether and is estimated past it, and the work each check costs.

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
	terms, context, ok := ix.contextTerms(words, docsOf)
	if !ok {
		return none, work, false, done
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
		q, rarest, docs := ix.besideQuery(word, terms, context, all, docsOf)
		if q == nil {
			return 0, true
		}
		*work += checkWork
		return ix.estimateBeside(ctx, r, q, rarest, docs, limit, work), true
	}, work, rare, done
}

// contextTerms returns the distinct terms of words that some article has,
// the first maxContextTerms of them, each with its contextWord. A word no
// article has as written is left out when it may be kana an IME has not
// converted yet (see unconverted); ok is false for any other: no
// completion is in an article beside it.
func (ix *Index) contextTerms(words []string, docsOf func(string) uint64) (terms []string, context []contextWord, ok bool) {
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
					return nil, nil, false
				}
				continue
			}
			if len(terms) < maxContextTerms {
				terms = append(terms, t)
				context = append(context, cw)
			}
		}
	}
	return terms, context, true
}

// besideQuery returns the query for the articles that have word beside
// the words of context (all gives it for word's terms), and of the terms
// of word and the context the rarest, as a query, with the articles that
// have it (see estimateBeside); a nil query when word has no term to
// look for.
func (ix *Index) besideQuery(word string, terms []string, context []contextWord, all func([]string) query.Query, docsOf func(string) uint64) (query.Query, query.Query, uint64) {
	toks := indexed(ix.an.Tokens(word))
	if len(toks) == 0 {
		return nil, nil, 0
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
	return q, rarest, docs
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

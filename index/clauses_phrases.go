package index

import (
	"math"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Phrase clauses: words side by side as typed, in the main fields or the
// reading fields, bounded by the work they cost (see maxPhraseWork), with
// the variants a space or a joiner between words allows.

// termPhrase matches the terms of toks at their relative positions, in the
// title (boosted) or the body.
func termPhrase(toks []analyzer.Token, w weight) query.Query {
	return termsPhrase(phraseTerms(toks), w)
}

// termsPhrase matches terms in sequence ("" is a gap) in the title or the
// body.
func termsPhrase(terms []string, w weight) query.Query {
	return bleve.NewDisjunctionQuery(phraseQuery(terms, fieldTitle, w.title), phraseQuery(terms, fieldBody, w.body))
}

// phraseQuery matches terms in sequence in field ("" is a gap).
func phraseQuery(terms []string, field string, boost float64) query.Query {
	var qs []query.Query
	for _, piece := range phrasePieces(terms) {
		q := bleve.NewPhraseQuery(piece, field)
		q.SetBoost(boost)
		qs = append(qs, q)
	}
	return conjunction(qs)
}

// phrasePieces cuts terms into the phrases phraseQuery searches: the
// terms themselves when they are at most maxPhraseTerms, else consecutive
// pieces of that length, each distinct piece once, at most
// maxPhrasePieces of them.
func phrasePieces(terms []string) [][]string {
	if len(terms) <= maxPhraseTerms {
		return [][]string{terms}
	}
	var pieces [][]string
	seen := map[string]bool{}
	for len(terms) > 0 && len(pieces) < maxPhrasePieces {
		n := min(len(terms), maxPhraseTerms)
		piece := terms[:n]
		for len(piece) > 0 && piece[len(piece)-1] == "" {
			piece = piece[:len(piece)-1] // a piece ends on a term
		}
		if key := strings.Join(piece, "\x00"); len(piece) > 0 && !seen[key] {
			seen[key] = true
			pieces = append(pieces, piece)
		}
		terms = terms[n:]
		for len(terms) > 0 && terms[0] == "" {
			terms = terms[1:] // and starts on one
		}
	}
	return pieces
}

// maxPhraseWork bounds the work of a query's phrases in quotes, counted
// as phraseWork counts it. A phrase search reads the positions of its
// terms in every article that has them all, so a phrase of words in
// nearly every article costs as much as the archive is large: 16 quoted
// phrases of 日 日 日 … (phraseWork 168,000 on livedoor) took 1.3 s, and
// four such queries at once held every search slot to the timeout; one
// phrase of 日 日 took 0.4 s at 100,000 articles, where 日 is in 41,000:
// 5–8 µs a unit. At the limit a query's phrases take about 0.3–0.5 s on
// the development machine; phrases of rarer words are not limited (本 at
// 100,000 articles is in 12,000).
const maxPhraseWork = 60_000

// maxBuiltPhraseWork bounds the work of the phrases the compiler makes of
// words typed without quotes (日日日日 is 日|日|日|日 side by side), below
// maxPhraseWork: a word of one common kanji repeated reads its positions
// many times in each article (日 is up to 32 times in one), so six such
// words, 38 characters at 30,000 units, took 0.2 s, and four readers
// sending them held the others to 5 searches a second. A reader's words
// side by side seldom cost a tenth of this (a compound's rarest part is
// in a few hundred articles).
const maxBuiltPhraseWork = 20_000

// phraseWork estimates what searching terms as a phrase in the title and
// the body reads: for each piece phrasePieces cuts, the articles that
// have its rarest term, where the phrase's positions are compared, once
// for each term past the second.
func (c *compiler) phraseWork(terms []string) uint64 {
	if c.tc == nil {
		return 0
	}
	var work uint64
	for _, piece := range phrasePieces(terms) {
		rarest, n := uint64(math.MaxUint64), uint64(0)
		for _, t := range piece {
			if t != "" {
				rarest, n = min(rarest, c.df(t)), n+1
			}
		}
		if rarest != math.MaxUint64 {
			// (Each term past the second is one more set of positions
			// to walk in every such article: 日 eight times over took
			// 57 ms on livedoor, three times 4 ms.)
			work += rarest * max(1, n-1)
		}
	}
	return work
}

// phraseTerms lists the terms of toks by position, "" where a dropped
// token (the . of 4.0, a particle) leaves a gap.
func phraseTerms(toks []analyzer.Token) []string {
	terms := make([]string, 0, len(toks))
	for i, t := range toks {
		if i > 0 {
			for gap := t.Position - toks[i-1].Position; gap > 1; gap-- {
				terms = append(terms, "")
			}
		}
		terms = append(terms, t.Term)
	}
	return terms
}

// phrase matches text as a phrase in the title or the body: its terms at
// their relative positions, one term per position. (bleve's match-phrase
// query puts every term the analyzer gives a position there, compound
// parts and joined runs included, and its phrase search follows every
// combination of them: a name repeated a few times in the query and in an
// article took gigabytes and never ended.)
func (c *compiler) phrase(text string, w weight) query.Query {
	toks := indexed(c.tokens(text))
	switch len(toks) {
	case 0:
		return bleve.NewMatchNoneQuery()
	case 1:
		return fieldsTerm(toks[0].Term, w)
	}
	if nouns := c.verbNouns(toks); nouns != nil {
		return bleve.NewDisjunctionQuery(c.termPhrase(toks, w), c.termPhrase(nouns, w))
	}
	return c.termPhrase(toks, w)
}

// termPhrase is termPhrase within the query's phrase budget (see
// maxBuiltPhraseWork): a phrase that would take the query's phrases past it
// (a word typed as 日日日日, read 日|日|日|日) is its terms anywhere in the
// title or the body instead, and costs nothing more. Phrases in quotes
// are counted by quotedPhrase, and refused past it.
func (c *compiler) termPhrase(toks []analyzer.Token, w weight) query.Query {
	terms := phraseTerms(toks)
	work := c.phraseWork(terms)
	if c.phraseCost+work > maxBuiltPhraseWork {
		var qs []query.Query
		seen := map[string]bool{}
		for _, t := range terms {
			if t != "" && !seen[t] {
				seen[t] = true
				qs = append(qs, fieldsTerm(t, w))
			}
		}
		return conjunction(qs)
	}
	c.phraseCost += work
	return termsPhrase(terms, w)
}

// quotedPhrase is phrase for a phrase the reader quoted, where a space
// between two words also matches them with a word between (see
// phraseVariants); the phrases the compiler builds itself from words a
// space separates (a synonym's Rocket Lab, iOS 6) stay strict.
func (c *compiler) quotedPhrase(text string, w weight) query.Query {
	toks := indexed(c.tokens(text))
	if len(toks) < 2 {
		return c.phrase(text, w)
	}
	variants := phraseVariants(text, toks)
	if nouns := c.verbNouns(toks); nouns != nil {
		variants = append(variants, phraseVariants(text, nouns)...)
	}
	for _, terms := range variants {
		c.quotedCost += c.phraseWork(terms)
	}
	if len(variants) == 1 {
		return termsPhrase(variants[0], w)
	}
	qs := make([]query.Query, 0, 2*len(variants))
	for _, terms := range variants {
		qs = append(qs, phraseQuery(terms, fieldTitle, w.title), phraseQuery(terms, fieldBody, w.body))
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// maxSpaceGaps bounds the spaces of a phrase that each fork its variants;
// beyond it every space is one gap or none at once.
const maxSpaceGaps = 2

// phraseVariants lists the term sequences a phrase of toks (analysed from
// text) matches: where a space separates two words, side by side or with
// one word between them, as a particle or a punctuation mark takes a
// position ("トヨタ 全固体電池" is トヨタの全固体電池 and トヨタ、全固体電池
// as an article writes it; the space itself takes no position, so it had
// matched only a text that runs the words together).
func phraseVariants(text string, toks []analyzer.Token) [][]string {
	var spaces []int // indexes of tokens a space comes before
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if b.Position > a.Position && a.End < b.Start && b.Start <= len(text) &&
			strings.TrimSpace(text[a.End:b.Start]) == "" {
			spaces = append(spaces, i)
		}
	}
	if len(spaces) == 0 {
		return [][]string{phraseTerms(toks)}
	}
	build := func(gapped func(k int) bool) []string {
		terms := make([]string, 0, len(toks)+len(spaces))
		k := 0
		for i, t := range toks {
			if i > 0 {
				for gap := t.Position - toks[i-1].Position; gap > 1; gap-- {
					terms = append(terms, "")
				}
				if k < len(spaces) && spaces[k] == i {
					if gapped(k) {
						terms = append(terms, "")
					}
					k++
				}
			}
			terms = append(terms, t.Term)
		}
		return terms
	}
	if len(spaces) > maxSpaceGaps {
		return [][]string{build(func(int) bool { return false }), build(func(int) bool { return true })}
	}
	var out [][]string
	for mask := 0; mask < 1<<len(spaces); mask++ {
		out = append(out, build(func(k int) bool { return mask&(1<<k) != 0 }))
	}
	return out
}

// readingPhrase matches reading terms in sequence ("" is a gap) in the
// title or body reading fields.
func readingPhrase(terms []string, w weight) query.Query {
	build := func(field string, b float64) query.Query {
		if len(terms) == 1 {
			q := bleve.NewTermQuery(terms[0])
			q.SetField(field)
			q.SetBoost(b)
			return q
		}
		return phraseQuery(terms, field, b)
	}
	return bleve.NewDisjunctionQuery(build(fieldTitleReading, w.title), build(fieldBodyReading, w.body))
}

// maxPhraseTerms bounds the terms of one bleve phrase query. Its search
// compares each path's next position with every position of the next
// term, so a long phrase of a few repeated terms (カーーカーー… pasted a
// thousand characters long) against an article that repeats them took
// seconds; a longer phrase is required as consecutive pieces of this
// length (each in order, the pieces anywhere), each distinct piece once,
// at most maxPhrasePieces of them.
const (
	maxPhraseTerms  = 16
	maxPhrasePieces = 8
)

package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Alternatives: the other ways an article may have a word of a query than
// the word as written, each weighed below the word itself (see alt): the
// word kept whole, its reading (kana input, names, okurigana, loanwords),
// romaji before conversion, and katakana spellings an edit away.

// matches reports whether any article matches q; true when it cannot
// tell.
func (c *compiler) matches(q query.Query) bool {
	rc, ok := c.tc.(*readerCounter)
	return !ok || rc.anyMatch(q)
}

// matchesSome is matches for a query that may be nil (nothing).
func (c *compiler) matchesSome(q query.Query) bool {
	return q != nil && c.matches(q)
}

// splitLatin matches a Latin word no article has as the two words articles
// write it as (psvita is PS Vita, usbc USB-C): a phrase of the two
// halves, where both are terms, for at most maxLatinSplits split points.
// nil when there is none.
func (c *compiler) splitLatin(term string) query.Query {
	var qs []query.Query
	for _, split := range c.latinSplits(term) {
		qs = append(qs, c.phrase(split, exact(1)))
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// splitModel matches a model number typed without its hyphen (icfb03 is
// ICF-B03, fua51 F-UA51): the word's tokens in sequence, the first Latin
// token no article has split as splitLatin splits it. nil when the word is
// not all Latin letters and digits, or has no such token.
func (c *compiler) splitModel(text string, toks []analyzer.Token) query.Query {
	if len(toks) < 2 || !isLatinWord(text) {
		return nil
	}
	for i, t := range toks {
		if t.Class == "number" || c.df(t.Term) > 0 {
			continue
		}
		var qs []query.Query
		for _, split := range c.latinSplits(t.Term) {
			words := make([]string, len(toks))
			for j, u := range toks {
				words[j] = u.Term
			}
			words[i] = split
			qs = append(qs, c.phrase(strings.Join(words, " "), exact(1)))
		}
		if len(qs) == 0 {
			return nil
		}
		return disjunction(qs)
	}
	return nil
}

// latinSplits returns the ways to split a Latin word in two halves that
// are both terms ("icf b" for icfb) or one hyphenated term ("ml-kem" for
// mlkem: a name in the user dictionary is one token, hyphen and all), at
// most maxLatinSplits.
func (c *compiler) latinSplits(term string) []string {
	if len(term) < 3 || len(term) > maxAkaLatin || !isLatinWord(term) {
		return nil
	}
	var out []string
	for i := 1; i < len(term) && len(out) < maxLatinSplits; i++ {
		a, b := term[:i], term[i:]
		switch {
		case c.df(a+"-"+b) > 0:
			out = append(out, a+"-"+b)
		case c.df(a) > 0 && c.df(b) > 0:
			out = append(out, a+" "+b)
		}
	}
	return out
}

// maxLatinSplits bounds the ways splitLatin splits a word.
const maxLatinSplits = 3

// df is the number of articles with term in the title or the body (an
// upper bound: an article with it in both counts twice).
func (c *compiler) df(term string) uint64 {
	if c.tc == nil {
		return 1 // unknown: assume the term is there
	}
	return c.tc.count(term, fieldBody) + c.tc.count(term, fieldTitle)
}

func isKatakanaLetter(r rune) bool { return 'ァ' <= r && r <= 'ヺ' }

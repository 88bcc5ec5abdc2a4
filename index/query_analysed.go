package index

import (
	"slices"

	"sagasu/analyzer"
)

// The analysis of a query's texts, once per query. The rules that compile
// a query's words ask kagome about the same texts again and again: a
// word's tokens for the word limit, for the word and for its phrase, its
// terms for its synonyms, its spellings and the pairs of words it is in,
// its reading for its kana, sound and homophone alternatives. Each text
// is analysed once per query, each way; the analyser's answers depend on
// the text alone.

// tokens returns text's tokens, analysed once per query. The slice is
// shared by every rule that reads the text: none writes to it.
func (c *compiler) tokens(text string) []analyzer.Token {
	return memoized(&c.analysed, text, c.an.Tokens)
}

// terms returns text's terms as a query uses them (see
// analyzer.Analyzer.Terms), analysed once per query; the slice is the
// caller's.
func (c *compiler) terms(text string) []string {
	return slices.Clone(memoized(&c.analysedTerms, text, c.an.Terms))
}

// readingTerms returns the reading terms of text (see
// analyzer.Analyzer.ReadingTerms), analysed once per query; the slice is
// the caller's.
func (c *compiler) readingTerms(text string) []string {
	return slices.Clone(memoized(&c.analysedReadings, text, c.an.ReadingTerms))
}

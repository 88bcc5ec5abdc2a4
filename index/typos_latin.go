package index

import (
	"cmp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// English words a reader mistyped: words of four letters or more an edit
// away from what the articles have (a letter added, dropped or changed,
// or two side by side swapped), the spelling meant as a tag or in
// katakana, and a typo a few articles share beside the usual spelling.

// latinTypoAlt matches an English word of four letters or more that no
// article has by the words one edit away that articles have: a letter
// added, dropped or changed (llma: llama), or two side by side swapped
// (pixle: pixel, gemnii: gemini), weighed like a katakana spelling an
// edit away. nil for other words, past maxFuzzyWords, and when nothing
// is an edit away.
func (c *compiler) latinTypoAlt(text string) query.Query {
	word := analyzer.WordTerm(text)
	if !typoWord(word) || c.fuzzed >= maxFuzzyWords || c.tc == nil || c.df(word) > 0 {
		return nil
	}
	c.fuzzed++
	w := alt(fuzzyBoost)
	var qs []query.Query
	var near []string
	if rc, ok := c.tc.(*readerCounter); ok {
		// The terms themselves, looked up once: a fuzzy query walks the
		// term dictionary each time it runs, and a relaxed search runs
		// its query six times and more (smartphon with two words no
		// article has together: 98 ms, 6.5 ms spelt right).
		near = c.editNeighbors(rc, word)
		for _, t := range near {
			qs = append(qs, fieldsTerm(t, w))
		}
		if rc.r == nil {
			qs = append(qs, editAway(word, w)) // (the dictionary could not be read)
		}
	} else {
		qs = append(qs, editAway(word, w))
	}
	for _, t := range swapped(word) {
		if c.df(t) > 0 {
			qs = append(qs, fieldsTerm(t, w))
		}
	}
	qs = append(qs, c.meantElsewhere(word, near, w)...)
	if len(qs) == 0 {
		return nil // (nothing an edit away: no clause that finds nothing)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// meantElsewhere matches the spelling a mistyped English word most likely
// meant (of near, the terms one edit away, the tags one edit away and the
// word with two letters swapped, the commonest) where articles have it
// as a tag or write it in katakana: an archive may tag its articles Tesla
// and write テスラ, so telsa found only the passing mentions in Latin
// letters. As a tag, and by sound when few articles write it in Latin
// letters; nil when there is no such spelling.
func (c *compiler) meantElsewhere(word string, near []string, w weight) []query.Query {
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return nil
	}
	best, most := "", uint64(0)
	for _, t := range slices.Concat(near, rc.neighbors(word, fieldTagWord), swapped(word)) {
		if n := c.df(t) + rc.count(t, fieldTagWord); n > most && typoWord(t) {
			best, most = t, n
		}
	}
	if best == "" {
		return nil
	}
	var qs []query.Query
	if rc.count(best, fieldTagWord) > 0 {
		q := bleve.NewTermQuery(best)
		q.SetField(fieldTagWord)
		q.SetBoost(w.title)
		qs = append(qs, q)
	}
	if c.df(best) < rareName {
		// In katakana only when few articles write it in Latin letters:
		// the archive writes it the other way (and a word as common as
		// ソフトバンク in both had tripled the time of softbnk).
		if q := c.soundAlt(best); q != nil {
			qs = append(qs, q)
		}
	}
	return qs
}

// editNeighbors returns the terms of the titles and bodies one edit away
// from term, at most maxEditNeighbors, the commonest first.
func (c *compiler) editNeighbors(rc *readerCounter, term string) []string {
	var out []string
	for _, field := range []string{fieldBody, fieldTitle} {
		for _, t := range rc.neighbors(term, field) {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	if len(out) > maxEditNeighbors {
		slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(c.df(b), c.df(a)) })
		out = out[:maxEditNeighbors]
	}
	return out
}

// maxEditNeighbors bounds the spellings an edit away an English typo
// searches for (a short word has dozens).
const maxEditNeighbors = 32

// typoWord reports whether word is an English word long enough to have
// typos looked for: minFuzzyRunes or more lower-case letters.
func typoWord(word string) bool {
	return len(word) >= minFuzzyRunes && !strings.ContainsFunc(word, func(r rune) bool { return r < 'a' || r > 'z' })
}

// swapped returns word with each pair of different letters side by side
// swapped (pixle: pixel).
func swapped(word string) []string {
	var out []string
	b := []byte(word)
	for i := 0; i+1 < len(b); i++ {
		if b[i] != b[i+1] {
			b[i], b[i+1] = b[i+1], b[i]
			out = append(out, string(b))
			b[i], b[i+1] = b[i+1], b[i]
		}
	}
	return out
}

// rareLatinAlt matches an English word of four letters or more that
// fewer than rareSpelling articles have by the words one edit away (or
// with two letters swapped) that usualSpelling times as many have, as
// fuzzyAlt does for katakana: a typo a few articles share (andorid)
// should not hide the word everyone else writes (android). nil for other
// words, and past maxFuzzyWords.
func (c *compiler) rareLatinAlt(text string) query.Query {
	rc, ok := c.tc.(*readerCounter)
	word := analyzer.WordTerm(text)
	if !ok || !typoWord(word) || c.fuzzed >= maxFuzzyWords {
		return nil
	}
	df := c.df(word)
	if df == 0 || df >= rareSpelling {
		return nil
	}
	c.fuzzed++
	cands := append(rc.neighbors(word, fieldBody), swapped(word)...)
	w := alt(fuzzyBoost)
	var qs []query.Query
	seen := map[string]bool{word: true}
	for _, t := range cands {
		if !seen[t] && typoWord(t) && c.df(t) >= usualSpelling*df {
			qs = append(qs, fieldsTerm(t, w))
		}
		seen[t] = true
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

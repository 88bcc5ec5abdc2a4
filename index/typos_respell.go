package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Respelling the runs of a compound: a misspelt katakana word inside one
// (量子コンピュター: 量子コンピュータ) written the way the articles write
// it, when articles have the compound so (word_homophones.go respells
// kanji runs the same way).

// katakanaRespelling returns text, a compound of katakana and other
// letters that no article has as typed, with its misspelt katakana word
// (one no article has) written the way the articles write it, a spelling
// variant an edit away (量子コンピュター: 量子コンピュータ), when articles have
// the compound so; "" otherwise. Searched as typed, the compound is its
// words apart with the misspelt one by its spellings at a small weight:
// articles with many 量子 had ranked above those on 量子コンピュータ.
func (c *compiler) katakanaRespelling(text string) string {
	rc, ok := c.tc.(*readerCounter)
	if !ok || c.fuzzed >= maxFuzzyWords || analyzer.IsKana(text) || !strings.ContainsFunc(text, isKatakanaLetter) {
		return ""
	}
	inRun := func(r rune) bool { return isKatakanaLetter(r) || r == 'ー' }
	return c.respellRuns(text, inRun, func(run string) (string, bool) {
		term := analyzer.WordTerm(run)
		if utf8.RuneCountInString(run) < minFuzzyRunes || c.df(term) > 0 {
			return "", true
		}
		c.fuzzed++
		best, most := "", uint64(0)
		for _, field := range []string{fieldBody, fieldTitle} {
			for _, t := range rc.neighbors(term, field) {
				if df := c.df(t); df > most && spellingVariant(term, t) {
					best, most = t, df
				}
			}
		}
		return best, best != "" // none: no spelling the reader surely meant
	})
}

// respellRuns returns text with each run of the letters inRun is true of
// replaced by what respell gives it ("" keeps the run), when that changed
// text and articles have its words; "" otherwise, and as soon as respell
// says no.
func (c *compiler) respellRuns(text string, inRun func(rune) bool, respell func(run string) (string, bool)) string {
	out, changed := text, false
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !inRun(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && inRun(rs[j]) {
			j++
		}
		run := string(rs[i:j])
		i = j
		w, ok := respell(run)
		if !ok {
			return ""
		}
		if w != "" {
			out, changed = strings.Replace(out, run, w, 1), true
		}
	}
	if !changed || !c.hasWords(out) {
		return ""
	}
	return out
}

// hasWords reports whether some article has every word of text.
func (c *compiler) hasWords(text string) bool {
	ts := c.terms(text)
	return len(ts) > 0 && c.matches(conjunction(exactUnits(ts, nil)))
}

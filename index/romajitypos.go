package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Romaji typed with a vowel left out (toyta, rakten): letters that read as
// no kana, the name the articles write in kana or kanji once the vowel is
// back (toyota: トヨタ, rakuten: 楽天).

const (
	minRomajiTypo   = 4  // shorter letters are too many words a vowel away
	maxRomajiTypo   = 16 // longer ones are no name typed in romaji
	maxRomajiRepair = 24 // readings looked up for one word
	maxRomajiFound  = 3  // readings kept
)

// romajiTypoAlt matches letters that read as no kana by the readings of
// the letters with one vowel put back between two consonants or at the
// end, those that some article has, weighed as a spelling an edit away;
// nil when there are none, or the letters read as kana already (romajiAlt
// looks those up).
func (c *compiler) romajiTypoAlt(text string) query.Query {
	word := analyzer.Fold(text)
	if len(word) < minRomajiTypo || len(word) > maxRomajiTypo || !isLatinWord(word) || strings.ContainsAny(word, " -'") || c.tc == nil {
		return nil
	}
	if _, ok := wordKana(word); ok {
		return nil
	}
	vowel := func(b byte) bool { return strings.IndexByte("aiueo", b) >= 0 }
	var qs []query.Query
	seen := map[string]bool{}
	tried := 0
	for i := 1; i <= len(word) && tried < maxRomajiRepair && len(qs) < maxRomajiFound; i++ {
		if vowel(word[i-1]) || i < len(word) && vowel(word[i]) {
			continue // a vowel goes after a consonant, before another or at the end
		}
		for _, v := range "aiueo" {
			cand := word[:i] + string(v) + word[i:]
			kana, ok := wordKana(cand)
			if !ok || seen[kana] {
				continue
			}
			seen[kana] = true
			if tried++; tried > maxRomajiRepair {
				break
			}
			if q := c.readingAlt(kana, asTyped); q != nil && c.matches(q) {
				qs = append(qs, boosted(q, fuzzyBoost))
			}
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

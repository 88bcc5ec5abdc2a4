package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A product's name of two Latin words typed in katakana with a space
// between (アローズ ミー for ARROWS Me, エクスペリア アクロ for Xperia
// acro, エルーガ パワー for ELUGA Power): apart, each katakana word was a
// word of its own, and the second (ミー, アクロ, パワー) is in no article
// that writes the name in Latin letters, so the query found only the few
// articles that write both in katakana (アローズ ミー: 1 of the 19 livedoor
// articles on the phone) or relaxed to the first word. Run together
// (アローズミー) or with a middle dot (アローズ・ミー) it had found them
// all, by sound: the two are searched as the dotted name then, their words
// side by side in any script or spelling.

// katakanaLatinName returns the two words at words[i] as a dotted name
// (アローズ・ミー) when both are katakana words typed apart that, run
// together, sound like a name of two Latin words an article writes side
// by side (the first sounding as the first word starts, the second as the
// second), and more articles have that name than have the two katakana
// words; "" otherwise.
func (c *compiler) katakanaLatinName(w Word, words []Node, i int) (string, bool) {
	next, ok := plainNext(w, words, i)
	if !ok || c.tc == nil {
		return "", false
	}
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return "", false
	}
	a, b := analyzer.Fold(w.Text), analyzer.Fold(next.Text)
	if !katakanaWord(a) || !katakanaWord(b) {
		return "", false
	}
	sound := c.soundAlt(a + b)
	if sound == nil {
		return "", false
	}
	near, ok := c.nearest[a+b]
	la, lb, pair := strings.Cut(near.word, " ")
	if !ok || !pair || near.distance > maxSoundDistancePair || !firstSoundAgrees(la, a) || !firstSoundAgrees(lb, b) {
		return "", false
	}
	var apart []query.Query
	for _, t := range []string{a, b} {
		for _, term := range tokenTerms(indexed(c.tokens(t))) {
			apart = append(apart, fieldsTerm(term, exact(1)))
		}
	}
	if len(apart) == 0 || rc.countQuery(sound) <= rc.countQuery(conjunction(apart)) {
		return "", false
	}
	return a + "・" + b, true
}

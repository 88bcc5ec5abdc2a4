package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Letters' names and a word. A reader who hears a name that starts with
// letters read one by one and goes on as a word types it as it is said
// (ユービーテック for UBTech, ピーファス for PFAS, ジーメール for Gmail):
// the letters' names are no sound of the Latin letters (ユー is no u of a
// word, ジー no g), so the name is looked up by the letters and the sound
// of the rest.

// minWordAfterLetters is the fewest kana of the word after the letters'
// names.
const minWordAfterLetters = 2

// maxLettersWords bounds the Latin names one such word is searched under.
const maxLettersWords = 3

// lettersWordAlt matches katakana (or kana typed for it) that starts with
// letters' names and goes on as a word by the Latin names articles write
// that start with those letters and go on with a word that sounds like the
// rest, weighed like a synonym; nil when no article has such a name, or
// the kana is a word an article has as written, by its reading or whole
// by sound.
func (c *compiler) lettersWordAlt(text string) query.Query {
	rc, ok := c.tc.(*readerCounter)
	if !ok || !analyzer.IsKana(text) {
		return nil
	}
	kata := analyzer.ToKatakana(analyzer.Fold(text))
	if strings.ContainsFunc(kata, func(r rune) bool { return !isKatakanaLetter(r) && r != 'ー' }) {
		return nil
	}
	rs := []rune(kata)
	if len(rs) < 2+minWordAfterLetters || c.df(analyzer.WordTerm(text)) > 0 || c.readsAsWord(text, typedKana(text)) {
		return nil
	}
	if q := c.soundAlt(kata); q != nil && c.matches(q) {
		return nil // a word whole (ヴィジョンプロ is Vision Pro, no v and a word)
	}
	for cut := len(rs) - minWordAfterLetters; cut >= 2; cut-- {
		if kanaClass(rs[cut]) == '-' {
			continue // (the rest starts with ー or a small kana: not a word's start)
		}
		letters := spelledLettersMin(string(rs[:cut]), 1)
		if letters == "" {
			continue
		}
		rest := string(rs[cut:])
		skel := joinSkeletons(latinSkeleton(letters), kanaSkeleton(rest))
		if len(skel) < minSoundClasses {
			continue
		}
		var qs []query.Query
		for _, t := range rc.prefixed(skel+"=", fieldSound, 64) {
			w := strings.TrimPrefix(t, skel+"=")
			if len(w) <= len(letters) || !isLower(w[0]) || !strings.HasPrefix(w, letters) || !soundsAlike(w[len(letters):], rest) {
				continue
			}
			if qs = append(qs, fieldsTerm(w, alt(synonymBoost))); len(qs) == maxLettersWords {
				break
			}
		}
		if q := disjunction(qs); q != nil && c.matches(q) {
			return q
		}
	}
	return nil
}

// joinSkeletons returns the skeleton of two parts of a word said one after
// the other: a class the second starts with that the first ends with is
// written once, as it is within a word.
func joinSkeletons(a, b string) string {
	if a != "" && b != "" && a[len(a)-1] == b[0] {
		return a + b[1:]
	}
	return a + b
}

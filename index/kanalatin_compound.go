package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A name half in katakana, half in Latin letters. Tech news writes a
// product as one Latin word (MicroLED, HarmonyOS, MySQL), and readers type
// its first part in katakana and keep the rest, an acronym or a short
// word, in letters (マイクロLED, ハーモニーOS, マイSQL), or type that part
// in hiragana before switching the input method off (まいくろLED). kagome
// reads マイクロ and LED, which an article that writes MicroLED has
// neither of, and no article need gloss the name: マイクロLED had found
// only the stories that gloss MicroLED（マイクロLED）, not Samsung's, which
// writes MicroLED alone. Such a word is also the Latin word of the
// articles that ends in its letters and whose first part sounds as its
// kana does: looked up in the sound field (sound.go), where an article
// keeps each Latin word under its skeleton, by the kana's skeleton then
// the letters'.

// maxCompoundLook bounds the Latin words of one skeleton looked at.
const maxCompoundLook = 64

// kanaThenLetters splits text, folded, that is two or more katakana or
// hiragana (ー too, not first) followed by two or more ASCII letters and
// nothing else, into its kana as katakana and its letters; ok is false for
// any other text (a digit in it: ピクセル10 is a model, not a name).
func kanaThenLetters(text string) (kana, latin string, ok bool) {
	i := strings.IndexFunc(text, isASCIILetter)
	if i < 0 {
		return "", "", false
	}
	kana, latin = analyzer.ToKatakana(text[:i]), text[i:]
	if utf8.RuneCountInString(kana) < 2 || !katakanaWord(kana) || strings.HasPrefix(kana, "ー") ||
		len(latin) < 2 || strings.ContainsFunc(latin, func(r rune) bool { return !isASCIILetter(r) }) {
		return "", "", false
	}
	return kana, latin, true
}

// compoundSkeletons returns the skeletons a Latin word may have whose
// first part sounds as kana (katakana) and which ends in latin: the kana's
// skeleton then each of the letters', a class the two share at the seam
// written once (マイクロ MKR and led RT: MKRT, as microled). Shorter ones
// than minSoundClasses would match too many words, and are left out.
func compoundSkeletons(kana, latin string) []string {
	head := kanaSkeleton(kana)
	if head == "" {
		return nil
	}
	var out []string
	for _, tail := range latinSkeletons(latin) {
		k := head + tail
		if tail != "" && head[len(head)-1] == tail[0] {
			k = head + tail[1:]
		}
		if len(k) >= minSoundClasses && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// compoundOf reports whether the Latin word is one kana then latin are
// typed for: it ends in latin after a part with a vowel that sounds as
// kana does (microled for マイクロ and led; not led alone, nor
// oraclemysql for マイ and sql).
func compoundOf(word, kana, latin string) bool {
	head, ok := strings.CutSuffix(word, latin)
	return ok && len(head) >= 2 && strings.ContainsAny(head, "aeiouy") && soundsAlike(head, kana)
}

// kanaLatinCompound returns the Latin word of the articles that kana
// (katakana) then latin (folded letters) are typed for, the one most
// articles have; "" when there is none.
func (c *compiler) kanaLatinCompound(kana, latin string) string {
	rc, ok := c.tc.(*readerCounter)
	if !ok || len(kana)+len(latin) > 3*maxAkaLatin {
		return ""
	}
	best, most := "", uint64(0)
	for _, k := range compoundSkeletons(kana, latin) {
		prefix := k + "="
		for _, t := range rc.prefixed(prefix, fieldSound, maxCompoundLook) {
			word := strings.TrimPrefix(t, prefix)
			if word == "" || !isLower(word[0]) {
				break // (the Latin words of a skeleton sort before its katakana)
			}
			if !compoundOf(word, kana, latin) {
				continue
			}
			if df := c.df(analyzer.WordTerm(word)); df > most || df == most && df > 0 && word < best {
				best, most = word, df
			}
		}
	}
	return best
}

// compoundWord returns the Latin word of the articles that text, folded
// kana then Latin letters, is typed for (see kanaLatinCompound); "" when
// text is no such word, or the synonym list has it as its katakana typed
// (チャットGPT is ChatGPT there already: searched twice, it had put
// ChatGPT's other articles above the ones on the typed word's).
func (c *compiler) compoundWord(text string) string {
	kana, latin, ok := kanaThenLetters(text)
	if !ok {
		return ""
	}
	terms := c.terms(kana + latin)
	if len(terms) == 0 {
		return ""
	}
	if c.syn != nil {
		if end, _ := c.syn.match(terms, 0); end == len(terms) {
			return ""
		}
	}
	return c.kanaLatinCompound(kana, latin)
}

// compoundAlt matches a word of kana then Latin letters (マイクロLED,
// まいくろLED) by the one Latin word articles write that it is typed for
// (MicroLED), weighed like a synonym; nil when there is none (see
// compoundWord).
func (c *compiler) compoundAlt(text string) query.Query {
	word := c.compoundWord(analyzer.Fold(text))
	if word == "" {
		return nil
	}
	return c.synonymQuery(synonym{text: word, terms: c.terms(word)})
}

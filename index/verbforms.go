package index

import (
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Potential verbs. kagome gives a potential form its own base form:
// 見抜けなかった is 見抜ける, 使えます 使える, 起き上がれる stays itself, so a
// reader's 見抜く or 起き上がる misses the article that says it could or
// could not. A verb of the query also matches its other form: the
// potential of a godan verb (く → ける), or the godan verb of what looks
// like a potential (ける → く), when articles have it. The pairs this
// also joins (届ける and 届く, 建てる and 建つ) are transitive and
// intransitive of one act, which a reader asking for one wants too.

// verbFormBoost weighs the other form below the form the reader typed,
// and below a synonym: it is there for the article that only has the
// other form.
const verbFormBoost = 0.2

// rareVerbDocs: a verb fewer articles have as typed also matches its
// other form (笑える, in a hundred livedoor articles, finds no 笑う).
const rareVerbDocs = 20

// potentialEnds maps the last kana of a godan verb to its potential's
// last two.
var potentialEnds = map[rune]string{
	'う': "える", 'く': "ける", 'ぐ': "げる", 'す': "せる", 'つ': "てる",
	'ぬ': "ねる", 'ぶ': "べる", 'む': "める", 'る': "れる",
}

// verbForm returns the other form of a verb (see above), or "".
func verbForm(base string) string {
	if utf8.RuneCountInString(base) < 2 {
		return ""
	}
	stem, last := splitLast(base)
	if last == 'る' {
		// A potential: its stem ends in the e-row kana of a godan ending.
		s, e := splitLast(stem)
		for g, pot := range potentialEnds {
			if r, _ := utf8.DecodeRuneInString(pot); r == e && s != "" && !analyzer.IsKana(s) {
				return s + string(g)
			}
		}
	}
	if pot, ok := potentialEnds[last]; ok && !analyzer.IsKana(stem) {
		return stem + pot
	}
	return ""
}

func splitLast(s string) (string, rune) {
	r, n := utf8.DecodeLastRuneInString(s)
	return s[:len(s)-n], r
}

// verbFormAlt matches a verb of the query that few articles have by its
// other form, or nil when it is no verb, the form typed is common, or no
// article has the other form.
func (c *compiler) verbFormAlt(t analyzer.Token) query.Query {
	if !strings.HasPrefix(t.POS, "動詞,自立") {
		return nil
	}
	if c.df(t.Term) >= rareVerbDocs {
		return nil // the form typed finds enough; the other would only add noise
	}
	other := verbForm(t.Term)
	if other == "" || c.df(other) == 0 {
		return nil
	}
	return fieldsTerm(other, alt(verbFormBoost))
}

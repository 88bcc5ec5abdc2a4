package index

import (
	"slices"
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

// verbTerm matches a verb of the query as the word itself, or as the noun
// its stem is written as where articles have that noun: kagome reads
// まとめ読み typed alone as まとめ and the verb 読む, but in
// 【週末映画まとめ読み】 as まとめ and the noun 読み, and the articles with
// the noun are the ones the reader typed.
func (c *compiler) verbTerm(t analyzer.Token, w weight) query.Query {
	q := fieldsTerm(t.Term, w)
	if noun := c.writtenNoun(t); noun != "" {
		return disjunction([]query.Query{q, fieldsTerm(noun, w)})
	}
	return q
}

// writtenNoun is verbNoun of t when some article has that noun, else "".
func (c *compiler) writtenNoun(t analyzer.Token) string {
	if noun := verbNoun(t); noun != "" && c.df(noun) > 0 {
		return noun
	}
	return ""
}

// verbNoun returns the term of a verb's stem as the noun it may be indexed
// as (読み of 読む), or "" when t is no verb or its surface is its term.
func verbNoun(t analyzer.Token) string {
	if !strings.HasPrefix(t.POS, "動詞") {
		return ""
	}
	noun := analyzer.WordTerm(t.Surface)
	if noun == t.Term || !strings.ContainsFunc(noun, isHan) {
		return ""
	}
	return noun
}

// verbNouns returns a copy of toks with each verb whose stem articles have
// as a noun (see verbTerm) as that noun, for a phrase of them, or nil
// when there is none.
func (c *compiler) verbNouns(toks []analyzer.Token) []analyzer.Token {
	var out []analyzer.Token
	for i, t := range toks {
		if noun := c.writtenNoun(t); noun != "" {
			if out == nil {
				out = slices.Clone(toks)
			}
			out[i].Term = noun
		}
	}
	return out
}

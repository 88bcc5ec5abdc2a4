package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Verbs of a stem. A noun that is a verb's stem (追い越し, 見直し,
// 乗り換え) is what a reader types for the act, while an article may only
// say it happened (スクールバスを追い越す): kagome reads the one a noun and
// the other a verb of another base form, so `スクールバス 追い越し` had
// missed the article that only says 追い越す. A rare such noun of the
// query also matches its verb, where articles have that verb, and a rare
// verb the noun of its stem (追い越す finds 追い越しで).

// stemEnds maps the i-row kana a godan verb's stem ends in to the
// verb's last kana.
var stemEnds = map[rune]rune{
	'い': 'う', 'き': 'く', 'ぎ': 'ぐ', 'し': 'す', 'ち': 'つ',
	'に': 'ぬ', 'び': 'ぶ', 'み': 'む', 'り': 'る',
}

// stemVerbs returns the verbs a noun may be the stem of (godan 追い越す
// of 追い越し, ichidan 乗り換える of 乗り換え), or nil when t is no
// common noun of kanji ending in the kana of a stem.
func stemVerbs(t analyzer.Token) []string {
	if !strings.HasPrefix(t.POS, "名詞,一般") || t.Term != t.Surface || !strings.ContainsFunc(t.Term, isHan) {
		return nil
	}
	head, last := splitLast(t.Term)
	if head == "" || !isHiraganaLetter(last) {
		return nil
	}
	if _, prev := splitLast(head); !isHan(prev) && !isHiraganaLetter(prev) {
		return nil
	}
	var out []string
	if g, ok := stemEnds[last]; ok {
		out = append(out, head+string(g))
	}
	if strings.ContainsRune("いきぎしちにびみりえけげせてねべめれ", last) {
		out = append(out, t.Term+"る")
	}
	return out
}

// written returns the first of the forms of a rare word t (its verbs of
// a stem noun, or the stem nouns of a verb: see stemVerbs, verbStems)
// that articles have, or "".
func (c *compiler) written(t analyzer.Token, forms func(analyzer.Token) []string) string {
	fs := forms(t)
	if len(fs) == 0 || c.df(t.Term) >= rareVerbDocs {
		return ""
	}
	for _, f := range fs {
		if c.df(f) > 0 {
			return f
		}
	}
	return ""
}

// verbStems returns the nouns a verb's stem may be written as (追い越し of
// 追い越す, 乗り換え of 乗り換える), or nil when t is no verb of kanji
// given in its plain form.
func verbStems(t analyzer.Token) []string {
	if !strings.HasPrefix(t.POS, "動詞,自立") || t.Term != t.Surface || !strings.ContainsFunc(t.Term, isHan) {
		return nil
	}
	head, last := splitLast(t.Term)
	var out []string
	for stem, end := range stemEnds {
		if end == last {
			out = append(out, head+string(stem))
		}
	}
	if _, prev := splitLast(head); last == 'る' && isHiraganaLetter(prev) {
		out = append(out, head) // (an ichidan verb's stem)
	}
	slices.Sort(out)
	return out
}

// stemAlt matches a rare stem noun of the query by its verb and a rare
// verb by its stem noun, where articles have them (see stemVerbs), as
// the word itself; nil otherwise.
func (c *compiler) stemAlt(t analyzer.Token) query.Query {
	if verb := c.written(t, stemVerbs); verb != "" {
		return fieldsTerm(verb, exact(1))
	}
	if stem := c.written(t, verbStems); stem != "" {
		return fieldsTerm(stem, exact(1))
	}
	return nil
}

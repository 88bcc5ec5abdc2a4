package index

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// What a minus excludes, in the search box and in editor syntax.

// exclusion matches what -word excludes: what the word itself finds, the
// term or the phrase, its synonyms, the articles tagged with it and those
// of a category it names (全固体電池 -トヨタ had kept an article tagged
// トヨタ that 全固体電池 トヨタ finds). A quoted -"word" excludes only the
// text as written.
func (c *compiler) exclusion(text string, toks []analyzer.Token, quoted bool) query.Query {
	var qs []query.Query
	switch len(toks) {
	case 0:
		if !quoted && analyzer.IsKana(text) && utf8.RuneCountInString(text) > 1 {
			// Kana kagome reads as function words only (こと): the search
			// finds it by its reading, so that is what -こと excludes.
			if q := c.readingAlt(text, asTyped); q != nil {
				return q
			}
		}
		return nil
	case 1:
		qs = append(qs, fieldsTerm(toks[0].Term, exact(1)))
	default:
		if quoted {
			return c.quotedPhrase(text, exact(1))
		}
		qs = append(qs, c.phrase(text, exact(1)))
	}
	if quoted {
		return qs[0]
	}
	terms := tokenTerms(toks)
	if end, others := c.syn.match(terms, 0); end == len(terms) {
		for _, o := range others {
			qs = append(qs, c.notInCompounds(o))
			if q := c.tagAlt(o.text); q != nil { // as the search finds it
				qs = append(qs, q)
			}
		}
	}
	if w := analyzer.WordTerm(text); w != "" && c.tc != nil && c.tc.count(w, fieldTagWord) > 0 {
		q := bleve.NewTermQuery(w)
		q.SetField(fieldTagWord)
		qs = append(qs, q)
	}
	if q := c.categoryQuery(text, 1, false); q != nil {
		qs = append(qs, q)
	}
	return disjunction(qs)
}

// negated compiles what a minus excludes: a word as the search box
// excludes it (see exclusion), anything else as it would match.
func (c *compiler) negated(n Node) query.Query {
	if w, ok := n.(Word); ok && w.Field == "" {
		text := analyzer.Fold(w.Text)
		return c.exclusion(text, indexed(c.tokens(text)), w.Phrase)
	}
	return c.node(n)
}

// notInCompounds is what excluding a word's synonym o excludes: o, but
// not in an article that has it only as a part of a longer word of the
// user dictionary (-ロボット excludes ロボ, not the article on
// ロボタクシー, whose part ロボ is indexed too). An article with both
// stays: an approximation that keeps every article the reader did not
// exclude.
func (c *compiler) notInCompounds(o synonym) query.Query {
	q := c.synonymQuery(o)
	if c.compounds == nil || len(o.terms) != 1 {
		return q
	}
	var longer []query.Query
	for _, w := range c.compounds(o.terms[0]) {
		longer = append(longer, fieldsTerm(w, exact(1)))
	}
	if len(longer) == 0 {
		return q
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(q)
	bq.AddMustNot(longer...)
	return bq
}

package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Compiling editor syntax node by node: labels (category:, tag:), dates,
// exclusions, AND and OR, and a word or phrase on its own, scoped to a
// field when one is named.

// maxLabelTerms bounds the categories compared with a category: scope.
const maxLabelTerms = 10000

// label compiles category: and tag:. A label matches as written and, the
// query being width-folded, however its width, case and final ー differ
// (tag:gpu is GPU, tag:NIST ＮＩＳＴ, category:AI・データ ＡＩ・データ): a tag
// by its folded copy (fieldTagWord), a category by the categories the
// index has, compared folded (they are few).
func (c *compiler) label(x Label) query.Query {
	term := func(field, v string) query.Query {
		t := bleve.NewTermQuery(v)
		t.SetField(field)
		return t
	}
	want := analyzer.WordTerm(x.Value)
	if x.Field != "category" {
		return bleve.NewDisjunctionQuery(term(fieldTags, x.Value), term(fieldTagWord, want))
	}
	qs := []query.Query{term(fieldCategory, x.Value)}
	if rc, ok := c.tc.(*readerCounter); ok && categoryKey(x.Value) != "" {
		key := categoryKey(x.Value)
		for _, cat := range rc.prefixed("", fieldCategory, maxLabelTerms) {
			if cat != x.Value && categoryKey(cat) == key {
				qs = append(qs, term(fieldCategory, cat))
			}
		}
	}
	return disjunction(qs)
}

// node compiles editor syntax; nil means the node matches nothing to
// require (a word of stop words only).
func (c *compiler) node(n Node) query.Query {
	switch x := n.(type) {
	case Word:
		return c.scopedWord(x)
	case Label:
		return c.label(x)
	case DateCmp:
		from, to := x.dateRange()
		return dateFilter(from, to)
	case Not:
		bq := bleve.NewBooleanQuery()
		bq.AddMust(bleve.NewMatchAllQuery())
		if q := c.negated(x.X); q != nil {
			bq.AddMustNot(q)
		}
		return bq
	case And:
		bq := bleve.NewBooleanQuery()
		musts := 0
		for _, child := range x.Xs {
			if nt, ok := child.(Not); ok {
				if q := c.negated(nt.X); q != nil {
					bq.AddMustNot(q)
				}
				continue
			}
			if q := c.node(child); q != nil {
				bq.AddMust(q)
				musts++
			}
		}
		if musts == 0 {
			bq.AddMust(bleve.NewMatchAllQuery())
		}
		return bq
	case Or:
		var qs []query.Query
		for _, child := range x.Xs {
			if q := c.node(child); q != nil {
				qs = append(qs, q)
			}
		}
		if len(qs) == 0 {
			return nil
		}
		return disjunction(qs)
	}
	return nil
}

// scopedWord compiles a word or phrase as the search box compiles it,
// with all its alternatives, and with a field named (title or body) only
// what it finds in that field: title:円高 is the word 円高 in a title, not
// a 円 and a 高 anywhere in it, and title:ワールドカップ is W杯 there too.
// What a word scoped to titles finds in the body is kept in c.echoes
// (not for an exclusion): it finds no article, but marks the word in the
// snippet, which had shown the body's start unmarked (title:全固体電池
// beside a body that says it a dozen times).
func (c *compiler) scopedWord(w Word) query.Query {
	text := analyzer.Fold(w.Text)
	all := c.tokens(text)
	if len(indexed(all)) == 0 && (w.Field != "" || w.Phrase) {
		return nil
	}
	q := c.wordQuery(text, all, w.Phrase)
	if q == nil || w.Field == "" {
		return q
	}
	field := fieldTitle
	if w.Field == "body" {
		field = fieldBody
	} else if echo := inField(q, fieldBody); echo != nil && c.negating == 0 {
		c.echoes = append(c.echoes, echo)
	}
	if q = inField(q, field); q == nil {
		return bleve.NewMatchNoneQuery()
	}
	return q
}

// wordQuery compiles one word or phrase on its own as the search box
// does, the score bonuses of its words side by side included; nil when
// it has nothing to find.
func (c *compiler) wordQuery(text string, all []analyzer.Token, phrase bool) query.Query {
	if phrase && len(indexed(all)) > 1 {
		return c.quotedPhrase(text, exact(1))
	}
	// (Kana of function words alone, こと, is found by its reading there,
	// so it is here too.)
	var tq textQuery
	spelled := len(c.spelledAs)
	c.word(&tq, text, all, nil, map[string]bool{})
	c.spelledAs = c.spelledAs[:spelled] // (no tag bonus for a word the query scopes or excludes)
	if len(tq.units) == 0 {
		return nil
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(tq.units...)
	if len(tq.should) > 0 {
		bq.AddShould(tq.should...)
	}
	return bq
}

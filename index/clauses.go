package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Clauses: the bleve queries a compiled search is built of, a word or
// phrase in the title and the body with their weights.

func surfaces(toks []analyzer.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Surface)
	}
	return b.String()
}

// exactUnits returns a title-or-body unit per term, skipping terms already
// required elsewhere in the query when seen is given.
func exactUnits(terms []string, seen map[string]bool) []query.Query {
	var out []query.Query
	for _, t := range terms {
		if seen != nil {
			if seen[t] {
				continue
			}
			seen[t] = true
		}
		out = append(out, fieldsTerm(t, exact(1)))
	}
	return out
}

func disjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

func conjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewConjunctionQuery(qs...)
}

// weight is a clause's boost in the title and in the body.
type weight struct{ title, body float64 }

// exact weighs the word itself: a title match counts titleBoost times a
// body match.
func exact(boost float64) weight { return weight{titleBoost * boost, boost} }

// alt weighs an alternative for a word (a synonym, its reading, a spelling
// one letter away): title and body in the same ratio, scaled so that a
// title match counts less than the word itself in the body. (Counting an
// alternative in the title three times put 以下 above イカ.)
func alt(boost float64) weight { return weight{boost, boost / titleBoost} }

// fieldsTerm matches an analysed term in the title or the body.
func fieldsTerm(term string, w weight) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(fieldTitle)
	t.SetBoost(w.title)
	b := bleve.NewTermQuery(term)
	b.SetField(fieldBody)
	b.SetBoost(w.body)
	return bleve.NewDisjunctionQuery(t, b)
}

// synonymsQuery matches any of a word's synonym entries, as one
// alternative of the word however many it has: bleve scales a
// disjunction by the share of its clauses that match, so ten synonyms
// side by side would weigh the word itself a tenth of what one does
// (Facebook with two spellings of フェイスブック fell below 使い方 in
// Facebook 使い方). Each clause (an entry, or a tag below) is weighed up
// by their number, so one that matches alone counts as it would alone.
// nil when there are none.
func (c *compiler) synonymsQuery(others []synonym) query.Query {
	return c.synonymsQueryWeighted(others, synonymBoost)
}

// synonymsQueryWeighted is synonymsQuery with the given boost.
//
// A synonym some article has as a tag and not in its text also finds it
// (decarbonization finds the article tagged 脱炭素 whose text says
// 二酸化炭素の削減), as the word itself does, below the synonym in its
// text as the word's tag is below the word; the articles that have the
// synonym count it once.
func (c *compiler) synonymsQueryWeighted(others []synonym, boost float64) query.Query {
	if len(others) == 0 {
		return nil
	}
	type tagged struct {
		tag  *query.TermQuery
		text query.Query
	}
	var tags []tagged
	for _, o := range others {
		if q, ok := c.tagAlt(o.text).(*query.TermQuery); ok {
			tags = append(tags, tagged{q, c.synonymQueryWeighted(o, boost)})
		}
	}
	n := float64(len(others) + len(tags))
	var qs []query.Query
	for _, o := range others {
		qs = append(qs, c.synonymQueryWeighted(o, boost*n))
	}
	for _, t := range tags {
		qs = append(qs, tagOnly(t.tag, t.text, tagFindBoost*boost*n))
	}
	return disjunction(qs)
}

// tagOnly matches the articles that have tag (weighed boost) and not
// text: a synonym some article has as a tag only.
func tagOnly(tag *query.TermQuery, text query.Query, boost float64) query.Query {
	tag.SetBoost(boost)
	only := bleve.NewBooleanQuery()
	only.AddMust(tag)
	only.AddMustNot(text)
	return only
}

// synonymQuery matches a synonym entry, below the word itself.
func (c *compiler) synonymQuery(s synonym) query.Query {
	return c.synonymQueryWeighted(s, synonymBoost)
}

// synonymQueryWeighted is synonymQuery with the given boost.
func (c *compiler) synonymQueryWeighted(s synonym, boost float64) query.Query {
	if len(s.terms) == 1 {
		q := fieldsTerm(s.terms[0], alt(boost))
		if sq := c.actionSentence(c.userParts(s.text), alt(boost*splitBoost)); sq != nil {
			// (情報漏えい for data breach: 情報が漏洩した too.)
			return bleve.NewDisjunctionQuery(q, sq)
		}
		if toks := indexed(c.tokens(s.text)); len(toks) == 1 {
			if pq := c.properSplitWeighted(toks[0], alt(boost)); pq != nil {
				return bleve.NewDisjunctionQuery(q, pq) // (関電: 関西電力送配電 too)
			}
		}
		return q
	}
	q := c.phrase(s.text, alt(boost))
	if katakanaWord(s.text) {
		// Alone kagome cuts a katakana synonym (ギガ|バイト, モンスタ|ハンタ)
		// where an article may keep it whole or run it on (30ギガバイト,
		// モンスターハンターワイルズ): its characters as written too.
		if bq := bigramQuery(s.text); bq != nil {
			return bleve.NewDisjunctionQuery(q, bq)
		}
	}
	return q
}

// bigramQuery matches the katakana of s as a string inside any katakana
// run (a phrase of its bigrams), or nil when s has fewer than three
// katakana in a row: a two-letter string is inside too many words (マー in
// スマート).
func bigramQuery(s string) query.Query {
	grams := analyzer.Bigrams(s)
	if len(grams) < 2 {
		return nil
	}
	return phraseQuery(grams, fieldBigram, bigramBoost)
}

// boosted returns a copy of q with the boost of each scored leaf times f.
// bleve applies a boost only to leaf queries (a term, a phrase): set on a
// disjunction or a boolean, it is ignored. q itself is left as it is, so
// it can stay a clause elsewhere.
func boosted(q query.Query, f float64) query.Query {
	scale := func(q query.BoostableQuery) query.Query {
		q.SetBoost(q.Boost() * f)
		return q
	}
	return scoredLeaves(q, func(leaf query.Query) query.Query {
		switch q := leaf.(type) {
		case *query.TermQuery:
			cp := *q
			return scale(&cp)
		case *query.PhraseQuery:
			cp := *q
			return scale(&cp)
		case *query.FuzzyQuery:
			cp := *q
			return scale(&cp)
		case *query.MatchQuery:
			cp := *q
			return scale(&cp)
		case *query.MultiPhraseQuery:
			cp := *q
			return scale(&cp)
		}
		return leaf // unscored or constant: match all, match none, ids, dates
	})
}

// scoredLeaves returns a copy of q with each leaf that may add to the
// score replaced by f(leaf): the disjunctions, conjunctions and booleans
// above them are copied (a boolean's must-not and filter clauses add no
// score and stay as they are). q itself is left as it is.
func scoredLeaves(q query.Query, f func(query.Query) query.Query) query.Query {
	if cp, ok := mapChildren(q, func(x query.Query) query.Query { return scoredLeaves(x, f) }); ok {
		return cp
	}
	if q, ok := q.(*query.BooleanQuery); ok {
		cp := *q
		if q.Must != nil {
			cp.Must = scoredLeaves(q.Must, f)
		}
		if q.Should != nil {
			cp.Should = scoredLeaves(q.Should, f)
		}
		return &cp
	}
	return f(q)
}

// mapQueries returns f of each of qs, in order.
func mapQueries(qs []query.Query, f func(query.Query) query.Query) []query.Query {
	out := make([]query.Query, len(qs))
	for i, x := range qs {
		out[i] = f(x)
	}
	return out
}

// mapChildren returns a copy of q, a disjunction, a conjunction or a
// balanced query, with f of each of its clauses; ok is false, and q
// itself returned, for any other query (booleans' clauses differ in what
// each walker does with them).
func mapChildren(q query.Query, f func(query.Query) query.Query) (_ query.Query, ok bool) {
	switch x := q.(type) {
	case *query.DisjunctionQuery:
		cp := *x
		cp.Disjuncts = mapQueries(x.Disjuncts, f)
		return &cp, true
	case *query.ConjunctionQuery:
		cp := *x
		cp.Conjuncts = mapQueries(x.Conjuncts, f)
		return &cp, true
	case *balancedQuery:
		return &balancedQuery{words: mapQueries(x.words, f)}, true
	}
	return q, false
}

// tokenTerms returns the terms of toks, in order.
func tokenTerms(toks []analyzer.Token) []string {
	terms := make([]string, len(toks))
	for i, t := range toks {
		terms[i] = t.Term
	}
	return terms
}

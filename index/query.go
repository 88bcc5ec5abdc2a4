package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// titleBoost makes a match in the title count more than one in the body.
const titleBoost = 3.0

// clause is one unit of a search-box query: a word (space-separated), a
// "quoted phrase", or either with a leading - to exclude it.
type clause struct {
	text    string // folded text, without quotes or the leading -
	phrase  bool
	exclude bool
}

// parseQuery splits a search-box query into clauses. ASCII and ideographic
// spaces separate words (the text is folded first, so U+3000, ＂ and － work
// like their ASCII forms); an unclosed quote runs to the end; a lone - is
// ignored.
func parseQuery(q string) []clause {
	s := []rune(analyzer.Fold(q))
	var out []clause
	for i := 0; i < len(s); {
		if isQuerySpace(s[i]) {
			i++
			continue
		}
		c := clause{}
		if s[i] == '-' {
			c.exclude = true
			i++
		}
		start := i
		if i < len(s) && isQuote(s[i]) {
			c.phrase = true
			start = i + 1
			for i = start; i < len(s) && !isQuote(s[i]); i++ {
			}
			c.text = string(s[start:i])
			i++ // the closing quote, if any
		} else {
			for ; i < len(s) && !isQuerySpace(s[i]) && !isQuote(s[i]); i++ {
			}
			c.text = string(s[start:i])
		}
		if strings.TrimSpace(c.text) != "" {
			out = append(out, c)
		}
	}
	return out
}

func isQuerySpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

// textQuery is the compiled text part of a search: must and should clauses
// for scoring, must-not for exclusions.
type textQuery struct {
	must, should, mustNot []query.Query
	matchAll              bool // no positive clause: every article matches
	matchNone             bool // the query had words, but none searchable
}

// compileQuery turns a search-box query into bleve clauses. Every content
// word must occur in the title or the body (a Japanese query without spaces
// requires all its words); a multi-word clause also adds a phrase bonus so
// articles with the words side by side rank first; phrases must occur as
// written; exclusions remove articles with the word or phrase.
func compileQuery(an *analyzer.Analyzer, q string) textQuery {
	var tq textQuery
	seen := map[string]bool{}
	positive := false
	for _, c := range parseQuery(q) {
		terms := an.Terms(c.text)
		if len(terms) == 0 {
			continue // only stop words, symbols or emoji
		}
		if c.exclude {
			if len(terms) == 1 {
				tq.mustNot = append(tq.mustNot, fieldsTerm(terms[0]))
			} else {
				tq.mustNot = append(tq.mustNot, fieldsPhrase(c.text, 1))
			}
			continue
		}
		positive = true
		if c.phrase && len(terms) > 1 {
			tq.must = append(tq.must, fieldsPhrase(c.text, 1))
			continue
		}
		for _, t := range terms {
			if !seen[t] {
				seen[t] = true
				tq.must = append(tq.must, fieldsTerm(t))
			}
		}
		if len(terms) > 1 {
			tq.should = append(tq.should, fieldsPhrase(c.text, 2))
		}
	}
	switch {
	case positive:
	case len(tq.mustNot) > 0 || strings.TrimSpace(q) == "":
		tq.matchAll = true
	default:
		tq.matchNone = true
	}
	return tq
}

// fieldsTerm matches an analysed term in the title (boosted) or the body.
func fieldsTerm(term string) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(fieldTitle)
	t.SetBoost(titleBoost)
	b := bleve.NewTermQuery(term)
	b.SetField(fieldBody)
	return bleve.NewDisjunctionQuery(t, b)
}

// fieldsPhrase matches text as a phrase in the title (boosted) or the body.
func fieldsPhrase(text string, boost float64) query.Query {
	t := bleve.NewMatchPhraseQuery(text)
	t.SetField(fieldTitle)
	t.Analyzer = textAnalyzer
	t.SetBoost(titleBoost * boost)
	b := bleve.NewMatchPhraseQuery(text)
	b.SetField(fieldBody)
	b.Analyzer = textAnalyzer
	b.SetBoost(boost)
	return bleve.NewDisjunctionQuery(t, b)
}

// build combines the text query with filters into one bleve query.
func (tq textQuery) build(filters []query.Query) query.Query {
	if tq.matchNone {
		return bleve.NewMatchNoneQuery()
	}
	bq := bleve.NewBooleanQuery()
	if tq.matchAll {
		bq.AddMust(bleve.NewMatchAllQuery())
	} else {
		bq.AddMust(tq.must...)
	}
	if len(tq.should) > 0 {
		bq.AddShould(tq.should...)
	}
	if len(tq.mustNot) > 0 {
		bq.AddMustNot(tq.mustNot...)
	}
	switch len(filters) {
	case 0:
	case 1:
		bq.AddFilter(filters[0])
	default:
		bq.AddFilter(bleve.NewConjunctionQuery(filters...))
	}
	return bq
}

package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// A query built for ranking repeats itself: a word's spellings, synonyms
// and script pairs each bring their alternatives, often the same term in
// the same field again (ドコモ's 27 term clauses were 11 terms), and a
// tag's clause for the articles without the word in their text (tagword
// docomo but not title or body docomo) beside the clauses that find the
// word in the text. The repeats change the scores, so a ranked search
// keeps them; a search that only matches (sorted by date, counting the
// category facet, locating a page's matches for highlighting) reads each
// term's postings once instead.

// matchOnly returns q simplified for a search that only matches: the
// same articles, each term and phrase read once. Nested disjunctions are
// flattened into one, repeated terms and phrases dropped, and a clause
// "X but not Y" beside every alternative of Y becomes X, as the
// disjunction has the articles with Y already.
func matchOnly(q query.Query) query.Query {
	return simplify(q, simplifying{})
}

// locatingOnly returns q simplified for locating a page's matches (see
// Index.locate), which marks the same text as q: nested disjunctions
// flattened and repeats dropped, and the clauses that cannot mark text
// left out, the terms and phrases of fields the highlighter does not read
// and the conjunctions and booleans without one it reads; those it keeps
// are kept whole, "X but not Y" included, so they locate in the same
// articles. nil when nothing is left.
func locatingOnly(q query.Query) query.Query {
	return simplify(q, simplifying{marks: marked, located: true})
}

// simplifying says how simplify simplifies: with marks, the clauses whose
// matches no field marks accepts are left out; located keeps every clause
// "X but not Y" (X marks only the articles without Y).
type simplifying struct {
	marks   func(field string) bool
	located bool
}

// marked reports whether the highlighter marks the matches of field.
func marked(field string) bool {
	switch field {
	case fieldTitle, fieldBody, fieldTitleReading, fieldBodyReading, fieldBigram:
		return true
	}
	return false
}

// simplify simplifies q as s says; it returns nil for a clause with
// nothing left.
func simplify(q query.Query, s simplifying) query.Query {
	if d, ok := q.(*query.DisjunctionQuery); ok && d.Min <= 1 {
		return simplifyAny(d, s)
	}
	if s.marks != nil {
		if !marking(q, s.marks) {
			return nil
		}
		s.marks = nil // (kept whole: located in the same articles)
	}
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		cp := *q
		cp.Disjuncts = simplifyEach(q.Disjuncts, s)
		return &cp
	case *query.ConjunctionQuery:
		cp := *q
		cp.Conjuncts = simplifyEach(q.Conjuncts, s)
		return &cp
	case *query.BooleanQuery:
		return simplifyBoolean(q, s)
	}
	return q
}

// simplifyEach simplifies each of qs, none of which may be left out.
func simplifyEach(qs []query.Query, s simplifying) []query.Query {
	out := make([]query.Query, len(qs))
	for i, c := range qs {
		out[i] = simplify(c, s)
	}
	return out
}

// marking reports whether q has a term or phrase of a field marks accepts
// among the clauses an article is located by (not those that exclude).
func marking(q query.Query, marks func(string) bool) bool {
	switch q := q.(type) {
	case *query.TermQuery:
		return marks(q.FieldVal)
	case *query.PhraseQuery:
		return marks(q.FieldVal)
	case *query.MultiPhraseQuery:
		return marks(q.FieldVal)
	case *query.DisjunctionQuery:
		return slices.ContainsFunc(q.Disjuncts, func(c query.Query) bool { return marking(c, marks) })
	case *query.ConjunctionQuery:
		return slices.ContainsFunc(q.Conjuncts, func(c query.Query) bool { return marking(c, marks) })
	case *query.BooleanQuery:
		return q.Must != nil && marking(q.Must, marks) || q.Should != nil && marking(q.Should, marks)
	}
	return false
}

// simplifyAny flattens a disjunction that needs any one of its clauses.
func simplifyAny(q *query.DisjunctionQuery, s simplifying) query.Query {
	var d disjuncts
	d.add(q, s)
	out := make([]query.Query, 0, len(d.clauses))
	seen := map[string]bool{}
	for _, c := range d.clauses {
		if b, ok := c.(*query.BooleanQuery); ok && !s.located {
			if x := d.besideAll(b); x != nil {
				c = x
			}
		}
		if k, ok := leafKey(c); ok {
			if seen[k] {
				continue // (X of "X but not Y" is there already)
			}
			seen[k] = true
		}
		out = append(out, c)
	}
	switch {
	case len(out) == 0 && s.marks == nil:
		return q // (no clause at all: nothing to simplify)
	case len(out) == 0:
		return nil
	case len(out) == 1:
		return out[0]
	}
	return bleve.NewDisjunctionQuery(out...)
}

// disjuncts collects the clauses of nested disjunctions, once each.
type disjuncts struct {
	clauses []query.Query
	keys    map[string]bool
}

func (d *disjuncts) add(q *query.DisjunctionQuery, s simplifying) {
	for _, c := range q.Disjuncts {
		if inner, ok := c.(*query.DisjunctionQuery); ok && inner.Min <= 1 {
			d.add(inner, s)
			continue
		}
		c = simplify(c, s)
		if c == nil {
			continue
		}
		if k, ok := leafKey(c); ok {
			if d.keys[k] {
				continue
			}
			if d.keys == nil {
				d.keys = map[string]bool{}
			}
			d.keys[k] = true
		}
		d.clauses = append(d.clauses, c)
	}
}

// besideAll returns X of b when b is "X but not Y", with nothing else,
// and every alternative of Y is among d's clauses; nil otherwise.
func (d *disjuncts) besideAll(b *query.BooleanQuery) query.Query {
	if b.Must == nil || b.MustNot == nil || b.Should != nil || b.Filter != nil {
		return nil
	}
	var not disjuncts
	switch y := b.MustNot.(type) {
	case *query.DisjunctionQuery:
		not.add(y, simplifying{})
	default:
		return nil
	}
	for _, c := range not.clauses {
		k, ok := leafKey(c)
		if !ok || !d.keys[k] {
			return nil
		}
	}
	if c, ok := b.Must.(*query.ConjunctionQuery); ok && len(c.Conjuncts) == 1 {
		return c.Conjuncts[0]
	}
	return b.Must
}

// leafKey names a term or phrase clause by its field and terms, without
// its boost; ok is false for other clauses.
func leafKey(q query.Query) (string, bool) {
	switch q := q.(type) {
	case *query.TermQuery:
		return "t\x00" + q.FieldVal + "\x00" + q.Term, true
	case *query.PhraseQuery:
		if q.Fuzziness != 0 {
			return "", false
		}
		return "p\x00" + q.FieldVal + "\x00" + strings.Join(q.Terms, "\x00"), true
	case *query.MultiPhraseQuery:
		if q.Fuzziness != 0 {
			return "", false
		}
		var b strings.Builder
		b.WriteString("m\x00" + q.FieldVal)
		for _, alts := range q.Terms {
			b.WriteString("\x00" + strings.Join(alts, "\x01"))
		}
		return b.String(), true
	}
	return "", false
}

// simplifyBoolean simplifies a boolean clause's parts.
func simplifyBoolean(q *query.BooleanQuery, s simplifying) query.Query {
	cp := *q
	if q.Must != nil {
		cp.Must = asConjunction(simplify(q.Must, s))
	}
	if q.Should != nil {
		cp.Should = asDisjunction(simplify(q.Should, s), minOf(q.Should))
	}
	if q.MustNot != nil {
		cp.MustNot = asDisjunction(simplify(q.MustNot, s), minOf(q.MustNot))
	}
	return &cp
}

// asConjunction and asDisjunction keep a boolean clause's parts of the
// types bleve expects of them.
func asConjunction(q query.Query) query.Query {
	if _, ok := q.(*query.ConjunctionQuery); ok {
		return q
	}
	return bleve.NewConjunctionQuery(q)
}

func asDisjunction(q query.Query, min float64) query.Query {
	if d, ok := q.(*query.DisjunctionQuery); ok && d.Min == min {
		return q
	}
	d := bleve.NewDisjunctionQuery(q)
	d.SetMin(min)
	return d
}

func minOf(q query.Query) float64 {
	if d, ok := q.(*query.DisjunctionQuery); ok {
		return d.Min
	}
	return 0
}

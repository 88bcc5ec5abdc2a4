package index

import (
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
	return simplify(q, nil)
}

// locatingOnly returns q simplified for locating a page's matches (see
// Index.locate): as matchOnly, with the clauses that cannot mark text
// left out, those of fields the highlighter does not read and those that
// only exclude articles, which the page's articles have passed already.
// nil when nothing is left.
func locatingOnly(q query.Query) query.Query {
	return simplify(q, func(field string) bool {
		switch field {
		case fieldTitle, fieldBody, fieldTitleReading, fieldBodyReading, fieldBigram:
			return true
		}
		return false
	})
}

// simplify is matchOnly, and with marks (a field's text can be marked)
// locatingOnly; it returns nil for a clause with nothing left.
func simplify(q query.Query, marks func(string) bool) query.Query {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		if q.Min > 1 {
			return simplifyEach(q, q.Disjuncts, marks)
		}
		return simplifyAny(q, marks)
	case *query.ConjunctionQuery:
		var kept []query.Query
		for _, c := range q.Conjuncts {
			if c = simplify(c, marks); c != nil {
				kept = append(kept, c)
			}
		}
		switch {
		case len(kept) == 0 && marks == nil:
			return q // (no clause at all)
		case len(kept) == 0:
			return nil
		case len(kept) == 1:
			return kept[0]
		}
		cp := *q
		cp.Conjuncts = kept
		return &cp
	case *query.BooleanQuery:
		return simplifyBoolean(q, marks)
	case *query.TermQuery:
		if marks != nil && !marks(q.FieldVal) {
			return nil
		}
	case *query.PhraseQuery:
		if marks != nil && !marks(q.FieldVal) {
			return nil
		}
	case *query.MultiPhraseQuery:
		if marks != nil && !marks(q.FieldVal) {
			return nil
		}
	}
	return q
}

// simplifyEach simplifies the clauses of a disjunction that needs more
// than one of them, which stay as many.
func simplifyEach(q *query.DisjunctionQuery, qs []query.Query, marks func(string) bool) query.Query {
	kept := make([]query.Query, 0, len(qs))
	for _, c := range qs {
		if c = simplify(c, marks); c != nil {
			kept = append(kept, c)
		}
	}
	if marks == nil && len(kept) < len(qs) {
		return q // (not reached: only locating drops clauses)
	}
	if len(kept) == 0 {
		return nil
	}
	cp := *q
	cp.Disjuncts = kept
	if marks != nil {
		cp.Min = 0 // a page's article is to be located by any of them
	}
	return &cp
}

// simplifyAny flattens a disjunction that needs any one of its clauses.
func simplifyAny(q *query.DisjunctionQuery, marks func(string) bool) query.Query {
	var d disjuncts
	d.add(q, marks)
	out := make([]query.Query, 0, len(d.clauses))
	seen := map[string]bool{}
	for _, c := range d.clauses {
		if b, ok := c.(*query.BooleanQuery); ok && marks == nil {
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
	case len(out) == 0 && marks == nil:
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

func (d *disjuncts) add(q *query.DisjunctionQuery, marks func(string) bool) {
	for _, c := range q.Disjuncts {
		if inner, ok := c.(*query.DisjunctionQuery); ok && inner.Min <= 1 {
			d.add(inner, marks)
			continue
		}
		c = simplify(c, marks)
		if c == nil {
			continue
		}
		if inner, ok := c.(*query.DisjunctionQuery); ok && inner.Min <= 1 {
			d.add(inner, marks) // (a clause that simplified to one)
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
		not.add(y, nil)
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

// simplifyBoolean simplifies a boolean clause's parts; locating keeps
// only what it must match, the clauses that mark text.
func simplifyBoolean(q *query.BooleanQuery, marks func(string) bool) query.Query {
	if marks != nil {
		var parts []query.Query
		for _, p := range []query.Query{q.Must, q.Should} {
			if p != nil {
				if p = simplify(p, marks); p != nil {
					parts = append(parts, p)
				}
			}
		}
		switch len(parts) {
		case 0:
			return nil
		case 1:
			return parts[0]
		}
		return bleve.NewDisjunctionQuery(parts...)
	}
	cp := *q
	if q.Must != nil {
		cp.Must = asConjunction(simplify(q.Must, nil))
	}
	if q.Should != nil {
		cp.Should = asDisjunction(simplify(q.Should, nil), minOf(q.Should))
	}
	if q.MustNot != nil {
		cp.MustNot = asDisjunction(simplify(q.MustNot, nil), minOf(q.MustNot))
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

package index

import "github.com/blevesearch/bleve/v2/search/query"

// Field scopes (title:, body:): a word's query kept to one field.

// scopeFields are the fields a scope keeps, by the field named: the
// text's own terms and their readings. The other fields a word is found
// by (character bigrams, sounds, tags, categories) do not say in which
// field the article has it.
var scopeFields = map[string][]string{
	fieldTitle: {fieldTitle, fieldTitleReading},
	fieldBody:  {fieldBody, fieldBodyReading},
}

// inField returns a copy of q that matches only in field (title or body):
// every leaf on another field matches nothing, so a conjunction that
// needs one fails and a disjunction goes without it; nil when nothing is
// left to match. Must-not and filter clauses stay as they are. q itself
// is left as it is.
func inField(q query.Query, field string) query.Query {
	switch x := q.(type) {
	case *query.DisjunctionQuery:
		var kept []query.Query
		for _, d := range x.Disjuncts {
			if r := inField(d, field); r != nil {
				kept = append(kept, r)
			}
		}
		if len(kept) == 0 || float64(len(kept)) < x.Min {
			return nil
		}
		cp := *x
		cp.Disjuncts = kept
		return &cp
	case *query.ConjunctionQuery:
		kept := make([]query.Query, len(x.Conjuncts))
		for i, d := range x.Conjuncts {
			if kept[i] = inField(d, field); kept[i] == nil {
				return nil
			}
		}
		cp := *x
		cp.Conjuncts = kept
		return &cp
	case *query.BooleanQuery:
		cp := *x
		if x.Must != nil {
			if cp.Must = inField(x.Must, field); cp.Must == nil {
				return nil
			}
		}
		if x.Should != nil {
			cp.Should = inField(x.Should, field)
			if cp.Should == nil && x.Must == nil {
				return nil // (the should clauses were all it needed)
			}
		}
		return &cp
	case query.FieldableQuery:
		for _, f := range scopeFields[field] {
			if x.Field() == f {
				return q
			}
		}
		return nil
	case *query.MatchNoneQuery:
		return nil
	}
	return q // match all, ids
}

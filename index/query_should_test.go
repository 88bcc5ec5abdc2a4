package index

import (
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestHeldShoulds: a boolean whose should clause has a must-not, under a
// conjunction that skips ahead, scores every article its should clause
// matches, whatever the order of the articles.
func TestHeldShoulds(t *testing.T) {
	m := mapping.NewIndexMapping()
	m.DefaultAnalyzer = "keyword"
	b, err := bleve.New(filepath.Join(t.TempDir(), "x"), m)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	// One batch each, so the articles keep this order: past a, the
	// should clause (x and not z) skips b to f, and stands on g while
	// the conjunction asks the boolean for g.
	docs := []struct{ id, title, cat, body string }{
		{"a", "x", "", "w"},
		{"b", "x", "", ""},
		{"c", "x", "z", ""},
		{"d", "x", "z", ""},
		{"e", "x", "z", ""},
		{"f", "x", "z", ""},
		{"g", "x", "", "w"},
		{"h", "x", "", "w"},
	}
	for _, d := range docs {
		if err := b.Index(d.id, map[string]any{"title": d.title, "cat": d.cat, "body": d.body}); err != nil {
			t.Fatal(err)
		}
	}
	term := func(t, f string) *query.TermQuery {
		q := bleve.NewTermQuery(t)
		q.SetField(f)
		return q
	}
	build := func() query.Query {
		rest := bleve.NewBooleanQuery()
		rest.AddMust(term("x", "title"))
		rest.AddMustNot(term("z", "cat"))
		top := bleve.NewBooleanQuery()
		top.AddMust(term("x", "title"))
		top.AddShould(rest)
		return bleve.NewConjunctionQuery(term("w", "body"), bleve.NewDisjunctionQuery(top))
	}
	scores := func(q query.Query) map[string]float64 {
		res, err := b.Search(bleve.NewSearchRequest(q))
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]float64{}
		for _, h := range res.Hits {
			out[h.ID] = h.Score
		}
		return out
	}
	tests := []struct {
		name  string
		q     query.Query
		equal bool
	}{
		{"bleve's own", build(), false},
		{"held", keptShoulds(build()), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := scores(tc.q)
			if len(s) != 3 {
				t.Fatalf("hits %v, want a, g and h", s)
			}
			if got := s["a"] == s["g"] && s["g"] == s["h"]; got != tc.equal {
				t.Errorf("a, g and h score %v, %v, %v: all equal %v, want %v", s["a"], s["g"], s["h"], got, tc.equal)
			}
		})
	}
}

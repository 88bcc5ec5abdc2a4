package index

import (
	"time"

	"sagasu/analyzer"
)

// The categories a query word may name (see categoriesNamed in
// tagword.go), read from the index at most once per categoryRefresh: a
// search compared every category, by term and by reading, against every
// word (5% of a livedoor search).

// categoryNames maps the folded term and the reading of each of the
// index's categories to the categories.
type categoryNames struct {
	read      time.Time
	byTerm    map[string][]string
	byReading map[string][]string
}

const (
	// categoryRefresh: a new category is named by queries within this.
	categoryRefresh = time.Second
	// maxNamedCategories bounds the categories compared with query
	// words; an index with more has none a reader could name.
	maxNamedCategories = 1000
	// maxReadCategories bounds the categories read for their readings.
	maxReadCategories = 200
)

// namedCategories returns the index's categories by term and reading, or
// nil when it cannot read them or has too many.
func (ix *Index) namedCategories() *categoryNames {
	if c := ix.cats.Load(); c != nil && time.Since(c.read) < categoryRefresh {
		return c
	}
	d, err := ix.b.FieldDict(fieldCategory)
	if err != nil {
		return nil
	}
	defer d.Close()
	c := &categoryNames{read: time.Now(), byTerm: map[string][]string{}, byReading: map[string][]string{}}
	n := 0
	for e, err := d.Next(); err == nil && e != nil; e, err = d.Next() {
		if n++; n > maxNamedCategories {
			c.byTerm, c.byReading = nil, nil
			break
		}
		if t := analyzer.WordTerm(e.Term); t != "" {
			c.byTerm[t] = append(c.byTerm[t], e.Term)
		}
		if n <= maxReadCategories {
			if r := readingKey(ix.an, e.Term); r != "" {
				c.byReading[r] = append(c.byReading[r], e.Term)
			}
		}
	}
	ix.cats.Store(c)
	return c
}

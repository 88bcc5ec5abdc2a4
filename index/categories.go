package index

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
		for _, name := range categoryNamesOf(e.Term) {
			if t := analyzer.WordTerm(name); t != "" && !slices.Contains(c.byTerm[t], e.Term) {
				c.byTerm[t] = append(c.byTerm[t], e.Term)
			}
			if n <= maxReadCategories {
				if r := readingKey(ix.an, name); r != "" && !slices.Contains(c.byReading[r], e.Term) {
					c.byReading[r] = append(c.byReading[r], e.Term)
				}
			}
		}
	}
	ix.cats.Store(c)
	return c
}

// categoryNamesOf returns the names a category goes by: the whole, and
// each subject a category of several lists (宇宙・航空 is also 宇宙 and
// 航空; 耐量子暗号 (PQC) is also PQC), of two characters or more.
func categoryNamesOf(category string) []string {
	names := []string{category}
	parts := strings.FieldsFunc(category, func(r rune) bool { return strings.ContainsRune(categorySeparators, r) || unicode.IsSpace(r) })
	if len(parts) < 2 {
		return names
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) >= 2 {
			names = append(names, p)
		}
	}
	return names
}

// categorySeparators part the subjects of a category's name.
const categorySeparators = "・･/／&＆、,，()（）"

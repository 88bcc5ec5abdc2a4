package index

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// The categories a query word may name (see categoriesNamed in
// tagword.go), read from the index at most once per categoryRefresh: a
// search compared every category, by term and by reading, against every
// word (5% of a livedoor search).

// categoryKey is how a category is named: folded (width, case, a final
// ー) and without the marks between its words, which readers leave out or
// type otherwise (宇宙航空 is 宇宙・航空, ai-robot AI/ROBOT).
func categoryKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return r
	}, analyzer.WordTerm(s))
}

// categoryNames maps the folded term and the reading of each of the
// index's categories to the categories.
type categoryNames struct {
	read      time.Time
	byTerm    map[string][]string
	byReading map[string][]string
	// byPart maps each subject a category lists to it (see
	// categoryPartsOf), folded, and by reading.
	byPart, byPartReading map[string][]string
	// digests are the categories of roundups (see digestCategory).
	digests []string
	// roundups: some article's title reads as a roundup's (see
	// roundupTitle).
	roundups bool
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
	c := &categoryNames{read: time.Now(), byTerm: map[string][]string{}, byReading: map[string][]string{},
		byPart: map[string][]string{}, byPartReading: map[string][]string{}}
	n := 0
	for e, err := d.Next(); err == nil && e != nil; e, err = d.Next() {
		if n++; n > maxNamedCategories {
			c.byTerm, c.byReading, c.byPart, c.byPartReading, c.digests = nil, nil, nil, nil, nil
			break
		}
		add := func(m map[string][]string, key string) {
			if key != "" && !slices.Contains(m[key], e.Term) {
				m[key] = append(m[key], e.Term)
			}
		}
		add(c.byTerm, categoryKey(e.Term))
		if digestCategory(e.Term) {
			c.digests = append(c.digests, e.Term)
		}
		parts := categoryPartsOf(e.Term)
		for _, p := range parts {
			add(c.byPart, analyzer.WordTerm(p))
		}
		if n <= maxReadCategories {
			add(c.byReading, readingKey(ix.an, e.Term))
			for _, p := range parts {
				add(c.byPartReading, readingKey(ix.an, p))
			}
		}
	}
	c.roundups = ix.hasKind(kindRoundup)
	ix.cats.Store(c)
	return c
}

// hasKind reports whether some article is of kind (a fieldKind term).
func (ix *Index) hasKind(kind string) bool {
	d, err := ix.b.FieldDict(fieldKind)
	if err != nil {
		return false
	}
	defer d.Close()
	for e, err := d.Next(); err == nil && e != nil; e, err = d.Next() {
		if e.Term == kind && e.Count > 0 {
			return true
		}
	}
	return false
}

// newCategories drops the categories read (see namedCategories) when
// arts, just written, bring a spelling they lack: category=AI finds an
// article of Ａi as soon as it is written, and the answers kept for a
// minute are not of the names read before it.
func (ix *Index) newCategories(arts []Article) {
	c := ix.cats.Load()
	if c == nil || c.byTerm == nil {
		return
	}
	for _, a := range arts {
		if cat := norm.NFC.String(a.Category); cat != "" && !slices.Contains(c.byTerm[categoryKey(cat)], cat) {
			ix.cats.CompareAndSwap(c, nil)
			return
		}
	}
}

// categoryPartsOf returns the subjects a category of several lists, of
// two characters or more (宇宙 and 航空 of 宇宙・航空, 耐量子暗号 and PQC of
// 耐量子暗号 (PQC)); none for a category of one.
func categoryPartsOf(category string) []string {
	parts := strings.FieldsFunc(category, func(r rune) bool { return strings.ContainsRune(categorySeparators, r) || unicode.IsSpace(r) })
	if len(parts) < 2 {
		return nil
	}
	return slices.DeleteFunc(parts, func(p string) bool { return utf8.RuneCountInString(p) < 2 })
}

// categorySeparators part the subjects of a category's name.
const categorySeparators = "・･/／&＆、,，()（）"

// categoryFilter is categoryFilter of the categories selectedCategories
// names.
func (ix *Index) categoryFilter(cats []string) query.Query {
	return categoryFilter(ix.selectedCategories(cats))
}

// selectedCategories returns cats with the index's categories spelt alike
// but for width, case and a final ー (category=ai finds AI, as the
// category: syntax does); an editor typing a category had found nothing
// and been told nothing.
func (ix *Index) selectedCategories(cats []string) []string {
	names := ix.namedCategories()
	if len(cats) == 0 || names == nil {
		return cats
	}
	all := slices.Clone(cats)
	for _, c := range cats {
		for _, n := range names.byTerm[categoryKey(c)] {
			if !slices.Contains(all, n) {
				all = append(all, n)
			}
		}
	}
	return all
}

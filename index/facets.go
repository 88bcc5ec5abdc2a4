package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search"

	"sagasu/analyzer"
)

// Facets count the keys field's terms, told apart by prefix, read from
// the keys table (keytable.go): one array read per match serves both (and
// the sort), and a month costs one count per match whatever the time
// span, instead of one date range per month.
const (
	facetCategory     = "category"
	facetMonth        = "month"
	categoryFacetSize = 100
	monthFacetSize    = 12 * (maxPublishYear - minPublishYear + 1)
)

// Facets are the counts a search sidebar shows.
type Facets struct {
	// Category counts, most articles first. They ignore the request's own
	// category filter, so the other categories stay visible.
	Category []FacetValue `json:"category"`
	// Month counts (YYYY-MM, JST) in time order, from the first month with
	// a match to the last, empty months included as 0.
	Month []FacetValue `json:"month"`
}

// FacetValue is one facet bucket.
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// categoryFacet counts the categories spelt alike but for width, case, a
// final ー and the marks between words as one (ＡＩ, ai and AI;
// sports-watch and sportswatch), as category=AI selects them all, under
// the spelling most of its articles have (a bucket counted apart from
// the ones its filter selects had shown 1 for a filter that found 904).
func categoryFacet(f *search.FacetResult) []FacetValue {
	out := []FacetValue{}
	if f == nil {
		return out
	}
	at := map[string]int{} // folded category: index in out
	most := map[string]int{}
	for _, t := range f.Terms.Terms() {
		v := strings.TrimPrefix(t.Term, keyCategory)
		k := categoryKey(v)
		if k == "" {
			k = analyzer.WordTerm(v) // (marks alone: ★ and ☆ are two)
		}
		i, ok := at[k]
		if !ok {
			at[k], most[k] = len(out), t.Count
			out = append(out, FacetValue{Value: v, Count: t.Count})
			continue
		}
		out[i].Count += t.Count
		if t.Count > most[k] {
			out[i].Value, most[k] = v, t.Count
		}
	}
	slices.SortStableFunc(out, func(a, b FacetValue) int { return b.Count - a.Count })
	return out
}

// monthFacet sorts month buckets by time and fills the gaps with zeros.
// The months are read and written as numbers (a month of the 180 of 15
// years had been parsed and formatted as a time, each, on every search).
func monthFacet(f *search.FacetResult) []FacetValue {
	out := []FacetValue{}
	if f == nil {
		return out
	}
	first, last := -1, -1
	for _, t := range f.Terms.Terms() {
		m, ok := monthNumber(strings.TrimPrefix(t.Term, keyMonth))
		if !ok {
			continue
		}
		if first < 0 || m < first {
			first = m
		}
		last = max(last, m)
	}
	if first < 0 {
		return out
	}
	counts := make([]int, last-first+1)
	for _, t := range f.Terms.Terms() {
		if m, ok := monthNumber(strings.TrimPrefix(t.Term, keyMonth)); ok {
			counts[m-first] = t.Count
		}
	}
	out = make([]FacetValue, len(counts))
	for i, c := range counts {
		out[i] = FacetValue{Value: monthName(first + i), Count: c}
	}
	return out
}

// monthNumber reads a month written YYYY-MM, as time.Parse reads the
// layout 2006-01, as the number of months since the year 0.
func monthNumber(v string) (int, bool) {
	if len(v) != 7 || v[4] != '-' {
		return 0, false
	}
	n := 0
	for i, c := range []byte(v) {
		if i == 4 {
			continue
		}
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	year, month := n/100, n%100
	if month < 1 || month > 12 {
		return 0, false
	}
	return year*12 + month - 1, true
}

// monthName writes the month n of monthNumber as YYYY-MM.
func monthName(n int) string {
	year, month := n/12, n%12+1
	b := []byte{'0', '0', '0', '0', '-', '0', '0'}
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + year%10)
		year /= 10
	}
	b[5], b[6] = byte('0'+month/10), byte('0'+month%10)
	return string(b)
}

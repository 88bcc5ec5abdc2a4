package index

import (
	"slices"
	"sort"
	"strings"
	"time"

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
func monthFacet(f *search.FacetResult) []FacetValue {
	out := []FacetValue{}
	if f == nil {
		return out
	}
	counts := map[string]int{}
	var months []time.Time
	for _, t := range f.Terms.Terms() {
		v := strings.TrimPrefix(t.Term, keyMonth)
		m, err := time.Parse("2006-01", v)
		if err != nil {
			continue
		}
		counts[v] = t.Count
		months = append(months, m)
	}
	if len(months) == 0 {
		return out
	}
	sort.Slice(months, func(i, j int) bool { return months[i].Before(months[j]) })
	for m := months[0]; !m.After(months[len(months)-1]); m = m.AddDate(0, 1, 0) {
		v := m.Format("2006-01")
		out = append(out, FacetValue{Value: v, Count: counts[v]})
	}
	return out
}

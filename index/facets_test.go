package index

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search"
)

// monthFacetByTime is the month facet as time.Parse and Format read and
// write its months, the reference monthFacet keeps to.
func monthFacetByTime(f *search.FacetResult) []FacetValue {
	out := []FacetValue{}
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

func monthTerms(counts map[string]int) *search.FacetResult {
	f := &search.FacetResult{Field: fieldKeys, Terms: &search.TermFacets{}}
	for m, c := range counts {
		f.Terms.Add(&search.TermFacet{Term: keyMonth + m, Count: c})
	}
	return f
}

// TestMonthFacetAsTimeReadsIt checks the month facet, its months read
// and written as numbers, against the same facet with its months parsed
// and formatted as times: the months in order, the gaps as zeros, and
// terms that are no month left out.
func TestMonthFacetAsTimeReadsIt(t *testing.T) {
	for _, tc := range []struct {
		name   string
		counts map[string]int
		want   []string // the months listed, when the case names them
	}{
		{"none", map[string]int{}, []string{}},
		{"one month", map[string]int{"2026-04": 3}, []string{"2026-04"}},
		{"a gap across a year", map[string]int{"2025-11": 2, "2026-02": 1}, []string{"2025-11", "2025-12", "2026-01", "2026-02"}},
		{"the years' edges", map[string]int{"1900-01": 1, "1900-03": 4}, []string{"1900-01", "1900-02", "1900-03"}},
		{"no month", map[string]int{"2026-13": 1, "2026-00": 1, "2026-4": 1, "26-04-1": 1, "2026/04": 1, "２０２６-04": 1, "2026-04x": 1}, []string{}},
		{"months beside no months", map[string]int{"2024-12": 5, "2025-1": 9, "2025-02": 2}, []string{"2024-12", "2025-01", "2025-02"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := monthFacet(monthTerms(tc.counts))
			if want := monthFacetByTime(monthTerms(tc.counts)); !reflect.DeepEqual(got, want) {
				t.Fatalf("monthFacet = %v, want %v", got, want)
			}
			var months []string
			for _, v := range got {
				months = append(months, v.Value)
			}
			if months == nil {
				months = []string{}
			}
			if !reflect.DeepEqual(months, tc.want) {
				t.Errorf("months %v, want %v", months, tc.want)
			}
		})
	}
	rng := rand.New(rand.NewSource(7))
	for i := range 300 {
		counts := map[string]int{}
		for range rng.Intn(40) {
			counts[fmt.Sprintf("%04d-%02d", 1900+rng.Intn(301), 1+rng.Intn(12))] = 1 + rng.Intn(500)
		}
		if got, want := monthFacet(monthTerms(counts)), monthFacetByTime(monthTerms(counts)); !reflect.DeepEqual(got, want) {
			t.Fatalf("random set %d: monthFacet = %v, want %v", i, got, want)
		}
	}
}

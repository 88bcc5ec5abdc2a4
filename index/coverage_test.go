package index

import (
	"slices"
	"testing"
)

func TestCoverage(t *testing.T) {
	terms := []weightedTerm{{term: "a", weight: 3}, {term: "b", weight: 1}}
	tests := []struct {
		name        string
		has, listed []int
		want        float64
	}{
		{"every word", []int{0, 1}, nil, 1},
		{"the strongest word", []int{0}, nil, 0.75},
		{"a word in a list of links only", []int{0, 1}, []int{0}, 0.25},
		{"nothing", nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := poolArticle{has: make(wordSet, 1), listed: make(wordSet, 1)}
			for _, i := range tt.has {
				c.has.add(i)
			}
			for _, i := range tt.listed {
				c.listed.add(i)
			}
			if got := c.coverage(terms); got != tt.want {
				t.Errorf("coverage = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBelowBackground: a hit that shares less of the source's strongest
// words than the background candidates (ranked 11th to 20th) is below it;
// a pool too small to have a background marks none.
func TestBelowBackground(t *testing.T) {
	terms := make([]weightedTerm, 10)
	for i := range terms {
		terms[i] = weightedTerm{term: string(rune('a' + i)), weight: 1}
	}
	article := func(words int) poolArticle {
		c := poolArticle{has: make(wordSet, 1), listed: make(wordSet, 1)}
		for i := range words {
			c.has.add(i)
		}
		return c
	}
	// Ranked: four close articles, one that shares one word, then the
	// background sharing two or three words.
	ranked := []poolArticle{article(8), article(7), article(6), article(5), article(1)}
	for i := len(ranked); i < 25; i++ {
		ranked = append(ranked, article(2+i%2))
	}
	got := belowBackground(ranked, terms)
	if want := []bool{false, false, false, false, true}; !slices.Equal(got[:5], want) {
		t.Errorf("belowBackground = %v, want %v first", got[:5], want)
	}
	if got := belowBackground(ranked[:coverBackgroundTo-1], terms); slices.Contains(got, true) {
		t.Errorf("a pool of %d: belowBackground = %v, want none below", coverBackgroundTo-1, got)
	}
}

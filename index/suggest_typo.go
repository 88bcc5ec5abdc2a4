package index

import (
	"context"
	"slices"
	"time"

	"sagasu/analyzer"
)

// Typos in the search box: a word nothing completes as typed is completed
// as the word the reader most likely meant.

// minNearlyTyped is the fewest characters a word must have before
// nearlyTyped looks past a typo in it; nearlyTypedBudget bounds the time
// it looks (a suggestion is asked for at every keystroke).
const (
	minNearlyTyped    = 4
	nearlyTypedBudget = 2 * time.Millisecond
)

// nearlyTyped completes a word nothing completes as typed, as a typo:
// two characters swapped (nvidai is nvidia), then what the start of it
// completes, down to three fifths of it (starlnk: starl, Starlink;
// じどううんでん: じどううん, 自動運転). nil when neither finds a word.
func (ix *Index) nearlyTyped(ctx context.Context, si *suggestIndex, w string, size int) []Suggestion {
	rs := []rune(w)
	n := len(rs)
	if n < minNearlyTyped {
		return nil
	}
	start, tries := time.Now(), 0
	words := func(v string) []Suggestion {
		if tries++; tries > 2 && time.Since(start) > ix.sug.within(nearlyTypedBudget) {
			return nil // (the likeliest two are always tried, however busy the machine)
		}
		out := ix.complete(ctx, si, v, []string{v}, size)
		if !slices.ContainsFunc(out, isWordSuggestion) {
			return nil
		}
		return out
	}
	for i := 0; i+1 < n && !analyzer.IsKana(w); i++ {
		// (Letters only: kana comes a syllable at a time, and its
		// lookups cost more.)
		if rs[i] == rs[i+1] {
			continue
		}
		v := slices.Clone(rs)
		v[i], v[i+1] = v[i+1], v[i]
		if out := words(string(v)); out != nil {
			return out
		}
	}
	for k := n - 1; k >= max(3, (3*n+4)/5); k-- {
		if out := words(string(rs[:k])); out != nil {
			return out
		}
	}
	return nil
}

// isWordSuggestion reports whether s is a word: a term, or a tag, which
// is a word some articles are filed under (eVTOL, PQC) even when no body
// says it so; a typo of it is looked past as of any word.
func isWordSuggestion(s Suggestion) bool { return s.Kind == kindTerm || s.Kind == kindTag }

package index

import (
	"context"
	"slices"
	"strings"

	"sagasu/analyzer"
)

// Latin words typed apart that complete, together, only a word that runs
// them together (galaxy note: GalaxyNote of 3 articles; windows phone:
// WindowsPhone; pocket wifi: pocketwifi) are also completed as words
// apart, the words the articles have beside the first: GALAXY Note, of
// 58 articles, had never been offered, typed in Latin or in kana.

// runTogether reports whether typed is two Latin words or more and the
// words and tags of out that complete them are all of them written as
// one (their letters, no space between).
func runTogether(typed []string, out []Suggestion) bool {
	if len(typed) < 2 || latinPhrase(typed) == "" {
		return false
	}
	joined := strings.Join(typed, "")
	found := false
	for _, s := range out {
		if !isWordSuggestion(s) {
			continue
		}
		f := analyzer.Fold(s.Text)
		if strings.Contains(f, " ") || !strings.HasPrefix(f, joined) {
			return false
		}
		found = true
	}
	return found
}

// apartFirst completes the last of the words in after the others too (see
// completeAfter), and puts what that finds first when its first word
// has more articles than every word run together in l: those, then the
// rest of l, follow.
func (ix *Index) apartFirst(ctx context.Context, si *suggestIndex, in *typedInput, l *suggestionList, before []string, strict bool, size int) []Suggestion {
	apart := newSuggestionList(si, size, in.latinTyped)
	ix.completeAfter(ctx, si, in, apart, before, strict)
	first := slices.IndexFunc(apart.out, isWordSuggestion)
	if first < 0 {
		return l.out
	}
	for _, s := range l.out {
		if isWordSuggestion(s) && s.Count >= apart.out[first].Count {
			return fillUp(slices.Clone(l.out), apart.out, size)
		}
	}
	var words []Suggestion
	for _, s := range apart.out {
		if isWordSuggestion(s) {
			words = append(words, s)
		}
	}
	return fillUp(words, l.out, size)
}

package index

import (
	"context"
	"slices"
	"strings"
)

// A kana keyboard types a voicing mark as a key of its own after its kana
// (ふ, then ゜ for ぷ), so the box holds Evernote あふ on the way to
// Evernote あぷり. A single word is completed with its last kana voiced
// when nothing completes it as typed (see nearlyTyped); a word after
// others had emptied the box at that key.

// voicedAfter completes words, two or more, with the last kana of the
// last one voiced (either mark, in the order of voicingRow), when nothing
// completes them as typed: the first spelling that completes a word or
// tag, nil when none does. Hiragana only, as a kana keyboard types it.
func (ix *Index) voicedAfter(ctx context.Context, si *suggestIndex, words []string, size int) []Suggestion {
	n := len(words)
	if n < 2 || !isHiragana(words[n-1]) {
		return nil
	}
	rs := []rune(words[n-1])
	last := rs[len(rs)-1]
	row := voicingRow(last)
	if len(row) < 2 || row[0] != last {
		return nil
	}
	for _, r := range row[1:] {
		v := slices.Clone(rs)
		v[len(v)-1] = r
		ws := append(slices.Clone(words[:n-1]), string(v))
		if out := ix.complete(ctx, si, strings.Join(ws, " "), ws, size); slices.ContainsFunc(out, isWordSuggestion) {
			return out
		}
	}
	return nil
}

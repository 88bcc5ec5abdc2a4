package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Completing kana typed right after converted text that has no reading
// (耐量子 + あ: 耐量子暗号): the words and titles that start with the text
// and whose rest reads as the kana.

// maxUnreadChecks bounds the words afterUnread reads.
const maxUnreadChecks = 24

// afterUnread completes kana typed right after converted text that has
// no reading (耐量子 + あ: 耐 alone is no word of the dictionary): the words
// and titles that start with the text and whose rest reads as the kana
// (耐量子暗号).
func (ix *Index) afterUnread(si *suggestIndex, context, last, pending string, n int) []int32 {
	if last != "" && !analyzer.IsKana(last) {
		return nil
	}
	wants := []string{analyzer.ReadingPrefix(last)}
	if pending != "" {
		wants = wants[:0]
		for _, next := range nextKana[pending] {
			wants = append(wants, analyzer.ReadingPrefix(last+next))
		}
	}
	var out []int32
	for _, i := range si.lookup([]string{context}, maxUnreadChecks) {
		rest, ok := strings.CutPrefix(analyzer.Fold(si.entries[i].text), context)
		if !ok || rest == "" {
			continue
		}
		if r := []rune(rest); len(r) > suggestKeyRunes/2 {
			rest = string(r[:suggestKeyRunes/2]) // only its start is compared
		}
		if slices.ContainsFunc(ix.restReadings(rest), func(r string) bool {
			return slices.ContainsFunc(wants, func(w string) bool { return strings.HasPrefix(r, w) })
		}) {
			if out = append(out, i); len(out) == n {
				break
			}
		}
	}
	return out
}

// restReadings returns the ways the rest of a word after converted text
// may read: as kagome reads it, and with its first kanji read as the
// dictionary's other readings of it (体 of 半導体 alone reads からだ, in
// the word たい).
func (ix *Index) restReadings(rest string) []string {
	var out []string
	if r := readingKey(ix.an, rest); r != "" {
		out = append(out, r)
	}
	first, size := utf8.DecodeRuneInString(rest)
	if !isHan(first) {
		return out
	}
	after := ""
	if size < len(rest) {
		if after = readingKey(ix.an, rest[size:]); after == "" {
			return out
		}
	}
	for _, d := range ix.an.DictReadings(string(first)) {
		out = append(out, d+after)
	}
	return out
}

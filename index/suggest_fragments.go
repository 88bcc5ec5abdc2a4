package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Fragments, no words to offer: a katakana word the titles have mostly as
// a piece of longer ones (フォン of スマートフォン), and a run the index
// joined across the end of a word, that starts with a kanji the titles
// have mostly as a suffix (県菊陽町 of 熊本|県|菊陽|町).

// fragment reports whether term is a katakana word the titles have
// mostly as a piece of longer ones: no word to offer (ふ is no フォン),
// however many articles have the longer word.
func (b *sugBuilder) fragment(term string) bool {
	n := b.inside[term]
	return n >= minFragmentTitles && n > fragmentRatio*b.alone[term]
}

// suffixStart reports whether term starts with a kanji the titles have
// mostly as a suffix (県 of 熊本県, 体 of 積|体, 日 of 17日): a run the
// index joined across the end of a word (熊本|県|菊陽|町 has 県菊陽町), no
// word.
func (b *sugBuilder) suffixStart(term string) bool {
	r, size := utf8.DecodeRuneInString(term)
	if !isHan(r) || size == len(term) {
		return false
	}
	k := term[:size]
	if b.suffix[k] < minFragmentTitles || b.suffix[k] <= fragmentRatio*b.free[k] {
		return false
	}
	// The kanji must be a word of the run (長 of 長友|佑|都 is not), and
	// no country beside others (日 of 日|米).
	toks := b.ix.an.Tokens(term)
	if countryPair(indexed(toks)) {
		return false
	}
	for _, t := range toks {
		if t.Class != "shingle" {
			return t.Surface == k
		}
	}
	return false
}

// A katakana word in at least minFragmentTitles titles as a piece, and
// in more than fragmentRatio times as many as on its own, is a fragment.
const (
	minFragmentTitles = 2
	fragmentRatio     = 3
)

// katakanaWord reports whether s is katakana letters (and ー) only.
func katakanaWord(s string) bool {
	return strings.ContainsFunc(s, isKatakanaLetter) && !strings.ContainsFunc(s, func(r rune) bool { return !isKatakanaLetter(r) && r != 'ー' })
}

// pieces returns, for each of toks (a title's tokens), whether it is a
// katakana word that is a piece of a longer one: a part of a compound,
// or beside another katakana word with nothing between.
func pieces(toks []analyzer.Token) []bool {
	out := make([]bool, len(toks))
	prev := -1 // the last word that is no part or shingle
	for i, t := range toks {
		if t.Class == "shingle" || !katakanaWord(t.Surface) {
			if t.Class != "part" && t.Class != "shingle" {
				prev = -1
			}
			continue
		}
		if t.Class == "part" {
			out[i] = true
			continue
		}
		if prev >= 0 && toks[prev].End == t.Start {
			out[i], out[prev] = true, true
		}
		prev = i
	}
	return out
}

package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Words the titles write as the suffix of the word before them (ちゃん of
// 愛ちゃん, 向け of 子供向け, 付き of カメラ付き): no word to offer for
// every prefix, only typed whole. kagome reads each alone as a noun, so
// the bodies' term was counted as one: ちゃん of 374 articles of livedoor
// and the tech sets had come first for ちゃ, 向け of 1,076 first for む,
// 付き fifth for つ, and 向けゲーム, a compound of スマホ|向け|ゲーム, for
// むけ. A single kanji (県, 的) is ranked by the share of titles that use
// it alone instead (see aloneShare).

// countSuffixUse counts, once per title, how a title writes t, a word of
// two characters or more: as a suffix (see suffixTag), or not right
// after another word (see afterWord).
func (tw *titleWords) countSuffixUse(i int, t analyzer.Token) {
	if t.Term == "" || t.Class == "shingle" || t.Class == "part" || utf8.RuneCountInString(t.Term) < 2 {
		return
	}
	seen := "\x00suffix\x00" + t.Term
	if tw.seen[seen] {
		return
	}
	tw.seen[seen] = true
	switch {
	case suffixTag(t):
		tw.b.suffixed[t.Term]++
	case !tw.afterWord(i):
		tw.b.lead[t.Term]++
	}
}

// suffixTag reports whether kagome reads t as a suffix that makes a word
// of the one before it (ちゃん, 向け, 付き), not as a counter after a
// number (時間 of 2時間) or a suffix of time (以降), which are words of
// their own too.
func suffixTag(t analyzer.Token) bool {
	return strings.HasPrefix(t.POS, "名詞,接尾") && !strings.HasPrefix(t.POS, "名詞,接尾,助数詞") &&
		!strings.HasPrefix(t.POS, "名詞,接尾,副詞可能")
}

// afterWord reports whether toks[i] is written right after a word of the
// title (スマホ|向け), nothing between.
func (tw *titleWords) afterWord(i int) bool {
	t := tw.toks[i]
	for j := i - 1; j >= 0; j-- {
		p := tw.toks[j]
		if p.Class == "shingle" || p.Class == "part" {
			continue
		}
		return p.End == t.Start && p.Term != ""
	}
	return false
}

// suffixWord reports whether the titles write term mostly as a suffix:
// in at least minFragmentTitles titles so, and in more than
// fragmentRatio times as many as start a word with it.
func (b *sugBuilder) suffixWord(term string) bool {
	n := b.suffixed[term]
	return n >= minFragmentTitles && n > fragmentRatio*b.lead[term]
}

// suffixWords keys the words the titles write mostly as a suffix only
// typed whole, as a single kanji is (ちゃん, むけ: ち and む had offered
// them first), and drops the compounds that start with one (向けゲーム of
// スマホ向けゲーム); the compounds they end stay (子供向け).
func (b *sugBuilder) suffixWords() {
	for t, s := range b.terms {
		switch {
		case len(s.parts) > 1 && b.suffixWord(s.parts[0]):
			delete(b.terms, t)
		case b.suffixWord(t):
			s.single = true
		}
	}
}

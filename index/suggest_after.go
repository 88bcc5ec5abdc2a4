package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Completing the last word on its own after the others, when no word
// completes them together: the words articles have beside them (独女 け:
// 結婚 before 決定), shown with the articles that have both, and a word
// typed right after converted text as if a space were between (独女けっこ:
// 独女 結婚).

// beforeLast returns the words the last one is completed after on its
// own, and whether only words some article has beside them count
// (strict). For kana typed right after converted text that make no word
// with it, that is the converted text, and echo becomes it as written.
func (in *typedInput) beforeLast(si *suggestIndex) (before []string, strict bool) {
	before, strict = in.words[:len(in.words)-1], false
	if in.echo == "" && in.split != "" && (!isRomaji(in.split) || si.spelling(in.split) != "") && utf8.RuneCountInString(in.last) >= 2 && !isSingleKanji(in.split) {
		// Kana typed right after converted text that make no word with
		// it (独女けっこ), or after a name typed in Latin letters
		// (JAXAうちあげ): a word after it, as if a space were between
		// (独女 結婚), but only words some article has beside it, and
		// not for one kana, which is more often the rest of a word
		// being typed or a particle (自動う is no 自動 Windows, 電池と no
		// 電池 トヨタ), nor after one kanji, more often a word's kana
		// (上がる is no 上 ガールズ).
		in.echo, before, strict = cmp.Or(si.spelling(in.split), typedHead(in.q, in.split))+" ", []string{in.split}, true
	}
	return before, strict
}

// completeAfter replaces the list with the last word completed on its own
// after the words before it, with the articles that have them together,
// and then the titles the list held.
func (ix *Index) completeAfter(ctx context.Context, si *suggestIndex, in *typedInput, l *suggestionList, before []string, strict bool) {
	titles := l.out
	l.out = []Suggestion{}
	// A pair spelt as a tag found before (自動運転 タクシー, the tag
	// 自動運転タクシー) is shown as the pair, with the articles that
	// have the two, and the tag not again.
	clear(l.seen)
	ids, counts, echo := ix.wordsAfter(ctx, si, in, before, strict, l.size)
	if !slices.ContainsFunc(counts, func(n int) bool { return n >= 0 }) {
		// No word before is in any article (kagawa shi, romaji
		// that reads as no word the archive has): the word alone,
		// as a search relaxed for the others finds it, not words
		// shown beside the others that no article has with them.
		echo = ""
	}
	for k, i := range ids {
		n := len(l.out)
		l.add(echo, []int32{i})
		for j := n; j < len(l.out) && counts[k] >= 0; j++ {
			// The articles with the word and the others, which a
			// search for them finds, not those with the word alone
			// (for both spellings of a name: 自動運転 Tesla, テスラ).
			l.out[j].Count = counts[k]
		}
	}
	for _, t := range titles {
		if len(l.out) < l.size && !l.seen[l.keyOf(t.Text, t.Kind)] {
			l.out = append(l.out, t)
		}
	}
}

// wordsAfter returns the entries that complete the last word after the
// words before it, with the articles that have each with them (counts,
// see besideContext), and what precedes them: echo, or a name as typed
// in Latin letters.
func (ix *Index) wordsAfter(ctx context.Context, si *suggestIndex, in *typedInput, before []string, strict bool, size int) (ids []int32, counts []int, echo string) {
	echo = in.echo
	groups := ix.prefixes("", in.last, in.pending)
	n := len(before)
	typedName := "" // a name typed in Latin letters that reads as kana too (nintendo: ニンテンドー)
	if in.split == "" && len(in.asTyped) >= 2 && !slices.Equal(in.asTyped, in.words) {
		typedName = si.latinSpelling(in.asTyped[len(in.asTyped)-2])
	}
	if isLatinWord(in.last+in.pending) && (n > 0 && isLatinWord(before[n-1]) || typedName != "") {
		// Letters after a word of Latin letters: the Latin words
		// first, as one types English on (google ch: Google Chrome,
		// where the twelve checked had been words read チ), and
		// then the words they read as when none goes with it
		// (iphone kai: 買取).
		ids, counts = ix.besideContext(ctx, si, before, groups[:1], strict, size)
		switch {
		case !slices.ContainsFunc(counts, func(n int) bool { return n > 0 }):
			if len(groups) > 1 {
				ids, counts = ix.besideContext(ctx, si, before, groups, strict, size)
			}
		case typedName != "":
			// The name as typed before them (nintendo sw is Nintendo
			// Switch, not ニンテンドー Switch).
			echo = strings.Join(append(slices.Clone(in.words[:len(in.words)-2]), typedName), " ") + " "
		}
	} else {
		ids, counts = ix.besideContext(ctx, si, before, groups, strict, size)
	}
	return ids, counts, echo
}

// typedHead returns the converted text split from the kana after it, as
// the reader typed it in q (H3 of H3うちあげ, not the folded h3), or split
// when q's last word does not start with it.
func typedHead(q, split string) string {
	typed := typedWords(q)
	if len(typed) == 0 {
		return split
	}
	if h, _ := splitTyping(typed[len(typed)-1]); h != "" && analyzer.Fold(h) == split {
		return h
	}
	return split
}

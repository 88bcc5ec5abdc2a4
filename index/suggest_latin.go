package index

import (
	"context"
	"slices"
	"strings"

	"sagasu/analyzer"
)

// Latin letters in the search box: a name typed in them, shown as typed
// beside its common spelling, and letters an IME turned into kana after
// converted text.

// minBothSpellings is the fewest Latin letters typed that show a name in
// both its spellings (see shownAs).
const minBothSpellings = 3

// latinSpelling is a word's spelling in Latin letters and the reading of
// the word (Tesla, テスラ).
type latinSpelling struct{ text, reading string }

// shownAs returns how a word with Latin spelling l is shown to a reader
// who typed the Latin letters typed: the Latin spelling when it starts
// with them, and also the word as most articles write it when they may
// be its romaji before conversion, from the third letter (tes: Tesla and
// テスラ; t and te: Tesla, the list has room for other words; goog:
// Google alone, グーグル reading ぐー).
func (l latinSpelling) shownAs(typed string) (latin, native bool) {
	if l.text == "" || typed == "" || !strings.HasPrefix(analyzer.Fold(l.text), typed) {
		return false, true
	}
	if len(typed) < minBothSpellings {
		return true, false
	}
	kana, pending, ok := toKana(typed)
	if !ok {
		return true, false
	}
	rest, ok := strings.CutPrefix(l.reading, analyzer.ReadingPrefix(kana))
	if !ok {
		return true, false
	}
	native = pending == "" || slices.ContainsFunc(nextKana[pending], func(k string) bool {
		return strings.HasPrefix(rest, analyzer.ReadingPrefix(k))
	})
	return true, native
}

// latinCompletions completes the last of words as Latin letters typed
// after converted text with the IME still in kana (生成あい for 生成AI,
// not 生成 and 相次ぎ by the reading of あい): the letters as romaji, when
// a word starts with them so; nil otherwise.
func (ix *Index) latinCompletions(ctx context.Context, si *suggestIndex, words []string, size int) []Suggestion {
	w := latinInKana(words[len(words)-1])
	if w == "" {
		return nil
	}
	ws := append(slices.Clip(words[:len(words)-1]), w)
	out := ix.suggestFrom(ctx, si, strings.Join(ws, " "), ws, size)
	if !slices.ContainsFunc(out, func(s Suggestion) bool {
		return s.Kind == kindTerm && strings.HasPrefix(analyzer.Fold(s.Text), w)
	}) {
		return nil
	}
	return out
}

// maxLatinInKana bounds the kana latinInKana reads as Latin letters.
const maxLatinInKana = 4

// latinInKana returns word with the hiragana it ends in written as the
// romaji an IME turned into them, when converted text (kanji, katakana
// or Latin letters) comes before them and each is a kana of one romaji
// spelling (生成あい: 生成ai); "" otherwise.
func latinInKana(word string) string {
	rs := []rune(word)
	i := len(rs)
	for i > 0 && isHiraganaLetter(rs[i-1]) {
		i--
	}
	if i == 0 || i == len(rs) || len(rs)-i > maxLatinInKana || strings.ContainsFunc(string(rs[:i]), isHiraganaLetter) {
		return ""
	}
	var b strings.Builder
	b.WriteString(string(rs[:i]))
	for _, r := range analyzer.ToKatakana(string(rs[i:])) {
		rom := kanaRomaji[r]
		if rom == "" {
			return ""
		}
		b.WriteString(rom)
	}
	return b.String()
}

// latinBeside is how many words written in Latin letters that start
// with an English word being typed come right after the first of the
// words the glossary offers for it, when those fill the box.
const latinBeside = 2

// latinWordsFirst returns ids, best first, for typed, an English key of
// the glossary being typed: when no word whose Latin spelling starts with
// typed would be among the first size, up to latinBeside of them come
// right after the first. The glossary's Japanese words had filled the box
// (quantum offered eight 量子 words, not Quantum nor QuantumScape, which
// the articles write).
func (si *suggestIndex) latinWordsFirst(ids []int32, typed string, size int) []int32 {
	latinOf := func(i int32) string {
		if l := si.latin[i].text; l != "" {
			return analyzer.Fold(l)
		}
		return analyzer.Fold(si.entries[i].text)
	}
	var moved []int32
	for k, i := range ids {
		if si.entries[i].kind != kindTitle && strings.HasPrefix(latinOf(i), typed) {
			if k < size {
				return ids // one is shown already
			}
			if moved = append(moved, i); len(moved) == latinBeside {
				break
			}
		}
	}
	if len(moved) == 0 {
		return ids
	}
	rest := slices.DeleteFunc(slices.Clone(ids[1:]), func(i int32) bool { return slices.Contains(moved, i) })
	return append(append([]int32{ids[0]}, moved...), rest...)
}

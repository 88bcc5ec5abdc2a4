package index

import (
	"context"
	"slices"
	"strings"

	"sagasu/analyzer"
)

// A loanword's sound typed with the plain syllable nearest it: ti for
// ティ (ちむばーとん, komyuniti), di for ディ (ぢかぷりお), ho, ha, hi and
// he for フォ, ファ, フィ and フェ (ほーすくえあ). An IME types ティ only
// from thi or t'i, ディ from dhi, and readers who write ティ as ti get
// ち; the box had been empty (ぢかぷりお) or had offered the word cut in
// two (ちむばーとん: チーム バートン; こみゅにち: コミュ チェック).

// loanSounds maps a kana to the loanword sound typed with it.
var loanSounds = map[rune]string{'ち': "てぃ", 'ぢ': "でぃ", 'は': "ふぁ", 'ひ': "ふぃ", 'へ': "ふぇ", 'ほ': "ふぉ"}

// maxLoanSounds bounds the kana loanSounded tries as a loanword's sound:
// a longer run of them is Japanese, not a loanword mistyped.
const maxLoanSounds = 3

// loanSounded completes w, kana or romaji (an unfinished syllable after
// it too), with one of its kana that may stand for a
// loanword's sound (see loanSounds) read as that sound, or all of them,
// where a word's key starts so: the words that read as the kana so put
// right, with a slip (see slipsOf); nil when none does. Each spelling is
// a look-up of the keys, then one completion.
func (ix *Index) loanSounded(ctx context.Context, si *suggestIndex, w string, size int) []Suggestion {
	kana, tail := w, ""
	if isRomaji(w) {
		k, pending, ok := toKana(w)
		if !ok || k == "" {
			return nil
		}
		kana, tail = toHiragana(k), pending // (timuba-ton: ちむばーと and n)
	} else if head, t := splitLatinTail(w); t != "" {
		kana, tail = head, t
	}
	if !isHiragana(kana) {
		return nil
	}
	rs := []rune(kana)
	var at []int
	for i, r := range rs {
		if _, ok := loanSounds[r]; ok {
			at = append(at, i)
		}
	}
	if len(rs) < 3 || len(rs) > suggestKeyRunes || len(at) == 0 || len(at) > maxLoanSounds {
		return nil
	}
	sounded := func(is []int) string {
		var b strings.Builder
		for i, r := range rs {
			if slices.Contains(is, i) {
				b.WriteString(loanSounds[r])
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	tries := make([][]int, 0, len(at)+1)
	for _, i := range at {
		tries = append(tries, []int{i})
	}
	if len(at) > 1 {
		tries = append(tries, at)
	}
	for _, is := range tries {
		v := sounded(is)
		if !slices.ContainsFunc(si.lookup([]string{analyzer.ReadingPrefix(v)}, 2), func(e int32) bool { return si.entries[e].kind != kindTitle }) {
			continue
		}
		out := ix.complete(ctx, si, v+tail, []string{v + tail}, size)
		if out = ix.slipsOf(out, v); slices.ContainsFunc(out, isWordSuggestion) {
			return out
		}
	}
	return nil
}

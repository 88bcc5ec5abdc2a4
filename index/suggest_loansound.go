package index

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

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
	if utf8.RuneCountInString(kana) < 3 || utf8.RuneCountInString(kana) > suggestKeyRunes {
		return nil
	}
	for _, v := range loanSpellings(kana) {
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

// loanSpellings returns kana, hiragana, with its kana that may stand for
// a loanword's sound (see loanSounds) read as that sound, one at a time,
// then all of them: the spellings loanSounded and loanNamed try, nil
// when kana has none of them or more than maxLoanSounds.
func loanSpellings(kana string) []string {
	rs := []rune(kana)
	var at []int
	for i, r := range rs {
		if _, ok := loanSounds[r]; ok {
			at = append(at, i)
		}
	}
	if len(at) == 0 || len(at) > maxLoanSounds {
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
	out := make([]string, 0, len(at)+1)
	for _, i := range at {
		out = append(out, sounded([]int{i}))
	}
	if len(at) > 1 {
		out = append(out, sounded(at))
	}
	return out
}

// overLoanSounded returns what w completes as a loanword's sound typed
// with the plain kana nearest it (see loanSounded) in place of out, the
// words w completes with a voicing mark slipped on or off one kana, when
// more articles have its first word: ちっしゅ is ティッシュ of 12 livedoor
// articles, not 実習 of 4, read ぢっしゅ. Either reading changes one
// kana; the word readers use more is the likelier meant.
func (ix *Index) overLoanSounded(ctx context.Context, si *suggestIndex, w string, out []Suggestion, size int) []Suggestion {
	if k := kanaTyped(w); k == "" || loanSpellings(toHiragana(k)) == nil {
		return out
	}
	loan := ix.loanSounded(ctx, si, w, size)
	if firstWordCount(loan) > firstWordCount(out) {
		return loan
	}
	return out
}

// firstWordCount returns the articles of the first word or tag among
// out, 0 when out has none.
func firstWordCount(out []Suggestion) int {
	if i := slices.IndexFunc(out, isWordSuggestion); i >= 0 {
		return out[i].Count
	}
	return 0
}

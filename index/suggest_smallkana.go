package index

import (
	"slices"
	"strings"

	"sagasu/analyzer"
)

// A small kana typed large: a kana keyboard types ゃ, ゅ, ょ, っ and the
// small vowels of loanwords with a key of their own after the large kana
// (や, then the key that makes it small), and a reader who misses that
// key leaves the large one in the box (きやんぺーん for キャンペーン,
// じやけつと for ジャケット, ちよこれーと for チョコレート). Nothing
// completes such kana as typed, and the box had stayed empty from the
// slip on.

// largeToSmall maps a large kana to the small one a kana keyboard makes of
// it.
var largeToSmall = map[rune]rune{'あ': 'ぁ', 'い': 'ぃ', 'う': 'ぅ', 'え': 'ぇ', 'お': 'ぉ', 'や': 'ゃ', 'ゆ': 'ゅ', 'よ': 'ょ', 'つ': 'っ'}

// smallsAfter lists, for each hiragana, the small kana a word may write after
// it: ゃ, ゅ and ょ after the kana of the i row (きゃ, じょ), the small
// vowels of loanwords' sounds (ファ, ティ, ウィ, シェ, トゥ, クォ), and no
// っ: a large つ may stand for one after any kana but those that never
// come before it (see smallAt).
var smallsAfter = map[rune]string{
	'き': "ゃゅょ", 'し': "ゃゅょぇ", 'ち': "ゃゅょぇ", 'に': "ゃゅょ", 'ひ': "ゃゅょ", 'み': "ゃゅょ", 'り': "ゃゅょ",
	'ぎ': "ゃゅょ", 'じ': "ゃゅょぇ", 'ぢ': "ゃゅょ", 'び': "ゃゅょ", 'ぴ': "ゃゅょ",
	'ふ': "ぁぃぇぉ", 'ゔ': "ぁぃぇぉ", 'う': "ぃぇぉ", 'て': "ぃぅ", 'で': "ぃぅ", 'と': "ぅ", 'ど': "ぅ",
	'く': "ぁぃぇぉ", 'ぐ': "ぁ", 'つ': "ぁぃぇぉ", 'い': "ぇ",
}

// smallAt returns where in rs a large kana may be a small one typed
// large: after a kana that the small one follows in words, and for a
// large つ, before a kana a っ doubles or at the end (the っ of じゃけっ
// on the way to じゃけっと).
func smallAt(rs []rune) []int {
	var at []int
	for i := 1; i < len(rs); i++ {
		s, ok := largeToSmall[rs[i]]
		switch {
		case !ok:
		case s == 'っ':
			if !strings.ContainsRune("んっーつぁぃぅぇぉゃゅょ", rs[i-1]) && (i+1 == len(rs) || doubles(rs[i+1])) {
				at = append(at, i)
			}
		case strings.ContainsRune(smallsAfter[rs[i-1]], s):
			at = append(at, i)
		}
	}
	return at
}

// withSmallKana completes kana typed with a small kana large, a kana
// keyboard's slip: the kana with every such kana made small, or one of
// them, where a word's key starts so (a look-up of the keys each),
// completed by try; the words it finds read as the kana put right.
func (ix *Index) withSmallKana(si *suggestIndex, w string, try func(v, kana string) []Suggestion) []Suggestion {
	rs := []rune(w)
	if !isHiragana(w) || len(rs) < 2 || len(rs) > suggestKeyRunes {
		return nil
	}
	at := smallAt(rs)
	if len(at) == 0 {
		return nil
	}
	keyed := func(v string) bool {
		return slices.ContainsFunc(si.lookup([]string{analyzer.ReadingPrefix(v)}, 2), func(e int32) bool { return si.entries[e].kind != kindTitle })
	}
	small := func(is []int) string {
		v := slices.Clone(rs)
		for _, i := range is {
			v[i] = largeToSmall[v[i]]
		}
		return string(v)
	}
	sets := [][]int{at} // (all of them first: a reader who missed the key once misses it again)
	if len(at) > 1 {
		for _, i := range at {
			sets = append(sets, []int{i})
		}
	}
	for _, is := range sets {
		if v := small(is); keyed(v) {
			if out := try(v, v); out != nil {
				return out
			}
		}
	}
	return nil
}

package analyzer

import (
	"strings"
	"unicode/utf8"
)

// Kana helpers shared by the index terms, the reading terms and queries.

const (
	hiraStart, hiraEnd = 'ぁ', 'ゖ'  // U+3041–U+3096
	kataOffset         = 'ァ' - 'ぁ' // U+30A1 - U+3041
	longVowel          = 'ー'       // U+30FC
	iterationMark      = '々'       // U+3005
	minStemRunes       = 4         // Lucene's katakana stem minimum length
	kanaIterHira       = 'ゝ'       // U+309D
	kanaIterKata       = 'ヽ'       // U+30FD
)

// ToKatakana converts hiragana to katakana and leaves everything else alone.
func ToKatakana(s string) string {
	if !strings.ContainsFunc(s, isHiragana) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isHiragana(r) {
			return r + kataOffset
		}
		return r
	}, s)
}

func isHiragana(r rune) bool { return hiraStart <= r && r <= hiraEnd }

func isKatakana(r rune) bool {
	return ('ァ' <= r && r <= 'ヺ') || r == longVowel || r == 'ヽ' || r == 'ヾ'
}

// IsKana reports whether s is made only of hiragana, katakana and the long
// vowel mark: a reading a reader typed before (or instead of) conversion.
func IsKana(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isHiragana(r) && !isKatakana(r) {
			return false
		}
	}
	return true
}

func isAllKatakana(s string) bool {
	for _, r := range s {
		if !isKatakana(r) {
			return false
		}
	}
	return s != ""
}

// stemKatakana drops a trailing long vowel mark from katakana words of four
// or more characters (Lucene's JapaneseKatakanaStemFilter rule), so
// コンピューター and コンピュータ, サーバー and サーバ share a term while short
// words (バー, カー) keep theirs. A word that ends in such a katakana word
// (量子コンピューター, a user-dictionary compound) is stemmed the same way.
func stemKatakana(s string) string {
	if !strings.HasSuffix(s, string(longVowel)) {
		return s
	}
	run, i := 0, len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isKatakana(r) {
			break
		}
		run++
		i -= size
	}
	if run < minStemRunes {
		return s
	}
	return strings.TrimSuffix(s, string(longVowel))
}

// WordTerm returns the term the index holds for s written as one word:
// folded, spaces removed, iteration marks written out, a long katakana
// word without its trailing ー.
func WordTerm(s string) string {
	return stemKatakana(expandIteration(strings.Join(strings.Fields(Fold(s)), "")))
}

// expandIteration replaces the iteration marks 々, ゝ and ヽ with the
// character they repeat, so 時々 and 時時, 人々 and 人人 share a term.
func expandIteration(s string) string {
	if !strings.ContainsAny(s, "々ゝヽ") {
		return s
	}
	var b strings.Builder
	prev := rune(-1)
	for _, r := range s {
		if (r == iterationMark || r == kanaIterHira || r == kanaIterKata) && prev >= 0 {
			r = prev
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// readingFold maps spellings that sound alike to one form in readings: the
// small vowels and ヵヶ to their full-size forms (ウィンドウ and ウインドウ,
// 霞ヶ関 and 霞ケ関), ヴ to the B row (ヴァイオリン and バイオリン, ベートーヴェン
// and ベートーベン), the old ヰヱ to イエ (ヱヴァ and エヴァ) and ヂヅ to ジズ. Small
// ッャュョ stay: they tell キョウ (京) from キヨウ (器用). ヴ with a small vowel
// comes first, so ヴァ becomes バ rather than ブア.
var readingFold = strings.NewReplacer(
	"ヴァ", "バ", "ヴィ", "ビ", "ヴェ", "ベ", "ヴォ", "ボ", "ヴ", "ブ",
	"ァ", "ア", "ィ", "イ", "ゥ", "ウ", "ェ", "エ", "ォ", "オ", "ヵ", "カ", "ヶ", "ケ", "ヮ", "ワ",
	"ヰ", "イ", "ヱ", "エ", "ヂ", "ジ", "ヅ", "ズ")

// NormalizeReading turns a reading (hiragana or katakana) into the form the
// reading field indexes: katakana, alike spellings folded (readingFold),
// iteration marks expanded, the trailing long vowel of long words dropped.
func NormalizeReading(s string) string {
	return stemKatakana(ReadingPrefix(s))
}

// ReadingPrefix is NormalizeReading without the long-vowel stem, for text
// that may be the beginning of a word (a reader still typing).
func ReadingPrefix(s string) string {
	s = expandIteration(ToKatakana(s))
	if strings.ContainsAny(s, "ァィゥェォヵヶヮヴヰヱヂヅ") {
		s = readingFold.Replace(s)
	}
	return s
}

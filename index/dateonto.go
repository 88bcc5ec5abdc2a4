package index

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A date typed onto the next word. A reader who remembers a roundup as
// that of 2025年9月第2週, or looks for 2025年10月ランサムウェア, leaves no
// space after the date: the word is then read as one, its date as text
// the article must write beside the rest, and no article writes 2025年9月
// in a title that says （9月第2週）: the query had found another roundup,
// and 2025年10月ランサムウェア relaxed to 485 articles where 2025年10月
// ランサムウェア finds 5. Such a word, when no article has it as typed, is
// searched as its two words, the date as a date word (published then, or
// naming it) and the rest. A word some article has as typed (2024年問題,
// 2026年春 where an article says so) is left as it is, and so is a year
// that runs on into a span of its own (2025年度, 2020年代, 2026年3月期).

// dateOnto matches a year, a month of a year or a day written onto more
// text (folded: full-width digits are ASCII).
var dateOnto = regexp.MustCompile(`^([0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?)(.+)$`)

// dateSpans start the text after a date that names a span of its own
// with it: 年度, 年代, 月期; 頃 and 以降 keep the year theirs too.
var dateSpans = []string{"度", "代", "期", "頃", "以", "末", "初", "前", "後", "間"}

// dateThenRest splits text, folded, that is a date word (see typedDate)
// followed by a word that starts with a letter, a digit of a model or a
// kanji of its own (not hiragana, which the sentence splitter reads: の
// of 2025年9月の決算), into the two; ok is false for any other text.
func dateThenRest(text string) (date, rest string, ok bool) {
	m := dateOnto.FindStringSubmatch(text)
	if m == nil {
		return "", "", false
	}
	date, rest = m[1], m[2]
	if _, _, ok := typedDate(date); !ok {
		return "", "", false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if isHiraganaLetter(r) || r == 'ー' || '0' <= r && r <= '9' || strings.ContainsRune("年月日", r) {
		return "", "", false // (2026年2月5日号 is no day; 2025年12 no month)
	}
	for _, s := range dateSpans {
		if strings.HasPrefix(rest, s) {
			return "", "", false
		}
	}
	return date, rest, true
}

// dateWordOnto returns the date and the rest of a word typed as a date
// onto another (see dateThenRest) when no article has the word as typed;
// ok is false otherwise.
func (c *compiler) dateWordOnto(text string) (date, rest string, ok bool) {
	date, rest, ok = dateThenRest(text)
	if !ok || c.tc == nil {
		return "", "", false
	}
	if q := c.phrase(text, exact(1)); q == nil || c.matches(q) {
		return "", "", false
	}
	return date, rest, true
}

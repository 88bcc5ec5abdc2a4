package analyzer

import (
	"strconv"
	"strings"
)

// Kanji numerals. kagome tags every numeral character as 名詞,数 and splits
// 二〇二六 into four tokens; the analyzer joins a run of them and indexes the
// value in Arabic digits, so 二〇二六年 and 2026年, 三万 and 3万 and 30000
// share a term (Lucene's JapaneseNumberFilter does the same).

var kanjiDigit = map[rune]int64{
	'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

var smallUnit = map[rune]int64{'十': 10, '百': 100, '千': 1000}

var bigUnit = map[rune]int64{'万': 1e4, '億': 1e8, '兆': 1e12}

// isNumeral reports whether s is made only of digits, kanji digits and
// kanji units. It runs on every token, so it avoids the maps.
func isNumeral(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch r {
		case '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '億', '兆':
		default:
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

// normalizeNumber returns s in Arabic digits. Without units it is read
// digit by digit (二〇二六 → 2026, keeping leading zeros as written); with
// units it is evaluated (二千二十六 → 2026, 3万 → 30000). ok is false when s
// is not a number or too large to evaluate exactly.
func normalizeNumber(s string) (string, bool) {
	if !isNumeral(s) || !strings.ContainsFunc(s, func(r rune) bool { _, d := kanjiDigit[r]; return d || ('0' <= r && r <= '9') }) && !strings.ContainsFunc(s, func(r rune) bool { return smallUnit[r] > 0 }) {
		return "", false // a lone 万 or 億 is a word, not a number
	}
	if !strings.ContainsFunc(s, func(r rune) bool { _, u := smallUnit[r]; _, b := bigUnit[r]; return u || b }) {
		var b strings.Builder
		for _, r := range s {
			if d, ok := kanjiDigit[r]; ok {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteRune(r)
			}
		}
		return b.String(), true
	}
	const limit = 1e17
	var total, section, cur int64
	digits := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur, digits = cur*10+int64(r-'0'), true
		case kanjiDigit[r] > 0 || r == '〇' || r == '零':
			cur, digits = cur*10+kanjiDigit[r], true
		case smallUnit[r] > 0:
			if !digits {
				cur = 1
			}
			section += cur * smallUnit[r]
			cur, digits = 0, false
		default: // 万, 億, 兆
			n := section + cur
			if n == 0 {
				n = 1
			}
			total += n * bigUnit[r]
			section, cur, digits = 0, 0, false
		}
		if cur > limit || section > limit || total > limit {
			return "", false
		}
	}
	return strconv.FormatInt(total+section+cur, 10), true
}

package index

import (
	"unicode"
	"unicode/utf8"
)

// Where a snippet is cut and where a mark starts and ends: never inside
// what a reader sees as one character. A base character and the marks
// after it (ハ and U+309A are パ, 辻 and its variation selector one glyph,
// 1 and U+FE0F U+20E3 the keycap 1️⃣), emoji joined by U+200D, and the two
// regional indicators of a flag (🇯🇵: cut between them, the flags around
// pair up anew) stay together.

// extends reports whether r continues the character before it on screen:
// a combining mark, a variation selector, a zero-width joiner, an emoji
// skin tone or tag, or a half-width voicing mark (ﾊﾟ).
func extends(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc, unicode.Variation_Selector) ||
		r == '\u200d' || r == 'ﾞ' || r == 'ﾟ' ||
		0x1F3FB <= r && r <= 0x1F3FF || 0xE0020 <= r && r <= 0xE007F
}

// isRegional reports whether r is a regional indicator, half of a flag.
func isRegional(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }

// joined reports whether s[:i] and s[i:] are one character on screen.
func joined(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	switch {
	case extends(r):
		return prev != '\n'
	case prev == '\u200d':
		return unicode.In(r, unicode.So, unicode.Sk) // the emoji a joiner joins (not a letter after a stray one)
	case isRegional(r) && isRegional(prev):
		return oddRegionalBefore(s, i)
	}
	return false
}

// oddRegionalBefore reports whether an odd number of regional indicators
// end at i: i is inside a flag (counted over the last 4,096 at most).
func oddRegionalBefore(s string, i int) bool {
	k := 0
	for i > 0 && k < 4096 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isRegional(r) {
			break
		}
		k++
		i -= n
	}
	return k%2 == 1
}

// maxClusterRunes bounds how far a cut moves to keep a character whole:
// a real one is a few code points (Unicode's stream-safe text has at most
// 30 marks in a row); a flood of marks or joiners is cut anyway, so a
// snippet stays about its size.
const maxClusterRunes = 32

// clusterStart returns i moved back to the start of the character on
// screen that it is inside (at most maxClusterRunes back).
func clusterStart(s string, i int) int {
	for n := 0; n < maxClusterRunes && joined(s, i); n++ {
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	return i
}

// clusterEnd returns i moved forward to the end of the character on screen
// that it is inside (at most maxClusterRunes on).
func clusterEnd(s string, i int) int {
	for n := 0; n < maxClusterRunes && joined(s, i); n++ {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return i
}

package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a snippet is cut. A cut at a fixed count of characters lands
// inside a word a third of the time (エアコン shown as エ…, a price of
// 6万3000円 as …00円, togett…); a reader stumbles on each. The cut moves
// a little, to the nearest place a word ends: the end of a sentence if one
// is close, else a comma, a space or a bracket, else a change of script
// that is a word's edge (a particle before kanji, katakana after kanji) or
// a middle dot between words (オリックス・ブルーウェーブ), and never into a
// match. A run of katakana with no edge near is shown whole, as a Latin
// word is (モバイルコミュニケーションズ had ended コミュニケーショ…).

// Boundary strengths, strongest first.
const (
	cutNone     = iota
	cutScript   // a change of script at a word's edge
	cutClause   // after a comma or a closing bracket, at a space
	cutSentence // after 。！？ or a line break
)

// How far, in characters, a cut may move to reach a boundary of each
// strength.
const (
	sentenceCutReach = 20
	clauseCutReach   = 10
	scriptCutReach   = 6
	latinCutReach    = 12 // forward, to the end of a Latin word or a number
	kanaCutReach     = 12 // to the edge of a run of katakana
)

// cutEnd returns where a snippet that would end at end ends instead: at
// the strongest boundary before it within that strength's reach, the
// nearest of equals (not before floor, the end of the last match it
// shows, which it may end at), or past the rest of a Latin word, a number
// or a run of katakana it would cut; end when there is none.
func cutEnd(body string, floor, end int) int {
	if end <= floor || end >= len(body) {
		return end
	}
	best, bestScore := end, endBoundary(body, end)
	for i, n := end, 0; n < sentenceCutReach && i > floor && bestScore < cutSentence; n++ {
		_, size := utf8.DecodeLastRuneInString(body[:i])
		i -= size
		if i < floor || i == 0 {
			break
		}
		s := endBoundary(body, i)
		if s > bestScore && n < reachOf(s) {
			best, bestScore = i, s
		}
	}
	if bestScore > cutNone {
		return best
	}
	if latinAt(body, end) {
		for i, n := end, 0; n < latinCutReach; n++ {
			if !latinAt(body, i) {
				return i
			}
			_, size := utf8.DecodeRuneInString(body[i:])
			i += size
		}
	}
	if katakanaRunAt(body, end) {
		for i, n := end, 0; n < kanaCutReach; n++ {
			if !katakanaRunAt(body, i) {
				return i
			}
			_, size := utf8.DecodeRuneInString(body[i:])
			i += size
		}
	}
	return end
}

// cutStart returns where a snippet that would start at from starts
// instead: at the strongest boundary after it within that strength's
// reach, the nearest of equals, not past ceil (the first match it shows),
// or back to the start of a run of katakana it would cut; from when there
// is none.
func cutStart(body string, from, ceil int) int {
	if from <= 0 || from >= ceil {
		return from
	}
	best, bestScore := from, startBoundary(body, from)
	if bestScore == cutNone && hiraganaAt(body, from) {
		// (Between two hiragana a word may start, その of その場で: only
		// a clause or a sentence starts more clearly.)
		bestScore = cutScript
	}
	for i, n := from, 0; n < sentenceCutReach && i < ceil && bestScore < cutSentence; n++ {
		_, size := utf8.DecodeRuneInString(body[i:])
		i += size
		if i > ceil {
			break
		}
		s := startBoundary(body, i)
		if s > bestScore && n < reachOf(s) {
			best, bestScore = i, s
		}
	}
	if bestScore == cutNone && katakanaRunAt(body, from) {
		for i, n := from, 0; n < kanaCutReach; n++ {
			_, size := utf8.DecodeLastRuneInString(body[:i])
			if i -= size; !katakanaRunAt(body, i) {
				return i
			}
		}
	}
	return best
}

// endBoundary rates byte offset i of body as a snippet's end: as
// cutBoundary does, and before a middle dot between words.
func endBoundary(body string, i int) int {
	s := cutBoundary(body, i)
	if s == cutNone && wordDotAt(body, i) {
		return cutScript
	}
	return s
}

// startBoundary rates byte offset i of body as a snippet's start: as
// cutBoundary does, and after a middle dot between words.
func startBoundary(body string, i int) int {
	s := cutBoundary(body, i)
	if _, size := utf8.DecodeLastRuneInString(body[:i]); s == cutNone && i > 0 && wordDotAt(body, i-size) {
		return cutScript
	}
	return s
}

// wordDotAt reports whether byte offset i of body is before a middle dot
// with a letter on each side, one between words (not the dots of
// 連絡・・・, which write a pause).
func wordDotAt(body string, i int) bool {
	a, b, ok := runesAround(body, i)
	if !ok || !isMiddleDot(b) {
		return false
	}
	_, c, ok := runesAround(body, i+utf8.RuneLen(b))
	return ok && scriptOf(a) != scriptOther && scriptOf(c) != scriptOther
}

func isMiddleDot(r rune) bool { return r == '・' || r == '･' }

// katakanaRunAt reports whether byte offset i of body is inside a run of
// katakana: katakana on both sides (a middle dot is none).
func katakanaRunAt(body string, i int) bool {
	a, b, ok := runesAround(body, i)
	return ok && scriptOf(a) == scriptKatakana && scriptOf(b) == scriptKatakana
}

func reachOf(strength int) int {
	switch strength {
	case cutSentence:
		return sentenceCutReach
	case cutClause:
		return clauseCutReach
	case cutScript:
		return scriptCutReach
	}
	return 0
}

// cutBoundary rates the place between the characters before and at byte
// offset i of body.
func cutBoundary(body string, i int) int {
	a, b, ok := runesAround(body, i)
	if !ok {
		return cutSentence
	}
	if numberPart(a) && numberPart(b) && (isDigitRune(a) || isDigitRune(b)) || (a == ',' || a == '.') && isDigitRune(b) {
		return cutNone // inside a number: 5億5,000万円, 6万3000円
	}
	switch {
	case a == '。' || a == '！' || a == '？' || a == '!' || a == '?' || a == '\n':
		return cutSentence
	case a == '、' || a == '，' || a == ',' || a == '；' || a == ';' || a == '：' || a == '」' || a == '』' || a == '）' || a == ')' || a == '】' ||
		unicode.IsSpace(a) || unicode.IsSpace(b) || b == '「' || b == '『' || b == '（' || b == '(' || b == '【':
		return cutClause
	}
	ca, cb := scriptOf(a), scriptOf(b)
	switch {
	case ca == cb || ca == scriptOther || cb == scriptOther:
		return cutNone
	case ca == scriptKanji && cb == scriptHiragana:
		return cutNone // okurigana (信じ|る) may be inside a word
	}
	return cutScript
}

// hiraganaAt reports whether byte offset i of body is between two
// hiragana.
func hiraganaAt(body string, i int) bool {
	a, b, ok := runesAround(body, i)
	return ok && scriptOf(a) == scriptHiragana && scriptOf(b) == scriptHiragana
}

// runesAround returns the characters before and at byte offset i of
// body; false at either end.
func runesAround(body string, i int) (before, at rune, ok bool) {
	if i <= 0 || i >= len(body) {
		return 0, 0, false
	}
	before, _ = utf8.DecodeLastRuneInString(body[:i])
	at, _ = utf8.DecodeRuneInString(body[i:])
	return before, at, true
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// numberPart reports whether r is written in a number: a digit, a comma or
// point, a kanji of its magnitude or its unit.
func numberPart(r rune) bool {
	return isDigitRune(r) || strings.ContainsRune(",.，．万億兆千百円%％", r)
}

// latinAt reports whether byte offset i of body is inside a Latin word or
// a number: a letter or digit on both sides.
func latinAt(body string, i int) bool {
	a, b, ok := runesAround(body, i)
	return ok && isLatinOrDigitRune(a) && isLatinOrDigitRune(b)
}

func isLatinOrDigitRune(r rune) bool {
	return r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9') ||
		r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' || r >= '０' && r <= '９'
}

const (
	scriptOther = iota
	scriptLatin
	scriptHiragana
	scriptKatakana
	scriptKanji
)

func scriptOf(r rune) int {
	switch {
	case isLatinOrDigitRune(r):
		return scriptLatin
	case r >= 'ぁ' && r <= 'ゖ':
		return scriptHiragana
	case r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r >= 'ｦ' && r <= 'ﾟ':
		return scriptKatakana
	case isHan(r):
		return scriptKanji
	}
	return scriptOther
}

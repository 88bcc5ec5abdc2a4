package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// partsOf returns the parts a token is also indexed by: the segmentation
// column of a user-dictionary compound (全固体電池 → 全|固体|電池), or the
// katakana and kanji pieces of a dictionary word that mixes them (バリ島 →
// バリ|島), so a search for one piece finds the whole.
func partsOf(k *tokenizer.Token, term string) (parts, readings []string) {
	if term == "" {
		return nil, nil
	}
	if k.Class == tokenizer.USER {
		if ex := k.UserExtra(); ex != nil {
			return ex.Tokens, ex.Readings
		}
		return nil, nil
	}
	if len(k.Surface) < 3*3 { // three characters of katakana or kanji
		return nil, nil
	}
	prev, from := -1, 0
	for i, r := range k.Surface {
		c := scriptOf(r)
		if c == 0 {
			return nil, nil // only katakana and kanji pieces
		}
		if prev >= 0 && c != prev {
			parts = append(parts, k.Surface[from:i])
			from = i
		}
		prev = c
	}
	if len(parts) == 0 {
		return nil, nil
	}
	parts = append(parts, k.Surface[from:])
	readings = make([]string, len(parts))
	for i, p := range parts {
		if isAllKatakana(p) {
			if utf8.RuneCountInString(p) < 2 {
				return nil, nil // 霞ヶ関 is not 霞|ヶ|関
			}
			readings[i] = p
		}
	}
	return parts, readings
}

// scriptOf is 1 for katakana (and ー), 2 for kanji (and 々), 0 otherwise.
func scriptOf(r rune) int {
	switch {
	case isKatakana(r):
		return 1
	case unicode.Is(unicode.Han, r) || r == iterationMark:
		return 2
	}
	return 0
}

// walkParts emits the parts of a token after the token itself, the first
// part at the token's position and the rest after it, so a phrase query
// lines up with the parts as with the whole. In the reading field all parts
// share the token's position, so a phrase of readings runs on through the
// whole word. It returns the last position used.
func walkParts(k *tokenizer.Token, parts, readings []string, at int, whole morph, mp *mapper, fn func(*morph)) int {
	pos := whole.pos - 1 // the first part shares the token's position
	off := 0
	for i, part := range parts {
		j := strings.Index(k.Surface[off:], part)
		if j < 0 || part == "" {
			continue
		}
		pos++
		s, e := mp.span(at+off+j, at+off+j+len(part))
		off += j + len(part)
		m := morph{tok: k, surface: part, start: s, end: e, pos: pos, rpos: whole.rpos, term: partTerm(part), part: true}
		if m.term == "" {
			continue
		}
		if i < len(readings) && readings[i] != "" {
			m.reading = NormalizeReading(readings[i])
		}
		fn(&m)
	}
	return pos
}

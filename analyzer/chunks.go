package analyzer

import (
	"unicode"
	"unicode/utf8"
)

// Cutting long text into chunks kagome reads one at a time, never inside
// a run of letters or a word (see walk).

// maxChunk bounds the text given to kagome in one call (the lattice grows
// with it); chunks normally end at sentence boundaries well before this.
const maxChunk = 2048

// pastRun returns where the text after a chunk that ends at end is read
// from: end, or past the rest of a run of Latin letters, digits or
// katakana that the chunk ended for reaching maxRun. Such a run is no
// word (aaaa…, アアアア…, a blob of Base64): its first maxRun characters
// are indexed, the rest is not. kagome takes a tenth of a millisecond per
// maxRun of it, so a megabyte of one letter had taken five seconds.
func pastRun(text []byte, end int) int {
	if end >= len(text) {
		return end
	}
	next, _ := utf8.DecodeRune(text[end:])
	c := charClass(next)
	if c < 1 || c > 3 {
		return end
	}
	run := 0
	for i := end; i > 0 && run < maxRun; run++ {
		r, size := utf8.DecodeLastRune(text[:i])
		if charClass(r) != c {
			return end // (a chunk cut inside a shorter run: its word goes on)
		}
		i -= size
	}
	if run < maxRun {
		return end
	}
	for end < len(text) {
		r, size := utf8.DecodeRune(text[end:])
		if charClass(r) != c {
			break
		}
		end += size
	}
	return end
}

// maxRun bounds a run of characters of one class (Latin letters, digits,
// katakana, …) inside a chunk. kagome's unknown-word handling is quadratic
// in such a run: 100 KB of "aaaa…" took seconds before this bound. No real
// word is this long, so cutting there costs nothing.
const maxRun = 32

// chunkEnd returns the end of the chunk that starts at start: just after the
// first sentence end (。!? or a line break), after maxRun characters of one
// class, or at a space, comma or rune boundary when a sentence runs longer
// than maxChunk.
func chunkEnd(text []byte, start int) int {
	limit := min(len(text), start+maxChunk)
	class, run := -1, 0
	for i := start; i < limit; {
		r, size := utf8.DecodeRune(text[i:])
		switch r {
		case '。', '!', '?', '\n':
			return i + size
		}
		if c := charClass(r); c == class {
			if run++; run > maxRun {
				return i
			}
		} else {
			class, run = c, 1
		}
		i += size
	}
	if limit == len(text) {
		return limit
	}
	for i := limit; i > start+maxChunk/2; {
		r, size := utf8.DecodeLastRune(text[:i])
		if r == ' ' || r == '、' || r == ',' {
			return i
		}
		i -= size
	}
	for limit > start && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// charClass buckets runes the way kagome groups unknown words. It runs on
// every character, so the common blocks are plain range checks.
func charClass(r rune) int {
	switch {
	case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
		return 1
	case '0' <= r && r <= '9':
		return 2
	case 'ァ' <= r && r <= 'ヺ' || r == 'ー':
		return 3
	case 'ぁ' <= r && r <= 'ゖ':
		return 4
	case '一' <= r && r <= '鿿':
		return 5
	case r < utf8.RuneSelf:
		return 7
	case unicode.Is(unicode.Han, r):
		return 5
	case unicode.IsLetter(r):
		return 6
	}
	return 7
}

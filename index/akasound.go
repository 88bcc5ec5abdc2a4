package index

import "strings"

// soundsAlike reports whether a Latin word and a katakana word may be the
// same name in two scripts, by their consonants: vowels, long vowels and
// doubled consonants differ between the scripts, the consonants do not
// (much). Both sides become a skeleton of consonant classes (l and r, b
// and v, k and hard c, …; a class repeated with only vowels between is
// written once, google and グーグル are KR); the skeletons must
// be equal, or one edit apart when both have three or more. ELUGA is
// エルーガ (RK, RK), Ubuntu ウブントゥ (BNT), Walkman ウォークマン (WRKMN,
// WKMN); FeliCa is not おサイフケータイ, nor SMS メール.
func soundsAlike(latin, kana string) bool {
	l, k := latinSkeleton(latin), kanaSkeleton(kana)
	if l == "" || k == "" {
		return false
	}
	if l == k {
		return true
	}
	return len(l) >= 3 && len(k) >= 3 && editDistance(l, k) <= 1
}

// latinSkeleton returns the consonant classes of a lower-case Latin word.
func latinSkeleton(s string) string {
	var b strings.Builder
	last := byte(0)
	put := func(c byte) {
		if c != last {
			b.WriteByte(c)
			last = c
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
		case 'y':
			if i == 0 {
				put('Y')
			}
		case 'b', 'v':
			put('B')
		case 'p':
			if next == 'h' {
				put('F')
				i++
			} else {
				put('B')
			}
		case 'f':
			put('F')
		case 'h':
			put('H')
		case 'k', 'g', 'q':
			put('K')
		case 'c':
			switch next {
			case 'e', 'i', 'y':
				put('S')
			case 'h':
				put('T')
				i++
			default:
				put('K')
			}
		case 'x':
			put('K')
			put('S')
		case 's', 'z', 'j':
			put('S')
		case 't':
			if next == 'h' {
				put('S')
				i++
			} else {
				put('T')
			}
		case 'd':
			put('T')
		case 'l', 'r':
			put('R')
		case 'm':
			if next == 'b' || next == 'p' {
				put('N') // ン before b and p: tumblr タンブラー
			} else {
				put('M')
			}
		case 'n':
			put('N')
		case 'w':
			put('W')
		}
	}
	return b.String()
}

// kanaSkeleton returns the consonant classes of a katakana word, in the
// classes latinSkeleton uses.
func kanaSkeleton(s string) string {
	var b strings.Builder
	last := byte(0)
	rs := []rune(s)
	for i, r := range rs {
		c := kanaClass(r)
		if r == 'ウ' && i+1 < len(rs) && strings.ContainsRune("ィェォ", rs[i+1]) {
			c = 'W' // ウィ, ウェ, ウォ
		}
		switch {
		case c == 0, c == '-':
			// a vowel, or ー, ッ and small kana
		case c != last:
			b.WriteByte(c)
			last = c
		}
	}
	return b.String()
}

// kanaClass is the consonant class of a katakana letter: 0 for a vowel,
// '-' for ー, ッ and the small kana.
func kanaClass(r rune) byte {
	switch {
	case strings.ContainsRune("アイウエオ", r):
		return 0
	case strings.ContainsRune("ーッァィゥェォャュョヮ", r):
		return '-'
	case strings.ContainsRune("カキクケコガギグゲゴ", r):
		return 'K'
	case strings.ContainsRune("サシスセソザジズゼゾ", r):
		return 'S'
	case strings.ContainsRune("タチテトダヂヅデドツ", r):
		return 'T'
	case strings.ContainsRune("ナニヌネノン", r):
		return 'N'
	case r == 'フ':
		return 'F'
	case strings.ContainsRune("ハヒヘホ", r):
		return 'H'
	case strings.ContainsRune("バビブベボパピプペポヴ", r):
		return 'B'
	case strings.ContainsRune("マミムメモ", r):
		return 'M'
	case strings.ContainsRune("ヤユヨ", r):
		return 'Y'
	case strings.ContainsRune("ラリルレロ", r):
		return 'R'
	case strings.ContainsRune("ワヰヱヲ", r):
		return 'W'
	}
	return 0
}

// editDistance is the Levenshtein distance between two ASCII strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

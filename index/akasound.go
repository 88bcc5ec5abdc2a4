package index

import "strings"

// Telling by sound whether a Latin word and a katakana word may be one
// name: both become skeletons of consonant classes, compared here; a
// Latin word's, by each reading of its spelling, are in akasound_latin.go.

// soundsAlike reports whether a Latin word and a katakana word may be the
// same name in two scripts, by their consonants: vowels, long vowels and
// doubled consonants differ between the scripts, the consonants do not
// (much). Both sides become a skeleton of consonant classes (l and r, b
// and v, k and hard c, …; a class repeated with only vowels between is
// written once, google and グーグル are KR); a skeleton of the Latin word
// must equal the katakana one, or be one edit from it when both have
// three or more. ELUGA is エルーガ (RK, RK), Ubuntu ウブントゥ (BNT),
// Walkman ウォークマン (WRKMN, WKMN); FeliCa is not おサイフケータイ, nor SMS
// メール.
func soundsAlike(latin, kana string) bool {
	k := kanaSkeleton(kana)
	if k == "" {
		return false
	}
	for _, l := range latinSkeletons(latin) {
		if l == k || len(l) >= 3 && len(k) >= 3 && editDistance(l, k) <= 1 {
			return true
		}
	}
	return false
}

// splitsAsPair reports whether a katakana name splits into two parts that
// start as the two Latin words do (ビル|ゲイツ for bill gates; フィーリング
// has no part that starts as car does).
func splitsAsPair(a, b, kana string) bool {
	rs := []rune(kana)
	for i := 1; i < len(rs); i++ {
		if first, second := string(rs[:i]), string(rs[i:]); kanaClass(rs[i]) != '-' && firstSoundAgrees(a, first) && firstSoundAgrees(b, second) {
			return true
		}
	}
	return false
}

// kanaSkeleton returns the consonant classes of a katakana word, in the
// classes latinSkeleton uses.
func kanaSkeleton(s string) string {
	var b strings.Builder
	last := byte(0)
	rs := []rune(s)
	for i, r := range rs {
		c := kanaClass(r)
		if wGlide(rs, i) {
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

// wGlide reports whether the ウ at rs[i] is a W before the vowel after it:
// before a small ィ, ェ or ォ (ウィンドウズ), or before a full-size one or
// ッ, as older spellings write it (ウイスキー whisky, ウオッチ watch, ウエスト
// west, ウッド wood), at the start of a word and inside one, where a name's
// second word starts (ソフトウエア software, ハリウッド Hollywood,
// ヴィヴィアンウエストウッド Vivienne Westwood, which had sounded as BNST),
// unless it lengthens the kana before it (リョウイチ).
func wGlide(rs []rune, i int) bool {
	if rs[i] != 'ウ' || i+1 >= len(rs) {
		return false
	}
	if strings.ContainsRune("ィェォ", rs[i+1]) {
		return true
	}
	return strings.ContainsRune("イエオッ", rs[i+1]) && (i == 0 || !strings.ContainsRune("ャュョウ", rs[i-1]))
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
func editDistance(a, b string) int { return levenshtein([]byte(a), []byte(b)) }

// levenshtein is the edit distance between two sequences: the fewest
// insertions, deletions and substitutions that make a into b.
func levenshtein[E comparable](a, b []E) int {
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

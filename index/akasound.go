package index

import (
	"slices"
	"strings"
)

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

// skeletonRules are the readings of a Latin spelling that katakana may
// follow: an r after a vowel may be a long vowel (server サーバー) or ル
// (mercedes メルセデス); a g before e or i may be soft (gemini ジェミニ).
// keepVowels writes the vowels too (see soundDistance).
type skeletonRules struct {
	silentR, softG, keepVowels bool
	// silentGH: gh after a vowel is not sounded (fighter ファイター, night
	// ナイト).
	silentGH bool
	// tsu: ts and tz are one ツ (hertz ヘルツ, tsunami ツナミ).
	tsu bool
	// nm: a doubled m is ンm (ammonia アンモニア, hammer ハンマー).
	nm bool
	// vf: a v at the start is F, as German says it (volkswagen
	// フォルクスワーゲン, vorwerk フォアベルク).
	vf bool
	// huF: an h before u at the start of a word is F, as Chinese names
	// and brands are written (huang フアン, huawei ファーウェイ, hulu
	// フールー).
	huF bool
	// ngN: a final ng is ン, as Chinese names are written (huang フアン,
	// wang ワン) and some brands (samsung サムスン).
	ngN bool
}

// readings returns the combinations of skeletonRules a Latin word may be
// read by, the plainest first; the rules for letters the word does not
// have are left out.
func readings(s string) []skeletonRules {
	rules := []skeletonRules{{}, {silentR: true}, {softG: true}, {silentR: true, softG: true}}
	add := func(has bool, set func(*skeletonRules)) {
		if !has {
			return
		}
		n := len(rules)
		for _, r := range rules[:n] {
			set(&r)
			rules = append(rules, r)
		}
	}
	add(strings.Contains(s, "gh"), func(r *skeletonRules) { r.silentGH = true })
	add(strings.Contains(s, "ts") || strings.Contains(s, "tz"), func(r *skeletonRules) { r.tsu = true })
	add(strings.Contains(s, "mm"), func(r *skeletonRules) { r.nm = true })
	add(nameStarts(s, "v"), func(r *skeletonRules) { r.vf = true })
	add(nameStarts(s, "hu"), func(r *skeletonRules) { r.huF = true })
	add(nameEnds(s, "ng"), func(r *skeletonRules) { r.ngN = true })
	return rules
}

// nameStarts reports whether a word of s (lower-case Latin words, one
// space between two: a name of two words) starts with prefix.
func nameStarts(s, prefix string) bool {
	return strings.HasPrefix(s, prefix) || strings.Contains(s, " "+prefix)
}

// nameEnds reports whether a word of s ends with suffix.
func nameEnds(s, suffix string) bool {
	return strings.HasSuffix(s, suffix) || strings.Contains(s, suffix+" ")
}

// latinSkeletons returns the distinct skeletons of a Latin word under
// each combination of skeletonRules, the plainest first.
func latinSkeletons(s string) []string {
	var out []string
	for _, r := range readings(s) {
		if k := latinSkeletonBy(s, r); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// latinSkeleton returns the plainest skeleton of a lower-case Latin word.
func latinSkeleton(s string) string { return latinSkeletonBy(s, skeletonRules{}) }

// latinSkeletonBy returns the consonant classes of a lower-case Latin
// word, read by the rules; the space of a name of two words only tells
// where the second starts (jensen huang: SNSNFN, ジェンスン・フアン).
func latinSkeletonBy(s string, rules skeletonRules) string {
	var b []byte
	last := byte(0)
	put := func(c byte) {
		if c != last {
			b = append(b, c)
			last = c
		}
	}
	at := func(i int) byte {
		if i < 0 || i >= len(s) {
			return 0
		}
		return s[i]
	}
	vowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
	start := func(i int) bool { return i == 0 || s[i-1] == ' ' }
	end := func(i int) bool { return i+1 == len(s) || s[i+1] == ' ' }
	for i := 0; i < len(s); i++ {
		c, next := s[i], at(i+1)
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			if rules.keepVowels {
				put(c)
			}
		case 'y':
			if start(i) || vowel(at(i-1)) && vowel(next) && next != 'e' {
				put('Y') // yahoo, toyota; not mobileye モービルアイ
			} else if rules.keepVowels {
				put('i')
			}
		case 'v':
			if rules.vf && start(i) {
				put('F')
			} else {
				put('B')
			}
		case 'b':
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
			if rules.huF && start(i) && next == 'u' {
				put('F')
			} else {
				put('H')
			}
		case 'k', 'q':
			put('K')
		case 'g':
			if rules.ngN && at(i-1) == 'n' && end(i) {
				continue
			}
			if rules.silentGH && next == 'h' && i > 0 && vowel(at(i-1)) {
				i++
				continue
			}
			if rules.softG && (next == 'e' || next == 'i' || next == 'y') {
				put('S')
			} else {
				put('K')
			}
		case 'c':
			switch {
			case next == 'e' || next == 'i' || next == 'y':
				put('S')
			case next == 'h' && (at(i+2) == 'r' || at(i+2) == 'l'):
				put('K') // chrome クローム
				i++
			case next == 'h':
				put('T')
				i++
			default:
				put('K')
			}
		case 'x':
			put('K')
			put('S')
		case 's':
			put('S')
			switch {
			case next == 'h':
				i++ // sharp シャープ
			case next == 'c' && at(i+2) == 'h':
				i += 2 // porsche ポルシェ
			}
		case 'z', 'j':
			put('S')
		case 't':
			switch {
			case next == 'h':
				put('S')
				i++
			case next == 'i' && at(i+2) == 'o':
				put('S') // station ステーション
			case rules.tsu && (next == 's' || next == 'z'):
				put('T')
				i++
			default:
				put('T')
			}
		case 'd':
			put('T')
		case 'l':
			if at(i-1) == 'a' && next == 'k' {
				continue // walkman ウォークマン
			}
			put('R')
		case 'r':
			if rules.silentR && i > 0 && vowel(at(i-1)) && (!vowel(next) && next != 'y' || next == 'e' && (end(i+1) || i+2 < len(s) && !vowel(at(i+2)) && at(i+2) != 'y' && at(i+2) != ' ')) {
				if p := at(i - 1); rules.keepVowels && last == p && (p == 'e' || p == 'i' || p == 'u') {
					// er, ir, ur sound as アー: version バージョン, first
					// ファースト, burger バーガー.
					b[len(b)-1], last = 'a', 'a'
				}
				continue // server サーバー, starship スターシップ, firmware ファームウェア
			}
			put('R')
		case 'm':
			if rules.nm && next == 'm' {
				put('N')
				put('M')
				i++
			} else if next == 'b' || next == 'p' {
				put('N') // ン before b and p: tumblr タンブラー
			} else {
				put('M')
			}
		case 'n':
			put('N')
		case 'w':
			if i > 0 && vowel(at(i-1)) && !vowel(next) {
				continue // windows ウィンドウズ
			}
			put('W')
		}
	}
	return string(b)
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
// before a small ィ, ェ or ォ (ウィンドウズ), or before a full-size one at
// the start of a word, as older spellings write it (ウイスキー whisky,
// ウオッチ watch, ウエスト west).
func wGlide(rs []rune, i int) bool {
	if rs[i] != 'ウ' || i+1 >= len(rs) {
		return false
	}
	return strings.ContainsRune("ィェォ", rs[i+1]) || i == 0 && strings.ContainsRune("イエオ", rs[i+1])
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

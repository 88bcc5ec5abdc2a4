package index

import (
	"strings"
)

// Vowels, for choosing among the words a skeleton finds. A consonant
// skeleton says which words may be a name in the other script; it is
// blind to everything between the consonants, so altman (RTMN) finds
// アルトマン and リチウムイオン alike, and amazon (MSN) ミッション. The
// distance below lays the vowels back between the classes and counts
// what katakana does to an English spelling cheaply (a vowel after a
// consonant that has none: アルトマン's ル and ト; a vowel spelt another
// way; a silent letter) and everything else dearly.

// maxSoundDistance is the largest soundDistance of a word searched for a
// query word that no article has: pairs katakana writes for English
// names stay under it (google グーグル 0.26, deepseek ディープシーク 0.27),
// a word whose vowels are unrelated does not (altman リチウムイオン 0.6).
const maxSoundDistance = 0.34

// maxSoundDistanceSeen is the same for a query word some articles have
// as written: the others need to sound nearly the same to be added
// (ispace finds its own articles; スペース alone would be noise).
const maxSoundDistanceSeen = 0.2

// maxSoundDistanceCommon is the same for a query word rareName or more
// articles have and no synonym or article spells otherwise (see
// lookUpSound): starship スターシップ 0.10, disney ディズニー 0.12, but not
// compact コンプガチャ 0.16, villain バイオリン 0.18.
const maxSoundDistanceCommon = 0.15

// firstSoundAgrees reports whether a Latin word and a katakana word start
// alike, under one of the Latin word's readings: both with a vowel, or
// with the same consonant class, or with f, h and v (huawei ファーウェイ,
// volkswagen フォルクスワーゲン), x with s (xiaomi シャオミ), u with y (unity
// ユニティ), w with ウ (wolfspeed ウルフスピード, western ウエスタン), or
// with a letter's name (nvidia エヌビディア, x エックス). amazon does not
// start like ミッション, nor ispace like サービス; nor does a voiced first
// consonant agree with an unvoiced one, which katakana keeps apart
// (quantum is no ガンダム, game no ケーム).
func firstSoundAgrees(latin, kana string) bool {
	k := kanaSounds(kana)
	if k == "" || !firstVoicingAgrees(latin, kana) || !firstVowelAgrees(latin, k) {
		return false
	}
	b := k[0]
	for _, r := range soundReadings(latin) {
		l := latinSkeletonBy(latin, r)
		if l == "" {
			continue
		}
		switch a := l[0]; {
		case isSoundVowel(a) && isSoundVowel(b), a == b,
			strings.IndexByte("FHB", a) >= 0 && strings.IndexByte("FHB", b) >= 0,
			(a == 'u' || a == 'e') && b == 'Y', a == 'W' && b == 'u':
			return true
		}
	}
	switch {
	case latin[0] == 'x' && b == 'S':
		return true
	case len(latin) > 1 && strings.IndexByte("aeiouy", latin[1]) >= 0:
		// A letter's name starts only a word the letter cannot start
		// as a sound (nintendo is no エンドツーエンド).
	case b == 'e' && strings.IndexByte("flmnsx", latin[0]) >= 0, b == 'a' && latin[0] == 'r':
		return true // a letter's name: nvidia エヌビディア, rx アールエックス
	}
	return false
}

// firstVowelAgrees reports whether a Latin word that starts with a
// consonant and an i, and the katakana sounds k of a word that starts
// with a consonant and a vowel, agree in that vowel: katakana writes the
// i as イ or アイ (nike ナイキ), as ア only before a silent r, which the
// Latin sounds already spell so (virgin ヴァージン). vision is no
// バージョン. True for words that start otherwise.
func firstVowelAgrees(latin, k string) bool {
	if len(k) < 2 || isSoundVowel(k[0]) || k[1] != 'a' || len(k) > 2 && k[2] == 'i' {
		return true
	}
	for _, r := range soundReadings(latin) {
		if l := latinSkeletonBy(latin, r); len(l) < 2 || isSoundVowel(l[0]) || l[1] != 'i' {
			return true
		}
	}
	return false
}

// firstVoicingAgrees reports whether a Latin word that starts with a
// stop or a sibilant (g, d, b, z, j, v voiced; k, c, q, t, p, s not) and a
// katakana word that starts with one's kana agree in voicing (solid is
// no ゼロデイ); true when either starts otherwise.
func firstVoicingAgrees(latin, kana string) bool {
	l, ok := map[byte]bool{'g': true, 'd': true, 'b': true, 'z': true, 'j': true, 'v': true, 'k': false, 'c': false, 'q': false, 't': false, 'p': false, 's': false}[latin[0]]
	if !ok || latin[0] == 'c' && len(latin) > 1 && strings.IndexByte("eiy", latin[1]) >= 0 {
		return true // (ce, ci, cy read s)
	}
	r := []rune(kana)[0]
	switch {
	case strings.ContainsRune("ガギグゲゴダヂヅデドバビブベボザジズゼゾ", r):
		return l
	case strings.ContainsRune("カキクケコタチツテトパピプペポサシスセソ", r):
		return !l
	}
	return true
}

// soundReadings returns the skeletonRules a Latin word is read by, vowels
// kept.
func soundReadings(latin string) []skeletonRules {
	rules := readings(latin)
	for i := range rules {
		rules[i].keepVowels = true
	}
	if strings.Contains(latin, "ee") || strings.Contains(latin, "ea") {
		// ee and ea also as one long i (see skeletonRules.longI); as
		// two vowels too: real リアル, great グレート.
		for _, r := range rules[:len(rules)] {
			r.longI = true
			rules = append(rules, r)
		}
	}
	return rules
}

// soundDistance returns how far a Latin word and a katakana word sound
// apart: 0 when they agree letter for letter, about 0.1–0.3 for a name
// and its katakana, more for words that only share their consonants.
// The least over the Latin word's readings (skeletonRules).
func soundDistance(latin, kana string) float64 {
	k := kanaSounds(kana)
	best := 9.0
	for _, r := range soundReadings(latin) {
		if l := latinSkeletonBy(latin, r); l != "" {
			best = min(best, vowelDistance(l, k)/float64(len(l)))
		}
	}
	return best
}

// kanaSounds returns a katakana word as kanaSkeleton does, with its vowels
// (a i u e o) between the classes: アルトマン is aRuToMaN. A small vowel
// or ャュョ replaces the vowel before it (キャ is Ka, ティ Ti); ー and ッ
// add nothing.
func kanaSounds(s string) string {
	var b []byte
	last := byte(0)
	rs := []rune(s)
	for i, r := range rs {
		c := kanaClass(r)
		if wGlide(rs, i) {
			c = 'W'
		}
		v := kanaVowel(r)
		switch {
		case c == '-' && v != 0 && len(b) > 0 && isSoundVowel(b[len(b)-1]):
			b[len(b)-1] = v // キャ, ティ
			last = v
			continue
		case c == '-' && v != 0 && len(b) > 0 && b[len(b)-1] == 'W':
			b = append(b, v) // ウィ, ウェ, ウォ: W and the small vowel
			last = v
			continue
		case c == '-':
			continue // ー, ッ
		case c != 0 && c != last:
			b = append(b, c)
			last = c
		}
		if c == 'W' && r == 'ウ' {
			continue // ウィ: the small vowel follows
		}
		if v != 0 && v != last {
			b = append(b, v)
			last = v
		}
	}
	return string(b)
}

// kanaVowel is the vowel a katakana letter ends in, 0 for ン, ー and ッ.
func kanaVowel(r rune) byte {
	switch {
	case strings.ContainsRune("アカサタナハマヤラワガザダバパァャヮ", r):
		return 'a'
	case strings.ContainsRune("イキシチニヒミリヰギジヂビピィ", r):
		return 'i'
	case strings.ContainsRune("ウクスツヌフムユルグズヅブプゥュヴ", r):
		return 'u'
	case strings.ContainsRune("エケセテネヘメレヱゲゼデベペェ", r):
		return 'e'
	case strings.ContainsRune("オコソトノホモヨロヲゴゾドボポォョ", r):
		return 'o'
	}
	return 0
}

func isSoundVowel(c byte) bool { return c >= 'a' && c <= 'z' }

// vowelDistance is a weighted edit distance from a Latin word's sounds to
// a katakana word's (both as kanaSounds writes them): a vowel katakana
// adds after a consonant costs 0.3, one it adds after a vowel 0.4; a
// Latin vowel katakana drops 0.4, a w or h 0.5; a vowel written as
// another 0.5; a consonant class changed, added or dropped 1.
func vowelDistance(l, k string) float64 {
	prev := make([]float64, len(k)+1)
	cur := make([]float64, len(k)+1)
	ins := func(j int) float64 { // k[j-1] added
		switch {
		case !isSoundVowel(k[j-1]):
			return 1
		case j >= 2 && !isSoundVowel(k[j-2]):
			return 0.3
		}
		return 0.4 // a diphthong for one letter: idol アイドル
	}
	for j := 1; j <= len(k); j++ {
		prev[j] = prev[j-1] + ins(j)
	}
	for i := 1; i <= len(l); i++ {
		del := 1.0
		switch l[i-1] {
		case 'W', 'H':
			del = 0.5 // twitter ツイッター, ohtani オオタニ
		default:
			if isSoundVowel(l[i-1]) {
				del = 0.4
			}
		}
		cur[0] = prev[0] + del
		for j := 1; j <= len(k); j++ {
			sub := 0.0
			switch a, b := l[i-1], k[j-1]; {
			case a == b:
			case a == 'W' && b == 'u':
				sub = 0.3 // switch スイッチ
			case isSoundVowel(a) && isSoundVowel(b):
				sub = 0.5
			case isSoundVowel(a) != isSoundVowel(b):
				sub = 1.5
			default:
				sub = 1
			}
			cur[j] = min(prev[j]+del, cur[j-1]+ins(j), prev[j-1]+sub)
		}
		prev, cur = cur, prev
	}
	return prev[len(k)]
}

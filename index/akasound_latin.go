package index

import (
	"slices"
	"strings"
)

// The skeleton of a Latin word (see soundsAlike): the readings of its
// spelling that katakana may follow, and the consonant classes of each,
// written letter by letter.

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
	// chSh: ch is シ, as French words and names say it (machine マシン,
	// chef シェフ, michelin ミシュラン), not チ.
	chSh bool
	// chK: ch is K, as words from Greek and German say it (tech テック,
	// mechanic メカニック, technics テクニクス), not チ.
	chK bool
	// thT: a th at the start of a word is T, as names and a few words
	// say it (thomas トーマス, thames テムズ, thai タイ), not the S of
	// think シンク.
	thT bool
	// longI: ee and ea are one long イー (green グリーン, steam スチーム),
	// not two vowels; vowels only, so no skeleton of the sound field.
	longI bool
	// silentH: an h inside a word that no vowel follows, or that follows
	// a consonant it makes no sound with, is not sounded (john ジョン,
	// sarah サラ, piranha ピラニア, khan カーン); read H too, as
	// manhattan マンハッタン says it.
	silentH bool
	// erVowel: an er after a consonant and before a vowel inside a word
	// is アー, as where a name runs two English words together, the first
	// ending in er (cyberagent サイバーエージェント, superapp スーパーアプリ,
	// overall オーバーオール), not the ラ of camera; read with R too.
	erVowel bool
	// whHW: a wh at the start of a word is ホワ, the h sounded first
	// (white ホワイト, white collar ホワイトカラー), not the W and H of its
	// letters. (Not the H alone of ホイール, wheel: a word no article has,
	// whatsapp, had found 18 articles by HTSB.)
	whHW bool
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
	add(strings.Contains(s, "ch"), func(r *skeletonRules) { r.chSh = true })
	add(strings.Contains(s, "ch"), func(r *skeletonRules) { r.chK = true })
	add(nameStarts(s, "th"), func(r *skeletonRules) { r.thT = true })
	add(hasSilentH(s), func(r *skeletonRules) { r.silentH = true })
	add(hasErVowel(s), func(r *skeletonRules) { r.erVowel = true })
	add(nameStarts(s, "wh"), func(r *skeletonRules) { r.whHW = true })
	return rules
}

// hasSilentH reports whether a word of s has an h that silentH leaves
// unsounded: not the first letter, and no vowel after it or a consonant
// before it that it does not sound with (ch, sh, th, ph, gh, wh).
func hasSilentH(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == 'h' && silentHAt(s, i) {
			return true
		}
	}
	return false
}

// silentHAt reports whether the h at s[i] is one silentH leaves unsounded.
func silentHAt(s string, i int) bool {
	if i == 0 || s[i-1] == ' ' {
		return false
	}
	prev, next := s[i-1], byte(0)
	if i+1 < len(s) {
		next = s[i+1]
	}
	switch {
	case strings.IndexByte("cstpgw", prev) >= 0:
		return false // ch, sh, th, ph, gh, wh: read with the letter before
	case isVowel(prev):
		return !isVowel(next) && next != 'y' // john, sarah; not graham
	}
	// After a consonant (piranha, khan); not after a y, which before an
	// h is a letter misplaced more often than a name (pyhton: Python).
	return prev != 'y'
}

// hasErVowel reports whether a word of s has an r that erVowel leaves
// unsounded.
func hasErVowel(s string) bool {
	for i := 2; i+1 < len(s); i++ {
		if s[i] == 'r' && erVowelAt(s, i) {
			return true
		}
	}
	return false
}

// erVowelAt reports whether the r at s[i] follows an e after a consonant
// and comes before a vowel that starts three letters or more of the same
// word: cyb-er-agent, sup-er-app, not cam-er-a or h-er-o.
func erVowelAt(s string, i int) bool {
	if i < 2 || i+1 >= len(s) || s[i-1] != 'e' || !isVowel(s[i+1]) {
		return false
	}
	if before := s[i-2]; before == ' ' || isVowel(before) || before == 'y' {
		return false
	}
	rest, _, _ := strings.Cut(s[i+1:], " ")
	return len(rest) >= 3
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
	k := &skeletonWriter{s: s, rules: rules}
	for i := 0; i < len(s); i++ {
		i = k.letter(i)
	}
	return string(k.b)
}

// skeletonWriter writes the skeleton of a Latin word letter by letter
// for latinSkeletonBy: a class repeated with only vowels between is
// written once.
type skeletonWriter struct {
	s     string
	rules skeletonRules
	b     []byte
	last  byte // the class written last
}

// put writes class c, unless it was written last.
func (k *skeletonWriter) put(c byte) {
	if c != k.last {
		k.b = append(k.b, c)
		k.last = c
	}
}

// at returns the letter at s[i], or 0 before the start and after the end.
func (k *skeletonWriter) at(i int) byte {
	if i < 0 || i >= len(k.s) {
		return 0
	}
	return k.s[i]
}

// start reports whether s[i] starts a word of s.
func (k *skeletonWriter) start(i int) bool { return i == 0 || k.s[i-1] == ' ' }

// word returns the word of s that starts at s[i].
func (k *skeletonWriter) word(i int) string {
	w, _, _ := strings.Cut(k.s[i:], " ")
	return w
}

// voicedTh are the English words of grammar whose th is voiced, which
// katakana writes ザ, ゼ or ズ (the ザ), never T: thT does not read them
// (the bullet had sounded like チップレット).
var voicedTh = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "those": true, "they": true, "them": true,
	"their": true, "there": true, "then": true, "than": true, "though": true, "thus": true, "thy": true,
}

// end reports whether s[i] ends a word of s.
func (k *skeletonWriter) end(i int) bool { return i+1 == len(k.s) || k.s[i+1] == ' ' }

// isVowel reports whether c is a Latin vowel (y is not).
func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// letter writes the classes of the letter at s[i], read with the letters
// after it that sound with it (ph, ch, sh, th, …), and returns the index
// of the last letter it read. Other characters write nothing.
func (k *skeletonWriter) letter(i int) int {
	switch k.s[i] {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'w':
		return k.vowelOrGlide(i)
	case 'v', 'b', 'p', 'f', 'h':
		return k.labial(i)
	case 'k', 'q', 'g', 'c', 'x':
		return k.velar(i)
	case 's', 'z', 'j', 't', 'd':
		return k.dental(i)
	case 'l', 'r', 'm', 'n':
		return k.liquidOrNasal(i)
	}
	return i
}

// vowelOrGlide writes a vowel, when the rules keep vowels; y as Y where
// it is a consonant; w as W, unless it only ends the vowel before it.
func (k *skeletonWriter) vowelOrGlide(i int) int {
	c, next := k.s[i], k.at(i+1)
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		if k.rules.keepVowels && k.rules.longI && c == 'e' && (next == 'e' || next == 'a') {
			k.put('i') // steam スチーム
			return i + 1
		}
		if k.rules.keepVowels {
			k.put(c)
		}
	case 'y':
		if k.start(i) || isVowel(k.at(i-1)) && isVowel(next) && next != 'e' {
			k.put('Y') // yahoo, toyota; not mobileye モービルアイ
		} else if k.rules.keepVowels {
			k.put('i')
		}
	case 'w':
		if i > 0 && isVowel(k.at(i-1)) && !isVowel(next) {
			return i // windows ウィンドウズ
		}
		if next == 'h' && k.start(i) && k.rules.whHW {
			k.put('H')
			k.put('W')   // white ホワイト
			return i + 1 // (the h read)
		}
		k.put('W')
	}
	return i
}

// labial writes v, b, p, f and h: B, F (ph, a German v, a Chinese hu)
// or H.
func (k *skeletonWriter) labial(i int) int {
	c, next := k.s[i], k.at(i+1)
	switch c {
	case 'v':
		if k.rules.vf && k.start(i) {
			k.put('F')
		} else {
			k.put('B')
		}
	case 'b':
		k.put('B')
	case 'p':
		if next == 'h' {
			k.put('F')
			i++
		} else {
			k.put('B')
		}
	case 'f':
		k.put('F')
	case 'h':
		if k.rules.huF && k.start(i) && next == 'u' {
			k.put('F')
		} else if k.rules.silentH && silentHAt(k.s, i) {
			// john ジョン, piranha ピラニア
		} else {
			k.put('H')
		}
	}
	return i
}

// velar writes k, q, g, c and x: K, or S for a soft g or c, T for ch, KS
// for x; nothing for a silent g.
func (k *skeletonWriter) velar(i int) int {
	c, next := k.s[i], k.at(i+1)
	switch c {
	case 'k', 'q':
		k.put('K')
	case 'g':
		if k.rules.ngN && k.at(i-1) == 'n' && k.end(i) {
			return i
		}
		if k.rules.silentGH && next == 'h' && i > 0 && isVowel(k.at(i-1)) {
			i++
			return i
		}
		if k.rules.softG && (next == 'e' || next == 'i' || next == 'y') {
			k.put('S')
		} else {
			k.put('K')
		}
	case 'c':
		switch {
		case next == 'e' || next == 'i' || next == 'y':
			k.put('S')
		case next == 'h' && (k.at(i+2) == 'r' || k.at(i+2) == 'l'):
			k.put('K') // chrome クローム
			i++
		case next == 'h' && k.rules.chSh:
			k.put('S') // machine マシン
			i++
		case next == 'h' && k.rules.chK:
			k.put('K') // tech テック
			i++
		case next == 'h':
			k.put('T')
			i++
		default:
			k.put('K')
		}
	case 'x':
		k.put('K')
		k.put('S')
	}
	return i
}

// dental writes s, z, j, t and d: S (sh, sch, th, ti before o) or T.
func (k *skeletonWriter) dental(i int) int {
	c, next := k.s[i], k.at(i+1)
	switch c {
	case 's':
		k.put('S')
		switch {
		case next == 'h':
			i++ // sharp シャープ
		case next == 'c' && k.at(i+2) == 'h':
			i += 2 // porsche ポルシェ
		}
	case 'z', 'j':
		k.put('S')
	case 't':
		switch {
		case next == 'h' && k.rules.thT && k.start(i) && !voicedTh[k.word(i)]:
			k.put('T') // thomas トーマス
			i++
		case next == 'h':
			k.put('S')
			i++
		case next == 'i' && k.at(i+2) == 'o':
			k.put('S') // station ステーション
		case k.rules.tsu && (next == 's' || next == 'z'):
			k.put('T')
			i++
		default:
			k.put('T')
		}
	case 'd':
		k.put('T')
	}
	return i
}

// liquidOrNasal writes l and r: R, or nothing where they are silent or a
// long vowel; m and n: M or N.
func (k *skeletonWriter) liquidOrNasal(i int) int {
	c, next := k.s[i], k.at(i+1)
	switch c {
	case 'l':
		if k.at(i-1) == 'a' && next == 'k' {
			return i // walkman ウォークマン
		}
		k.put('R')
	case 'r':
		if k.rules.erVowel && erVowelAt(k.s, i) {
			if k.rules.keepVowels && k.last == 'e' {
				k.b[len(k.b)-1], k.last = 'a', 'a' // サイバー: the er is アー
			}
			return i
		}
		if k.rules.silentR && i > 0 && isVowel(k.at(i-1)) && (!isVowel(next) && next != 'y' || next == 'e' && (k.end(i+1) || i+2 < len(k.s) && !isVowel(k.at(i+2)) && k.at(i+2) != 'y' && k.at(i+2) != ' ')) {
			if p := k.at(i - 1); k.rules.keepVowels && k.last == p && (p == 'e' || p == 'i' || p == 'u') {
				// er, ir, ur sound as アー: version バージョン, first
				// ファースト, burger バーガー.
				k.b[len(k.b)-1], k.last = 'a', 'a'
			}
			return i // server サーバー, starship スターシップ, firmware ファームウェア
		}
		k.put('R')
	case 'm':
		if k.rules.nm && next == 'm' {
			k.put('N')
			k.put('M')
			i++
		} else if next == 'b' || next == 'p' {
			k.put('N') // ン before b and p: tumblr タンブラー
		} else {
			k.put('M')
		}
	case 'n':
		k.put('N')
	}
	return i
}

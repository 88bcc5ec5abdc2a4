package index

import (
	"math/bits"
	"regexp"
	"slices"
	"strings"

	"sagasu/analyzer"
)

// Romaji input. A reader whose IME has not converted yet has ASCII in the
// box: "jidou", "robo", "zenko". toKana turns Hepburn and the common IME
// spellings (shi/si, tsu/tu, chi/ti, fu/hu, ji/zi, nn, xtu, a doubled
// consonant for っ, - for ー, macrons for long vowels) into katakana, and
// returns what is left of an unfinished syllable ("robot" → ロボ + "t"), so
// suggestions can match any kana the reader may be about to finish.

// romajiTable maps romaji syllables to katakana; longest match wins.
var romajiTable = map[string]string{
	"a": "ア", "i": "イ", "u": "ウ", "e": "エ", "o": "オ",
	"ka": "カ", "ki": "キ", "ku": "ク", "ke": "ケ", "ko": "コ",
	"ga": "ガ", "gi": "ギ", "gu": "グ", "ge": "ゲ", "go": "ゴ",
	"sa": "サ", "shi": "シ", "si": "シ", "su": "ス", "se": "セ", "so": "ソ",
	"za": "ザ", "ji": "ジ", "zi": "ジ", "zu": "ズ", "ze": "ゼ", "zo": "ゾ",
	"ta": "タ", "chi": "チ", "ti": "チ", "tsu": "ツ", "tu": "ツ", "te": "テ", "to": "ト",
	"da": "ダ", "di": "ヂ", "du": "ヅ", "de": "デ", "do": "ド",
	"na": "ナ", "ni": "ニ", "nu": "ヌ", "ne": "ネ", "no": "ノ",
	"ha": "ハ", "hi": "ヒ", "fu": "フ", "hu": "フ", "he": "ヘ", "ho": "ホ",
	"ba": "バ", "bi": "ビ", "bu": "ブ", "be": "ベ", "bo": "ボ",
	"pa": "パ", "pi": "ピ", "pu": "プ", "pe": "ペ", "po": "ポ",
	"ma": "マ", "mi": "ミ", "mu": "ム", "me": "メ", "mo": "モ",
	"ya": "ヤ", "yu": "ユ", "yo": "ヨ",
	"ra": "ラ", "ri": "リ", "ru": "ル", "re": "レ", "ro": "ロ",
	"wa": "ワ", "wi": "ウィ", "we": "ウェ", "wo": "ヲ", "nn": "ン", "n'": "ン",
	"wha": "ウァ", "whi": "ウィ", "whe": "ウェ", "who": "ウォ", "ye": "イェ",
	"kwa": "クァ", "qa": "クァ", "qi": "クィ", "qe": "クェ", "qo": "クォ", "gwa": "グァ",
	"kya": "キャ", "kyu": "キュ", "kyo": "キョ", "gya": "ギャ", "gyu": "ギュ", "gyo": "ギョ",
	"sha": "シャ", "shu": "シュ", "sho": "ショ", "she": "シェ", "sya": "シャ", "syu": "シュ", "syo": "ショ", "sye": "シェ",
	"ja": "ジャ", "ju": "ジュ", "jo": "ジョ", "je": "ジェ", "jya": "ジャ", "jyu": "ジュ", "jyo": "ジョ", "jye": "ジェ",
	"zya": "ジャ", "zyu": "ジュ", "zyo": "ジョ", "zye": "ジェ",
	"cha": "チャ", "chu": "チュ", "cho": "チョ", "che": "チェ", "tya": "チャ", "tyu": "チュ", "tyo": "チョ", "tye": "チェ",
	"cya": "チャ", "cyu": "チュ", "cyo": "チョ", "cye": "チェ",
	"nya": "ニャ", "nyu": "ニュ", "nyo": "ニョ", "hya": "ヒャ", "hyu": "ヒュ", "hyo": "ヒョ",
	"bya": "ビャ", "byu": "ビュ", "byo": "ビョ", "pya": "ピャ", "pyu": "ピュ", "pyo": "ピョ",
	"mya": "ミャ", "myu": "ミュ", "myo": "ミョ", "rya": "リャ", "ryu": "リュ", "ryo": "リョ",
	"dya": "ヂャ", "dyu": "ヂュ", "dyo": "ヂョ",
	"fa": "ファ", "fi": "フィ", "fe": "フェ", "fo": "フォ", "fyu": "フュ",
	"va": "ヴァ", "vi": "ヴィ", "vu": "ヴ", "ve": "ヴェ", "vo": "ヴォ",
	"thi": "ティ", "tei": "テイ", "dhi": "ディ", "twu": "トゥ", "dwu": "ドゥ", "tsa": "ツァ",
	"dhu": "デュ", "thu": "テュ",
	// Small kana, typed with x or (as both common IMEs take it) l.
	"xa": "ァ", "xi": "ィ", "xu": "ゥ", "xe": "ェ", "xo": "ォ", "xya": "ャ", "xyu": "ュ", "xyo": "ョ",
	"la": "ァ", "li": "ィ", "lu": "ゥ", "le": "ェ", "lo": "ォ", "lya": "ャ", "lyu": "ュ", "lyo": "ョ",
	"xwa": "ヮ", "lwa": "ヮ", "xka": "ヵ", "lka": "ヵ", "xke": "ヶ", "lke": "ヶ",
	"xtu": "ッ", "xtsu": "ッ", "ltu": "ッ", "ltsu": "ッ",
	"-": "ー",
}

// macrons spells long vowels the way an IME expects them.
var macrons = strings.NewReplacer("ā", "aa", "ī", "ii", "ū", "uu", "ē", "ee", "ō", "ou", "â", "aa", "ô", "ou", "û", "uu")

// nextKana lists the kana an unfinished syllable can still become.
var nextKana = map[string][]string{}

func init() {
	for syl, kana := range romajiTable {
		for i := 1; i < len(syl); i++ {
			p := syl[:i]
			if _, whole := romajiTable[p]; whole && p != "n" {
				continue
			}
			next := firstRune(kana)
			if rs := []rune(kana); len(syl)-i == 1 && len(rs) == 2 && strings.ContainsRune("ャュョァィゥェォヮ", rs[1]) {
				// Only the vowel left: the kana with its small one (hy is
				// ヒャ, ヒュ or ヒョ, not every ヒ: 被害, 飛行).
				next = kana
			}
			nextKana[p] = appendUnique(nextKana[p], next)
		}
	}
	for p, ks := range nextKana {
		// A kana another one starts with is looked up once (sh: シ
		// finds シャ, シュ and ショ too).
		nextKana[p] = slices.DeleteFunc(slices.Clone(ks), func(k string) bool {
			return slices.ContainsFunc(ks, func(o string) bool { return o != k && strings.HasPrefix(k, o) })
		})
		slices.Sort(nextKana[p])
	}
	// A d being typed is ダ, デ, ド or ヅ (tsud of 続く), not ヂ, which
	// readings fold to ジ: こうd had offered 工場 and 向上 first.
	nextKana["d"] = slices.DeleteFunc(nextKana["d"], func(k string) bool { return strings.HasPrefix(k, "ヂ") })
	// A lone n may be ン or the start of ナ行; a consonant may be the
	// first of a doubled one, the ッ before its own row (robot is ロボット,
	// but hor is no ホッカイドウ).
	nextKana["n"] = appendUnique(nextKana["n"], "ン")
	for _, c := range "kgsztdhbpmrjcfvyq" {
		for _, k := range nextKana[string(c)] {
			nextKana[string(c)] = appendUnique(nextKana[string(c)], "ッ"+k)
		}
	}
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func appendUnique(l []string, s string) []string {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	return append(l, s)
}

// romajiKana returns text written in romaji (words apart or not) as the
// katakana of the kana an IME would make of it, or "" when it is no
// romaji.
func romajiKana(text string) string {
	s := strings.ReplaceAll(text, " ", "")
	if !isRomaji(s) {
		return ""
	}
	kana, pending, ok := toKana(strings.ToLower(s))
	switch {
	case !ok:
		return ""
	case pending == "n":
		return kana + "ン" // (unten)
	case pending != "":
		return ""
	}
	return kana
}

// isRomaji reports whether s can be read as romaji: ASCII letters, with
// at most apostrophes, hyphens and macron vowels.
func isRomaji(s string) bool {
	if s == "" {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			letters++
		case r == '-' || r == '\'' || strings.ContainsRune("āīūēōâôû", r):
		default:
			return false
		}
	}
	return letters > 0
}

// toKana converts lower-case romaji to katakana. pending is an unfinished
// syllable at the end ("t" of "robot", "ky" of "toky"); ok is false when
// something in the middle is not romaji ("xq").
func toKana(s string) (kana, pending string, ok bool) {
	s = macrons.Replace(s)
	var b strings.Builder
	for s != "" {
		// っ: a doubled consonant other than n, or t before ch (matcha).
		if len(s) >= 2 && s[0] == s[1] && s[0] != 'n' && strings.IndexByte("kgsztdhbpmrjcfvwyq", s[0]) >= 0 ||
			strings.HasPrefix(s, "tch") {
			b.WriteString("ッ")
			s = s[1:]
			continue
		}
		matched := false
		for l := min(4, len(s)); l >= 1; l-- {
			if k, found := romajiTable[s[:l]]; found {
				b.WriteString(k)
				s = s[l:]
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		// "n" before a consonant is ン; before a vowel or y it starts ナ行.
		if s[0] == 'n' && len(s) > 1 && !strings.ContainsRune("aiueoy'", rune(s[1])) {
			b.WriteString("ン")
			s = s[1:]
			continue
		}
		if _, can := nextKana[s]; can {
			return b.String(), s, true
		}
		return b.String(), s, false
	}
	return b.String(), "", true
}

// wordKana converts the romaji of a whole word, typed to its end, to
// katakana: a final n is ン, the word being over (jidouunten, rakuten);
// false when it does not read as kana.
func wordKana(w string) (string, bool) {
	k, pending, ok := toKana(w)
	switch {
	case ok && pending == "n":
		return k + "ン", true
	case !ok || pending != "":
		return "", false
	}
	return k, true
}

// romajiVariants returns s and the other ways to read it: Hepburn, as
// taught and printed, writes ん before a vowel of the な row as one n
// (annai is あんない, which an IME reads あんあい) and long o as oh or ō
// (ohtani, ōsaka are おおたに, おおさか, which an IME reads as ohtani
// and おうさか); and wo inside a loanword is ウォ (wookuman), not を.
// Typed without an IME, one n is ん before a vowel too: renai, kinyuu,
// genin are 恋愛, 金融, 原因 (an IME reads れない, きにゅう, げにん).
func romajiVariants(s string) []string {
	out := []string{s}
	for _, v := range []string{
		hepburnN.ReplaceAllString(s, "nnn$1"),
		plainN.ReplaceAllString(s, "${1}nn$2"),
		hepburnOh.ReplaceAllString(s, "oo$1"),
		strings.NewReplacer("ō", "oo", "ô", "oo").Replace(s),
		strings.ReplaceAll(s, "wo", "who"), // wookuman: ウォークマン, not ヲ
	} {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

var (
	hepburnN  = regexp.MustCompile(`nn([aiueoy])`)
	plainN    = regexp.MustCompile(`([aiueo])n([aiueoy])`)
	hepburnOh = regexp.MustCompile(`oh([^aiueoy])`) // (oh at the end may be ほ still being typed)
)

// longVowelSpellings returns kana with the other ways a long vowel typed
// in romaji may be written, kana first: oo for おう (jidoo is ジドウ, not
// ジドオ), a doubled vowel for the ー of a loanword (sumaato, sumātofon:
// スマート), and the two in one word (ryooshikonpyuuta).
func longVowelSpellings(kana string) []string {
	out := []string{kana}
	rs := []rune(kana)
	ou := slices.Clone(rs)
	dash := slices.Clone(rs)
	both := slices.Clone(rs) // ryooshikonpyuuta: リョウシコンピュータ
	for i := 1; i < len(rs); i++ {
		v := vowelOf(rs[i-1])
		if v == 0 || rs[i] != vowelKana[v] {
			continue
		}
		if v == 'o' {
			ou[i] = 'ウ'
			both[i] = 'ウ'
		} else {
			both[i] = 'ー'
		}
		dash[i] = 'ー'
	}
	for _, alt := range []string{string(ou), string(dash), string(both)} {
		if !slices.Contains(out, alt) {
			out = append(out, alt)
		}
	}
	return out
}

// englishSpellings returns the spellings of kana (with more, followed by
// an unfinished syllable) whose long vowels English leaves out (tokyo is
// トウキョウ, osaka オオサカ; see lengthened), other than kana itself. They
// are worth less than what was typed: kosei is 個性 before 構成.
func englishSpellings(kana string, more bool) []string {
	rs := []rune(kana)
	alts := []string{lengthened(rs, 'o', 'ウ', more)}
	if !more {
		// (オオ is rarer: only once the word is typed out, osaka.)
		alts = append(alts, lengthened(rs, 'o', 'オ', false))
	}
	var out []string
	for _, alt := range alts {
		if alt != kana && !slices.Contains(out, alt) {
			out = append(out, alt)
		}
	}
	return out
}

// englishReadings returns the readings of kana, a word typed whole in
// romaji, with the long vowels an English spelling leaves out put back:
// any of its first maxLongSyllables o- and u-syllables long (トウキョウ,
// キョウト, フジツウ, ホッカイドウ), fewest first, and every o long as オ
// (オオサカ).
func englishReadings(kana string) []string {
	rs := []rune(kana)
	var at []int // the syllables that may be long
	for i, r := range rs {
		if v := vowelOf(r); (v == 'o' || v == 'u') && r != 'ウ' && r != 'オ' && (i+1 == len(rs) || !strings.ContainsRune("ウオー", rs[i+1]) && !isSmallKana(rs[i+1])) {
			at = append(at, i)
		}
	}
	at = at[:min(len(at), maxLongSyllables)]
	var out []string
	for n := 1; n <= len(at); n++ {
		for set := 1; set < 1<<len(at); set++ {
			if bits.OnesCount(uint(set)) != n {
				continue
			}
			var b strings.Builder
			k := 0
			for i, r := range rs {
				b.WriteRune(r)
				if k < len(at) && at[k] == i {
					if set&(1<<k) != 0 {
						b.WriteRune('ウ')
					}
					k++
				}
			}
			out = append(out, b.String())
		}
	}
	if o := lengthened(rs, 'o', 'オ', false); o != kana && !slices.Contains(out, o) {
		out = append(out, o)
	}
	return out
}

// maxLongSyllables bounds the syllables englishReadings lengthens (2⁴
// readings).
const maxLongSyllables = 4

// lengthened returns rs with every syllable that ends in vowel v and is
// followed by another (the last one too when more follow: an unfinished
// syllable) made long with the kana long (ウ or オ): names and places are
// written in English without their long vowels (tokyo is トウキョウ, osaka
// オオサカ, ryoshi リョウシ), which an IME would take as short ones.
func lengthened(rs []rune, v byte, long rune, more bool) string {
	var b strings.Builder
	for i, r := range rs {
		b.WriteRune(r)
		if vowelOf(r) != v {
			continue
		}
		if i+1 < len(rs) && rs[i+1] != 'ウ' && rs[i+1] != 'オ' && rs[i+1] != 'ー' && !isSmallKana(rs[i+1]) || i+1 == len(rs) && more {
			b.WriteRune(long)
		}
	}
	return b.String()
}

// isSmallKana reports whether r is a small katakana that belongs to the
// syllable before it (ャ of キャ).
func isSmallKana(r rune) bool { return strings.ContainsRune("ァィゥェォャュョヮ", r) }

// vowelKana is the kana of each vowel.
var vowelKana = map[byte]rune{'a': 'ア', 'i': 'イ', 'u': 'ウ', 'e': 'エ', 'o': 'オ'}

// vowelOf returns the vowel a katakana syllable ends in, or 0.
func vowelOf(r rune) byte {
	for v, row := range vowelRows {
		if strings.ContainsRune(row, r) {
			return v
		}
	}
	return 0
}

// vowelRows lists the katakana that end in each vowel.
var vowelRows = map[byte]string{
	'a': "アカガサザタダナハバパマヤラワャァ",
	'i': "イキギシジチヂニヒビピミリィ",
	'u': "ウクグスズツヅヌフブプムユルュゥヴ",
	'e': "エケゲセゼテデネヘベペメレェ",
	'o': "オコゴソゾトドノホボポモヨロヲョォ",
}

// readsAsKanji reports whether romaji text reads as no katakana word the
// articles have, so its reading is a word of kanji or kana (handoutai:
// 半導体, jidouunten: 自動運転), not a katakana name that articles may
// also write in Latin letters (rapidasu: ラピダス, Rapidus).
func (c *compiler) readsAsKanji(text string) bool {
	kana, pending, ok := toKana(analyzer.Fold(text))
	if pending == "n" {
		kana, pending = kana+"ン", "" // (anzen)
	}
	return ok && pending == "" && kana != "" && c.df(analyzer.WordTerm(kana)) == 0
}

package index

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// The words of a search-box query as typed, before they are compiled:
// kana typed with a number (あいふぉん17, 10おくえん) cut into the words
// they are, and a dash typed for a katakana long vowel.

// plainWords returns the words of a search-box query (words, phrases,
// exclusions, no fields), or false when n uses more.
func (c *compiler) plainWords(n Node) ([]Node, bool) {
	var xs []Node
	switch x := n.(type) {
	case And:
		xs = x.Xs
	default:
		xs = []Node{n}
	}
	var out []Node
	for _, x := range xs {
		nt, not := x.(Not)
		if not {
			x = nt.X
		}
		w, ok := x.(Word)
		if !ok || w.Field != "" {
			return nil, false
		}
		if m := kanaNumber.FindStringSubmatch(analyzer.Fold(w.Text)); m != nil && !not && !w.Phrase {
			if kata := c.loanwordKana(m[1]); kata != "" {
				// A loanword the articles write in katakana with its
				// number (すいっち2): searched as the katakana typed so,
				// a model's name and number (Switch 2 too).
				out = append(out, Word{Text: kata + m[2]})
				continue
			}
			// Kana typed before conversion and the number after it
			// (あいふぉん17, ぷれすて5) are two words, as when typed
			// with a space: kagome reads the kana whole only alone.
			out = append(out, Word{Text: m[1]}, Word{Text: m[2]})
			continue
		}
		if m := numberKana.FindStringSubmatch(analyzer.Fold(w.Text)); m != nil && !not && !w.Phrase {
			// A number and kana typed before conversion after it: its
			// counters as the articles write them (10おくえん is 10億円,
			// 3かげつ 3カ月), and the kana after them a word of their own
			// (2024ねんもんだい: 2024年 もんだい); read together, the kana
			// had found nothing.
			number, rest := m[1]+counterKanji(&m[2]), m[2]
			switch {
			case number != m[1] && rest == "":
				out = append(out, Word{Text: number})
				continue
			case number != m[1] || utf8.RuneCountInString(rest) >= 3:
				out = append(out, Word{Text: number}, Word{Text: rest})
				continue
			}
		}
		if not {
			out = append(out, nt)
		} else {
			out = append(out, w)
		}
	}
	return out, true
}

// numberKana matches a number with hiragana after it (2024ねんもんだい).
var numberKana = regexp.MustCompile(`^([0-9][0-9.]*)([\p{Hiragana}ー]+)$`)

// numberCounters are the readings of the counters and units a number takes, as
// the articles write them, the longest of a start first.
var numberCounters = []struct{ kana, written string }{
	{"ぱーせんと", "%"}, {"しゅうかん", "週間"}, {"かげつ", "カ月"}, {"ねんかん", "年間"}, {"ねんど", "年度"},
	{"じかん", "時間"}, {"びょう", "秒"}, {"ちょう", "兆"}, {"ごうき", "号機"}, {"ねん", "年"}, {"がつ", "月"},
	{"にち", "日"}, {"ふん", "分"}, {"ぷん", "分"}, {"えん", "円"}, {"どる", "ドル"}, {"おく", "億"},
	{"まん", "万"}, {"にん", "人"}, {"かい", "回"}, {"だい", "台"}, {"ばい", "倍"}, {"さい", "歳"},
	{"けん", "件"}, {"しゃ", "社"}, {"ごう", "号"}, {"わり", "割"}, {"ほん", "本"}, {"ぽん", "本"},
	{"ぼん", "本"}, {"まい", "枚"}, {"ど", "度"},
}

// counterKanji returns the counters that start *kana as written (おくえん:
// 億円), taking them off it; "" when none does.
func counterKanji(kana *string) string {
	var b strings.Builder
	for {
		i := slices.IndexFunc(numberCounters, func(c struct{ kana, written string }) bool { return strings.HasPrefix(*kana, c.kana) })
		if i < 0 {
			return b.String()
		}
		b.WriteString(numberCounters[i].written)
		*kana = (*kana)[len(numberCounters[i].kana):]
	}
}

// kanaNumber matches hiragana of two or more characters with a number, and
// the Latin letters after it, written onto it.
var kanaNumber = regexp.MustCompile(`^([\p{Hiragana}ー]{2,})([0-9][0-9a-z.]*)$`)

// maxDashWords bounds the words of a query checked for a dash typed for
// ー: each check is two searches.
const maxDashWords = 3

// dashes are the marks typed for a katakana long vowel from a keyboard
// outside kana input (after NFKC: － is -).
const dashes = "-‐–—―−─"

// dashAsLongVowel returns text with a dash after a katakana letter read
// as ー (スタ-リンク is スターリンク), or romaji with a dash after a vowel
// in katakana (suta-rinku, as a romaji keyboard types スターリンク before
// conversion), when the articles have it so and not as typed (romaji:
// whenever they do not have it as typed); text itself otherwise
// (テスラ-トヨタ is two names, e-mail a Latin word).
func (c *compiler) dashAsLongVowel(text string) string {
	rs := []rune(text)
	changed := false
	for i := 1; i < len(rs); i++ {
		if strings.ContainsRune(dashes, rs[i]) && isKatakanaLetter(rs[i-1]) &&
			(i+1 == len(rs) || isKatakanaLetter(rs[i+1]) || strings.ContainsRune(dashes, rs[i+1])) {
			rs[i] = 'ー'
			changed = true
		}
	}
	long := string(rs)
	romaji := false
	if !changed {
		long, changed = romajiDash(text)
		romaji = changed
	}
	if !changed || c.tc == nil || c.dashes >= maxDashWords {
		return text
	}
	c.dashes++
	if !c.matches(c.phrase(text, exact(1))) && (romaji || c.matches(c.phrase(long, exact(1)))) {
		// (Romaji no article has as typed is the katakana, whatever the
		// articles have: supe-suekkusu is スペースエックス, which sounds like
		// SpaceX, not supe and suekkusu, which had sounded like セックス.)
		return long
	}
	return text
}

// romajiDash returns romaji with a dash after a vowel between letters or
// at its end (sa-ba, konpyu-ta) in katakana, the dash as ー; false when
// text is no such romaji.
func romajiDash(text string) (string, bool) {
	if !isRomaji(text) || !strings.Contains(text, "-") {
		return "", false
	}
	for i := range len(text) {
		if text[i] == '-' && (i == 0 || !strings.ContainsRune("aiueo", rune(text[i-1]))) {
			return "", false
		}
	}
	kana, pending, ok := toKana(text)
	if pending == "n" {
		kana, pending = kana+"ン", ""
	}
	if !ok || pending != "" || !strings.Contains(kana, "ー") {
		return "", false
	}
	return kana, true
}

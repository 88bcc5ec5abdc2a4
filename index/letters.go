package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Letters spelt out. A reader who hears an abbreviation types it as its
// letters are read (ユーエスビー, えぬてぃーてぃー, ジーピーユー): the
// abbreviation, not a word that sounds alike (ユーエスビー is no YOASOBI).

// letterNames maps the katakana names of Latin letters, as readers write
// them, to the letters.
var letterNames = map[string]byte{
	"エー": 'a', "エイ": 'a', "ビー": 'b', "シー": 'c', "ディー": 'd', "デー": 'd', "ディ": 'd', "イー": 'e',
	"エフ": 'f', "ジー": 'g', "エイチ": 'h', "エッチ": 'h', "アイ": 'i', "ジェー": 'j', "ジェイ": 'j',
	"ケー": 'k', "ケイ": 'k', "エル": 'l', "エム": 'm', "エヌ": 'n', "オー": 'o', "ピー": 'p',
	"キュー": 'q', "アール": 'r', "エス": 's', "ティー": 't', "テー": 't', "ティ": 't', "ユー": 'u',
	"ブイ": 'v', "ヴィ": 'v', "ヴィー": 'v', "ダブリュー": 'w', "ダブル": 'w', "エックス": 'x',
	"ワイ": 'y', "ゼット": 'z', "ズィー": 'z',
}

// maxLetterName is the longest name in letterNames, in runes.
const maxLetterName = 5

// spelledLetters returns the letters that kana spells out, letter by
// letter, two or more of them ("usb" for ユーエスビー); "" when kana is
// not only letters' names.
func spelledLetters(kana string) string { return spelledLettersMin(kana, 2) }

// spelledLettersMin is spelledLetters with at least least letters.
func spelledLettersMin(kana string, least int) string {
	rs := []rune(analyzer.ToKatakana(kana))
	var b strings.Builder
	for i := 0; i < len(rs); {
		n := 0
		for l := min(maxLetterName, len(rs)-i); l >= 2; l-- {
			if c, ok := letterNames[string(rs[i:i+l])]; ok {
				b.WriteByte(c)
				n = l
				break
			}
		}
		if n == 0 {
			return ""
		}
		i += n
	}
	if b.Len() < least {
		return ""
	}
	return b.String()
}

// spelledLettersBegun returns the letters that kana spells out, two or
// more, and those whose name the kana after them begins (ケーディーデ:
// "kd" and d; ケーディーディーア: "kdd", i and r), the way an IME shows a
// name a kana at a time; "" when kana is no such letters' names.
func spelledLettersBegun(kana string) (letters string, next []byte) {
	rs := []rune(analyzer.ToKatakana(kana))
	for i := len(rs) - 1; i >= 2 && i >= len(rs)-maxLetterName+1; i-- {
		letters = spelledLetters(string(rs[:i]))
		if letters == "" {
			continue
		}
		begun := string(rs[i:])
		for name, c := range letterNames {
			if len(name) > len(begun) && strings.HasPrefix(name, begun) && !strings.ContainsRune(string(next), rune(c)) {
				next = append(next, c)
			}
		}
		if len(next) > 0 {
			slices.Sort(next)
			return letters, next
		}
	}
	return "", nil
}

// numberNames maps the katakana names of the digits, as a model's number
// is read (エイチスリー, ピーエスファイブ), to the digits.
var numberNames = map[string]string{
	"ゼロ": "0", "ワン": "1", "ツー": "2", "ツウ": "2", "スリー": "3", "フォー": "4", "ファイブ": "5",
	"シックス": "6", "セブン": "7", "エイト": "8", "ナイン": "9", "テン": "10",
	"イレブン": "11", "トゥエルブ": "12",
}

// numberRespelled returns a katakana name with a number's name written
// onto it as the name with the number in digits (ウィンドウズイレブン is
// ウィンドウズ11, グロックファイブ グロック5), which finds the Latin name
// and its number as the digits typed do; "" when text is no such word, its
// name is shorter than three kana (カーテン is no カー10) or an article
// has it as written or by its reading.
func (c *compiler) numberRespelled(text string) string {
	if !analyzer.IsKana(text) || strings.ContainsFunc(text, isHiraganaLetter) {
		return ""
	}
	rs := []rune(text)
	for cut := 3; cut <= len(rs)-2; cut++ {
		d, ok := numberNames[string(rs[cut:])]
		if !ok || rs[cut-1] == '・' {
			continue
		}
		if q := c.phrase(text, exact(1)); q != nil && c.matches(q) || c.readsAsWord(text, false) {
			return "" // (ジドウウンテン reads as 自動運転, no ジドウウン10)
		}
		return string(rs[:cut]) + d
	}
	return ""
}

// letterAfterLetters returns the letter whose name in kana words[i] is
// when the word before it is Latin letters or kana that spells letters
// out (えいちてぃーしー じぇい is HTC J); "" otherwise. A letter's name
// alone is too short a word to read so anywhere else (アイ, オー, ワイ).
func letterAfterLetters(words []Node, i int) string {
	if i == 0 {
		return ""
	}
	prev, ok := words[i-1].(Word)
	w, _ := words[i].(Word)
	if !ok || prev.Phrase || prev.Field != "" || w.Phrase || w.Field != "" {
		return ""
	}
	before, text := analyzer.Fold(prev.Text), analyzer.Fold(w.Text)
	if !analyzer.IsKana(text) || !isLatinWord(before) && (!analyzer.IsKana(before) || spelledLetters(before) == "") {
		return ""
	}
	if l, ok := letterNames[analyzer.ToKatakana(text)]; ok {
		return string(l)
	}
	return ""
}

// spelledModel returns the letters and the digit that kana spells out
// as a model is read, one letter or more and a number's name
// (えっちすりー: "h", "3"; ぴーえすふぁいぶ: "ps", "5"); "" otherwise.
func spelledModel(kana string) (letters, digits string) {
	rs := []rune(analyzer.ToKatakana(kana))
	for cut := len(rs) - 1; cut >= 2 && cut >= len(rs)-4; cut-- {
		d, ok := numberNames[string(rs[cut:])]
		if !ok {
			continue
		}
		head := string(rs[:cut])
		if l, ok := letterNames[head]; ok {
			return string(l), d
		}
		if l := spelledLetters(head); l != "" {
			return l, d
		}
	}
	return "", ""
}

// lettersAlt matches kana that spells out an abbreviation by the
// abbreviation (and its synonyms), weighed like a synonym, and kana that
// spells out a model by its letters and number side by side (えっちすりー
// is H3, however the dictionary reads H: エイチ); nil when the kana is no
// letters' names or no article has the abbreviation, whole or in two.
func (c *compiler) lettersAlt(text string) query.Query {
	if !analyzer.IsKana(text) {
		return nil
	}
	letters := spelledLetters(text)
	if letters == "" {
		if l, d := spelledModel(text); l != "" && c.df(l) > 0 && c.df(d) > 0 {
			if q := c.phrase(l+d, alt(synonymBoost)); q != nil && c.matches(q) {
				return q
			}
		}
		return c.lettersWordAlt(text)
	}
	if c.df(letters) == 0 {
		// Letters no article has as one word may be a name the articles
		// write with a hyphen or a space (えいちてぃーぶいえっくす is
		// HTV-X, as htvx typed is).
		return c.splitLatin(letters)
	}
	qs := []query.Query{fieldsTerm(letters, alt(synonymBoost))}
	if end, syns := c.syn.match([]string{letters}, 0); end == 1 {
		if q := c.synonymsQuery(syns); q != nil {
			qs = append(qs, q)
		}
	}
	return disjunction(qs)
}

// spelledLettersThen splits kana into the longest start that spells out
// two letters or more and the kana after it, which begin no letter's
// name (えぬてぃーてぃーこみゅ: "ntt" and こみゅ, on the way to NTTコミュ
// ニケーションズ); "" when kana starts with no such letters.
func spelledLettersThen(kana string) (letters, rest string) {
	rs := []rune(kana)
	for i := len(rs) - 1; i >= 4; i-- {
		if letters = spelledLetters(string(rs[:i])); letters == "" {
			continue
		}
		rest = string(rs[i:])
		k := analyzer.ToKatakana(rest)
		for name := range letterNames {
			if strings.HasPrefix(name, k) || strings.HasPrefix(k, name) {
				return "", "" // (a letter's name, whole or begun: see spelledLettersBegun)
			}
		}
		return letters, rest
	}
	return "", ""
}

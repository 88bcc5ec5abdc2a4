package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// A Run is two or more nouns written side by side in a text, with nothing
// between them (周波|数, ギガ|ワット, 積水|化学|工業, 不|具合): the word a
// reader sees where kagome read several. Related articles show a shared
// word by its run when the other article has the run too.
type Run []RunToken

// Words is what TermsAndContent notes of a text's words beside its terms.
type Words struct {
	Runs []Run
	// Inflected holds the terms of verbs and adjectives (by their base
	// form: 基づく, 新しい), which say how a text is written more than
	// what it is about.
	Inflected map[string]bool
	// Manner holds the terms of the words that work as adjectives or
	// adverbs without inflecting: adjectival nouns (贅沢, 特別), adverbs
	// (思わず, 依然) and adverbial nouns (今回, 最近).
	Manner map[string]bool
	// Names holds the terms of proper nouns (names of people, places
	// and organisations: アイスペース, 任天堂), which say what a text is
	// about more than its ordinary words.
	Names map[string]bool
	// Pieces is true for the terms the text writes only as a piece of a
	// longer unit (see RunToken.Glued): the ストーン of エマ・ストーン, the SH
	// of SH-01E, the Mbps of 75Mbps; false for those it also writes as
	// words of their own.
	Pieces map[string]bool
	// Inside maps a katakana term the text writes only inside a longer
	// run of katakana to that run, as a reader sees the word: リビア of
	// リビアン (kagome reads リビア|ン), タウン of ダウンタウン; "" for a term
	// it also writes as a katakana word of its own.
	Inside map[string]string
}

// RunToken is one token of a Run: its main-field term ("" when it is not
// indexed) and its surface as written.
type RunToken struct {
	Term, Surface string
	// Number: a number (12, 1.5, 1万, 1,000).
	Number bool
	// Gap is what the text has between the token before and this one:
	// nothing, or the middle dot of a katakana name (トム・クルーズ) or the
	// hyphen of a model number (SH-01E).
	Gap string
	// Glued: one unit with the token before it, a name or a model number
	// a reader sees whole: katakana across a middle dot (エマ・ストーン),
	// Latin letters and digits written together or across a hyphen
	// (GL04P, SH-01E, AKB48, 75Mbps).
	Glued bool
	// After: a counter or a suffix that belongs to the number or the
	// model number just before it (3|次|予選, 第12|回|上映, 2012|年, 05D|用),
	// so no word starts at it; not one in katakana (5|ギガ|ワット).
	After bool
	// Suffix: a suffix (式 of 静電式, 者 of 関係者, 県 of 熊本県), which
	// ends the word before it: no word shown starts at it (式タッチパネル,
	// 者会議).
	Suffix bool
}

// maxRunTokens bounds a run; a longer one is cut into runs of this length.
const maxRunTokens = 8

// runCollector builds runs from walk's morphs, which come in text order
// (parts of compounds and joined runs are skipped: they cover the tokens
// themselves).
type runCollector struct {
	words *Words
	text  string
	cur   Run
	end   int  // byte offset where the current run ends
	num   bool // the current run's last token is a number
}

func (c *runCollector) add(m *morph) {
	if m.part || m.shingle {
		return
	}
	if m.term != "" {
		c.inside(m)
	}
	if m.tok != nil && m.term != "" {
		if pos0, _ := m.tok.FeatureAt(0); pos0 == "動詞" || pos0 == "形容詞" {
			if c.words.Inflected == nil {
				c.words.Inflected = map[string]bool{}
			}
			c.words.Inflected[m.term] = true
		} else if manner(m.tok) {
			if c.words.Manner == nil {
				c.words.Manner = map[string]bool{}
			}
			c.words.Manner[m.term] = true
		}
		if pos1, _ := m.tok.FeatureAt(1); pos1 == "固有名詞" && utf8.RuneCountInString(m.term) > 1 && !personOrPlace(m.tok) {
			if c.words.Names == nil {
				c.words.Names = map[string]bool{}
			}
			c.words.Names[m.term] = true
		}
	}
	gap := ""
	if len(c.cur) > 0 && m.start > c.end && m.start-c.end <= len("・") {
		gap = c.text[c.end:m.start]
	}
	surface := c.text[m.start:m.end]
	var glued bool
	if len(c.cur) > 0 && runWord(m) {
		prev := c.cur[len(c.cur)-1].Surface
		glued = (gap == "" || isHyphen(gap)) && (c.num || latinOrDigits(prev)) && latinOrDigits(surface) ||
			isMiddleDot(gap) && katakanaWord(prev) && katakanaWord(surface)
	}
	// Latin words of a name written apart (Steve Jobs, London Olympic
	// Watch, Galaxy S25) stand in one run, not glued: each is a word.
	spaced := len(c.cur) > 0 && gap == " " && runWord(m) && latinNameWord(c.cur[len(c.cur)-1].Surface, true) && latinNameWord(surface, false)
	if !runWord(m) || len(c.cur) > 0 && m.start != c.end && !glued && !spaced || len(c.cur) == maxRunTokens {
		c.flush()
		gap, glued = "", false
	}
	if !runWord(m) {
		c.whole(m.term)
		return
	}
	var after bool
	if len(c.cur) > 0 && gap == "" {
		pos1, _ := m.tok.FeatureAt(1)
		prev := c.cur[len(c.cur)-1].Surface
		// (Not katakana: ギガ of 5ギガワット starts ギガワット.)
		after = pos1 == "接尾" && (c.num || latinOrDigits(prev)) && !katakanaWord(surface)
	}
	pos1, _ := m.tok.FeatureAt(1)
	c.cur = append(c.cur, RunToken{Term: m.term, Surface: surface, Number: m.number, Gap: gap, Glued: glued, After: after, Suffix: pos1 == "接尾"})
	c.end, c.num = m.end, m.number
}

func (c *runCollector) flush() {
	for k, t := range c.cur {
		if len(c.cur) >= 2 && piece(c.cur, k) {
			if _, ok := c.words.Pieces[t.Term]; !ok && t.Term != "" {
				if c.words.Pieces == nil {
					c.words.Pieces = map[string]bool{}
				}
				c.words.Pieces[t.Term] = true
			}
		} else {
			c.whole(t.Term)
		}
	}
	if len(c.cur) >= 2 {
		c.words.Runs = append(c.words.Runs, c.cur)
	}
	c.cur, c.num = nil, false
}

// inside notes, for a katakana morph, whether the text writes it inside
// a longer run of katakana (see Words.Inside).
func (c *runCollector) inside(m *morph) {
	surface := c.text[m.start:m.end]
	if !katakanaWord(surface) {
		return
	}
	start, end := m.start, m.end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(c.text[:start])
		if !isKatakana(r) {
			break
		}
		start -= n
	}
	for end < len(c.text) {
		r, n := utf8.DecodeRuneInString(c.text[end:])
		if !isKatakana(r) {
			break
		}
		end += n
	}
	if c.words.Inside == nil {
		c.words.Inside = map[string]string{}
	}
	_, seen := c.words.Inside[m.term]
	switch {
	case start == m.start && end == m.end, !seen && utf8.RuneCountInString(c.text[start:end]) > maxInsideRunes:
		c.words.Inside[m.term] = "" // a word of its own
	case !seen:
		c.words.Inside[m.term] = c.text[start:end] // (the first run stays)
	}
}

// maxInsideRunes bounds a katakana run shown for a word inside it.
const maxInsideRunes = 20

// latinNameWord reports whether s, written apart from the word before or
// after it, may be a word of a name: Latin letters and digits with a
// capital or a digit (Jobs, S25, 10), and, as the first of two, a letter
// (not 2012 of 2012 London).
func latinNameWord(s string, first bool) bool {
	if !latinOrDigits(s) {
		return false
	}
	capital, letter := false, false
	for _, r := range s {
		r = foldRuneWidth(r)
		capital = capital || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		letter = letter || 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z'
	}
	return capital && (letter || !first)
}

// whole notes that the text writes term as a word of its own.
func (c *runCollector) whole(term string) {
	if term == "" {
		return
	}
	if c.words.Pieces == nil {
		c.words.Pieces = map[string]bool{}
	}
	c.words.Pieces[term] = false
}

// piece reports whether run[k] is a piece of a unit that a reader would
// not take for a word of its own: a katakana name's part across its
// middle dot (エマ or ストーン of エマ・ストーン), Latin letters after
// digits (the unit of 75Mbps, the D of 05D, the S of 4S), a prefix of
// two or three capitals before digits (the SH of SH-01E, the AKB of
// AKB48; not iPhone of iPhone4S, a word), or a counter or suffix after
// a number (see RunToken.After).
func piece(run Run, k int) bool {
	t := run[k]
	var next RunToken
	if k+1 < len(run) {
		next = run[k+1]
	}
	switch {
	case t.After:
		return true
	case isMiddleDot(t.Gap) || next.Glued && isMiddleDot(next.Gap):
		return true
	case t.Glued && latinLetters(t.Surface) && k > 0 && numeralSurface(run[k-1].Surface):
		return true
	case next.Glued && capitalCode(t.Surface):
		return true
	}
	return false
}

// capitalCode reports whether s is two or three capital letters, as a
// model number's or a group's prefix is (SH, ISW, AKB).
func capitalCode(s string) bool {
	n := 0
	for _, r := range s {
		if r = foldRuneWidth(r); r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3
}

// latinOrDigits reports whether s is Latin letters and digits only.
func latinOrDigits(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !isLatinOrDigit(foldRuneWidth(r)) })
}

// latinLetters reports whether s is Latin letters only, in either width.
func latinLetters(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		r = foldRuneWidth(r)
		return (r < 'a' || r > 'z') && (r < 'A' || r > 'Z')
	})
}

// numeralSurface reports whether s is written with digits (500万 and
// 1.5 too).
func numeralSurface(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return '0' <= foldRuneWidth(r) && foldRuneWidth(r) <= '9'
}

// katakanaWord reports whether s is katakana only.
func katakanaWord(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !isKatakana(r) })
}

// foldRuneWidth folds a full-width ASCII character to its ASCII one.
func foldRuneWidth(r rune) rune {
	if 'Ａ' <= r && r <= 'ｚ' || '０' <= r && r <= '９' {
		return r - 'Ａ' + 'A'
	}
	return r
}

func isMiddleDot(s string) bool { return s == "・" || s == "･" }

func isHyphen(s string) bool { return s == "-" || s == "－" || s == "‐" }

// runWord reports whether a token may stand in a run: a noun (not a
// formal noun or a pronoun), a prefix, a number, or the ノ of a name, not
// in hiragana alone.
func runWord(m *morph) bool {
	if m.number && m.tok != nil {
		return true // (1.5 of 1.5GHz, 1,000 of 1,000円 too)
	}
	if m.tok == nil || !strings.ContainsFunc(m.surface, func(r rune) bool { return !isHiragana(r) }) ||
		strings.ContainsFunc(m.surface, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		return false // (IPA reads the ASCII ( and % as nouns)
	}
	pos0, _ := m.tok.FeatureAt(0)
	pos1, _ := m.tok.FeatureAt(1)
	switch pos0 {
	case "接頭詞":
		return true
	case "記号":
		// The ノ and ヶ of names, which IPA reads as symbols (ヤマ|ノ|運輸).
		return m.surface == "ノ" || m.surface == "ヶ" || m.surface == "ヵ"
	case "名詞":
		return pos1 != "非自立" && pos1 != "代名詞"
	}
	return false
}

// manner reports whether a kagome token is an adjectival noun, an adverb
// or an adverbial noun (see Words.Manner).
// Adnominals (小さな, 大きな, いわゆる) and counted kanji numerals (一つ,
// 二つ) are such words too: they say how much, not what.
func manner(k *tokenizer.Token) bool {
	pos0, _ := k.FeatureAt(0)
	pos1, _ := k.FeatureAt(1)
	return pos0 == "副詞" || pos0 == "連体詞" || pos0 == "名詞" && (pos1 == "形容動詞語幹" || pos1 == "副詞可能") ||
		countedNumeral(k.Surface)
}

// countedNumeral reports whether s is a kanji numeral with the counter つ
// (一つ, 三つ).
func countedNumeral(s string) bool {
	n, ok := strings.CutSuffix(s, "つ")
	return ok && n != "" && !strings.ContainsFunc(n, func(r rune) bool { return !strings.ContainsRune("一二三四五六七八九十幾", r) })
}

// personOrPlace reports whether a proper noun names a person or a place,
// which articles of every kind mention.
func personOrPlace(k *tokenizer.Token) bool {
	pos2, _ := k.FeatureAt(2)
	return pos2 == "人名" || pos2 == "地域"
}

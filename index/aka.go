package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/text/width"

	"sagasu/analyzer"
)

// Also-known-as pairs. Japanese articles introduce a name in both scripts
// once, "ELUGA（エルーガ）" or "ウブントゥ（Ubuntu）", and then use either;
// readers type either. The synonym list in data/ covers the well-known
// brands; these pairs cover the rest, learnt from the articles themselves:
// each article indexes the pairs it states in the keyword field aka, as
// "latin=カタカナ" and "カタカナ=latin" (both sides as WordTerm keys), so
// the pairs follow writes and deletes like any other term, and a query
// word looks its own key up by prefix (see akaAlt). Only a pair whose two
// sides sound alike counts: "FeliCa（おサイフケータイ）" and
// "SMS（メール）" are glosses, not spellings; but an acronym after the
// kanji it stands for, "欧州連合（EU）", is a pair (a reader types either,
// and the synonym list cannot know every one).

// fieldAka holds an article's also-known-as pairs.
const fieldAka = "aka"

const (
	maxAkaPerArticle = 16 // pairs an article may state
	maxAkaKana       = 24 // the longest katakana side, in runes
	maxAkaLatin      = 32 // the longest Latin side, in bytes
	maxAkaAlts       = 3  // other spellings a query word is searched under
)

// akaAlt matches a Latin or katakana word by the other spellings articles
// give it (ELUGA for エルーガ and the reverse), weighed like a synonym; the
// ones most articles state first. nil when no article pairs the word, or
// the synonym list already has it.
func (c *compiler) akaAlt(text string, toks []analyzer.Token) query.Query {
	if f := analyzer.Fold(text); len(toks) == 0 || !isAkaLatin(f) && !isAkaLatinWords(f) && !isAkaKana(f) && !isGlossedWord(f) {
		return nil
	}
	terms := tokenTerms(toks)
	if end, _ := c.syn.match(terms, 0); end == len(terms) {
		return nil
	}
	return c.akaLookup(analyzer.WordTerm(text))
}

// akaLookup matches the other spellings of a word that articles state
// (fieldAka terms "word=other"), the ones most articles state first; nil
// when there are none.
func (c *compiler) akaLookup(word string) query.Query {
	var qs []query.Query
	for _, other := range c.akaOthers(word) {
		qs = append(qs, c.synonymQuery(synonym{text: other, terms: c.terms(other)}))
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// akaOthers returns the other spellings articles give word, the ones most
// articles state first, at most maxAkaAlts (looked up once per query:
// the sound look-up asks too).
func (c *compiler) akaOthers(word string) []string {
	if out, ok := c.akas[word]; ok {
		return out
	}
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return nil
	}
	key := word + "="
	found := map[string]uint64{} // live articles stating each pair
	var others []string
	for _, t := range rc.prefixed(key, fieldAka, 64) {
		if found[t] = rc.count(t, fieldAka); found[t] > 0 {
			others = append(others, t)
		}
	}
	slices.SortFunc(others, func(a, b string) int {
		return cmp.Or(cmp.Compare(found[b], found[a]), strings.Compare(a, b))
	})
	out := make([]string, 0, min(len(others), maxAkaAlts))
	for _, t := range others[:min(len(others), maxAkaAlts)] {
		out = append(out, strings.TrimPrefix(t, key))
	}
	if c.akas == nil {
		c.akas = map[string][]string{}
	}
	c.akas[word] = out
	return out
}

// parenTexts are an article's title and body folded (analyzer.Fold),
// each only when it has a parenthesis, "" otherwise: what its
// also-known-as pairs and its glosses are read from, folded once for both
// (folding the body had been done twice an article, and a sound field's
// words a third time).
type parenTexts [2]string

// foldParenTexts returns a's parenTexts.
func foldParenTexts(a *Article) parenTexts {
	var f parenTexts
	for i, text := range []string{a.Title, a.Body} {
		if strings.ContainsAny(text, "(（") { // no pair without them: spare folding the text
			f[i] = analyzer.Fold(text)
		}
	}
	return f
}

// akaTerms returns the fieldAka terms of an article.
func akaTerms(a *Article) []string { return akaTermsFolded(a, foldParenTexts(a)) }

// akaTermsFolded is akaTerms with the article's parenTexts.
func akaTermsFolded(a *Article, folded parenTexts) []string {
	var out []string
	seen := map[string]bool{}
	for i, text := range []string{a.Title, a.Body} {
		if folded[i] == "" {
			continue
		}
		for _, p := range akaPairs(folded[i]) {
			l, k := analyzer.WordTerm(p[0]), analyzer.WordTerm(p[1])
			if l == "" || k == "" || seen[l+"="+k] || !soundsAlike(l, k) && !(strings.ContainsFunc(k, isHan) && expands(p[1], p[0], text)) {
				continue
			}
			seen[l+"="+k] = true
			out = append(out, l+"="+k, k+"="+l)
			if typed := analyzer.ReadingPrefix(k); typed != k && !seen[typed+"="+l] {
				// Kana typed for a katakana side with ヴ or a small
				// vowel (べすたす for ヴェスタス) has neither: the pair
				// under that spelling too, one way (see glossAlt).
				seen[typed+"="+l] = true
				out = append(out, typed+"="+l)
			}
			if len(out) >= 2*maxAkaPerArticle {
				return out
			}
		}
	}
	return out
}

// akaPairs finds "latin(カタカナ)" and "カタカナ(latin)" in folded text (NFKC
// made the parentheses ASCII), each as {latin, katakana}, and "漢字(ABC)",
// an acronym glossed after the words it stands for (欧州連合(EU), 極端紫外
// 線(EUV), 大規模言語モデル(LLM)), as {abc, 漢字}. A side must be a whole
// word: "NVIDIA DRIVE(エヌビディア ドライブ)" states no pair for DRIVE
// alone.
func akaPairs(text string) [][2]string {
	var out [][2]string
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		j := strings.IndexByte(text[i+1:min(len(text), i+1+3*maxAkaKana+2)], ')')
		if j < 0 {
			continue
		}
		before := text[:i]
		for _, inner := range glossNames(text[i+1 : i+1+j]) {
			switch {
			case isAkaKana(inner):
				if l := latinWordBefore(before); l != "" {
					out = append(out, [2]string{l, inner})
				}
			case isAkaLatinWords(inner):
				// A name of two or three Latin words, joined as a
				// query's joins them (アイオーコア（AIO CORE）: aiocore).
				if k := kanaWordBefore(before); k != "" {
					out = append(out, [2]string{inner, k})
				}
			case isAkaLatin(inner):
				if k := kanaWordBefore(before); k != "" {
					out = append(out, [2]string{inner, k})
				}
				if k := kanjiWordBefore(before); k != "" && isAcronym(inner) {
					out = append(out, [2]string{inner, k}) // (LLM of 大規模言語モデル, not of モデル)
				}
			}
		}
	}
	return out
}

// glossNames splits what parentheses hold into the names it lists: a name
// may be glossed in several ways at once, "Pony.ai（小馬智行、ポニー・エーア
// イ）", its Chinese name and its katakana, each a pair with the word
// before.
func glossNames(inner string) []string {
	parts := strings.FieldsFunc(inner, func(r rune) bool { return r == '、' || r == ',' })
	for i, p := range parts {
		parts[i] = strings.Trim(p, " ")
	}
	return parts
}

// isAkaKana reports whether s is katakana words (a middle dot between
// them folds to a space) of 2 to maxAkaKana runes.
func isAkaKana(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > maxAkaKana || strings.HasPrefix(s, "　") {
		return false
	}
	for _, r := range s {
		if !isKatakanaLetter(r) && r != 'ー' && r != '　' {
			return false
		}
	}
	return true
}

// maxAkaLatinWords is the most Latin words of a name glossed as one.
const maxAkaLatinWords = 3

// isAkaLatinWords reports whether s is two to maxAkaLatinWords Latin
// words, each as isAkaLatin, one space apart, no longer than maxAkaLatin
// joined.
func isAkaLatinWords(s string) bool {
	words := strings.Split(s, " ")
	if len(words) < 2 || len(words) > maxAkaLatinWords || len(s)-len(words)+1 > maxAkaLatin {
		return false
	}
	for _, w := range words {
		if !isAkaLatin(w) {
			return false
		}
	}
	return true
}

// isAkaLatin reports whether s is one Latin word: a letter, then letters,
// digits and the joiners of product names (& . ' + -).
func isAkaLatin(s string) bool {
	if len(s) < 2 || len(s) > maxAkaLatin || !isLower(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLatinPart(s[i]) {
			return false
		}
	}
	return isLower(s[len(s)-1]) || isDigit(s[len(s)-1]) || s[len(s)-1] == '+'
}

// latinWordBefore returns the Latin word that ends text, or "" when there
// is none or it is the last of several words.
func latinWordBefore(text string) string {
	i := len(text)
	for i > 0 && isLatinPart(text[i-1]) {
		i--
	}
	w := text[i:]
	if !isAkaLatin(w) {
		return ""
	}
	if i > 1 && text[i-1] == ' ' && (isLower(text[i-2]) || isDigit(text[i-2])) {
		return "" // a name of several words
	}
	return w
}

// kanaWordBefore returns the katakana word that ends text, or "" when it
// does not end in one of 2 to maxAkaKana runes.
func kanaWordBefore(text string) string {
	i, n := len(text), 0
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !isKatakanaLetter(r) && r != 'ー' {
			break
		}
		i -= size
		if n++; n > maxAkaKana {
			return ""
		}
	}
	if n < 2 || strings.HasPrefix(text[i:], "ー") {
		return ""
	}
	return text[i:]
}

// maxAcronym is the longest acronym glossed after kanji, and
// maxGlossedWord the longest word it may stand for, in runes: a longer
// run of kanji and katakana is several words, the first of which the
// acronym does not stand for.
const (
	maxAcronym     = 6
	maxGlossedWord = 12
)

// isAcronym reports whether the folded Latin word s may be an acronym:
// 2 to maxAcronym letters (EU, EUV, PQC; not Q3 of 第3四半期(Q3), which
// would pair Q3 with 四半期).
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > maxAcronym {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLower(s[i]) {
			return false
		}
	}
	return true
}

// kanjiWordBefore returns the run of kanji and katakana (with at least
// one kanji) of 2 to maxGlossedWord runes that ends text, or "" when
// there is none or it is longer.
func kanjiWordBefore(text string) string {
	i, n := len(text), 0
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !isHan(r) && !isKatakanaLetter(r) && r != 'ー' {
			break
		}
		i -= size
		if n++; n > maxGlossedWord {
			return ""
		}
	}
	if w := text[i:]; n >= 2 && strings.ContainsFunc(w, isHan) && !strings.HasPrefix(w, "ー") {
		return w
	}
	return ""
}

// expands reports whether the kanji word may be what the folded acronym
// stands for in text: longer than the acronym's letters, no measure of a
// specification (連続待受時間（LTE）, 保存用（ROM）, 全高（mm）), and the
// acronym in capitals there.
func expands(word, acronym, text string) bool {
	if utf8.RuneCountInString(word) <= len(acronym) || slices.ContainsFunc(measures, func(m string) bool { return strings.HasSuffix(word, m) }) {
		return false
	}
	up := strings.ToUpper(acronym)
	return strings.Contains(text, "("+up+")") || strings.Contains(text, "（"+up+"）") || strings.Contains(text, "（"+width.Widen.String(up)+"）")
}

// measures end the words of a specification qualified by a standard or a
// unit in parentheses.
var measures = []string{"時間", "容量", "速度", "重量", "寸法", "価格", "料金", "用"}

// isGlossedWord reports whether s may be a word an acronym stands for
// (see kanjiWordBefore).
func isGlossedWord(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= maxGlossedWord && strings.ContainsFunc(s, isHan) &&
		!strings.ContainsFunc(s, func(r rune) bool { return !isHan(r) && !isKatakanaLetter(r) && r != 'ー' })
}

func isLower(b byte) bool { return 'a' <= b && b <= 'z' }
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isLatinPart(b byte) bool {
	return isLower(b) || isDigit(b) || b == '&' || b == '.' || b == '\'' || b == '+' || b == '-'
}

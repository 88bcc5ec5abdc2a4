package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Readings glossed in the text. An article gives the reading of a name
// readers cannot read once, in parentheses after it: 小鳥遊翔真（たかなし・
// しょうま）, 厚岸町（あっけしちょう）, 五百旗頭（いおきべ）. kagome reads such
// names as common words or not at all, and a reader who types the reading
// finds nothing. Each article indexes the readings it glosses as pairs in
// fieldAka, "タカナシショウマ=小鳥遊翔真", and one per part of a reading with
// a dot or a space (タカナシ, ショウマ), so the pairs follow writes like the
// also-known-as pairs of aka.go; kana typed before conversion looks its
// reading up there (see glossAlt).

// Bounds of a gloss: the kanji it reads (a name, a place) and its kana.
// Two kana in parentheses are more often a remark than a reading (回答
// (なし), 特典(あり)), and as a reading they would find those words.
const (
	maxGlossKanji = 8
	maxGlossKana  = 24
	minGlossKana  = 3
)

// maxGlossesPerArticle bounds the readings an article may gloss.
const maxGlossesPerArticle = 32

// glosses returns the fieldAka terms of the readings an article glosses,
// read from its parenTexts.
func glosses(m mapping.IndexMapping, folded parenTexts) []string {
	an, ok := m.AnalyzerNamed(textAnalyzer).(*analyzer.Analyzer)
	if !ok {
		return nil
	}
	// A common word before a parenthesis is no name whose reading needs
	// a gloss: 対象(ただし、学生を除く), 果物（りんご・みかん）.
	common := func(kanji string) bool {
		toks := an.Tokens(kanji)
		return len(toks) == 1 && toks[0].Class == "known" && !strings.HasPrefix(toks[0].POS, "名詞,固有名詞")
	}
	seen := map[string]bool{}
	var out []string
	for _, text := range folded {
		if text == "" {
			continue
		}
		out = append(out, glossTerms(text, seen, common)...)
		if len(out) >= maxGlossesPerArticle {
			return out[:maxGlossesPerArticle]
		}
	}
	return out
}

// glossTerms returns the fieldAka terms of the readings text glosses
// (folded text, in which the parentheses are ASCII), adding to seen;
// common reports the kanji that are an ordinary word (nil: none).
func glossTerms(text string, seen map[string]bool, common func(string) bool) []string {
	var out []string
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		j := strings.IndexByte(text[i+1:min(len(text), i+1+4*maxGlossKana)], ')')
		if j < 0 {
			continue
		}
		kanji := kanjiBefore(text[:i])
		parts := glossParts(text[i+1 : i+1+j])
		if kanji == "" || parts == nil || common != nil && common(kanji) {
			continue
		}
		whole := strings.Join(parts, "")
		if n, k := utf8.RuneCountInString(whole), utf8.RuneCountInString(kanji); n < k || n > 4*k+2 {
			continue // no reading of these kanji
		}
		keys := []string{whole}
		if len(parts) > 1 {
			keys = append(keys, parts...)
		}
		for _, r := range keys {
			if utf8.RuneCountInString(r) < minGlossKana {
				continue
			}
			t := analyzer.WordTerm(analyzer.ToKatakana(r)) + "=" + kanji
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// kanjiBefore returns the run of kanji that ends text, or "" when text
// does not end in 1 to maxGlossKanji of them.
func kanjiBefore(text string) string {
	i, n := len(text), 0
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.Is(unicode.Han, r) && r != '々' && r != 'ヶ' {
			break
		}
		i -= size
		if n++; n > maxGlossKanji {
			return ""
		}
	}
	return text[i:]
}

// glossParts returns the words of a reading in hiragana, split at a dot or
// a space (たかなし・しょうま), or nil when s is no such reading. What
// follows a comma is something else (ここあ、22: the age).
func glossParts(s string) []string {
	if i := strings.IndexAny(s, "、,"); i >= 0 {
		age := strings.TrimLeft(s[i:], "、, ")
		if age == "" || strings.ContainsFunc(age, func(r rune) bool { return r < '0' || r > '9' }) {
			return nil // a remark (ただし、学生を除く), not a reading
		}
		s = s[:i]
	}
	if utf8.RuneCountInString(s) > maxGlossKana {
		return nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '・' || r == ' ' || r == '　' })
	if len(parts) == 0 {
		return nil
	}
	for _, p := range parts {
		if strings.ContainsFunc(p, func(r rune) bool { return (r < 'ぁ' || r > 'ゖ') && r != 'ー' }) {
			return nil
		}
	}
	return parts
}

// glossAlt matches kana typed before conversion by the names articles
// gloss with that reading (たかなし finds 小鳥遊翔真), weighed like a
// synonym. nil when no article glosses it.
func (c *compiler) glossAlt(text string) query.Query {
	if utf8.RuneCountInString(text) < minGlossKana {
		return nil
	}
	return c.akaLookup(analyzer.WordTerm(analyzer.ToKatakana(text)))
}

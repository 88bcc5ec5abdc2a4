package analyzer

import (
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// ContentWords returns the main-field terms of text that say what it is
// about: nouns (common and proper, katakana loanwords, unknown words such
// as Latin names), user-dictionary terms and the parts of compounds, in
// text order, repeats included. Numbers, pronouns, suffixes, formal and
// adverbial nouns (今回, こと), verbs, adjectives and single characters are
// left out.
func (a *Analyzer) ContentWords(text string) []string {
	var out []string
	a.walk([]byte(text), false, func(m *morph) {
		if isContent(m) {
			out = append(out, m.term)
		}
	})
	return out
}

// TermsAndContent returns what Terms returns and, from the same pass, the
// number of distinct content words (see ContentWords). With surfaces, it
// also notes each term's first occurrence as written in text (the term
// タクシ was タクシー, iphone iPhone), unless surfaces has the term already;
// with words, it adds the text's runs of nouns and its verbs and
// adjectives (see Words).
//
// Of the joined terms (see shingler), those of two or three kanji that
// kagome read as single characters count as words: coined compounds such
// as 婚活 (婚|活), 就活, 円高 and 日米 are the subject of many articles,
// and their characters alone are no word; but not right after a number,
// where they are its counter and a suffix (7万円台, 3月期, 100台超: 円台,
// 月期 and 台超 had related phones by their price), nor is a counter of
// two characters there (3カ月).
func (a *Analyzer) TermsAndContent(text string, surfaces map[string]string, words *Words) (terms []string, content int) {
	return a.termsAndContent(text, surfaces, words, nil, borrow)
}

// TermsContentAndQuery is TermsAndContent that also returns, from the same
// pass, what Terms returns of text: its terms as a query uses them (no
// coined compound; a counter after its number kept). Related articles
// read a source's title both ways, and reading it twice was a thirtieth
// of a related request.
func (a *Analyzer) TermsContentAndQuery(text string, surfaces map[string]string, words *Words) (terms, query []string, content int) {
	query = []string{}
	terms, content = a.termsAndContent(text, surfaces, words, &query, borrow)
	return terms, query, content
}

// termsAndContent is TermsAndContent, appending to query (unless nil)
// what Terms returns, sharing its segmentation as mode says (see Lending).
func (a *Analyzer) termsAndContent(text string, surfaces map[string]string, words *Words, query *[]string, mode lending) (terms []string, content int) {
	seen := map[string]bool{}
	rc := runCollector{words: words, text: text}
	defer rc.flush()
	var singles []int // the end offsets of the latest single-kanji tokens
	numberEnd := -1   // where the latest number ends
	a.walkLending([]byte(text), false, mode, func(m *morph) {
		if words != nil {
			rc.add(m)
		}
		if query != nil && m.term != "" && !m.part && !m.shingle {
			*query = append(*query, m.term) // (as Terms)
		}
		if m.number {
			numberEnd = m.end
		}
		if m.shingle {
			if coinedCompound(m, singles) && m.start != numberEnd {
				terms = append(terms, m.term)
				if !seen[m.term] {
					seen[m.term] = true
					content++
				}
			}
			return
		}
		if n := utf8.RuneCountInString(m.surface); n == 1 && isAllHan(m.surface) {
			if len(singles) == 8 {
				singles = singles[1:]
			}
			singles = append(singles, m.end)
		}
		if m.term != "" && !m.part && !(m.start == numberEnd && counter(m.tok)) {
			terms = append(terms, m.term)
			if _, ok := surfaces[m.term]; !ok && surfaces != nil {
				surfaces[m.term] = text[m.start:m.end]
			}
		}
		if isContent(m) && !seen[m.term] {
			seen[m.term] = true
			content++
		}
	})
	return terms, content
}

// coinedCompound reports whether the joined term m is two or three kanji
// each of which was a token of its own: singles holds the end offsets of
// the latest single-kanji tokens, which a shingle follows.
func coinedCompound(m *morph, singles []int) bool {
	n := utf8.RuneCountInString(m.term)
	if n < 2 || n > 3 || !isAllHan(m.term) {
		return false
	}
	pieces := 0
	for _, end := range singles {
		if end > m.start && end <= m.end {
			pieces++
		}
	}
	return pieces == n
}

func isContent(m *morph) bool {
	if m.term == "" || m.number || m.shingle || utf8.RuneCountInString(m.term) < 2 {
		return false
	}
	return m.part || m.tok.Class == tokenizer.USER || contentNoun(m.tok)
}

// counter reports whether a kagome token is a counter (円, 台, カ月).
func counter(k *tokenizer.Token) bool {
	pos1, _ := k.FeatureAt(1)
	pos2, _ := k.FeatureAt(2)
	return pos1 == "接尾" && pos2 == "助数詞"
}

// contentNoun reports whether a kagome token is a noun worth relating by.
func contentNoun(k *tokenizer.Token) bool {
	pos0, _ := k.FeatureAt(0)
	if pos0 != "名詞" {
		return false
	}
	pos1, _ := k.FeatureAt(1)
	switch pos1 {
	case "数", "非自立", "代名詞", "接尾", "副詞可能", "特殊", "接続詞的", "動詞非自立的":
		return false
	}
	return !strings.ContainsAny(k.Surface, "0123456789")
}

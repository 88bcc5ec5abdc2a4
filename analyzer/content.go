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
func (a *Analyzer) TermsAndContent(text string, surfaces map[string]string, words *Words) (terms []string, content int) {
	seen := map[string]bool{}
	rc := runCollector{words: words, text: text}
	defer rc.flush()
	a.walk([]byte(text), false, func(m *morph) {
		if words != nil {
			rc.add(m)
		}
		if m.term != "" && !m.part && !m.shingle {
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

func isContent(m *morph) bool {
	if m.term == "" || m.number || m.shingle || utf8.RuneCountInString(m.term) < 2 {
		return false
	}
	return m.part || m.tok.Class == tokenizer.USER || contentNoun(m.tok)
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

package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// termOf returns the index term of a kagome token, or "" when the token is
// not indexed: particles, auxiliary verbs, conjunctions, fillers, symbols,
// words with no letter or digit, and stop words. Verbs and adjectives are
// indexed by their base form, so 発表した and 発表する share 発表, and
// 速かった finds 速い. The surface is already folded (NFKC, lower case);
// iteration marks are expanded (時々 → 時時) and long katakana words lose
// a trailing ー (コンピューター → コンピュータ).
func (a *Analyzer) termOf(k *tokenizer.Token, pos0 string) string {
	switch pos0 {
	case "記号":
		if !rareKanji(k.Surface) && !otherScript(k.Surface) {
			return ""
		}
	case "助詞", "助動詞", "接続詞", "フィラー":
		return ""
	case "その他":
		if pos1, _ := k.FeatureAt(1); pos1 == "間投" {
			return ""
		}
	}
	term := k.Surface
	if isSingleHiragana(term) {
		return ""
	}
	if pos0 == "動詞" || pos0 == "形容詞" {
		if base, ok := a.feat.baseForm(k); ok && base != "" && base != "*" {
			term = base
		}
	}
	if pos0 == "副詞" {
		if stem, ok := adverbStem(term); ok {
			term = stem // 意外と is 意外 (see adverb.go)
		}
	}
	if !hasLetterOrDigit(term) || stopWords[term] {
		return ""
	}
	return stemKatakana(expandIteration(term))
}

// rareKanji reports whether s is kanji outside the BMP (𩸽, 𠀋): the
// dictionary's character classes end at U+FFFF, so kagome calls them
// symbols, yet they are the words of names and things.
func rareKanji(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return r <= 0xFFFF || !unicode.Is(unicode.Han, r) })
}

// otherScript reports whether s is a word of letters the dictionary has no
// class for (Hangul, Arabic, Hebrew, Thai: 방탄소년단): kagome calls such a
// run a symbol, yet it is a word a reader may search for.
func otherScript(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Latin):
			return false // (the dictionary's own: ノ, ヶ, 〆 marked as symbols)
		case unicode.IsLetter(r):
			letters++
		case unicode.In(r, unicode.Mn, unicode.Mc):
		default:
			return false
		}
	}
	return letters > 0
}

// isSingleHiragana reports whether s is one hiragana character: what is
// left when kagome cannot make sense of kana (け|ー|き, ぽ|け|もん), or a
// lone の. It tells no article apart, so it is not indexed.
func isSingleHiragana(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && isHiragana(r)
}

// partTerm is the index term of one part of a user-dictionary compound.
func partTerm(part string) string {
	if !hasLetterOrDigit(part) || stopWords[part] {
		return ""
	}
	return stemKatakana(expandIteration(part))
}

// stopWords are base forms too common in news text to tell articles apart:
// light verbs, formal nouns and demonstratives. A query made only of them
// finds nothing rather than everything.
var stopWords = map[string]bool{
	"する": true, "いる": true, "ある": true, "なる": true, "できる": true,
	"れる": true, "られる": true, "せる": true, "させる": true, "いう": true,
	"おる": true, "くる": true, "いく": true, "しまう": true, "ない": true,
	"こと": true, "もの": true, "ため": true, "よう": true, "とき": true,
	"ところ": true, "ほか": true, "ら": true, "たち": true, "など": true,
	"これ": true, "それ": true, "あれ": true, "どれ": true,
	"この": true, "その": true, "あの": true, "どの": true,
	"ここ": true, "そこ": true, "あそこ": true, "どこ": true,
	"さん": true, "氏": true,
}

// hasLetterOrDigit reports whether s has a letter or digit other than the
// long vowel mark, which Unicode counts as a letter: a lone ー is junk.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && r != longVowel {
			return true
		}
	}
	return false
}

// tokenType classifies a term the way bleve's own tokenizers do.
func tokenType(term string) analysis.TokenType {
	digits := true
	for _, r := range term {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return analysis.Ideographic
		}
		if !unicode.IsDigit(r) {
			digits = false
		}
	}
	if digits {
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

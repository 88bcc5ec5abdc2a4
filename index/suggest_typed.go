package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sagasu/analyzer"
)

// What was typed, as words: where one word ends and the next begins, the
// marks around a word that are not part of it, the words of grammar typed
// first (の, を), and earlier words in kana or romaji read as the words
// they stand for (zenkotaidenchi to: 全固体電池 トヨタ).

// withoutGrammar returns words without the hiragana words of grammar
// (の, を, について) they start with, before the last; one between words
// stays (東京 から あ).
func (ix *Index) withoutGrammar(si *suggestIndex, words []string) []string {
	i := 0
	for i < len(words)-1 && isHiragana(words[i]) && ix.grammar(si, words[i]) {
		i++
	}
	return words[i:]
}

// grammar reports whether the hiragana w is words of grammar: particles
// and the like (から, について), or no content word as kagome reads it and
// no word the articles have by its whole reading (りょうし, which kagome
// reads as a verb, is 量子).
func (ix *Index) grammar(si *suggestIndex, w string) bool {
	toks := ix.an.Tokens(w)
	if functionWord(toks) {
		return len(toks) == 1 || si.nameByReading(w) == ""
	}
	if slices.ContainsFunc(toks, func(t analyzer.Token) bool { return t.Content }) {
		return false
	}
	return si.wordByReading(analyzer.ReadingPrefix(w)) == ""
}

// uniqueWords returns words without the repeats of earlier ones.
func uniqueWords(words []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// woLong reads を or ヲ before ー as ウォ: wo typed into an IME is を, so a
// loanword typed wo-kuman shows as をーくまん, and no word writes ヲー
// (ウォーター, ウォークマン do). を elsewhere stays (ヲタク, the particle).
func woLong(w string) string {
	if !strings.Contains(w, "ー") {
		return w
	}
	return woLongReplacer.Replace(w)
}

var woLongReplacer = strings.NewReplacer("をー", "うぉー", "ヲー", "ウォー")

// typedWords returns the words of a suggestion query without the quotes
// and brackets that open a phrase (「, ", 【) and the punctuation, symbols
// and emoji before or after a word (、 ！ ・ 😊): the word typed is still
// the one to complete.
func typedWords(q string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(q, wordBreak) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return strings.ContainsRune(openers, r) || trailingMark(r) })
		w = strings.TrimRightFunc(w, trailingMark)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// wordBreak reports whether r separates typed words: white space, and
// brackets, quotes and the signs of markup inside a word (<b>じどう is b
// and じどう, not b>じどう echoed back before 自動), but not the marks of
// names (c++, H&M, ティム・クック) and numbers (5.5).
func wordBreak(r rune) bool {
	switch {
	case unicode.IsSpace(r):
		return true
	case r == '+' || r == '~':
		return false
	case unicode.In(r, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf, unicode.Sm), strings.ContainsRune("\"*`|^", r):
		return true
	}
	return false
}

// openers open a quotation or a bracketed phrase.
const openers = "「『【〔［｛〈《（\"'“‘([{<"

// trailingMark reports whether r ends a word without being part of it:
// punctuation other than the marks of names (c++, c#, H&M: +, #, & are
// kept), closing brackets and quotes, symbols and emoji.
func trailingMark(r rune) bool {
	switch {
	case strings.ContainsRune("+#&_ー〜~-", r):
		return false
	case unicode.IsPunct(r), unicode.Is(unicode.So, r), unicode.Is(unicode.Sk, r), unicode.Is(unicode.Sm, r),
		unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r): // (a variation selector or joiner after an emoji)
		return true
	}
	return false
}

// converted returns words with each before the last that is kana or
// romaji of two or more letters, no word itself and no particle or other
// word of grammar (から, ため), replaced by the word most articles use
// that reads so (folded); words itself when none is.
func (ix *Index) converted(si *suggestIndex, words []string) []string {
	var out []string
	for i, w := range words[:len(words)-1] {
		if si.spelling(w) != "" || strings.ContainsFunc(w, isKatakanaLetter) {
			// (Katakana is converted text, as written: アサヒ ら is no
			// 朝日, which reads the same, and had offered 朝日 楽天.)
			continue
		}
		spellings := []string{w}
		if isRomaji(w) {
			// deetasentaa: a long vowel typed as its vowel again; kinyuu:
			// one n for ん before a vowel.
			spellings = nil
			for _, v := range romajiVariants(w) {
				if k, ok := wordKana(v); ok {
					spellings = append(spellings, longVowelSpellings(k)...)
				}
			}
		}
		for _, kana := range spellings {
			kana = toHiragana(kana)
			if !analyzer.IsKana(kana) || utf8.RuneCountInString(kana) < 2 {
				break
			}
			toks := ix.an.Tokens(kana)
			if len(toks) == 1 && (functionWord(toks) || !toks[0].Content && (toks[0].Term == "" || toks[0].Surface == toks[0].Term)) {
				break // a word of grammar as written (から, する; not りょうし, read as a verb りょうする)
			}
			if functionWord(toks) && si.nameByReading(kana) == "" {
				break
			}
			if word := si.wordByReading(analyzer.ReadingPrefix(kana)); word != "" {
				if out == nil {
					out = slices.Clone(words)
				}
				out[i] = analyzer.Fold(word)
				break
			}
		}
	}
	if out == nil {
		return words
	}
	return out
}

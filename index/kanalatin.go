package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Kana typed onto a Latin name. A reader who types the kana of a name's
// first part and switches the input method off for the rest (ちゃっとGPT
// for ChatGPT, チャットGPT) leaves no space between them: kagome reads
// ちゃっとGPT as ちゃっ, the particle と and GPT, and the query had found
// nothing, where ちゃっと GPT, typed with a space, finds ChatGPT by the
// kana's reading. Such a word is searched as its two words.

// kanaThenLatin splits text, folded, that is two or more hiragana (ー
// too) followed by two or more ASCII letters and nothing else, into the
// two; ok is false for any other text. Digits are no part of it: a
// name's number typed onto its kana (はやぶさ2) is read with the name.
func kanaThenLatin(text string) (kana, latin string, ok bool) {
	i := strings.IndexFunc(text, isASCIILetter)
	if i < 0 {
		return "", "", false
	}
	kana, latin = text[:i], text[i:]
	if utf8.RuneCountInString(kana) < 2 || !isHiragana(kana) || strings.Trim(kana, "ー") == "" ||
		len(latin) < 2 || strings.ContainsFunc(latin, func(r rune) bool { return !isASCIILetter(r) }) {
		return "", "", false
	}
	return kana, latin, true
}

// A name of two words whose first is a Japanese word in romaji (Sakana
// AI) is typed with that word in kana (さかなAI, さかな ai): kana an input
// method holds as a word of its own, 魚, which kagome reads and the
// articles have, so it was not looked up by sound as kana for a loanword
// is, and the query found the one article that glosses the name
// サカナAI, not the four that write only Sakana AI. Beside a Latin word,
// such kana is also the Latin word it sounds like where articles have
// the two side by side.

// kanaLatinPair returns the name w and the word after words[i] make when
// w is hiragana, the next word Latin letters, and some article has the
// Latin word w sounds like (see soundAlt) and the next side by side
// (さかな ai: sakana ai); ok is false otherwise.
func (c *compiler) kanaLatinPair(w Word, words []Node, i int) (string, bool) {
	next, ok := plainNext(w, words, i)
	if !ok || w.Field != "" || c.tc == nil {
		return "", false
	}
	kana, latin := analyzer.Fold(w.Text), analyzer.Fold(next.Text)
	if utf8.RuneCountInString(kana) < 2 || !isHiragana(kana) || strings.Trim(kana, "ー") == "" || !isLatinWord(latin) {
		return "", false
	}
	kata := analyzer.ToKatakana(kana)
	if c.soundAlt(kata) == nil {
		return "", false
	}
	near := c.nearest[kata].word
	if !isLatinWord(near) || c.df(analyzer.WordTerm(near)) == 0 {
		return "", false
	}
	name := near + " " + latin
	if q := c.phrase(name, exact(1)); q == nil || !c.matches(q) {
		return "", false
	}
	return name, true
}

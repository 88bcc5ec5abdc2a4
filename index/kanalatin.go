package index

import (
	"strings"
	"unicode/utf8"
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

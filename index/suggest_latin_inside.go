package index

import (
	"context"
	"strings"
	"unicode/utf8"
)

// Latin letters typed inside kana. A reader who types a name of kanji,
// Latin letters and katakana with an IME (住信SBIネット銀行) types its
// letters as letters, with shift, between the kana (すみしんSBIね): an IME
// shows letters only at the end, of a syllable it still composes, so
// letters with kana after them are the name's own.
// The kana before them may read as the dictionary does not read the name
// (住信 is ジュウシン to it), and what they ran on into had filled the box
// (酸味 心身, 酸味 新商品).

// latinInside splits w, hiragana then two Latin letters or more then
// more kana, into the hiragana and the rest from the letters on:
// すみしんsbiね is すみしん and sbiね; "" for other words. Letters last
// may be a syllable being typed (じどうsh) or a word of letters after a
// word of kana (ちゃっとgp: チャット GPS, see reread).
func latinInside(w string) (head, rest string) {
	i := strings.IndexFunc(w, func(r rune) bool { return r < utf8.RuneSelf })
	if i <= 0 || !isHiragana(w[:i]) {
		return "", ""
	}
	j := i
	for j < len(w) && isASCIIAlnum(rune(w[j])) {
		j++
	}
	if j-i < 2 || j == len(w) {
		return "", ""
	}
	return w[:i], w[i:]
}

// lettersInside completes the letters typed inside kana and what follows
// them (sbiね: SBIネット, SBIネット銀行) when nothing completes the word as
// typed but words the kana run on into (asTyped false, or pairs), first,
// then out.
func (ix *Index) lettersInside(ctx context.Context, si *suggestIndex, words []string, out []Suggestion, asTyped bool, size int) []Suggestion {
	if len(words) != 1 || asTyped && !ranOn(out) && len(out) > 0 {
		return out
	}
	_, rest := latinInside(words[0])
	if rest == "" {
		return out
	}
	inner := ix.complete(ctx, si, rest, []string{rest}, size)
	for _, s := range inner {
		if s.Kind != kindTitle {
			return fillUp(inner, out, size)
		}
	}
	return out
}

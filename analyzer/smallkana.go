package analyzer

import (
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// joinSmallKana gives back to a word of hiragana kagome does not know the
// kana its first syllable starts with. kagome cuts such a word before its
// small kana (ち|ゅうごく, し|ゃいんしょくどう), and the kana before the cut,
// a word of its own (ち, a verb's し), was dropped as no content: the
// word was indexed as ゅうごく, which no reader types. No word starts with
// a small kana, so the kana before it, when a token of one kana, is
// joined to the unknown word.
func joinSmallKana(toks []tokenizer.Token) []tokenizer.Token {
	var out []tokenizer.Token // nil until a word is joined
	for i := range toks {
		if i == 0 || !smallKanaStart(&toks[i-1], &toks[i]) {
			if out != nil {
				out = append(out, toks[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]tokenizer.Token, 0, len(toks)), toks[:i]...)
		}
		prev := out[len(out)-1]
		joined := toks[i]
		joined.Surface = prev.Surface + joined.Surface
		joined.Position, joined.Start = prev.Position, prev.Start
		out[len(out)-1] = joined
	}
	if out == nil {
		return toks
	}
	return out
}

// smallKanaStart reports whether b is an unknown word of hiragana that
// starts with a small kana, right after a, one hiragana.
func smallKanaStart(a, b *tokenizer.Token) bool {
	if b.Class != tokenizer.UNKNOWN || a.Position+len(a.Surface) != b.Position {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.Surface)
	if !strings.ContainsRune("ぁぃぅぇぉゃゅょゎ", r) {
		return false
	}
	k, size := utf8.DecodeRuneInString(a.Surface)
	return size == len(a.Surface) && isHiragana(k) && !strings.ContainsRune("ぁぃぅぇぉゃゅょゎっ", k)
}

package analyzer

import (
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// giveBackKatakana returns to a katakana word the last katakana kagome
// read, with the kana after it, as a verb. Before the particle って (and
// った), kagome reads a word's final ス and the っ as the verb スる (ニュー|
// スっ|て, ガ|スっ|て, ロールプレ|スっ|て): the word was indexed as ニュー,
// ガ, ロールプレ, so `ロールプレスって何` found no article on ロールプレス and
// relaxed to the articles with ロール or ローラ, and `ニュースって` no ニュース.
// The katakana run before such a verb, with the verb's katakana, is
// segmented again alone (ニュース, ロールプレス), and the verb's kana, the
// particle's first, is dropped, as the particle is. A verb kagome knows
// whole with its katakana stem (サボっ, ググっ) is read as a verb still.
func (a *Analyzer) giveBackKatakana(sentence string, toks []tokenizer.Token) []tokenizer.Token {
	var out []tokenizer.Token // nil until a run is segmented again
	for i := range toks {
		j, size := katakanaVerbRun(toks, i)
		if j < 0 {
			if out != nil {
				out = append(out, toks[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]tokenizer.Token, 0, len(toks)), toks[:i]...)
		}
		// (toks[j:i] are the last tokens of out as kagome gave them: a run
		// segmented again ends at its verb, never at a katakana word.)
		out = out[:len(out)-(i-j)]
		from, to := toks[j].Position, toks[i].Position+size
		for _, t := range a.k.Analyze(sentence[from:to], tokenizer.Search) {
			t.Position += from
			t.Start += toks[j].Start
			t.End += toks[j].Start
			t.Index = len(out)
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}

// katakanaVerbRun returns, when toks[i] is a verb of one katakana and
// hiragana after it (スっ) written right after a word of katakana, the
// index of the first of the katakana words before it, side by side, and
// the byte length of the verb's katakana; -1 otherwise.
func katakanaVerbRun(toks []tokenizer.Token, i int) (int, int) {
	t := &toks[i]
	if i == 0 || t.Class == tokenizer.UNKNOWN || t.Class == tokenizer.USER {
		return -1, 0
	}
	k, size := utf8.DecodeRuneInString(t.Surface)
	rest := t.Surface[size:]
	if !isKatakana(k) || k == longVowel || rest == "" || strings.ContainsFunc(rest, func(r rune) bool { return !isHiragana(r) }) {
		return -1, 0
	}
	if pos, _ := t.FeatureAt(0); pos != "動詞" {
		return -1, 0
	}
	j := i
	for j > 0 && isAllKatakana(toks[j-1].Surface) && toks[j-1].Position+len(toks[j-1].Surface) == toks[j].Position {
		j--
	}
	if j == i {
		return -1, 0
	}
	return j, size
}

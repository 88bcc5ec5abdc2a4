package analyzer

import (
	"strings"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Latin words the user dictionary cuts. kagome prefers a user-dictionary
// word wherever it starts, even inside a longer run of letters: Apple
// Intelligence became apple|intel|ligence, Xperian xperia|n, and a search
// for Intel found Apple's AI. A run of letters cut at a user-dictionary
// word is one word again, as kagome reads any other run of letters; an s
// or es after the word stays apart (GPUs is gpu|s, the plural of GPU).

// latinRun returns toks with the run of letters that starts at toks[i]
// joined into one token when kagome cut it at a user-dictionary word, and
// whether it did. The joined token takes the features of the run's
// unknown piece (a run with none is left as it is).
func latinRun(toks []tokenizer.Token, i int) []tokenizer.Token {
	if !isLetters(toks[i].Surface) {
		return toks
	}
	j := i + 1
	for j < len(toks) && toks[j].Position == toks[j-1].Position+len(toks[j-1].Surface) && isLetters(toks[j].Surface) {
		j++
	}
	if last := toks[j-1].Surface; j-i >= 2 && (last == "s" || last == "es") && toks[j-2].Class == tokenizer.USER {
		j-- // a plural (GPUs); the word before it may still be cut (mygpus)
	}
	if j-i < 2 {
		return toks
	}
	user, unknown := false, -1
	for k := i; k < j; k++ {
		switch toks[k].Class {
		case tokenizer.USER:
			user = true
		case tokenizer.UNKNOWN:
			unknown = k
		}
	}
	if !user || unknown < 0 {
		return toks
	}
	var b strings.Builder
	for _, t := range toks[i:j] {
		b.WriteString(t.Surface)
	}
	joined := toks[unknown]
	joined.Surface = b.String()
	joined.Position, joined.Start, joined.End = toks[i].Position, toks[i].Start, toks[j-1].End
	out := make([]tokenizer.Token, 0, len(toks)-(j-i)+1)
	out = append(out, toks[:i]...)
	out = append(out, joined)
	return append(out, toks[j:]...)
}

// isLetters reports whether s is ASCII letters only (the text is folded:
// full-width letters are ASCII by now).
func isLetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

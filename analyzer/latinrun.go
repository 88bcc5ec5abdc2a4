package analyzer

import (
	"strings"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Latin words the user dictionary cuts. kagome prefers a user-dictionary
// word wherever it starts, even inside a longer run of letters: Apple
// Intelligence became apple|intel|ligence, Xperian xperia|n, and a search
// for Intel found Apple's AI. Where the text goes on in lower case across
// kagome's cut, the run is one word again, as kagome reads any other run
// of letters. A capital after the cut starts a word of its own (iPhoneSE,
// GeForceRTX: iPhone and GeForce still find them), and an s or es after a
// user-dictionary word is a plural (GPUs is gpu|s).

// joinLatinRuns returns toks with each run of letters that kagome cut at
// a user-dictionary word, where the text goes on in lower case, joined
// into one token with the features of the run's unknown piece (a run with
// none is left as it is). lower reports whether the text's character at a
// byte offset of the chunk (a token's Position) is a lower-case letter.
// toks itself is returned when nothing is joined.
func joinLatinRuns(toks []tokenizer.Token, lower func(pos int) bool) []tokenizer.Token {
	var out []tokenizer.Token // nil until a run is joined
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && continues(toks, j, lower) {
			j++
		}
		joined, ok := joinRun(toks[i:j])
		switch {
		case ok && out == nil:
			out = append(make([]tokenizer.Token, 0, len(toks)), toks[:i]...)
			fallthrough
		case ok:
			out = append(out, joined)
		case out != nil:
			out = append(out, toks[i:j]...)
		}
		i = j
	}
	if out == nil {
		return toks
	}
	return out
}

// continues reports whether toks[j] goes on the word of letters before it:
// both are letters, nothing between them, and the text after the cut is
// in lower case and no plural of a user-dictionary word.
func continues(toks []tokenizer.Token, j int, lower func(int) bool) bool {
	a, b := &toks[j-1], &toks[j]
	if !isLetters(a.Surface) || !isLetters(b.Surface) || a.Position+len(a.Surface) != b.Position || !lower(b.Position) {
		return false
	}
	return !(a.Class == tokenizer.USER && (b.Surface == "s" || b.Surface == "es"))
}

// joinRun joins a run of two or more letter tokens with a user-dictionary
// word and an unknown piece among them.
func joinRun(run []tokenizer.Token) (tokenizer.Token, bool) {
	if len(run) < 2 {
		return tokenizer.Token{}, false
	}
	user, unknown := false, -1
	for k := range run {
		switch run[k].Class {
		case tokenizer.USER:
			user = true
		case tokenizer.UNKNOWN:
			unknown = k
		}
	}
	if !user || unknown < 0 {
		return tokenizer.Token{}, false
	}
	var b strings.Builder
	for _, t := range run {
		b.WriteString(t.Surface)
	}
	joined := run[unknown]
	joined.Surface = b.String()
	joined.Position, joined.Start, joined.End = run[0].Position, run[0].Start, run[len(run)-1].End
	return joined, true
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

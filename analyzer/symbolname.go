package analyzer

import (
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Names that end in symbols. kagome reads C++ as c|++ and C# as c|#, and
// the symbols are dropped like any other: C++, C# and C (the language, or
// USB Type-C) were one term, and a search for C++ ranked a C# article
// first. A run of Latin letters followed, with nothing between, by ++ (C++,
// g++, Notepad++) or a single letter followed by # (C#, F#, J#) is one
// token, so the name is a term of its own; the symbols must end the word
// (a++b is no name), though digits may follow (C++26 is c++|26). So is a
// name of two short runs of letters joined by &, one of them a single
// letter (H&M, AT&T, P&G, R&D): apart they were single letters anywhere,
// and R2-D2 had ranked first for R&D.

// joinSymbolNames returns toks with each such name joined into one token
// with the features of its letters. toks itself is returned when there is
// none.
func joinSymbolNames(toks []tokenizer.Token) []tokenizer.Token {
	var out []tokenizer.Token // nil until a name is joined
	for i := 0; i < len(toks); i++ {
		if i+1 >= len(toks) || !symbolName(toks, i) {
			if out != nil {
				out = append(out, toks[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]tokenizer.Token, 0, len(toks)), toks[:i]...)
		}
		n := 2
		if toks[i+1].Surface == "&" {
			n = 3
		}
		joined := toks[i]
		for _, t := range toks[i+1 : i+n] {
			joined.Surface += t.Surface
		}
		joined.End = toks[i+n-1].End
		out = append(out, joined)
		i += n - 1
	}
	if out == nil {
		return toks
	}
	return out
}

// symbolName reports whether toks[i] and toks[i+1] are letters and the
// symbols that end a name, side by side, with no letter or symbol of the
// same kind right after, or the letters and & of a name with & (see
// ampersandName).
func symbolName(toks []tokenizer.Token, i int) bool {
	a, b := &toks[i], &toks[i+1]
	if !isLetters(a.Surface) || a.Position+len(a.Surface) != b.Position {
		return false
	}
	switch b.Surface {
	case "&":
		return i+2 < len(toks) && ampersandName(a, b, &toks[i+2])
	case "++":
	case "#":
		if len(a.Surface) != 1 {
			return false
		}
	default:
		return false
	}
	if i+2 < len(toks) {
		c := &toks[i+2]
		if c.Position == b.Position+len(b.Surface) && isLetters(c.Surface) {
			return false
		}
	}
	return true
}

// maxAmpersandLetters: a longer run beside & is a word of its own
// (Johnson & Johnson, Tom&Jerry).
const maxAmpersandLetters = 3

// ampersandName reports whether a, & and c, side by side, are a name of
// two short runs of letters, one of them a single letter (H&M, AT&T; two
// words are words: BD&DVD, the ray&DVD of Blu-ray&DVD, where DVD had gone
// unfound).
func ampersandName(a, amp, c *tokenizer.Token) bool {
	return len(a.Surface) <= maxAmpersandLetters && len(c.Surface) <= maxAmpersandLetters && isLetters(c.Surface) &&
		min(len(a.Surface), len(c.Surface)) == 1 && amp.Position+len(amp.Surface) == c.Position
}

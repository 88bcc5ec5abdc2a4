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
// (a++b is no name), though digits may follow (C++26 is c++|26).

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
		joined := toks[i]
		joined.Surface += toks[i+1].Surface
		joined.End = toks[i+1].End
		out = append(out, joined)
		i++
	}
	if out == nil {
		return toks
	}
	return out
}

// symbolName reports whether toks[i] and toks[i+1] are letters and the
// symbols that end a name, side by side, with no letter or symbol of the
// same kind right after.
func symbolName(toks []tokenizer.Token, i int) bool {
	a, b := &toks[i], &toks[i+1]
	if !isLetters(a.Surface) || a.Position+len(a.Surface) != b.Position {
		return false
	}
	switch b.Surface {
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

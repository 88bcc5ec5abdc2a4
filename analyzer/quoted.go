package analyzer

import (
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Titles in hiragana. A work, a product or a satellite named in hiragana
// and set in brackets (『にこたま』, 「みちびき」, 「こうのとり」) is one word to a
// reader, but kagome reads it as everyday words and particles: に|こ|たま
// keeps only たま, こう|の|とり keeps こう and とる. The whole quoted run is
// also indexed as one term (and its reading as one reading term) at the
// position of its first token, so the name as a reader types it finds it.

// Bounds, in runes, on the hiragana runs indexed whole.
const (
	minQuotedRunes = 2
	maxQuotedRunes = 12
)

// quotedKana returns the index of the closing bracket when toks[i] opens
// a bracket around hiragana that kagome split or changed (any other
// return is i): a run it kept as it is has its own term already.
func quotedKana(toks []tokenizer.Token, i int) int {
	end := closingBracket(toks[i].Surface)
	if end == "" {
		return i
	}
	n := 0
	for j := i + 1; j < len(toks) && j <= i+maxQuotedRunes+1; j++ {
		surface := toks[j].Surface
		if surface == end {
			if n < minQuotedRunes || j == i+2 && keptWhole(&toks[i+1]) {
				return i
			}
			return j
		}
		if strings.ContainsFunc(surface, func(r rune) bool { return !isHiragana(r) && r != longVowel }) {
			return i
		}
		n += utf8.RuneCountInString(surface)
		if n > maxQuotedRunes {
			return i
		}
	}
	return i
}

// keptWhole reports whether kagome indexes the token as written.
func keptWhole(k *tokenizer.Token) bool {
	base, ok := k.BaseForm()
	return !ok || base == "*" || base == k.Surface
}

func closingBracket(open string) string {
	switch open {
	case "「":
		return "」"
	case "『":
		return "』"
	}
	return ""
}

// quotedMorph joins the hiragana tokens of a quoted run into one term.
func (a *Analyzer) quotedMorph(run []tokenizer.Token, chunk int, mp *mapper, pos, rpos int, readings bool) morph {
	m := joinedMorph(run, chunk, mp, pos, rpos)
	if readings {
		m.reading = NormalizeReading(m.term)
	}
	return m
}

// joinedMorph joins the surfaces of run, adjacent tokens of the chunk
// that starts at byte chunk, into one term at position pos, marked on the
// input's bytes as a shingle is.
func joinedMorph(run []tokenizer.Token, chunk int, mp *mapper, pos, rpos int) morph {
	var b strings.Builder
	for i := range run {
		b.WriteString(run[i].Surface)
	}
	last := &run[len(run)-1]
	s, e := mp.span(chunk+run[0].Position, chunk+last.Position+len(last.Surface))
	return morph{tok: &run[0], surface: b.String(), start: s, end: e, pos: pos, rpos: rpos, term: b.String(), shingle: true}
}

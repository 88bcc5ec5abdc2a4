package analyzer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one analysed token with everything the index and its users may
// want to know about it: the terms it is indexed under, where it is in the
// text, and what kagome said about it.
type Token struct {
	Term      string `json:"term"`    // main-field term; "" when the token is not indexed
	Reading   string `json:"reading"` // reading-field term; "" when none is known
	Surface   string `json:"surface"` // the original text the token covers
	Start     int    `json:"start"`   // byte offsets into the text
	End       int    `json:"end"`
	CharStart int    `json:"char_start"` // character (rune) offsets into the text
	CharEnd   int    `json:"char_end"`
	Position  int    `json:"position"`
	POS       string `json:"pos"`       // part of speech, e.g. 名詞,固有名詞,地域,一般
	BaseForm  string `json:"base_form"` // dictionary form, for inflected words
	Class     string `json:"class"`     // known, unknown, user, part (of a user compound), number, shingle (joined single kanji)
	Content   bool   `json:"content"`   // a content word (see ContentWords)
}

// Tokens analyses text and returns every non-space token, indexed or not,
// with its main and reading terms. Queries are compiled from it.
func (a *Analyzer) Tokens(text string) []Token {
	var out []Token
	rc := runeCounter{text: text}
	a.walk([]byte(text), false, func(m *morph) {
		out = append(out, a.token(&rc, m))
	})
	return out
}

// IndexedTokens returns the tokens a field indexes, as the index sees them:
// the main field's terms, or with reading the reading field's, where Term
// is the reading. Like the index, it keeps the first maxOccurrences
// occurrences of a term.
func (a *Analyzer) IndexedTokens(text string, reading bool) []Token {
	var out []Token
	rc := runeCounter{text: text}
	seen := map[string]int{}
	keep := func(t Token) {
		if seen[t.Term]++; seen[t.Term] <= maxOccurrences {
			out = append(out, t)
		}
	}
	a.walk([]byte(text), reading, func(m *morph) {
		if m.term == "" {
			return
		}
		t := a.token(&rc, m)
		if !reading {
			keep(t)
			if m.age {
				t.Term, t.Position = AgeMark, m.pos+1
				keep(t)
			}
			return
		}
		// Every reading term the token is indexed under: its reading, a
		// verb's own reading, a name's other readings.
		t.Position = m.rpos
		for _, r := range slices.Concat([]string{m.reading, m.altReading}, m.nameReadings) {
			if r != "" {
				t.Term, t.Reading = r, r
				keep(t)
			}
		}
		for i, r := range m.spanReadings {
			run := t
			run.Term, run.Reading, run.End, run.Surface = r, r, m.spanEnds[i], text[m.start:m.spanEnds[i]]
			run.CharEnd = run.CharStart + utf8.RuneCountInString(run.Surface)
			keep(run)
		}
	})
	return out
}

// ReadingTerms returns the reading-field terms of text in order, as a query
// uses them (compounds without their parts), "" for a position between two
// of them that has none. A verb in the continuative form stands for its own
// reading, which the index holds for every such verb and for the noun it
// doubles as (打合せ, 打ち合わせ → ウチアワセ).
func (a *Analyzer) ReadingTerms(text string) []string {
	var out []string
	last := 0 // reading position of the last term
	a.walk([]byte(text), true, func(m *morph) {
		if m.term == "" || m.reading == "" || m.part || m.shingle {
			return
		}
		for ; last > 0 && last < m.rpos-1; last++ {
			out = append(out, "") // a gap where a token has no reading term (the . of 4.0)
		}
		last = m.rpos
		if m.altReading != "" {
			out = append(out, m.altReading)
		} else {
			out = append(out, m.reading)
		}
	})
	return out
}

// runeCounter turns byte offsets into rune offsets, counting from the
// last offset asked for: tokens come nearly in text order, so a text's
// tokens cost one pass over it, not one each.
type runeCounter struct {
	text string
	b, r int // the last byte offset asked for, and its rune offset
}

func (c *runeCounter) at(b int) int {
	if b >= c.b {
		c.r += utf8.RuneCountInString(c.text[c.b:b])
	} else {
		c.r -= utf8.RuneCountInString(c.text[b:c.b])
	}
	c.b = b
	return c.r
}

func (a *Analyzer) token(rc *runeCounter, m *morph) Token {
	text := rc.text
	t := Token{
		Term:     m.term,
		Surface:  text[m.start:m.end],
		Start:    m.start,
		End:      m.end,
		Position: m.pos,
		Content:  isContent(m),
	}
	t.CharStart = rc.at(m.start)
	t.CharEnd = t.CharStart + utf8.RuneCountInString(t.Surface)
	k := m.tok
	switch {
	case m.number:
		t.Class, t.POS, t.Reading = "number", "名詞,数", m.term
		return t
	case m.part:
		t.Class = "part"
		t.Reading = m.reading
	case m.shingle:
		t.Class, t.Reading = "shingle", m.reading
		return t
	default:
		t.Class = strings.ToLower(k.Class.String())
	}
	if m.term != "" && !m.part {
		pos0, _ := k.FeatureAt(0)
		t.Reading = a.readingOf(k, pos0)
	}
	t.POS = strings.Join(trimStars(k.POS()), ",")
	if b, ok := k.BaseForm(); ok && b != "*" {
		t.BaseForm = b
	}
	return t
}

func trimStars(pos []string) []string {
	for len(pos) > 0 && pos[len(pos)-1] == "*" {
		pos = pos[:len(pos)-1]
	}
	return pos
}

// Confident reports whether kagome's segmentation of this query token can
// be trusted to match the same word in running text: a dictionary word of
// two or more characters, a number, or a Latin word. Unknown Japanese words
// and single-character pieces are not: the same string in an article may
// be segmented differently.
func (t Token) Confident() bool {
	switch t.Class {
	case "number", "user", "part", "shingle":
		return true
	case "unknown":
		return !hasJapanese(t.Surface)
	}
	return utf8.RuneCountInString(t.Surface) > 1 || !hasJapanese(t.Surface)
}

// Okurigana reports whether the token mixes kanji with hiragana, as verbs
// and nouns written with okurigana do (打ち合わせ, 申し込み).
func (t Token) Okurigana() bool {
	han, hira := false, false
	for _, r := range t.Surface {
		han = han || unicode.Is(unicode.Han, r)
		hira = hira || isHiragana(r)
	}
	return han && hira
}

func hasJapanese(s string) bool {
	return strings.ContainsFunc(s, isJapanese)
}

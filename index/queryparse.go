package index

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The search syntax. The search box needs only words, "phrases" and
// -exclusions; editors add the rest:
//
//	query   = or
//	or      = and { "OR" and }
//	and     = unary { ["AND"] unary }
//	unary   = ("-" | "NOT") unary | primary
//	primary = "(" or ")" | field ":" value | "published:" [op] date | phrase | word
//	field   = "title" | "body" | "category" | "tag"
//	value   = word | phrase | "(" or ")"   (a group only for title and body)
//	op      = ">=" | "<=" | ">" | "<" | "="
//
// Words are separated by ASCII or ideographic spaces; OR, AND and NOT
// (an exclusion, as -) are operators only in capitals; a word that merely contains a colon (10:30,
// https://…) is a word. There are no wildcards or regular expressions, so
// no query expands to more terms than it names.

// Parser limits: a query is at most this deep and names at most this many
// words, so no query costs more than a few hundred term lookups.
const (
	maxQueryDepth  = 8
	maxQueryLeaves = 64
)

// ParseQuery parses the search syntax. The text is NFKC-normalised first,
// so full-width （）＂－：＞ work as their ASCII forms and U+3000 separates
// words.
func ParseQuery(q string) (Node, error) {
	s := []rune(normQuery(q))
	p := &parser{s: s, at: charMap(q, len(s)), typed: []rune(strings.ToValidUTF8(q, "\uFFFD"))}
	p.skipSpace()
	if p.eof() {
		return And{}, nil
	}
	n, err := p.or(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if !p.eof() {
		if p.peek() == ')' {
			return nil, p.errf("unexpected ) with no ( before it")
		}
		return nil, p.errf("unexpected %q", string(p.peek()))
	}
	return n, nil
}

// normQuery folds width (NFKC), turns curly quotes into ", the minus
// sign and hyphens that NFKC keeps into - (macOS's Japanese input writes −
// for - in full width: 量子 −IBM excludes IBM) and every kind of space into
// a plain one.
func normQuery(q string) string {
	q = norm.NFKC.String(strings.ToValidUTF8(q, "\uFFFD"))
	return strings.Map(func(r rune) rune {
		switch {
		case r == '“' || r == '”' || r == '„':
			return '"'
		case r == '−' || r == '‐' || r == '‑' || r == '‒' || r == '–':
			return '-'
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, q)
}

// charMap maps each character of normQuery(q) (n of them) to the
// character of q it came from, so that errors point at what the user
// typed: NFKC turns ㍿ into 株式会社 and ｶﾞ into ガ. The last entry, at
// index n, is the length of q in characters. Each normalisation segment
// (a character with the marks that combine with it) is normalised on its
// own, and all its output maps to its first character.
func charMap(q string, n int) []int {
	q = strings.ToValidUTF8(q, "\uFFFD")
	at := make([]int, 0, n+1)
	chars := 0
	for rest := q; rest != ""; {
		i := norm.NFKC.NextBoundaryInString(rest, true)
		if i <= 0 {
			i = len(rest)
		}
		for range utf8.RuneCountInString(norm.NFKC.String(rest[:i])) {
			at = append(at, chars)
		}
		chars += utf8.RuneCountInString(rest[:i])
		rest = rest[i:]
	}
	if len(at) != n {
		// Segments normalised apart never differ from the whole for
		// real text; if they do, count normalised characters.
		at = at[:0]
		for i := range n {
			at = append(at, min(i, chars))
		}
	}
	return append(at, chars)
}

type parser struct {
	s      []rune
	at     []int  // s[i] came from character at[i] of the query (charMap)
	typed  []rune // the query as typed, which at indexes
	i      int
	leaves int
	start  int // where the word or condition being read starts
	// scoped is the text field (title or body) of the group being read,
	// "" outside one: a word has one field.
	scoped string
}

// pos is the 1-based position, in the query as typed, of s[i] (or just
// past the end).
func (p *parser) pos(i int) int { return p.at[min(i, len(p.s))] + 1 }

// typedText is s[i:j] as the query typed it, before width folding: ㍿
// there, not 株式会社.
func (p *parser) typedText(i, j int) string {
	return string(p.typed[p.at[min(i, len(p.s))]:p.at[min(j, len(p.s))]])
}

func (p *parser) eof() bool  { return p.i >= len(p.s) }
func (p *parser) peek() rune { return p.s[p.i] }

func (p *parser) errf(format string, args ...any) error {
	return &SyntaxError{Pos: p.pos(p.i), Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) skipSpace() {
	for !p.eof() && p.s[p.i] == ' ' {
		p.i++
	}
}

// keyword reports whether the next word is the operator kw.
func (p *parser) keyword(kw string) bool {
	end := p.i + len(kw)
	if end > len(p.s) || string(p.s[p.i:end]) != kw {
		return false
	}
	// (Or an exclusion: AI OR-電池 is AI OR -電池, not a word OR-電池
	// the relaxed search then dropped, finding the articles on 電池.)
	return end == len(p.s) || p.s[end] == ' ' || p.s[end] == '(' || p.s[end] == ')' || p.s[end] == '"' ||
		p.s[end] == '-' && end+1 < len(p.s) && p.s[end+1] != ' '
}

func (p *parser) or(depth int) (Node, error) {
	first, err := p.and(depth)
	if err != nil {
		return nil, err
	}
	xs := []Node{first}
	for {
		p.skipSpace()
		if !p.keyword("OR") {
			break
		}
		p.i += len("OR")
		p.skipSpace()
		if p.eof() || p.peek() == ')' {
			return nil, p.errf("expected a word, phrase or ( after OR")
		}
		x, err := p.and(depth)
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	if len(xs) == 1 {
		return first, nil
	}
	return Or{Xs: flatten(xs, true)}, nil
}

func (p *parser) and(depth int) (Node, error) {
	var xs []Node
	for {
		p.skipSpace()
		if p.eof() || p.peek() == ')' || p.keyword("OR") {
			break
		}
		if p.keyword("AND") {
			p.i += len("AND")
			p.skipSpace()
			if p.eof() || p.peek() == ')' || p.keyword("OR") {
				return nil, p.errf("expected a word, phrase or ( after AND")
			}
			continue
		}
		x, err := p.unary(depth)
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	switch len(xs) {
	case 0:
		if p.eof() {
			return nil, p.errf("expected a word, phrase or ( before the end")
		}
		if rest := string(p.s[p.i:]); rest == "OR" || strings.HasPrefix(rest, "OR ") || strings.HasPrefix(rest, "OR(") {
			return nil, p.errf(`OR goes between two words (量子 OR 暗号); to search for the word itself, quote it: "OR"`)
		}
		return nil, p.errf("expected a word, phrase or ( before %q", string(p.peek()))
	case 1:
		return xs[0], nil
	}
	return And{Xs: flatten(xs, false)}, nil
}

// flatten lifts the children of nested groups of the same kind: a (b c)
// is a b c, and a OR (b OR c) is a OR b OR c.
func flatten(xs []Node, or bool) []Node {
	var out []Node
	for _, x := range xs {
		switch y := x.(type) {
		case And:
			if !or {
				out = append(out, y.Xs...)
				continue
			}
		case Or:
			if or {
				out = append(out, y.Xs...)
				continue
			}
		}
		out = append(out, x)
	}
	return out
}

func (p *parser) unary(depth int) (Node, error) {
	if p.keyword("NOT") {
		// NOT x is -x (searched as a word, NOT had found the articles
		// on what it meant to exclude).
		p.i += len("NOT")
		p.skipSpace()
		if p.eof() || p.peek() == ')' || p.keyword("OR") || p.keyword("AND") {
			return nil, p.errf("expected a word, phrase or ( after NOT")
		}
		// NOT -x and NOT NOT x are one exclusion, as --x is; NOT (-x)
		// and NOT title:(-x) exclude an exclusion, as -(-x) does (it had
		// been read as -x, the opposite of -(-x)).
		chained := p.peek() == '-' && !p.signedNumber() || p.keyword("NOT")
		x, err := p.unary(depth)
		if err != nil {
			return nil, err
		}
		if chained {
			return x, nil
		}
		return Not{X: x}, nil
	}
	if p.signedNumber() {
		// A minus before a number of degrees is the number's sign, not
		// an exclusion: -269℃ (NFKC: -269°C) and -5度 are searched as
		// the temperature (every article but the one on liquid helium
		// had been listed). A year or a count stays excluded (-2026年).
		p.i++
		return p.primary(depth)
	}
	if p.peek() == '-' {
		// -x excludes x; so does --x (a double exclusion is no way to
		// ask for x, and nesting one per - made each a full scan).
		for !p.eof() && p.peek() == '-' {
			p.i++
		}
		if p.eof() || p.peek() == ' ' || p.peek() == ')' {
			return nil, p.errf("expected a word, phrase or ( right after -")
		}
		x, err := p.unary(depth)
		if err != nil {
			return nil, err
		}
		return Not{X: x}, nil
	}
	return p.primary(depth)
}

// signedNumber reports whether the query goes on with a minus and a
// number (1.5 and 1,000 too) right before degrees (°, as NFKC writes ℃
// and ℉, or 度).
func (p *parser) signedNumber() bool {
	if p.peek() != '-' {
		return false
	}
	k := p.i + 1
	digits := 0
	for k < len(p.s) && ('0' <= p.s[k] && p.s[k] <= '9' || digits > 0 && (p.s[k] == '.' || p.s[k] == ',') && k+1 < len(p.s) && '0' <= p.s[k+1] && p.s[k+1] <= '9') {
		if '0' <= p.s[k] && p.s[k] <= '9' {
			digits++
		}
		k++
	}
	return digits > 0 && k < len(p.s) && (p.s[k] == '°' || p.s[k] == '度')
}

func (p *parser) primary(depth int) (Node, error) {
	p.start = p.i
	switch p.peek() {
	case '(':
		return p.group(depth)
	case '"':
		text, err := p.phrase()
		if err != nil {
			return nil, err
		}
		return p.leaf(Word{Text: text, Phrase: true})
	}
	for _, f := range fieldNames {
		if strings.EqualFold(string(p.s[p.i:min(len(p.s), p.i+len(f)+1)]), f+":") {
			if p.scoped != "" && (f == "title" || f == "body") {
				return nil, p.errf("%s: inside %s:( … ); a word has one field: write %s:x and %s:y apart", f, p.scoped, p.scoped, f)
			}
			start := p.i
			p.i += len(f) + 1
			n, err := p.field(f, depth)
			if err != nil {
				return nil, err
			}
			if n == nil { // "title:" followed by nothing usable: a plain word
				p.i = start
				break
			}
			return n, nil
		}
	}
	w := p.word()
	// Only -OR reaches here with an operator: it is the word, written
	// back quoted, as anything else that needs quotes is.
	return p.leaf(Word{Text: w, Phrase: needsQuotes(w)})
}

// balanced reports whether the query closes as many parentheses as it
// opens.
func (p *parser) balanced() bool {
	n := 0
	for _, r := range p.s {
		switch r {
		case '(':
			n++
		case ')':
			n--
		}
	}
	return n == 0
}

func (p *parser) group(depth int) (Node, error) {
	if depth+1 > maxQueryDepth {
		err := p.errf("parentheses nest deeper than %d", maxQueryDepth)
		// Refused only when they close: an unbalanced (((((((((量子 is
		// words, as any unbalanced ( is.
		err.(*SyntaxError).limit = p.balanced()
		return nil, err
	}
	open := p.i
	p.i++
	p.skipSpace()
	if !p.eof() && p.peek() == ')' {
		return nil, p.errf("expected a word, phrase or ( inside ()")
	}
	n, err := p.or(depth + 1)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.eof() || p.peek() != ')' {
		return nil, &SyntaxError{Pos: p.pos(open), Msg: "this ( is never closed: expected )"}
	}
	p.i++
	return n, nil
}

func (p *parser) phrase() (string, error) {
	open := p.i
	p.i++
	start := p.i
	for !p.eof() && p.peek() != '"' {
		p.i++
	}
	if p.eof() {
		return "", &SyntaxError{Pos: p.pos(open), Msg: `this " is never closed: expected "`}
	}
	text := string(p.s[start:p.i])
	p.i++
	if strings.TrimSpace(text) == "" {
		return "", &SyntaxError{Pos: p.pos(open), Msg: "empty phrase"}
	}
	return text, nil
}

// word reads up to a space, parenthesis or quote.
func (p *parser) word() string {
	start := p.i
	for !p.eof() && !strings.ContainsRune(` ()"`, p.peek()) {
		p.i++
	}
	return string(p.s[start:p.i])
}

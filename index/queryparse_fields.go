package index

import (
	"fmt"
	"regexp"
	"strings"
)

// The editor syntax's field scopes (title:, body:, category:, tag:) and
// date comparisons (published:>=2026-01-01), parsed after a field name.

// field parses what follows "name:"; nil means it is not a field after
// all (nothing follows).
func (p *parser) field(name string, depth int) (Node, error) {
	if p.eof() || p.peek() == ' ' || p.peek() == ')' {
		return nil, p.errf("expected a value after %s:", name)
	}
	if name != "published" && p.peek() == '-' {
		// title:-量子 is -title:量子.
		for !p.eof() && p.peek() == '-' {
			p.i++
		}
		if p.eof() || p.peek() == ' ' || p.peek() == ')' {
			return nil, p.errf("expected a value right after %s:-", name)
		}
		x, err := p.field(name, depth)
		if err != nil || x == nil {
			return x, err
		}
		return Not{X: x}, nil
	}
	switch name {
	case "published":
		return p.date()
	case "category", "tag":
		var v, typed string
		start := p.i
		if p.peek() == '"' {
			text, err := p.phrase()
			if err != nil {
				return nil, err
			}
			v, typed = text, p.typedText(start+1, p.i-1)
		} else if p.peek() == '(' {
			return nil, p.errf("%s: takes one value; write (%s:a OR %s:b) for several", name, name, name)
		} else {
			v = p.word()
			typed = p.typedText(start, p.i)
		}
		if n := composedRunes(typed); n > MaxLabelRunes {
			// (No article's label is that long: it could match nothing.)
			// Counted as typed and as a write counts a label: ㍿ is one
			// character, though width folding makes it 株式会社.
			return nil, p.errf("%s: the value has %d characters; a label has at most %d", name, n, MaxLabelRunes)
		}
		if !strings.ContainsFunc(v, isVisible) {
			// (A zero width space alone, as the category parameter: no
			// label is invisible, and category:\u200b had found nothing.)
			return nil, &SyntaxError{Pos: p.pos(start), Msg: fmt.Sprintf("%s: the value has no visible character; name the %s", name, name)}
		}
		return p.leaf(Label{Field: name, Value: v})
	}
	switch p.peek() {
	case '"':
		text, err := p.phrase()
		if err != nil {
			return nil, err
		}
		return p.leaf(Word{Field: name, Text: text, Phrase: true})
	case '(':
		p.scoped = name
		n, err := p.group(depth)
		p.scoped = ""
		if err != nil {
			return nil, err
		}
		return scope(n, name), nil
	}
	for _, f := range []string{"title", "body"} {
		if strings.EqualFold(string(p.s[p.i:min(len(p.s), p.i+len(f)+1)]), f+":") {
			return nil, p.errf("%s: right after %s:; a word has one field", f, name)
		}
	}
	w := p.word()
	return p.leaf(Word{Field: name, Text: w, Phrase: needsQuotes(w)})
}

// scope applies a field to every word of n.
func scope(n Node, field string) Node {
	switch x := n.(type) {
	case Word:
		if x.Field == "" {
			x.Field = field
		}
		return x
	case Not:
		return Not{X: scope(x.X, field)}
	case And:
		out := make([]Node, len(x.Xs))
		for i, c := range x.Xs {
			out[i] = scope(c, field)
		}
		return And{Xs: out}
	case Or:
		out := make([]Node, len(x.Xs))
		for i, c := range x.Xs {
			out[i] = scope(c, field)
		}
		return Or{Xs: out}
	}
	return n
}

func (p *parser) date() (Node, error) {
	op := "="
	for _, o := range []string{">=", "<=", ">", "<", "="} {
		if string(p.s[p.i:min(len(p.s), p.i+len(o))]) == o {
			op = o
			p.i += len(o)
			break
		}
	}
	at := p.i
	v := p.word()
	if v == "" {
		return nil, p.errf("expected a date (2026-01-01, 2026-01 or 2026) after published:%s", strings.TrimPrefix(op, "="))
	}
	if rest := string(p.s[p.i:]); strings.Contains(v, "T") && rawOffset.MatchString(rest) {
		// The + of an offset sent as is in a query string reads as a
		// space (published:>=2026-06-01T00:00:00+09:00), as from and to
		// take it.
		v += "+" + rest[1:len(" 09:00")]
		p.i += len(" 09:00")
	}
	if _, err := ParseDate(v, false); err != nil {
		return nil, &SyntaxError{Pos: p.pos(at), Msg: err.Error()}
	}
	return p.leaf(DateCmp{Op: op, Value: v})
}

// rawOffset matches a space and an offset (" 09:00") where the word
// after a date and time ends: its + sent as is.
var rawOffset = regexp.MustCompile(`^ [0-9]{2}:[0-9]{2}(?:$|[ )])`)

func (p *parser) leaf(n Node) (Node, error) {
	if p.leaves++; p.leaves > maxQueryLeaves {
		// At the word past the limit, not after it.
		return nil, &SyntaxError{Pos: p.pos(p.start), Msg: fmt.Sprintf("more than %d words and conditions; split the query", maxQueryLeaves),
			limit: true, words: true} // (read as words, it has as many)
	}
	return n, nil
}

package index

import (
	"fmt"
	"strings"
	"time"
)

// The parsed form of a query (see queryparse.go for the syntax).

// Node is a parsed query. String writes it back in the syntax, so
// parse(n.String()) gives n again.
type Node interface {
	String() string
}

// Word is a word or, with Phrase, a phrase, in the title and body or in
// the Field named (title or body).
type Word struct {
	Field  string
	Text   string
	Phrase bool
}

// Label matches a category or tag exactly.
type Label struct {
	Field string // category or tag
	Value string
}

// DateCmp compares the publication date with a day, month, year or
// instant (published:>=2026-01-01).
type DateCmp struct {
	Op    string // >=, <=, >, <, or = (the whole period)
	Value string
}

// Not excludes what X matches.
type Not struct{ X Node }

// And requires all of Xs.
type And struct{ Xs []Node }

// Or requires any of Xs.
type Or struct{ Xs []Node }

func (w Word) String() string {
	s := w.Text
	if w.Phrase || needsQuotes(s) {
		s = `"` + s + `"`
	}
	if w.Field != "" {
		return w.Field + ":" + s
	}
	return s
}

func (l Label) String() string {
	if needsQuotes(l.Value) {
		return l.Field + `:"` + l.Value + `"`
	}
	return l.Field + ":" + l.Value
}

func (d DateCmp) String() string {
	op := d.Op
	if op == "=" {
		op = ""
	}
	return "published:" + op + d.Value
}

// String writes a double exclusion -(-x), as --x reads as one exclusion.
func (n Not) String() string {
	if _, ok := n.X.(Not); ok {
		return "-(" + n.X.String() + ")"
	}
	return "-" + group(n.X)
}

func (a And) String() string {
	parts := make([]string, len(a.Xs))
	for i, x := range a.Xs {
		if _, isOr := x.(Or); isOr {
			parts[i] = "(" + x.String() + ")"
		} else {
			parts[i] = x.String()
		}
	}
	return strings.Join(parts, " ")
}

func (o Or) String() string {
	parts := make([]string, len(o.Xs))
	for i, x := range o.Xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, " OR ")
}

// group writes x, in parentheses unless it is a single term.
func group(x Node) string {
	switch x.(type) {
	case And, Or:
		return "(" + x.String() + ")"
	}
	return x.String()
}

// needsQuotes reports whether a word must be quoted to read back as one
// word.
func needsQuotes(s string) bool {
	return s == "" || s == "OR" || s == "AND" || s == "NOT" || strings.HasPrefix(s, "-") ||
		strings.ContainsAny(s, " ()\"") || hasFieldPrefix(s)
}

// fieldNames are the editor syntax's fields. A query names them in any
// case: a phone's keyboard capitalises the first letter (Title:量子 had
// been searched as the words Title and 量子).
var fieldNames = []string{"title", "body", "category", "tag", "published"}

// fieldPrefix returns the field s starts with, its colon after it, in
// any case; "" when none.
func fieldPrefix(s string) string {
	for _, f := range fieldNames {
		if len(s) > len(f) && strings.EqualFold(s[:len(f)+1], f+":") {
			return f
		}
	}
	return ""
}

func hasFieldPrefix(s string) bool { return fieldPrefix(s) != "" }

// SyntaxError locates a problem in a query; errors.Is(err,
// ErrInvalidRequest) holds.
type SyntaxError struct {
	Pos int // 1-based position in the query as typed, in characters (before normalisation)
	Msg string
	// limit: the syntax is valid but goes past a parser limit, so the
	// query cannot be read as plain words instead without changing its
	// meaning (-(-(…)) nested too deep).
	limit bool
	// words: the limit passed is the number of words and conditions.
	words bool
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid query at character %d: %s", e.Pos, e.Msg)
}

// Is reports whether target is ErrInvalidRequest.
func (e *SyntaxError) Is(target error) bool { return target == ErrInvalidRequest }

// dateRange turns a comparison into bounds (zero is open).
func (d DateCmp) dateRange() (from, to time.Time) {
	start, _ := ParseDate(d.Value, false)
	end, _ := ParseDate(d.Value, true)
	switch d.Op {
	case ">=":
		return start, time.Time{}
	case ">":
		return end.Add(time.Nanosecond), time.Time{}
	case "<=":
		return time.Time{}, end
	case "<":
		return time.Time{}, start.Add(-time.Nanosecond)
	}
	return start, end
}

package index

import (
	"context"
	"slices"
	"strings"
)

// The search box's editor syntax in what is typed for suggestions. The
// operators OR, AND and NOT, an exclusion's -, a field scope (title:,
// tag:…) and a closing parenthesis are read as the search reads them, not
// as words to complete: OR had been romaji (映画 OR suggested 映画
// オリジナル, a search the search box answers 400), title: a word (title:映
// suggested Title, and 映画 title: 映画 父親, ti read as ち).
// What is typed after the last piece of syntax is completed on its own,
// and the syntax and what precedes it are kept, as typed, before each
// word suggested.

// typedSyntax is what is typed for suggestions split at its last piece of
// editor syntax (see syntaxTyped).
type typedSyntax struct {
	head  string // the query up to the last piece of syntax, included: "映画 OR ", "title:"
	rest  string // the words typed after it, to complete
	scope string // the field rest is scoped to (title, body, category, tag, published), or ""
	// quote: head ends in a prefix of one word (-, title:), so a
	// suggestion of several words is quoted to stay one.
	quote bool
	// glued: a scope typed with a space after it (title: じ), which
	// the search refuses ("expected a value after title:"): head ends at
	// the scope, and what follows is written onto it (title:自分).
	glued bool
}

// syntaxTyped splits q at its last piece of editor syntax, read as the
// search reads it (normQuery, then words apart at spaces); ok is false
// when q has none. An operator, or a word that closes a parenthesis, is
// syntax as a whole; a prefix (an exclusion's -, a field scope, both,
// after any opening parentheses) is syntax when its word is the last, and
// the word as a whole otherwise.
func syntaxTyped(q string) (t typedSyntax, ok bool) {
	n := normQuery(q)
	at := -1 // where rest starts in n
	for i := 0; i < len(n); {
		for i < len(n) && n[i] == ' ' {
			i++
		}
		if i == len(n) {
			break
		}
		end := i + strings.IndexByte(n[i:]+" ", ' ')
		w := n[i:end]
		switch {
		case w == "OR" || w == "AND" || w == "NOT" || strings.HasSuffix(w, ")"):
			at, t = end, typedSyntax{}
		default:
			p, scope := syntaxPrefix(w)
			if p == 0 {
				break
			}
			if strings.TrimLeft(n[end:], " ") != "" {
				if p == len(w) && scope != "" {
					at, t = end, typedSyntax{scope: scope, quote: true, glued: true}
					break
				}
				at, t = end, typedSyntax{} // the prefixed word is not the last
				break
			}
			at, t = i+p, typedSyntax{scope: scope, quote: true}
		}
		i = end
	}
	if at < 0 {
		return typedSyntax{}, false
	}
	t.head, t.rest = n[:at], n[at:]
	if rest := strings.TrimLeft(t.rest, " "); rest != t.rest {
		t.head, t.rest = t.head+" ", rest // (one space, however many were typed)
		if t.glued {
			t.head = n[:at]
		}
	}
	return t, true
}

// syntaxPrefix returns the length in bytes of w's prefix of editor syntax
// (opening parentheses, an exclusion's -, a field scope, a - after it)
// and the field scoped, 0 when w starts with no exclusion or scope.
func syntaxPrefix(w string) (n int, scope string) {
	rest := strings.TrimLeft(w, "(")
	if r := strings.TrimLeft(rest, "-"); r != rest {
		n = len(w) - len(r)
		rest = r
	}
	if f := fieldPrefix(rest); f != "" {
		rest = rest[len(f)+1:]
		if f != "published" {
			rest = strings.TrimLeft(rest, "-") // title:-量子 is -title:量子
		}
		return len(w) - len(rest), f
	}
	return n, ""
}

// suggestAfterSyntax completes the words typed after the editor syntax of
// t on their own, and keeps the syntax before each word suggested. A word
// or tag is shown after t.head, as it goes back into the search box; a
// title (which opens its article) and a category (which becomes the
// category filter) are shown as they are. Under a scope only what it can
// name is suggested: under tag: tags, under category: categories, under
// title: and body: no categories, under published: (a date) nothing.
func (ix *Index) suggestAfterSyntax(ctx context.Context, t typedSyntax, size int) ([]Suggestion, error) {
	if strings.TrimSpace(t.rest) == "" || t.scope == "published" {
		return []Suggestion{}, nil // nothing begun after the syntax
	}
	// (Asked for more when a scope keeps only some kinds.)
	got, err := ix.suggestWords(ctx, t.rest, max(size, min(MaxSuggestSize, size*3)))
	if err != nil {
		return nil, err
	}
	out := make([]Suggestion, 0, len(got))
	for _, s := range got {
		switch {
		case t.scope == "tag" && s.Kind != kindTag,
			t.scope == "category" && s.Kind != kindCategory,
			(t.scope == "title" || t.scope == "body") && s.Kind == kindCategory:
			continue
		}
		if s.Kind == kindTerm || s.Kind == kindTag {
			text := s.Text
			if t.quote && strings.Contains(text, " ") && !strings.Contains(text, `"`) {
				text = `"` + text + `"`
			}
			var ok bool
			if s.Text, ok = searchable(t.head + text); !ok {
				continue
			}
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
		if len(out) == size {
			break
		}
	}
	return out, nil
}

// searchable returns text, a suggestion of the search box's syntax, as
// the search accepts it: with the parentheses it leaves open closed
// ((量子 OR じ had suggested (量子 OR 女性, which the search answers
// 400, "this ( is never closed"); ok is false when the search refuses it
// otherwise (OR じ: OR goes between two words), and then it is no
// suggestion.
func searchable(text string) (string, bool) {
	for closing := range maxQueryDepth + 1 {
		q := text + strings.Repeat(")", closing)
		if _, err := ParseQuery(q); err == nil {
			return q, true
		}
	}
	return "", false
}

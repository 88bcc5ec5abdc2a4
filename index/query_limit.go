package index

import (
	"strings"
	"unicode"

	"sagasu/analyzer"
)

// The word limit of a search-box query: counting the words it analyses
// into, and cutting a pasted headline to its first words within the
// limit.

// headWords returns the first of ws, a search box's words, that analyse
// into at most limit words, and every exclusion among ws, as a query; a
// word past the limit is cut (see headWithin), but not a phrase in
// quotes, which is left out whole: cut inside its quotes, the query had
// lost every quote and found the phrases' words anywhere. "" when no
// word is left.
func (c *compiler) headWords(ws []Node, limit int) string {
	var out []string
	used := 0
	for _, x := range ws {
		if nt, ok := x.(Not); ok {
			used += c.queryTokens(nt)
		}
	}
	full, added := used >= limit, false
	for _, x := range ws {
		switch v := x.(type) {
		case Not:
			if w, ok := v.X.(Word); ok {
				out = append(out, "-"+wordText(w))
			}
		case Word:
			if full {
				continue
			}
			k := c.queryTokens(v)
			switch {
			case used+k <= limit:
				out = append(out, wordText(v))
				used, added = used+k, true
				continue
			case !v.Phrase:
				if head := asWords(c.headWithin(v.Text, limit-used)); head != "" {
					out = append(out, head) // (asWords: cut inside （第2四半期）)
					added = true
				}
			}
			full = true
		}
	}
	if !added {
		return ""
	}
	return strings.Join(out, " ")
}

// wordText is w as typed in a query: a phrase in quotes.
func wordText(w Word) string {
	if w.Phrase {
		return `"` + w.Text + `"`
	}
	return w.Text
}

// headWithin returns the longest start of q that analyses into at most
// limit words, cut after a space or a mark of punctuation where one is
// near its end, or "" when none is.
func (c *compiler) headWithin(q string, limit int) string {
	rs := []rune(q)
	words := func(n int) int { return len(indexed(c.tokens(analyzer.Fold(string(rs[:n]))))) }
	lo, hi := 0, len(rs) // words(lo) <= limit < words(hi)
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; words(mid) <= limit {
			lo = mid
		} else {
			hi = mid
		}
	}
	for i := lo; i > lo*3/4; i-- {
		if unicode.IsSpace(rs[i-1]) || unicode.IsPunct(rs[i-1]) {
			lo = i
			break
		}
	}
	return strings.TrimSpace(string(rs[:lo]))
}

// maxQueryTokens bounds the words a search-box query analyses into,
// whatever its spaces: a thousand characters of words as common as 1, a
// and あ run together took seconds on livedoor (every word required, its
// alternatives, a relaxed search of them all; 39 of them 1.2 s), where a
// reader's longest questions have about fifteen.
const maxQueryTokens = 32

// queryTokens counts the indexed tokens of the words of n.
func (c *compiler) queryTokens(n Node) int {
	var xs []Node
	switch x := n.(type) {
	case Word:
		if x.Phrase {
			return 1 // one phrase, whatever its length
		}
		return len(indexed(c.tokens(analyzer.Fold(x.Text))))
	case Not:
		return c.queryTokens(x.X)
	case And:
		xs = x.Xs
	case Or:
		xs = x.Xs
	}
	k := 0
	seen := map[Node]bool{} // a word typed again, or excluded again, is compiled once
	for _, y := range xs {
		switch v := y.(type) {
		case Word, Not:
			if x, ok := v.(Not); ok {
				if _, word := x.X.(Word); !word {
					break // (an excluded group: And and Or are no map keys)
				}
			}
			if seen[v] {
				continue
			}
			seen[v] = true
		}
		k += c.queryTokens(y)
	}
	return k
}

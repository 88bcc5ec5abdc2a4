package index

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"

	"sagasu/analyzer"
)

// snippetRunes is the length of a body snippet, in characters.
const snippetRunes = 120

// span is a matched byte range of a stored field, with the terms it holds.
type span struct {
	start, end int
	terms      []string
}

// spansOf collects the match locations of one field, sorted, with
// overlapping and touching matches merged (全|固体|電池 becomes one mark).
// Locations outside the text or off character boundaries are dropped.
func spansOf(textLen int, maps ...search.TermLocationMap) []span {
	var out []span
	for _, locs := range maps {
		for term, ls := range locs {
			for _, l := range ls {
				s, e := int(l.Start), int(l.End)
				if s < 0 || e > textLen || s >= e {
					continue
				}
				out = append(out, span{start: s, end: e, terms: []string{term}})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end > out[j].end
	})
	merged := out[:0]
	for _, sp := range out {
		if n := len(merged); n > 0 && sp.start <= merged[n-1].end {
			last := &merged[n-1]
			last.end = max(last.end, sp.end)
			last.terms = append(last.terms, sp.terms...)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// locatedIn keeps the locations of a field that title and body share (the
// bigrams) that are in text: those where text has the term. (A location
// does not say which of the two it is in.)
func locatedIn(text string, locs search.TermLocationMap) search.TermLocationMap {
	if len(locs) == 0 {
		return nil
	}
	out := search.TermLocationMap{}
	for term, ls := range locs {
		for _, l := range ls {
			if s, e := int(l.Start), int(l.End); s >= 0 && s < e && e <= len(text) && analyzer.Fold(text[s:e]) == term {
				out[term] = append(out[term], l)
			}
		}
	}
	return out
}

// dropLone drops the spans that are one of pieces alone: a character
// kagome split from a word of the query, matched away from the rest of
// it (月 of 月着陸 in 6月6日). A piece with only a space or a hyphen
// between it and another match stays: the number of a name (Windows 8,
// GPT-5).
func dropLone(text string, spans []span, pieces map[string]bool) []span {
	if len(pieces) == 0 {
		return spans
	}
	lone := make([]bool, len(spans))
	for i, sp := range spans {
		lone[i] = !slices.ContainsFunc(sp.terms, func(t string) bool { return !pieces[t] }) && (len(sp.terms) == 1 || allSame(sp.terms))
	}
	joined := func(a, b span) bool {
		gap := text[a.end:b.start]
		return len(gap) <= 3 && strings.Trim(gap, " \u3000-－") == ""
	}
	var out []span
	for i, sp := range spans {
		if lone[i] && !(i > 0 && !lone[i-1] && joined(spans[i-1], sp)) && !(i+1 < len(spans) && !lone[i+1] && joined(sp, spans[i+1])) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// joinTyped makes one mark of two matches with a kana or two between
// them that the query typed, folded, has as one run with the kana: the
// ご that kagome drops from ふたご座流星群 (read as the prefix ふた, ご and
// 座流星群) had been left unmarked in the middle of the name the reader
// typed. Kana the query does not have between the two stay unmarked
// (燃料の補給 for 燃料補給). So are two matches of Latin letters or
// digits with only a hyphen or a point between them, the joiner of one
// name (HTV-X, Node.js), which a query typed without it (htvx, nodejs) or
// spelt out in kana had left marked in two.
func joinTyped(text string, spans []span, typed string) []span {
	if len(spans) < 2 || typed == "" {
		return spans
	}
	out := spans[:1:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		gap := text[last.end:sp.start]
		if n := utf8.RuneCountInString(gap[:min(len(gap), 3*utf8.UTFMax)]); n >= 1 && n <= 2 && kanaOnly(gap) && strings.Contains(typed, analyzer.Fold(text[last.start:sp.end])) || nameJoiner(text, last.end, sp.start) {
			last.end = sp.end
			last.terms = append(slices.Clip(last.terms), sp.terms...)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// nameJoiner reports whether text[end:start] is one hyphen or point
// between a Latin letter or digit and another.
func nameJoiner(text string, end, start int) bool {
	if start != end+1 || end == 0 || start >= len(text) || text[end] != '-' && text[end] != '.' {
		return false
	}
	return isASCIIAlnum(rune(text[end-1])) && isASCIIAlnum(rune(text[start]))
}

// kanaOnly reports whether s is hiragana or katakana alone.
func kanaOnly(s string) bool {
	for _, r := range s {
		if !unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != 'ー' {
			return false
		}
	}
	return s != ""
}

func allSame(ts []string) bool {
	for _, t := range ts[1:] {
		if t != ts[0] {
			return false
		}
	}
	return true
}

// markAll returns text HTML-escaped with every span in <mark>.
func markAll(text string, spans []span) string {
	return markRange(text, 0, len(text), spans)
}

// markRange renders text[from:to] as HTML: escaped, spans inside the range
// in <mark>, and every run of white space (line breaks, tabs, U+3000) shown
// as one space (an ideographic one when the run starts with U+3000).
func markRange(text string, from, to int, spans []span) string {
	w := htmlWriter{}
	w.b.Grow(to - from + 32)
	at := from
	for _, sp := range spans {
		if sp.start < at || sp.end > to || !validCut(text, sp.start) || !validCut(text, sp.end) {
			continue
		}
		// (The whole of a character on screen: the selector after 辻, the
		// keycap around 1.)
		start, end := max(at, clusterStart(text, sp.start)), min(to, clusterEnd(text, sp.end))
		w.text(text[at:start])
		w.b.WriteString("<mark>")
		w.text(text[start:end])
		w.b.WriteString("</mark>")
		at = end
	}
	w.text(text[at:to])
	return w.b.String()
}

func validCut(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// htmlWriter escapes text and folds white-space runs into one space.
type htmlWriter struct {
	b     strings.Builder
	space bool // the last rune written was a space
}

func (w *htmlWriter) text(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			// A run of white space is one space; an ideographic space
			// between words of a line (a title's 　) stays one.
			if !w.space {
				if r == '\u3000' {
					w.b.WriteRune(r)
				} else {
					w.b.WriteByte(' ')
				}
				w.space = true
			}
			continue
		}
		w.space = false
		switch r {
		case '<':
			w.b.WriteString("&lt;")
		case '>':
			w.b.WriteString("&gt;")
		case '&':
			w.b.WriteString("&amp;")
		case '"':
			w.b.WriteString("&#34;")
		case '\'':
			w.b.WriteString("&#39;")
		default:
			w.b.WriteRune(r)
		}
	}
}

// snippet returns about size characters of body around its best match:
// the window holding the most distinct matched terms (then the most
// matches), started at the beginning of its sentence when that is close, with
// … where text was cut. Without matches it is the start of the body.
func snippet(body string, spans []span, size int) string {
	if body == "" {
		return ""
	}
	start := 0
	if len(spans) > 0 {
		start = bestWindow(body, spans, size)
		// A match near the end leaves a short window: fill it from before.
		if have := runesAtMost(body[start:], size); have < size && start > 0 {
			start = backUp(body, start, size-have)
		}
	}
	if start > 0 {
		ceil := len(body)
		for _, sp := range spans {
			if sp.start >= start {
				ceil = sp.start
				break
			}
		}
		start = cutStart(body, start, ceil)
	}
	start = clusterStart(body, start)
	cut := start > 0
	// Skip leading spaces (livedoor paragraphs start with U+3000).
	for start < len(body) {
		r, n := utf8.DecodeRuneInString(body[start:])
		if r != ' ' && r != '\u3000' && r != '\n' && r != '\t' && r != '\r' {
			break
		}
		start += n
	}
	end := advance(body, start, size)
	floor := start // (the end of the last match shown)
	for _, sp := range spans {
		if sp.start < end {
			floor = max(floor, sp.end)
		}
	}
	end = clusterEnd(body, cutEnd(body, floor, end))
	// Do not cut a match in two (nor let a match of a flood of marks
	// make the snippet the body).
	for _, sp := range spans {
		if sp.start < end && sp.end > end {
			end = clusterEnd(body, min(sp.end, advance(body, end, maxClusterRunes)))
		}
	}
	var b strings.Builder
	if cut {
		b.WriteString("…")
	}
	b.WriteString(strings.TrimRight(markRange(body, start, end, spans), " "))
	if end < len(body) {
		b.WriteString("…")
	}
	return b.String()
}

// bestWindow picks the byte offset where the snippet starts.
func bestWindow(body string, spans []span, size int) int {
	const maxAnchors = 64
	bestStart, bestDistinct, bestCount := 0, -1, -1
	distinct := map[string]bool{}
	for i := 0; i < len(spans) && i < maxAnchors; i++ {
		start := windowStart(body, spans[i].start)
		end := advance(body, start, size)
		clear(distinct)
		count := 0
		for _, sp := range spans[i:] {
			if sp.start >= end {
				break
			}
			count++
			for _, t := range sp.terms {
				distinct[t] = true
			}
		}
		if len(distinct) > bestDistinct || (len(distinct) == bestDistinct && count > bestCount) {
			bestStart, bestDistinct, bestCount = start, len(distinct), count
		}
	}
	return bestStart
}

// windowStart backs up from a match to the start of its sentence when
// that is within 40 characters, else to 15 characters before the match.
func windowStart(body string, match int) int {
	const sentenceReach, lead = 40, 15
	i, fallback := match, -1
	for n := 0; n < sentenceReach && i > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(body[:i])
		if r == '。' || r == '\n' || r == '！' || r == '？' || r == '!' || r == '?' {
			return i
		}
		i -= size
		if n+1 == lead {
			fallback = i
		}
	}
	if i == 0 {
		return 0
	}
	if fallback < 0 {
		return i
	}
	return fallback
}

// backUp returns the byte offset about n characters before from: the
// start of a sentence when one starts within the first 20 of them.
func backUp(body string, from, n int) int {
	const sentenceReach = 20
	i := from
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(body[:i])
		i -= size
	}
	if i == 0 {
		return 0
	}
	for j, k := i, 0; j < from && k < sentenceReach; k++ {
		r, size := utf8.DecodeRuneInString(body[j:])
		j += size
		if r == '。' || r == '\n' || r == '！' || r == '？' || r == '!' || r == '?' {
			return j
		}
	}
	return i
}

// runesAtMost counts the characters of s up to limit: a snippet only needs
// to know whether the rest of a body holds its size, not the whole count.
func runesAtMost(s string, limit int) int {
	n := 0
	for range s {
		if n == limit {
			break
		}
		n++
	}
	return n
}

// advance returns the byte offset n characters after from.
func advance(s string, from, n int) int {
	i := from
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

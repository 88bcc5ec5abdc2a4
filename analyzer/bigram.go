package analyzer

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// BigramName is the bleve analyzer type for the character-bigram field.
const BigramName = "ja_bigram"

// Bigram indexes overlapping character bigrams of every katakana run in
// the folded text, ignoring how kagome segments it: kagome joins adjacent
// unknown katakana words into one token (ジェニファーロペス), so a query for
// one of them needs the characters, not the token. The index uses it only
// as a low-weight alternative for katakana words kagome does not know,
// never for a confidently segmented word, as a phrase of bigrams: the
// string itself, not its bigrams scattered (ビー and バー are no ビーバー).
// Runs are a position apart, so a phrase never spans two. Kanji are covered
// by shingles (see shingler); hiragana input goes through the reading
// field.
type Bigram struct{}

// Analyze implements bleve's analysis.Analyzer.
func (Bigram) Analyze(input []byte) analysis.TokenStream {
	n := normalize(input, false)
	mp := mapper{runs: n.runs}
	text := n.text
	// Tokens and terms in two slabs: a bigram each is many small
	// allocations otherwise.
	var toks []analysis.Token
	var terms []byte
	prevStart, prev := -1, rune(0)
	pos := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if !isBigramRune(r) {
			if prevStart >= 0 {
				pos++ // the gap between runs
			}
			prevStart = -1
			i += size
			continue
		}
		if prevStart >= 0 {
			pos++
			s, e := mp.span(prevStart, i+size)
			if terms == nil {
				terms = make([]byte, 0, len(text)/2)
			}
			at := len(terms)
			terms = utf8.AppendRune(utf8.AppendRune(terms, prev), r)
			toks = append(toks, analysis.Token{
				Term:     terms[at:len(terms):len(terms)],
				Start:    s,
				End:      e,
				Position: pos,
				Type:     analysis.Double,
			})
		}
		prevStart, prev = i, r
		i += size
	}
	out := make(analysis.TokenStream, len(toks))
	for i := range toks {
		out[i] = &toks[i]
	}
	return capOccurrences(out)
}

// Bigrams returns the bigram terms of s as a query uses them: those of its
// longest katakana run, in order.
func Bigrams(s string) []string {
	var out, run []string
	prev := 0
	for _, t := range (Bigram{}).Analyze([]byte(s)) {
		if t.Position != prev+1 {
			run = nil // a new run
		}
		run = append(run, string(t.Term))
		if len(run) > len(out) {
			out = run
		}
		prev = t.Position
	}
	return out
}

func isJapanese(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == longVowel || r == iterationMark
}

// isBigramRune reports whether r takes part in bigrams: katakana and ー.
func isBigramRune(r rune) bool {
	return unicode.Is(unicode.Katakana, r) || r == longVowel
}

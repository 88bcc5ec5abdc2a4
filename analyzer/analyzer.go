package analyzer

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Options configure an Analyzer. The zero value analyses with the IPA
// dictionary alone.
type Options struct {
	// UserDict is a kagome user dictionary in its CSV format
	// (surface,segmentation,readings,pos). Surfaces are folded like the
	// text (NFKC, lower case) before use, so entries match whatever width
	// or case an article uses.
	UserDict string
}

// Analyzer turns Japanese text into index terms. It is safe for concurrent
// use; build it with New, which shares one instance per Options.
type Analyzer struct {
	k *tokenizer.Tokenizer
}

var (
	sharedMu sync.Mutex
	shared   = map[Options]*Analyzer{}
)

// New returns the Analyzer for opts. The IPA dictionary is loaded once per
// process (about a second and 110 MB) and shared by every Analyzer; calls
// with equal options return the same instance.
func New(opts Options) (*Analyzer, error) {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if a, ok := shared[opts]; ok {
		return a, nil
	}
	kopts := []tokenizer.Option{tokenizer.OmitBosEos()}
	if strings.TrimSpace(opts.UserDict) != "" {
		ud, err := parseUserDict(opts.UserDict)
		if err != nil {
			return nil, err
		}
		kopts = append(kopts, tokenizer.UserDict(ud))
	}
	k, err := tokenizer.New(ipa.Dict(), kopts...)
	if err != nil {
		return nil, fmt.Errorf("analyzer: %w", err)
	}
	a := &Analyzer{k: k}
	shared[opts] = a
	return a, nil
}

// parseUserDict reads a kagome user dictionary and folds its surfaces and
// segmentations the way the text is folded.
func parseUserDict(csv string) (*dict.UserDict, error) {
	recs, err := dict.NewUserDicRecords(strings.NewReader(csv))
	if err != nil {
		return nil, fmt.Errorf("analyzer: user dictionary: %w", err)
	}
	for i := range recs {
		recs[i].Text = Fold(recs[i].Text)
		for j := range recs[i].Tokens {
			recs[i].Tokens[j] = Fold(recs[i].Tokens[j])
		}
	}
	ud, err := recs.NewUserDict()
	if err != nil {
		return nil, fmt.Errorf("analyzer: user dictionary: %w", err)
	}
	return ud, nil
}

// Fold returns s as the analyzer sees it before segmentation: NFKC, lower
// case, format characters removed, spaces unified.
func Fold(s string) string {
	return string(normalize([]byte(s)).text)
}

// Analyze implements bleve's analysis.Analyzer: it returns the index terms
// of input with byte offsets into input itself.
func (a *Analyzer) Analyze(input []byte) analysis.TokenStream {
	var (
		toks  []analysis.Token
		terms []byte
	)
	a.walk(input, func(m *morph) {
		if m.term == "" {
			return
		}
		at := len(terms)
		terms = append(terms, m.term...)
		toks = append(toks, analysis.Token{
			Term:     terms[at:len(terms):len(terms)],
			Start:    m.start,
			End:      m.end,
			Position: m.pos,
			Type:     tokenType(m.term),
		})
	})
	out := make(analysis.TokenStream, len(toks))
	for i := range toks {
		out[i] = &toks[i]
	}
	return out
}

// Terms returns the index terms of text in order, as a query uses them:
// a user-dictionary compound stands for itself, without its parts.
func (a *Analyzer) Terms(text string) []string {
	var out []string
	a.walk([]byte(text), func(m *morph) {
		if m.term != "" && !m.part {
			out = append(out, m.term)
		}
	})
	return out
}

// morph is one kagome token mapped back to the input.
type morph struct {
	tok        *tokenizer.Token
	start, end int    // byte offsets into the input
	pos        int    // 1-based; dropped tokens leave gaps, spaces do not count
	term       string // the index term, or "" when the token is not indexed
	part       bool   // a part of the preceding user-dictionary compound
}

// walkParts emits the segmentation of a user-dictionary compound after the
// compound itself, the first part at the compound's position: 全固体電池 is
// indexed as 全固体電池 and as 全|固体|電池, so 電池 finds it and a phrase
// query lines up either way. It returns the last position used.
func (a *Analyzer) walkParts(k *tokenizer.Token, at, pos int, mp *mapper, fn func(*morph)) int {
	ex := k.UserExtra()
	if ex == nil || len(ex.Tokens) < 2 {
		return pos
	}
	pos-- // the first part shares the compound's position
	off := 0
	for _, part := range ex.Tokens {
		i := strings.Index(k.Surface[off:], part)
		if i < 0 || part == "" {
			continue
		}
		pos++
		s, e := mp.span(at+off+i, at+off+i+len(part))
		off += i + len(part)
		if term := partTerm(part); term != "" {
			m := morph{tok: k, start: s, end: e, pos: pos, term: term, part: true}
			fn(&m)
		}
	}
	return pos
}

// maxChunk bounds the text given to kagome in one call (the lattice grows
// with it); chunks normally end at sentence boundaries well before this.
const maxChunk = 2048

// walk folds input, segments it sentence by sentence in search mode and
// calls fn for every non-space token, in order.
func (a *Analyzer) walk(input []byte, fn func(*morph)) {
	n := normalize(input)
	if len(n.text) == 0 {
		return
	}
	mp := mapper{runs: n.runs}
	pos := 0
	var m morph
	for start := 0; start < len(n.text); {
		end := chunkEnd(n.text, start)
		chunk := string(n.text[start:end])
		toks := a.k.Analyze(chunk, tokenizer.Search)
		for i := range toks {
			k := &toks[i]
			if isSpace(k.Surface) {
				continue
			}
			pos++
			at := start + k.Position
			s, e := mp.span(at, at+len(k.Surface))
			m = morph{tok: k, start: s, end: e, pos: pos, term: termOf(k)}
			fn(&m)
			if k.Class == tokenizer.USER {
				pos = a.walkParts(k, at, pos, &mp, fn)
			}
		}
		start = end
	}
}

// maxRun bounds a run of characters of one class (Latin letters, digits,
// katakana, …) inside a chunk. kagome's unknown-word handling is quadratic
// in such a run: 100 KB of "aaaa…" took seconds before this bound. No real
// word is this long, so cutting there costs nothing.
const maxRun = 64

// chunkEnd returns the end of the chunk that starts at start: just after the
// first sentence end (。!? or a line break), after maxRun characters of one
// class, or at a space, comma or rune boundary when a sentence runs longer
// than maxChunk.
func chunkEnd(text []byte, start int) int {
	limit := min(len(text), start+maxChunk)
	class, run := -1, 0
	for i := start; i < limit; {
		r, size := utf8.DecodeRune(text[i:])
		switch r {
		case '。', '!', '?', '\n':
			return i + size
		}
		if c := charClass(r); c == class {
			if run++; run > maxRun {
				return i
			}
		} else {
			class, run = c, 1
		}
		i += size
	}
	if limit == len(text) {
		return limit
	}
	for i := limit; i > start+maxChunk/2; {
		r, size := utf8.DecodeLastRune(text[:i])
		if r == ' ' || r == '、' || r == ',' {
			return i
		}
		i -= size
	}
	for limit > start && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// charClass buckets runes the way kagome groups unknown words.
func charClass(r rune) int {
	switch {
	case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
		return 1
	case '0' <= r && r <= '9':
		return 2
	case unicode.Is(unicode.Katakana, r) || r == 'ー':
		return 3
	case unicode.Is(unicode.Hiragana, r):
		return 4
	case unicode.Is(unicode.Han, r):
		return 5
	case unicode.IsLetter(r):
		return 6
	}
	return 7
}

func isSpace(s string) bool {
	return strings.TrimSpace(s) == ""
}

package analyzer

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
	// NameReadings is the table of readings kanji have in given names
	// (see parseNameTable and names.go).
	NameReadings string
}

// Analyzer turns Japanese text into index terms. It is safe for concurrent
// use; build it with New, which shares one instance per Options. Its
// Analyze gives the main-field terms; Reading gives a view of the same
// analysis that yields reading terms.
type Analyzer struct {
	k        *tokenizer.Tokenizer
	readings sync.Map // verb and adjective base form -> normalised reading
	pending  pendingReadings
	feat     featureIndex
	names    nameTable
	proper   sync.Map // surface -> [2][]string: aloneParts' answer (with affixes under affixKey+surface)
	lent     lentTokens
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
	a := &Analyzer{k: k, feat: newFeatureIndex(), names: parseNameTable(opts.NameReadings)}
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
	flattenParts(recs)
	ud, err := recs.NewUserDict()
	if err != nil {
		return nil, fmt.Errorf("analyzer: user dictionary: %w", err)
	}
	return ud, nil
}

// flattenParts segments every part of a user-dictionary word that is
// itself a word of the dictionary with parts, as that word is (論理|量子ビット
// is 論理|量子|ビット, as 量子ビット is 量子|ビット): the parts are what the
// index holds a compound by, so ビット finds 論理量子ビット as it finds
// 量子ビット, and 量子ビット finds it by its parts side by side. A part
// whose readings do not match its segmentation stays as it is.
func flattenParts(recs dict.UserDictRecords) {
	words := make(map[string]int, len(recs))
	for i, r := range recs {
		if len(r.Tokens) > 1 && len(r.Tokens) == len(r.Yomi) {
			words[r.Text] = i
		}
	}
	for i := range recs {
		r := &recs[i]
		if len(r.Tokens) < 2 || len(r.Tokens) != len(r.Yomi) {
			continue
		}
		var toks, yomi []string
		for j, t := range r.Tokens {
			k, ok := words[t]
			if !ok || k == i {
				toks, yomi = append(toks, t), append(yomi, r.Yomi[j])
				continue
			}
			// (One level: the dictionary's compounds nest at most twice.)
			toks, yomi = append(toks, recs[k].Tokens...), append(yomi, recs[k].Yomi...)
		}
		r.Tokens, r.Yomi = toks, yomi
	}
}

// Fold returns s as the analyzer sees it before segmentation: NFKC, lower
// case, format characters removed, spaces unified.
func Fold(s string) string {
	return string(normalize([]byte(s), false).text)
}

// Analyze implements bleve's analysis.Analyzer: it returns the main-field
// terms of input with byte offsets into input itself.
//
// bleve analyses a document's title, then its reading view; to spare the
// second kagome pass, Analyze also computes the reading terms and leaves
// them for ReadingAnalyzer.Analyze to pick up. That is exact when the text
// has no kanji variants (the only difference in the reading view's
// folding); otherwise the reading view analyses the text itself, and
// Analyze leaves it kagome's segmentation of each sentence (see passOn):
// the view segments again only the sentences whose variants it folds.
func (a *Analyzer) Analyze(input []byte) analysis.TokenStream {
	if hasVariants(input) {
		main, _ := a.streams(input, false, passOn)
		return main
	}
	main, reading := a.streams(input, true, borrow)
	a.pending.put(input, reading)
	return main
}

// streams runs walk once and collects the main terms and, with readings,
// the reading terms; mode is how it shares its segmentation (see Lending).
func (a *Analyzer) streams(input []byte, readings bool, mode lending) (main, reading analysis.TokenStream) {
	// About one term per three bytes of Japanese text.
	toks := make([]analysis.Token, 0, len(input)/6+4)
	terms := make([]byte, 0, len(input)/2+16)
	var (
		rtoks  []analysis.Token
		rterms []byte
	)
	if readings {
		rtoks = make([]analysis.Token, 0, len(input)/6+4)
		rterms = make([]byte, 0, len(input)+16)
	}
	// A long text may repeat a term far beyond maxOccurrences: counting as
	// the terms come spares holding the excess (see capOccurrences, which
	// covers shorter texts).
	var seen map[string]int
	var distinct [2]int // terms of the main and the reading field so far
	if len(input) > countAsYouGoBytes {
		seen = make(map[string]int)
	}
	add := func(toks *[]analysis.Token, buf *[]byte, term string, pos int, m *morph) {
		if seen != nil {
			k, f := term, 0
			if toks == &rtoks {
				k, f = "\x00"+term, 1 // the reading field counts apart
			}
			n, ok := seen[k]
			if !ok && distinct[f] >= maxDistinctTerms || n >= maxOccurrences {
				return
			}
			if !ok {
				distinct[f]++
			}
			seen[k] = n + 1
		}
		at := len(*buf)
		*buf = append(*buf, term...)
		*toks = append(*toks, analysis.Token{
			Term:     (*buf)[at:len(*buf):len(*buf)],
			Start:    m.start,
			End:      m.end,
			Position: pos,
			Type:     tokenType(term),
		})
	}
	a.walkLending(input, readings, mode, func(m *morph) {
		if m.term == "" {
			return
		}
		add(&toks, &terms, m.term, m.pos, m)
		if m.age {
			add(&toks, &terms, AgeMark, m.pos+1, m) // at the closing bracket
		}
		if m.reading != "" {
			add(&rtoks, &rterms, m.reading, m.rpos, m)
		}
		if m.altReading != "" {
			add(&rtoks, &rterms, m.altReading, m.rpos, m)
		}
		for _, r := range m.nameReadings {
			add(&rtoks, &rterms, r, m.rpos, m)
		}
		for i, r := range m.spanReadings {
			run := *m
			run.end = m.spanEnds[i]
			add(&rtoks, &rterms, r, m.rpos, &run)
		}
	})
	return capOccurrences(sorted(toks)), capOccurrences(sorted(rtoks))
}

// sorted returns pointers to toks ordered by position, then start. Parts
// and shingles are emitted after the token or run they belong to; the
// stream reads in text order.
func sorted(toks []analysis.Token) analysis.TokenStream {
	out := make(analysis.TokenStream, len(toks))
	for i := range toks {
		out[i] = &toks[i]
	}
	less := func(a, b *analysis.Token) int {
		if a.Position != b.Position {
			return a.Position - b.Position
		}
		return a.Start - b.Start
	}
	if !slices.IsSortedFunc(out, less) {
		slices.SortStableFunc(out, less)
	}
	return out
}

// Terms returns the main-field terms of text in order, as a query uses them:
// a user-dictionary compound stands for itself, without its parts.
func (a *Analyzer) Terms(text string) []string {
	var out []string
	a.walk([]byte(text), false, func(m *morph) {
		if m.term != "" && !m.part && !m.shingle {
			out = append(out, m.term)
		}
	})
	return out
}

// morph is one token mapped back to the input: a kagome token, a part of a
// user-dictionary compound, or a run of numeral tokens joined into one.
type morph struct {
	tok          *tokenizer.Token // the (first) kagome token
	surface      string           // folded surface
	start, end   int              // byte offsets into the input
	pos          int              // 1-based; dropped tokens leave gaps, spaces do not count
	rpos         int              // position in the reading field (parts take none)
	term         string           // the main-field term, or "" when the token is not indexed
	reading      string           // the reading-field term, when walk was asked for readings
	altReading   string           // a second reading term (a verb's own reading beside its base form's)
	nameReadings []string         // more reading terms: the other readings of a name kanji or of a prefix
	spanReadings []string         // more reading terms: runs of a compound's parts (see walkParts)
	spanEnds     []int            // where each run of spanReadings ends in the input
	name         bool             // may be part of a personal name (see nameContext)
	part         bool             // a part of the preceding user-dictionary compound
	number       bool             // numeral tokens joined and written in Arabic digits
	age          bool             // a number in brackets after a name, an age (see bracketedAge)
	shingle      bool             // single-kanji tokens joined (see shingler)
}

// walk folds input, segments it sentence by sentence in search mode and
// calls fn for every non-space token, in order. With readings, the folding
// also unifies kanji variants and each morph carries its reading term.
func (a *Analyzer) walk(input []byte, readings bool, emit func(*morph)) {
	a.walkLending(input, readings, borrow, emit)
}

// walkLending is walk, which shares kagome's segmentation of each
// sentence with the analyses after it as mode says (see Lending).
func (a *Analyzer) walkLending(input []byte, readings bool, mode lending, emit func(*morph)) {
	// Variant folding only matters (and only costs) when there are variants.
	n := normalize(input, readings && hasVariants(input))
	if len(n.text) == 0 {
		return
	}
	sh := shingler{emit: emit}
	defer sh.flush()
	fn := sh.add
	mp := mapper{runs: n.runs}
	// A cursor of its own for joinLatinRuns, which looks ahead.
	lower := mapper{runs: n.runs}
	// shift: positions taken by parts, which the reading field does not take.
	pos, shift := 0, 0
	var m morph
	for start := 0; start < len(n.text); {
		end := chunkEnd(n.text, start)
		// n.text is not modified after normalize, so kagome may read it
		// in place (and a lending analysis leave it as the key).
		sentence := unsafe.String(&n.text[start], end-start)
		toks := a.giveBackKatakana(sentence, a.segment(sentence, mode))
		toks = joinLatinRuns(toks, func(pos int) bool {
			s, e := lower.span(start+pos, start+pos+1)
			r, _ := utf8.DecodeRune(input[s:e])
			return unicode.IsLower(r)
		})
		toks = joinSymbolNames(toks)
		toks = joinSmallKana(toks)
		for i := 0; i < len(toks); i++ {
			k := &toks[i]
			if isSpace(k.Surface) || isJoiner(toks, i) {
				continue
			}
			pos++
			at := start + k.Position
			if v, ok := kanjiMonth(k); ok {
				pos = a.monthMorphs(k, v, at, &mp, pos, shift, readings, fn)
				continue
			}
			if j := numeralRun(toks, i); j > i && isNumber(toks, i, j) {
				m = a.numberMorph(toks[i:j], start, &mp, pos)
				if v, ok := seriesNumber(toks, i, j, m.term); ok {
					m.term, m.reading = v, v // vol.05 is vol.5
				}
				m.rpos = pos - shift
				m.age = bracketedAge(toks, i, j)
				fn(&m)
				i = j - 1
				continue
			}
			if j := quotedKana(toks, i); j > i {
				// Emitted before the run's own tokens: the shingler may
				// hold a run that ends before the quote.
				q := a.quotedMorph(toks[i+1:j], start, &mp, pos+1, pos+1-shift, readings)
				sh.emit(&q)
			}
			s, e := mp.span(at, at+len(k.Surface))
			pos0, _ := k.FeatureAt(0)
			m = morph{tok: k, surface: k.Surface, start: s, end: e, pos: pos, rpos: pos - shift, term: a.termOf(k, pos0)}
			if readings && m.term != "" {
				m.reading, m.altReading = a.readingOf(k, pos0), a.nounReading(k, pos0, verbUse(toks, i))
				if nameContext(toks, i) {
					m.name, m.nameReadings = true, a.nameReadings(k, m.reading)
				} else if m.reading == "" {
					m.reading = a.unknownKanjiReading(toks, i) // 圧 of 加圧 (see unknownkanji.go)
				} else if pos0 == "接頭詞" {
					m.nameReadings = a.prefixReadings(k, m.reading) // (see prefix.go)
				} else if pos0 == "名詞" {
					m.nameReadings = a.pronounSuffixReadings(toks, i, m.reading) // 僕等 (see suffix.go)
				}
			}
			fn(&m)
			if j := a.verbCompound(toks, i); j > i {
				c := a.verbCompoundMorph(toks[i:j], start, &mp, pos, pos-shift, readings) // 読み聞かせ (see verbcompound.go)
				sh.emit(&c)
			}
			if parts, partReadings := a.partsOf(k, m.term); len(parts) > 1 {
				next := walkParts(k, parts, partReadings, at, m, &mp, fn)
				shift += next - pos
				pos = next
			}
		}
		start = pastRun(n.text, end)
	}
}

// isJoiner reports whether toks[i] is a hyphen inside a Latin name or
// model number (SH-07D, USB-C, Mini-ITX), a point or an apostrophe
// between letters (Node.js, ASP.NET, B'z), or a point between letters and
// the number after them (vol.4, No.1, Ver.2): it takes no position, so the
// name is the same phrase written with it or without (SH07D, nodejs, vol4,
// which had found none of the articles numbered vol.04: a Latin word and
// the number written onto it are a phrase). (A point between digits is a
// number's: 3.5 is no 3 5.)
func isJoiner(toks []tokenizer.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	switch toks[i].Surface {
	case "-":
	case ".":
		if !isLetters(toks[i-1].Surface) || !isLetters(toks[i+1].Surface) && !startsWithDigit(toks[i+1].Surface) {
			return false
		}
	case "'", "’":
		if !isLetters(toks[i-1].Surface) || !isLetters(toks[i+1].Surface) {
			return false
		}
	default:
		return false
	}
	prev, next := toks[i-1].Surface, toks[i+1].Surface
	if toks[i-1].Position+len(prev) != toks[i].Position || toks[i].Position+len(toks[i].Surface) != toks[i+1].Position {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	return isLatinOrDigit(last) && isLatinOrDigit(first)
}

// startsWithDigit reports whether s starts with an ASCII digit.
func startsWithDigit(s string) bool {
	return s != "" && '0' <= s[0] && s[0] <= '9'
}

func isLatinOrDigit(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

func isSpace(s string) bool {
	return strings.TrimSpace(s) == ""
}

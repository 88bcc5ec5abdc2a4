package index

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Compiling search-box text into a textQuery: the boosts, the compiler
// and what it keeps of one query's look-ups, compile (a pasted paragraph,
// a query that does not parse read as words, editor syntax), and the
// per-query caches of tokens and look-ups.

// Boosts. An exact word in the title counts titleBoost times one in the
// body; alternatives for a word (its synonyms, its reading, its bigrams)
// count less than the word itself, so exact matches rank first.
const (
	titleBoost     = 3.0
	proximityBoost = 2.0 // a multi-word clause's words side by side
	synonymBoost   = 0.6
	readingBoost   = 0.4
	// katakanaReadingBoost weighs katakana input's reading matches (see
	// readingAlt).
	katakanaReadingBoost = 0.1
	// guessBoost weighs the words kagome made of kana it could not read
	// whole (see word).
	guessBoost = 0.03
	// kanaSegmentations is how many ways to split kana input are tried.
	kanaSegmentations = 4
	fuzzyBoost        = 0.3
	bigramBoost       = 0.2
)

// compiler turns search-box text into bleve queries.
type compiler struct {
	an   *analyzer.Analyzer
	syn  *synonyms
	tc   termCounter
	docs uint64 // articles in the index, 0 when not known
	// quoted: the word being compiled is quoted alone ("半導体"), and
	// finds its text, not the articles that have it only as a tag or a
	// category, as -"半導体" excludes.
	quoted bool
	fuzzed int // words given spellings an edit away (see fuzzyAlt)
	// respelled: the terms no article has that articles spell another way
	// (see nearestSpellings); those are not looked up by sound.
	respelled map[string]bool
	models    int // names bound to their numbers (see maxModelPhrases)
	// quotedCost is the work of the query's phrases in quotes, phraseCost
	// that of its other phrases so far (see maxPhraseWork).
	quotedCost, phraseCost uint64
	// analysed holds the tokens of the texts the query's rules analyse,
	// analysedTerms their terms and analysedReadings their reading terms
	// (see tokens, terms, readingTerms).
	analysed         map[string][]analyzer.Token
	analysedTerms    map[string][]string
	analysedReadings map[string][]string
	sounded          int // words looked up by sound (see soundAlt)
	romaji           int // words looked up as romaji (see romajiAlt)
	// wordTerms holds the terms of single English words (see namedRun).
	wordTerms map[string][]string
	sounds    map[string]query.Query // soundAlt's answers, by text
	nearest   map[string]soundNear   // soundAlt's nearest word, by text
	loanwords map[string]query.Query // loanwordAlt's answers, by text
	romajis   map[string]query.Query // romajiAlt's answers, by text
	akas      map[string][]string    // akaOthers' answers, by word
	// counts keeps counted's answers across searches; nil for none.
	counts *dfCache
	// modelUnits: the pieces of each model unit (see modelPieces).
	modelUnits map[query.Query][]query.Query
	// spelledAs: the words a word was found as in another script (テスラ
	// for てすら, ispace for アイスペース), for the tag bonus.
	spelledAs []string
	// echoes are the body's matches of the words scoped to titles (see
	// scopedWord); negating counts the exclusions being compiled, whose
	// words have none.
	echoes   []query.Query
	negating int
	// homophones: words checked for a homophone typo (see homophoneAlt).
	homophones int
	// meant maps a word typed with a kanji typo to the word the articles
	// write that it reads as (全個体電池: 全固体電池; see kanjiRespelling),
	// soundsAs one searched by its sound (see homophoneAlt) to the reading
	// terms it was searched by.
	meant    map[string]string
	soundsAs map[string][][]string
	// dashes: words checked for a dash typed for ー (see dashAsLongVowel).
	dashes int
	// tagged: words of longer ones checked against the tags (see
	// termUnits).
	tagged int
	// categories returns the index's categories by folded term and by
	// reading (see Index.namedCategories); nil when unknown.
	categories func() *categoryNames
	// oneWord: the search-box query is a single word to find, which a
	// relaxed search may not break into kagome's pieces when katakana.
	oneWord bool
	// several: more than one word of the query is required (see
	// requiredWords), and a word's pieces side by side count in the
	// title only as in the body (see wordFallbacks).
	several bool
	// piece: the word being compiled is a piece of a sentence typed as
	// one word (see splitWords).
	piece bool
	// pieces holds the likeliest reading terms of kana typed before
	// conversion, by the text typed (see readingAlt): the units a relaxed
	// search needs some of.
	pieces map[string][]string
	weak   map[query.Query]bool // see textQuery.weak
	spare  map[query.Query]bool // see textQuery.spare
	named  map[query.Query]bool // see textQuery.named
	// words returns the words whose whole reading is a reading (see
	// kanaSynonyms); nil when there is no suggestion data to ask.
	words func(reading string) []string
	// wholes returns the user dictionary's words that have two terms as
	// parts side by side (see Index.userWholes); nil when unknown.
	wholes func(a, b string) []string
}

// compile builds the query. Each word becomes one or more units that must
// all match: one per content word (in the title or the body), where a word
// that has synonyms also matches them, a run of tokens kagome could not
// segment confidently also matches by character bigrams, and a word typed
// in kana, a name or a word with okurigana also matches by reading.
// Phrases must occur as written; exclusions remove articles. A query with
// editor syntax (OR, parentheses, fields, dates) compiles node by node and
// is never relaxed.
func (c *compiler) compile(q string) (textQuery, error) {
	n, err := ParseQuery(q)
	if err != nil {
		se := (*SyntaxError)(nil)
		isSyntax := errors.As(err, &se)
		switch {
		case !editorSyntax(q) && isSyntax && se.words:
			// A pasted paragraph, not a mistake in the syntax.
			how := ""
			if utf8.RuneCountInString(normQuery(q)) > utf8.RuneCountInString(q) {
				how = ", counted once the width is folded (NFKC), which writes some characters as several words (ﷺ as four)"
			}
			return textQuery{}, badParam("q", "query_too_long", "has more than %d words (the next at character %d)%s: search for the few that say what you look for", maxQueryLeaves, se.Pos, how)
		case editorSyntax(q) || isSyntax && se.limit:
			return textQuery{}, err
		}
		// A search-box query with an unbalanced ( or " or a lone -, or
		// nested too deep: read it as words.
		words := asWords(q)
		if words == "" {
			// Only syntax ("(", "-"): no word to find, so nothing is found,
			// as for a query of particles.
			return textQuery{units: []query.Query{bleve.NewMatchNoneQuery()}}, nil
		}
		if n, err = ParseQuery(words); err != nil {
			return textQuery{}, err
		}
	}
	words, plain := c.plainWords(n)
	limit := maxQueryTokens
	if !plain {
		limit = maxQueryLeaves // an editor's list of words, each compiled as written
	}
	if k := c.queryTokens(n); k > limit {
		if plain && !editorSyntax(q) {
			// A headline pasted whole (33 and 35 words, livedoor's
			// longest): its first words find it, and what it excludes
			// stays excluded wherever it was typed (a -東京 at the end
			// had been cut off with the words past the limit).
			if head := c.headWords(words, limit); head != "" {
				if hn, err := ParseQuery(head); err == nil && c.queryTokens(hn) <= limit {
					return c.compile(head)
				}
			}
		}
		return textQuery{}, badParam("q", "query_too_long", "has %d words after analysis; the limit is %d: search for the few that say what you look for", k, limit)
	}
	var tq textQuery
	if plain {
		tq = c.plain(words)
	} else if box, rest := searchBoxWords(n); len(box) > 0 {
		// Plain words beside an editor's field, label, date or group
		// (テレビ おすすめ category:movie-enter): the words as the search
		// box reads them, its intent and grammar words optional (おすすめ,
		// as a), ANDed with the rest, and never relaxed. Required as
		// written, 扇風機のおすすめを教えて published:>=2000 had found
		// nothing.
		if words, ok := c.plainWords(And{Xs: box}); ok {
			tq = c.plain(words)
		}
		tq.relax = nil
		for _, x := range rest {
			if q := c.node(x); q != nil {
				tq.units = append(tq.units, q)
			}
		}
	} else if q := c.node(n); q != nil {
		tq.units = []query.Query{q}
	}
	if err := c.ctxErr(); err != nil {
		// The words' alternatives were cut short: no search of them.
		return textQuery{}, err
	}
	if c.quotedCost > maxPhraseWork {
		return textQuery{}, badParam("q", "query_too_long", "its phrases in quotes are of words so common that matching them would check about %d articles (the limit is %d): quote fewer phrases, or rarer words", c.quotedCost, maxPhraseWork)
	}
	tq.echoes = c.echoes
	return tq, nil
}

// searchBoxWords splits the words of an editor's query joined by AND
// into the plain words and exclusions of the search box (no field named)
// and the rest; none when n is no AND or has no rest.
func searchBoxWords(n Node) (box, rest []Node) {
	and, ok := n.(And)
	if !ok {
		return nil, nil
	}
	for _, x := range and.Xs {
		w := x
		if nt, ok := x.(Not); ok {
			w = nt.X
		}
		if word, ok := w.(Word); ok && word.Field == "" {
			box = append(box, x)
		} else {
			rest = append(rest, x)
		}
	}
	if len(rest) == 0 {
		return nil, nil
	}
	return box, rest
}

// asWords returns q as words, without the brackets and quotes, a minus
// before ( or " kept with the word after it (-((暗号 excludes 暗号): how a
// search-box query that does not parse is read. A phrase with no word
// in it goes with the minus before it (see withoutEmptyPhrases).
func asWords(q string) string {
	words := strings.Fields(strings.NewReplacer("(", " ", ")", " ", `"`, " ").Replace(minusGroup.ReplaceAllString(withoutEmptyPhrases(normQuery(q)), "-")))
	words = slices.DeleteFunc(words, func(w string) bool { return strings.Trim(w, "-") == "" })
	return strings.Join(words, " ")
}

// withoutEmptyPhrases returns s, a normQuery text, without its phrases of
// no word ("", " "), quotes paired from the left as the parser pairs
// them, and without the minuses that start a word before them: -"" is
// an exclusion of nothing, whose minus minusGroup had given to the word
// after it (量子 -"" AI excluded AI, -"" 量子 listed every article
// without 量子).
func withoutEmptyPhrases(s string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '"')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open+1:], '"')
		if end < 0 {
			break // (a stray quote: a minus before it excludes the word after it)
		}
		end += open + 1
		if strings.TrimSpace(s[open+1:end]) != "" {
			b.WriteString(s[:end+1])
		} else {
			before := strings.TrimRight(s[:open], "-")
			if before != "" && !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, "(") {
				before = s[:open] // (a hyphen ending a word: AI-"" keeps it)
			}
			b.WriteString(before)
			b.WriteByte(' ')
		}
		s = s[end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// ctxErr is the error of the context the compiler's lookups run under,
// once it is done; nil before, or when there is none.
func (c *compiler) ctxErr() error {
	if rc, ok := c.tc.(*readerCounter); ok && rc.ctx != nil {
		return rc.ctx.Err()
	}
	return nil
}

// memoized returns (*m)[text], computed by f the first time it is asked
// for: a query word's look-ups are searches, and its analyses kagome's
// (see tokens), asked for again by the rules that look at the words
// around it.
func memoized[T any](m *map[string]T, text string, f func(string) T) T {
	if v, ok := (*m)[text]; ok {
		return v
	}
	v := f(text)
	if *m == nil {
		*m = map[string]T{}
	}
	(*m)[text] = v
	return v
}

// minusGroup is a minus before an opening parenthesis or quote.
var minusGroup = regexp.MustCompile(`-[("][("\s]*`) // (spaces inside: -( iPhone excludes iPhone)

// editorSyntax reports whether q uses more than words, phrases and
// exclusions: then a syntax error is reported, not worked around.
func editorSyntax(q string) bool {
	for _, w := range strings.Fields(normQuery(q)) {
		w = strings.TrimLeft(w, "-(")
		if op := strings.TrimRight(w, ")"); op == "OR" || op == "AND" || op == "NOT" || hasFieldPrefix(w) {
			return true
		}
	}
	return false
}

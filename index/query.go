package index

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

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

// textQuery is a compiled search-box query.
type textQuery struct {
	units  []query.Query // all must match (strict)
	relax  []query.Query // the finer units a relaxed search needs some of
	should []query.Query // score bonuses
	// intents are the should clauses of the optional words that say what
	// the reader wants (おすすめ, あらすじ: see intentWords).
	intents []query.Query
	// near are the should clauses that rank words side by side (a
	// phrase of the words as typed): ranking only, and no highlight that
	// the units do not give already (see locating).
	near map[query.Query]bool
	tags query.Query // the bonus for articles tagged with a word (see tagShould), or nil
	// synTags is the bonus for articles tagged with a word's synonym
	// (see synonymTags), or nil.
	synTags query.Query
	// explains is the bonus for explainers of the words of a query that
	// asks what something is (see explainerClause), or nil.
	explains query.Query
	mustNot  []query.Query
	// weak are the relax units that find no article on their own: a bare
	// number (2 of スイッチ2 is in every other article).
	weak map[query.Query]bool
	// spare are the relax units that stand for a long word whole (its
	// reading, its synonyms) beside the word's own units: they find
	// articles alone, but are no word an article may miss. Counted as one,
	// a reading phrase of a whole sentence that no article has made every
	// article miss a word, and so none was ranked for missing only one
	// (加瀬亮が幽霊役で出てる映画 ranked below the same words typed apart).
	spare map[query.Query]bool
	// named are the relax units of names (see namedBoost).
	named map[query.Query]bool
	// common: the relax units are in many of the articles (see
	// maxMostWork).
	common bool
	// all: a relaxed search ranks the articles with every word first
	// (a few had them: see RelaxFew).
	all bool
	// quoted: the query has a phrase in quotes, which a reader wants as
	// typed (see canFollow).
	quoted bool
	// question: the words ask a question (see isQuestion), which RelaxAuto
	// treats as RelaxFew.
	question bool
	// sentence: the words are a sentence, whose verbs and adjectives
	// are optional (see plainVerbs): the articles with most of its words
	// may follow the few with every one, even when only one word is
	// required (夏っぽいメイクに変えるコツ).
	sentence bool
	// verbs are the sentence's optional verbs and adjectives (see
	// plainVerbs): a bonus of their own in a strict search, where an
	// article has them; a relaxed search counts them as relax units.
	// (Among the should clauses, one no article has had cut every
	// other's share: bleve weighs should clauses by how many match.)
	verbs []query.Query
	// weights of the strong relax units in a relaxed search, by how few
	// articles have each (see unitWeights); nil: all alike.
	weights map[query.Query]float64
	empty   bool // the query had no words at all: every article matches
	// pieces are the single characters kagome split a word into (月 of
	// 月着陸) that are no word of the query on their own: highlighted only
	// beside the rest of the word, not in 6月 (see toHit).
	pieces map[string]bool
}

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
	// analysed holds the tokens of the query's folded words (see tokens).
	analysed map[string][]analyzer.Token
	sounded  int // words looked up by sound (see soundAlt)
	romaji   int // words looked up as romaji (see romajiAlt)
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
// search-box query that does not parse is read.
func asWords(q string) string {
	words := strings.Fields(strings.NewReplacer("(", " ", ")", " ", `"`, " ").Replace(minusGroup.ReplaceAllString(normQuery(q), "-")))
	words = slices.DeleteFunc(words, func(w string) bool { return strings.Trim(w, "-") == "" })
	return strings.Join(words, " ")
}

// ctxErr is the error of the context the compiler's lookups run under,
// once it is done; nil before, or when there is none.
func (c *compiler) ctxErr() error {
	if rc, ok := c.tc.(*readerCounter); ok && rc.ctx != nil {
		return rc.ctx.Err()
	}
	return nil
}

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

// memoized returns (*m)[text], computed by f the first time it is asked
// for: a query word's look-ups are searches, asked for again by the rules
// that look at the words around it.
func memoized(m *map[string]query.Query, text string, f func(string) query.Query) query.Query {
	if q, ok := (*m)[text]; ok {
		return q
	}
	q := f(text)
	if *m == nil {
		*m = map[string]query.Query{}
	}
	(*m)[text] = q
	return q
}

// tokens analyses folded query text once per query: the word limit and
// the compilation read the same tokens.
func (c *compiler) tokens(text string) []analyzer.Token {
	if toks, ok := c.analysed[text]; ok {
		return toks
	}
	if c.analysed == nil {
		c.analysed = map[string][]analyzer.Token{}
	}
	c.analysed[text] = c.an.Tokens(text)
	return c.analysed[text]
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

// maxLabelTerms bounds the categories compared with a category: scope.
const maxLabelTerms = 10000

// label compiles category: and tag:. A label matches as written and, the
// query being width-folded, however its width, case and final ー differ
// (tag:gpu is GPU, tag:NIST ＮＩＳＴ, category:AI・データ ＡＩ・データ): a tag
// by its folded copy (fieldTagWord), a category by the categories the
// index has, compared folded (they are few).
func (c *compiler) label(x Label) query.Query {
	term := func(field, v string) query.Query {
		t := bleve.NewTermQuery(v)
		t.SetField(field)
		return t
	}
	want := analyzer.WordTerm(x.Value)
	if x.Field != "category" {
		return bleve.NewDisjunctionQuery(term(fieldTags, x.Value), term(fieldTagWord, want))
	}
	qs := []query.Query{term(fieldCategory, x.Value)}
	if rc, ok := c.tc.(*readerCounter); ok && categoryKey(x.Value) != "" {
		key := categoryKey(x.Value)
		for _, cat := range rc.prefixed("", fieldCategory, maxLabelTerms) {
			if cat != x.Value && categoryKey(cat) == key {
				qs = append(qs, term(fieldCategory, cat))
			}
		}
	}
	return disjunction(qs)
}

// node compiles editor syntax; nil means the node matches nothing to
// require (a word of stop words only).
func (c *compiler) node(n Node) query.Query {
	switch x := n.(type) {
	case Word:
		return c.scopedWord(x)
	case Label:
		return c.label(x)
	case DateCmp:
		from, to := x.dateRange()
		return dateFilter(from, to)
	case Not:
		bq := bleve.NewBooleanQuery()
		bq.AddMust(bleve.NewMatchAllQuery())
		if q := c.negated(x.X); q != nil {
			bq.AddMustNot(q)
		}
		return bq
	case And:
		bq := bleve.NewBooleanQuery()
		musts := 0
		for _, child := range x.Xs {
			if nt, ok := child.(Not); ok {
				if q := c.negated(nt.X); q != nil {
					bq.AddMustNot(q)
				}
				continue
			}
			if q := c.node(child); q != nil {
				bq.AddMust(q)
				musts++
			}
		}
		if musts == 0 {
			bq.AddMust(bleve.NewMatchAllQuery())
		}
		return bq
	case Or:
		var qs []query.Query
		for _, child := range x.Xs {
			if q := c.node(child); q != nil {
				qs = append(qs, q)
			}
		}
		if len(qs) == 0 {
			return nil
		}
		return disjunction(qs)
	}
	return nil
}

// scopedWord compiles a word or phrase as the search box compiles it,
// with all its alternatives, and with a field named (title or body) only
// what it finds in that field: title:円高 is the word 円高 in a title, not
// a 円 and a 高 anywhere in it, and title:ワールドカップ is W杯 there too.
func (c *compiler) scopedWord(w Word) query.Query {
	text := analyzer.Fold(w.Text)
	all := c.tokens(text)
	if len(indexed(all)) == 0 && (w.Field != "" || w.Phrase) {
		return nil
	}
	q := c.wordQuery(text, all, w.Phrase)
	if q == nil || w.Field == "" {
		return q
	}
	field := fieldTitle
	if w.Field == "body" {
		field = fieldBody
	}
	if q = inField(q, field); q == nil {
		return bleve.NewMatchNoneQuery()
	}
	return q
}

// wordQuery compiles one word or phrase on its own as the search box
// does, the score bonuses of its words side by side included; nil when
// it has nothing to find.
func (c *compiler) wordQuery(text string, all []analyzer.Token, phrase bool) query.Query {
	if phrase && len(indexed(all)) > 1 {
		return c.quotedPhrase(text, exact(1))
	}
	// (Kana of function words alone, こと, is found by its reading there,
	// so it is here too.)
	var tq textQuery
	spelled := len(c.spelledAs)
	c.word(&tq, text, all, nil, map[string]bool{})
	c.spelledAs = c.spelledAs[:spelled] // (no tag bonus for a word the query scopes or excludes)
	if len(tq.units) == 0 {
		return nil
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(tq.units...)
	if len(tq.should) > 0 {
		bq.AddShould(tq.should...)
	}
	return bq
}

// strong returns the relax units that find articles on their own (all
// of them when every one is weak).
func (tq textQuery) strong() []query.Query {
	strong := slices.DeleteFunc(slices.Clone(tq.relax), func(q query.Query) bool { return tq.weak[q] })
	if len(strong) == 0 {
		return tq.relax
	}
	return strong
}

// build combines the text query with filters into one bleve query; relaxed
// needs only one of the finer units instead of every word, and ranks the
// articles that miss only one of them higher. Without scored the score
// bonuses are left out: a search sorted by date, or one that only counts,
// has no use for them, and a proximity bonus reads the positions of every
// match.
func (tq textQuery) build(filters []query.Query, relaxed, scored bool) query.Query {
	bq := bleve.NewBooleanQuery()
	switch {
	case relaxed:
		// A weak unit adds to the score of an article that has a strong
		// one, and finds nothing alone.
		strong := slices.Clone(tq.strong())
		var words []query.Query // (the units an article may miss one of)
		for i, q := range strong {
			if w, ok := tq.weights[q]; ok && scored {
				strong[i] = boosted(q, w)
			}
			if !tq.spare[q] {
				words = append(words, strong[i])
			}
		}
		var must query.Query = bleve.NewDisjunctionQuery(strong...)
		if n := len(words); scored && n > 2 && !tq.common {
			// (Of the strong units: a number in half the archive is no
			// word an article misses, and stepping through its articles
			// took most of a second on livedoor.) The clause has a
			// boolean of its own: beside the weak units in one
			// disjunction, each article found made it step through
			// every article again for one with all but one unit (a
			// 3x4 女性 写真 映画 テレビ, 0.8 s against 2 ms).
			most := bleve.NewDisjunctionQuery(words...)
			most.SetMin(float64(n - 1))
			ranked := bleve.NewBooleanQuery()
			ranked.AddMust(must)
			ranked.AddShould(boosted(most, mostBoost))
			must = ranked
		}
		bq.AddMust(must)
		if q := tq.namedClause(strong); q != nil && scored {
			bq.AddShould(q)
		}
		if tq.explains != nil && scored {
			// An explainer of the subject has what the word that asks for
			// one (入門, 仕組み) stands for, which no article may say:
			// ranked as if it missed no word but that one (耐量子暗号 入門
			// had listed the news on 耐量子暗号 first).
			bq.AddShould(boosted(tq.explains, mostBoost))
		}
		if scored && tq.all && len(tq.units) > 0 {
			// Ranked among themselves as the strict search ranks them:
			// with its bonuses (a phrase of the words side by side).
			all := bleve.NewBooleanQuery()
			all.AddMust(tq.units...)
			if len(tq.should) > 0 {
				all.AddShould(tq.should...)
			}
			bq.AddShould(boosted(withBonus(all, tq.explains), allBoost))
		}
		if scored && len(strong) < len(tq.relax) {
			for _, q := range tq.relax {
				if tq.weak[q] {
					bq.AddShould(q)
				}
			}
		}
	case len(tq.units) > 0:
		bq.AddMust(tq.units...)
	case tq.empty || len(tq.mustNot) > 0:
		bq.AddMust(bleve.NewMatchAllQuery())
	default:
		return bleve.NewMatchNoneQuery() // only stop words, symbols or emoji
	}
	if scored && len(tq.should) > 0 {
		bq.AddShould(tq.should...)
	}
	if len(tq.mustNot) > 0 {
		bq.AddMustNot(tq.mustNot...)
	}
	switch len(filters) {
	case 0:
	case 1:
		bq.AddFilter(filters[0])
	default:
		bq.AddFilter(bleve.NewConjunctionQuery(filters...))
	}
	if !scored {
		return bq
	}
	var q query.Query = bq
	if !relaxed && len(tq.verbs) > 0 {
		q = withBonus(q, disjunction(tq.verbs))
	}
	return withBonus(withBonus(withBonus(q, tq.tags), tq.synTags), tq.explains)
}

// withBonus returns q with bonus (nil: none) as a should clause of its
// own: the should clauses of one boolean share their score by how many of
// them an article has (see plain).
func withBonus(q, bonus query.Query) query.Query {
	if bonus == nil {
		return q
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(q)
	b.AddShould(bonus)
	return b
}

// locating returns what highlights the words of a page's hits: any of
// its units (a relaxed search's weak ones too), without the clauses that
// only rank (words side by side, the most words of a relaxed search,
// roundups' titles) nor the filters, which the hits pass already. Run
// again over the page's articles, the whole query rebuilt every phrase of
// its ranking: a third of a relaxed search's time. nil when the query has
// no words.
func (tq textQuery) locating(relaxed bool) query.Query {
	units := slices.Clone(tq.units)
	if relaxed {
		units = slices.Clone(tq.relax)
	} else {
		units = append(units, tq.verbs...) // (a relaxed search's are among its units)
	}
	for _, q := range tq.should {
		// Optional words (おすすめ of 扇風機のおすすめ) are highlighted
		// where they are; the phrase of words side by side marks them
		// as one (韓国ニュース) in a strict search, where it costs
		// little.
		if !tq.near[q] || !relaxed {
			units = append(units, q)
		}
	}
	if len(units) == 0 {
		return nil
	}
	return bleve.NewDisjunctionQuery(units...)
}

// addNear adds q, a phrase of words side by side, to the score bonuses.
func (tq *textQuery) addNear(q query.Query) {
	tq.should = append(tq.should, q)
	if tq.near == nil {
		tq.near = map[query.Query]bool{}
	}
	tq.near[q] = true
}

// mostBoost weighs the articles of a relaxed search that miss only one
// unit above those that miss more however often these have the others
// (unboosted, an article with 女優 alone in its title ranked above most of
// the 244 with 映画 and 女優 for 映画 女優 QWZX).
const mostBoost = 10

// canFollow reports whether the articles with most of the words may follow
// the few with every word (see RelaxFew): not for one word (サム・アルトマン
// followed by articles on サム alone), nor for a phrase in quotes.
func (tq textQuery) canFollow() bool {
	return (len(tq.units) > 1 || tq.sentence) && !tq.quoted && tq.canRelax()
}

// allBoost weighs the articles of a relaxed search that have every word
// (textQuery.all) above any that miss one, however often these have the
// others.
const allBoost = 1000

// canRelax reports whether a relaxed search could find more than the
// strict one.
func (tq textQuery) canRelax() bool { return len(tq.relax) > 1 }

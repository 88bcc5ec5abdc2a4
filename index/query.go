package index

import (
	"slices"
	"strings"

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
	bigramBoost    = 0.2
)

// textQuery is a compiled search-box query.
type textQuery struct {
	units   []query.Query // all must match (strict)
	relax   []query.Query // the finer units a relaxed search ORs
	should  []query.Query // score bonuses
	mustNot []query.Query
	empty   bool // the query had no words at all: every article matches
}

// compiler turns search-box text into bleve queries.
type compiler struct {
	an  *analyzer.Analyzer
	syn *synonyms
	tc  termCounter
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
		if editorSyntax(q) {
			return textQuery{}, err
		}
		// A search-box query with an unbalanced ( or " or a lone -: read
		// it as words.
		words := strings.Fields(strings.NewReplacer("(", " ", ")", " ", `"`, " ").Replace(normQuery(q)))
		words = slices.DeleteFunc(words, func(w string) bool { return strings.Trim(w, "-") == "" })
		if n, err = ParseQuery(strings.Join(words, " ")); err != nil {
			return textQuery{}, err
		}
	}
	if words, ok := plainWords(n); ok {
		return c.plain(words), nil
	}
	var tq textQuery
	if q := c.node(n); q != nil {
		tq.units = []query.Query{q}
	}
	return tq, nil
}

// editorSyntax reports whether q uses more than words, phrases and
// exclusions: then a syntax error is reported, not worked around.
func editorSyntax(q string) bool {
	for _, w := range strings.Fields(normQuery(q)) {
		w = strings.TrimLeft(w, "-(")
		if w == "OR" || w == "AND" || hasFieldPrefix(w) {
			return true
		}
	}
	return false
}

// plainWords returns the words of a search-box query (words, phrases,
// exclusions, no fields), or false when n uses more.
func plainWords(n Node) ([]Node, bool) {
	var xs []Node
	switch x := n.(type) {
	case And:
		xs = x.Xs
	default:
		xs = []Node{n}
	}
	for _, x := range xs {
		if nt, ok := x.(Not); ok {
			x = nt.X
		}
		if w, ok := x.(Word); !ok || w.Field != "" {
			return nil, false
		}
	}
	return xs, true
}

// plain compiles a search-box query into units that a relaxed search can
// OR when nothing has every word.
func (c *compiler) plain(words []Node) textQuery {
	var tq textQuery
	tq.empty = len(words) == 0
	seen := map[string]bool{}
	for _, x := range words {
		nt, exclude := x.(Not)
		if exclude {
			x = nt.X
		}
		w := x.(Word)
		text := analyzer.Fold(w.Text)
		toks := indexed(c.an.Tokens(text))
		if exclude {
			if q := c.exclusion(text, toks); q != nil {
				tq.mustNot = append(tq.mustNot, q)
			}
			continue
		}
		if w.Phrase && len(toks) > 1 {
			tq.units = append(tq.units, fieldsPhrase(text, 1))
			for _, t := range toks {
				tq.relax = append(tq.relax, fieldsTerm(t.Term, 1))
			}
			continue
		}
		c.word(&tq, text, toks, seen)
	}
	return tq
}

// exclusion matches what -word excludes: the term, or the phrase.
func (c *compiler) exclusion(text string, toks []analyzer.Token) query.Query {
	switch len(toks) {
	case 0:
		return nil
	case 1:
		return fieldsTerm(toks[0].Term, 1)
	}
	return fieldsPhrase(text, 1)
}

// node compiles editor syntax; nil means the node matches nothing to
// require (a word of stop words only).
func (c *compiler) node(n Node) query.Query {
	switch x := n.(type) {
	case Word:
		return c.scopedWord(x)
	case Label:
		t := bleve.NewTermQuery(x.Value)
		if x.Field == "category" {
			t.SetField(fieldCategory)
		} else {
			t.SetField(fieldTags)
		}
		return t
	case DateCmp:
		from, to := x.dateRange()
		return dateFilter(from, to)
	case Not:
		bq := bleve.NewBooleanQuery()
		bq.AddMust(bleve.NewMatchAllQuery())
		if q := c.node(x.X); q != nil {
			bq.AddMustNot(q)
		}
		return bq
	case And:
		bq := bleve.NewBooleanQuery()
		musts := 0
		for _, child := range x.Xs {
			if nt, ok := child.(Not); ok {
				if q := c.node(nt.X); q != nil {
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

// scopedWord compiles a word or phrase, in the title and body with all
// the search box's alternatives, or only in the field named.
func (c *compiler) scopedWord(w Word) query.Query {
	text := analyzer.Fold(w.Text)
	toks := indexed(c.an.Tokens(text))
	if len(toks) == 0 {
		return nil
	}
	if w.Field == "" {
		if w.Phrase && len(toks) > 1 {
			return fieldsPhrase(text, 1)
		}
		var tq textQuery
		c.word(&tq, text, toks, map[string]bool{})
		bq := bleve.NewBooleanQuery()
		bq.AddMust(tq.units...)
		if len(tq.should) > 0 {
			bq.AddShould(tq.should...)
		}
		return bq
	}
	field := fieldTitle
	if w.Field == "body" {
		field = fieldBody
	}
	if len(toks) > 1 && (w.Phrase || analyzer.IsKana(text)) {
		p := bleve.NewMatchPhraseQuery(text)
		p.SetField(field)
		p.Analyzer = textAnalyzer
		return p
	}
	qs := make([]query.Query, len(toks))
	for i, t := range toks {
		tq := bleve.NewTermQuery(t.Term)
		tq.SetField(field)
		qs[i] = tq
	}
	return conjunction(qs)
}

// word compiles one search-box word.
func (c *compiler) word(tq *textQuery, text string, toks []analyzer.Token, seen map[string]bool) {
	kana := analyzer.IsKana(text)
	var units []query.Query
	switch {
	case kana && len(toks) > 1:
		// kagome splits kana input into guesses (じどううんてん → どう|うん):
		// only the string as written counts as an exact match.
		units = []query.Query{fieldsPhrase(text, 1)}
	default:
		units = c.termUnits(toks, seen)
	}
	var alt query.Query
	if kana || wantsReading(text, toks) {
		alt = c.readingAlt(text, kana)
	}
	switch {
	case alt != nil && len(units) == 0:
		tq.units = append(tq.units, alt)
		tq.relax = append(tq.relax, alt)
	case alt != nil:
		tq.units = append(tq.units, bleve.NewDisjunctionQuery(conjunction(units), alt))
		tq.relax = append(tq.relax, append(units, alt)...)
	default:
		tq.units = append(tq.units, units...)
		tq.relax = append(tq.relax, units...)
	}
	if len(toks) > 1 && !kana {
		tq.should = append(tq.should, fieldsPhrase(text, proximityBoost))
	}
}

// termUnits returns one unit per content word of toks, each an exact term
// or, where synonyms or segmentation doubts apply, a disjunction with
// alternatives.
func (c *compiler) termUnits(toks []analyzer.Token, seen map[string]bool) []query.Query {
	terms := make([]string, len(toks))
	for i, t := range toks {
		terms[i] = t.Term
	}
	var units []query.Query
	for i := 0; i < len(toks); {
		if end, others := c.syn.match(terms, i); end > i {
			alts := []query.Query{conjunction(exactUnits(terms[i:end], nil))}
			for _, o := range others {
				alts = append(alts, synonymQuery(o))
			}
			units = append(units, bleve.NewDisjunctionQuery(alts...))
			i = end
			continue
		}
		if doubtful(toks[i]) {
			// A run of doubtful tokens (unknown words, single characters,
			// katakana names): the exact terms, or the run as one term (the
			// article kept it whole, or the index joined its single kanji),
			// or for katakana the same characters inside a longer word, by
			// bigrams (ロペス in ジェニファーロペス).
			j := i
			for j < len(toks) && doubtful(toks[j]) {
				j++
			}
			alts := []query.Query{conjunction(exactUnits(terms[i:j], nil))}
			if j-i > 1 {
				alts = append(alts, fieldsTerm(strings.Join(terms[i:j], ""), 1))
			}
			if bq := bigramQuery(surfaces(toks[i:j])); bq != nil {
				alts = append(alts, bq)
			}
			units = append(units, disjunction(alts))
			i = j
			continue
		}
		units = append(units, exactUnits(terms[i:i+1], seen)...)
		i++
	}
	return units
}

// doubtful reports whether a query token may be segmented differently in
// an article: kagome was not confident (analyzer.Token.Confident), or it is
// a katakana name, which articles often run together with the given name.
func doubtful(t analyzer.Token) bool {
	return !t.Confident() || (strings.HasPrefix(t.POS, "名詞,固有名詞,人名") && analyzer.IsKana(t.Surface))
}

// readingAlt matches the word by reading, with a lower weight: kana input
// is segmented against the index's reading terms; other words use the
// readings of their tokens (渡邊 → ワタナベ, 打合せ → ウチアワセ).
func (c *compiler) readingAlt(text string, kana bool) query.Query {
	var terms []string
	if kana {
		if c.tc != nil {
			terms = segmentKana(analyzer.NormalizeReading(text), c.tc)
		}
	} else {
		terms = c.an.ReadingTerms(text)
	}
	if len(terms) == 0 {
		return nil
	}
	return readingPhrase(terms, readingBoost)
}

// wantsReading reports whether a word should also match by reading:
// people's names (渡辺/渡邊, 斎藤/斉藤), words with kanji variants or ヶ/ケ
// (髙橋, 霞ヶ関), and words with okurigana (打ち合わせ/打合せ). Other words do
// not: 京都 would find 教徒 and 科学 化学.
func wantsReading(text string, toks []analyzer.Token) bool {
	if analyzer.HasVariants(text) || strings.ContainsRune(text, 'ケ') {
		return true
	}
	for _, t := range toks {
		if strings.HasPrefix(t.POS, "名詞,固有名詞,人名") || t.Okurigana() {
			return true
		}
	}
	return false
}

// indexed keeps the tokens a query uses: indexed terms, without the parts
// of user-dictionary compounds.
func indexed(toks []analyzer.Token) []analyzer.Token {
	out := toks[:0:0]
	for _, t := range toks {
		if t.Term != "" && t.Class != "part" && t.Class != "shingle" {
			out = append(out, t)
		}
	}
	return out
}

func surfaces(toks []analyzer.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Surface)
	}
	return b.String()
}

// exactUnits returns a title-or-body unit per term, skipping terms already
// required elsewhere in the query when seen is given.
func exactUnits(terms []string, seen map[string]bool) []query.Query {
	var out []query.Query
	for _, t := range terms {
		if seen != nil {
			if seen[t] {
				continue
			}
			seen[t] = true
		}
		out = append(out, fieldsTerm(t, 1))
	}
	return out
}

func disjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

func conjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewConjunctionQuery(qs...)
}

// fieldsTerm matches an analysed term in the title (boosted) or the body.
func fieldsTerm(term string, boost float64) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(fieldTitle)
	t.SetBoost(titleBoost * boost)
	b := bleve.NewTermQuery(term)
	b.SetField(fieldBody)
	b.SetBoost(boost)
	return bleve.NewDisjunctionQuery(t, b)
}

// fieldsPhrase matches text as a phrase in the title (boosted) or the body.
func fieldsPhrase(text string, boost float64) query.Query {
	t := bleve.NewMatchPhraseQuery(text)
	t.SetField(fieldTitle)
	t.Analyzer = textAnalyzer
	t.SetBoost(titleBoost * boost)
	b := bleve.NewMatchPhraseQuery(text)
	b.SetField(fieldBody)
	b.Analyzer = textAnalyzer
	b.SetBoost(boost)
	return bleve.NewDisjunctionQuery(t, b)
}

// synonymQuery matches a synonym entry, below the word itself.
func synonymQuery(s synonym) query.Query {
	if len(s.terms) == 1 {
		return fieldsTerm(s.terms[0], synonymBoost)
	}
	return fieldsPhrase(s.text, synonymBoost)
}

// readingPhrase matches reading terms in sequence ("" is a gap) in the
// title or body reading fields.
func readingPhrase(terms []string, boost float64) query.Query {
	build := func(field string, b float64) query.Query {
		if len(terms) == 1 {
			q := bleve.NewTermQuery(terms[0])
			q.SetField(field)
			q.SetBoost(b)
			return q
		}
		q := bleve.NewPhraseQuery(terms, field)
		q.SetBoost(b)
		return q
	}
	return bleve.NewDisjunctionQuery(build(fieldTitleReading, titleBoost*boost), build(fieldBodyReading, boost))
}

// bigramQuery requires every katakana bigram of s (the bigram field holds
// katakana only), or nil when s has none.
func bigramQuery(s string) query.Query {
	grams := analyzer.Bigrams(s)
	if len(grams) == 0 {
		return nil
	}
	qs := make([]query.Query, len(grams))
	for i, g := range grams {
		t := bleve.NewTermQuery(g)
		t.SetField(fieldBigram)
		qs[i] = t
	}
	c := bleve.NewConjunctionQuery(qs...)
	c.SetBoost(bigramBoost)
	return c
}

// build combines the text query with filters into one bleve query; relaxed
// ORs the finer units instead of requiring every word. Without scored the
// score bonuses are left out: a search sorted by date, or one that only
// counts, has no use for them, and a proximity bonus reads the positions
// of every match.
func (tq textQuery) build(filters []query.Query, relaxed, scored bool) query.Query {
	bq := bleve.NewBooleanQuery()
	switch {
	case relaxed:
		bq.AddMust(bleve.NewDisjunctionQuery(tq.relax...))
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
	return bq
}

// canRelax reports whether a relaxed search could find more than the
// strict one.
func (tq textQuery) canRelax() bool { return len(tq.relax) > 1 }

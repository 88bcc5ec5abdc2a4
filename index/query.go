package index

import (
	"slices"
	"strings"
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
	guessBoost = 0.1
	// kanaSegmentations is how many ways to split kana input are tried.
	kanaSegmentations = 4
	fuzzyBoost        = 0.3
	bigramBoost       = 0.2
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
	tq.empty = true // until a word to find turns up: -の alone is every article
	type plainWord struct {
		w       Word
		exclude bool
		text    string
		all     []analyzer.Token
	}
	var ws []plainWord
	var toks []analyzer.Token // of the words to find, for optionalTokens
	for i := 0; i < len(words); i++ {
		x := words[i]
		nt, exclude := x.(Not)
		if exclude {
			x = nt.X
		}
		w := x.(Word)
		if !exclude {
			tq.empty = false
			if next, ok := modelNumber(w, words, i); ok {
				// "iOS 6", "Nexus 7": the number belongs to the name, as in
				// iOS6 or Nexus7.
				w.Text += " " + next.Text
				i++
			}
		}
		text := analyzer.Fold(w.Text)
		all := c.an.Tokens(text)
		ws = append(ws, plainWord{w, exclude, text, all})
		if !exclude && !w.Phrase {
			toks = append(toks, indexed(all)...)
		}
	}
	optional := optionalTokens(toks)
	seen := map[string]bool{}
	for _, pw := range ws {
		text, toks := pw.text, indexed(pw.all)
		switch {
		case pw.exclude:
			if q := c.exclusion(text, toks); q != nil {
				tq.mustNot = append(tq.mustNot, q)
			}
		case pw.w.Phrase && len(toks) > 1:
			tq.units = append(tq.units, fieldsPhrase(text, exact(1)))
			for _, t := range toks {
				tq.relax = append(tq.relax, fieldsTerm(t.Term, exact(1)))
			}
		case pw.w.Phrase:
			c.word(&tq, text, pw.all, nil, seen)
		default:
			c.word(&tq, text, pw.all, optional[:len(toks)], seen)
			optional = optional[len(toks):]
		}
	}
	return tq
}

// modelNumber returns the word after words[i] when it is a number that
// goes with w, a Latin name (iOS 6, Windows 8, iPhone 4S).
func modelNumber(w Word, words []Node, i int) (Word, bool) {
	if w.Phrase || i+1 >= len(words) {
		return Word{}, false
	}
	next, ok := words[i+1].(Word)
	if !ok || next.Phrase || next.Field != "" || next.Text == "" || w.Text == "" {
		return Word{}, false
	}
	last := analyzer.Fold(w.Text)
	first := analyzer.Fold(next.Text)
	return next, isASCIILetter(rune(last[len(last)-1])) && '0' <= first[0] && first[0] <= '9'
}

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

// exclusion matches what -word excludes: the term, or the phrase.
func (c *compiler) exclusion(text string, toks []analyzer.Token) query.Query {
	switch len(toks) {
	case 0:
		return nil
	case 1:
		return fieldsTerm(toks[0].Term, exact(1))
	}
	return fieldsPhrase(text, exact(1))
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
	all := c.an.Tokens(text)
	toks := indexed(all)
	if len(toks) == 0 {
		return nil
	}
	if w.Field == "" {
		if w.Phrase && len(toks) > 1 {
			return fieldsPhrase(text, exact(1))
		}
		var tq textQuery
		c.word(&tq, text, all, nil, map[string]bool{})
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

// word compiles one search-box word. Tokens marked optional (see
// optionalTokens) only add to the score.
func (c *compiler) word(tq *textQuery, text string, all []analyzer.Token, optional []bool, seen map[string]bool) {
	var toks []analyzer.Token
	for i, t := range indexed(all) {
		if i < len(optional) && optional[i] {
			q := fieldsTerm(t.Term, exact(1))
			tq.should = append(tq.should, q)
			tq.relax = append(tq.relax, q)
			continue
		}
		toks = append(toks, t)
	}
	if len(toks) == 0 && slices.Contains(optional, true) {
		return // only words that are optional
	}
	// Typed: hiragana, as an IME holds it before conversion (katakana is
	// converted text).
	typed := analyzer.IsKana(text) && !strings.ContainsFunc(text, isKatakanaLetter)
	kana := analyzer.IsKana(text)
	var reading query.Query
	switch {
	case kana && utf8.RuneCountInString(text) > 1 || wantsReading(text, toks):
		// (One kana alone is no word to look up: の would find 野.)
		reading = c.readingAlt(text, kana)
	case len(toks) == 1 && c.df(toks[0].Term) == 0:
		reading = c.romajiAlt(text)
	}
	var units []query.Query // all must match: the word as written
	switch {
	case typed && reading != nil && !covers(toks, text) && len(toks) > 0:
		// kagome could not read all of the kana (ながともゆうと → ゆう and
		// leftovers) but the index's readings can: what kagome read is a
		// guess, weighed below the reading (これでいいのだ still finds いい
		// when no reading matches).
		if len(toks) == 1 {
			units = []query.Query{fieldsTerm(toks[0].Term, alt(guessBoost))}
		} else {
			units = []query.Query{fieldsPhrase(text, alt(guessBoost))}
		}
	case typed && len(toks) > 1:
		// kagome splits kana typed before conversion into guesses
		// (じどううんてん → どう|うん): only the string as written counts
		// as an exact match.
		units = []query.Query{fieldsPhrase(text, exact(1))}
	default:
		units = c.termUnits(toks, seen)
	}
	// Other ways an article may have the word.
	var alts []query.Query
	if q := c.wholeWord(text, all, toks); q != nil {
		alts = append(alts, q)
	}
	if reading != nil {
		alts = append(alts, reading)
	}
	if q := c.fuzzyAlt(text, kana && !typed); q != nil {
		alts = append(alts, q)
	}
	switch {
	case len(alts) == 0 && len(units) == 0:
		tq.units = append(tq.units, bleve.NewMatchNoneQuery()) // nothing has the word
	case len(alts) == 0:
		tq.units = append(tq.units, units...)
		tq.relax = append(tq.relax, units...)
	case len(units) == 0:
		tq.units = append(tq.units, disjunction(alts))
		tq.relax = append(tq.relax, alts...)
	default:
		tq.units = append(tq.units, bleve.NewDisjunctionQuery(append([]query.Query{conjunction(units)}, alts...)...))
		tq.relax = append(tq.relax, append(units, alts...)...)
	}
	if len(toks) > 1 && !typed {
		tq.should = append(tq.should, fieldsPhrase(text, exact(proximityBoost)))
	}
}

// covers reports whether the indexed tokens are all of text but for
// particles and the like between them: no kana was left over at either
// end or dropped as something kagome could not read.
func covers(toks []analyzer.Token, text string) bool {
	n := 0
	for _, t := range toks {
		n += utf8.RuneCountInString(t.Surface)
	}
	return n*4 >= utf8.RuneCountInString(text)*3
}

// df is the number of articles with term in the title or the body (an
// upper bound: an article with it in both counts twice).
func (c *compiler) df(term string) uint64 {
	if c.tc == nil {
		return 1 // unknown: assume the term is there
	}
	return c.tc.count(term, fieldBody) + c.tc.count(term, fieldTitle)
}

// wholeWord matches a word kagome split into several tokens as one term,
// when the index holds it: an article that segmented the string
// differently (六本木, 十分 kept whole) or the analyzer's joined run of
// katakana words or of kanji words with a single kanji among them (三木谷,
// ジェイソンステイサム). nil when there is no such term.
func (c *compiler) wholeWord(text string, all, toks []analyzer.Token) query.Query {
	if len(toks) < 2 || c.tc == nil {
		return nil
	}
	terms := []string{analyzer.WordTerm(text)}
	first, last := toks[0], toks[len(toks)-1]
	for _, t := range all {
		if t.Class == "shingle" && t.Start == first.Start && t.End == last.End {
			terms = append(terms, t.Term)
		}
	}
	for _, t := range terms {
		if c.df(t) > 0 {
			return fieldsTerm(t, exact(1))
		}
	}
	return nil
}

// fuzzyAlt matches a katakana word of four or more characters by the
// terms one edit away, with a low weight: loanwords are spelled many ways
// (フェースブック, フェイスブック; ビッグカメラ, ビックカメラ; ジョブス,
// ジョブズ). When no article has the word, any such term; when some do,
// only the spellings far more articles use (a misspelling a few articles
// share should not hide the usual spelling). nil for other words, or when
// nothing is one edit away.
func (c *compiler) fuzzyAlt(text string, katakana bool) query.Query {
	rc, ok := c.tc.(*readerCounter)
	if !katakana || utf8.RuneCountInString(text) < minFuzzyRunes || !ok {
		return nil
	}
	term := analyzer.WordTerm(text)
	w := alt(fuzzyBoost)
	df := c.df(term)
	if df == 0 {
		build := func(field string, boost float64) query.Query {
			q := bleve.NewFuzzyQuery(term)
			q.SetField(field)
			q.SetFuzziness(1)
			q.SetBoost(boost)
			return q
		}
		return bleve.NewDisjunctionQuery(build(fieldTitle, w.title), build(fieldBody, w.body))
	}
	if df >= rareSpelling {
		return nil // a spelling this common is one the articles use
	}
	var qs []query.Query
	for _, n := range rc.neighbors(term, fieldBody) {
		if c.df(n) >= usualSpelling*df {
			qs = append(qs, fieldsTerm(n, w))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// A katakana word fewer than rareSpelling articles use may be a
// misspelling: a spelling one edit away that usualSpelling times as many
// articles use is the one the reader meant too. (Looking for the
// neighbours of every word cost a third of a search.)
const (
	rareSpelling  = 30
	usualSpelling = 10
)

// minFuzzyRunes: shorter katakana words are too often one edit from
// another word (バス, パス, ガス).
const minFuzzyRunes = 4

func isHiragana(r rune) bool { return 'ぁ' <= r && r <= 'ゖ' }

func isKatakanaLetter(r rune) bool { return 'ァ' <= r && r <= 'ヺ' }

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
		if end := modelEnd(toks, i); end > i+1 {
			// A name and its number side by side: iOS 6 is not iOS 5
			// that mentions 6 of something.
			units = append(units, termPhrase(toks[i:end], exact(1)))
			i = end
			continue
		}
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
			// a phrase of bigrams (ロペス in ジェニファーロペス).
			j := i
			for j < len(toks) && doubtful(toks[j]) {
				j++
			}
			alts := []query.Query{conjunction(exactUnits(terms[i:j], nil))}
			if j-i > 1 {
				alts = append(alts, fieldsTerm(strings.Join(terms[i:j], ""), exact(1)))
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

// modelEnd returns the end of a model name that starts at toks[i]: a Latin
// word, the number right after it and a short Latin suffix (iphone|4|s,
// windows|8); i when toks[i] starts none. (A number and its unit are not
// bound so: 43年 is also 43年間 in an article, and the proximity bonus
// ranks 3.5インチ first anyway.)
func modelEnd(toks []analyzer.Token, i int) int {
	latin := func(t analyzer.Token) bool {
		return t.Term != "" && !strings.ContainsFunc(t.Term, func(r rune) bool { return !isASCIILetter(r) })
	}
	if !latin(toks[i]) || i+1 >= len(toks) || toks[i+1].Class != "number" || toks[i+1].Position != toks[i].Position+1 {
		return i
	}
	end := i + 2
	for end < len(toks) && (toks[end].Class == "number" || latin(toks[end]) && len(toks[end].Term) <= 2) &&
		toks[end].Position <= toks[end-1].Position+2 && toks[end].Start-toks[end-1].End <= 1 {
		end++
	}
	return end
}

// termPhrase matches the terms of toks at their relative positions, in the
// title (boosted) or the body.
func termPhrase(toks []analyzer.Token, w weight) query.Query {
	terms := make([]string, 0, len(toks))
	for i, t := range toks {
		if i > 0 {
			for gap := t.Position - toks[i-1].Position; gap > 1; gap-- {
				terms = append(terms, "") // a dropped token, such as the . of 4.0
			}
		}
		terms = append(terms, t.Term)
	}
	t := bleve.NewPhraseQuery(terms, fieldTitle)
	t.SetBoost(w.title)
	b := bleve.NewPhraseQuery(terms, fieldBody)
	b.SetBoost(w.body)
	return bleve.NewDisjunctionQuery(t, b)
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
	if !kana {
		if terms := c.an.ReadingTerms(text); len(terms) > 0 {
			return readingPhrase(terms, alt(readingBoost))
		}
		return nil
	}
	if c.tc == nil {
		return nil
	}
	// Katakana is what an IME gives after conversion: the reader means a
	// loanword, and its reading matches (Android for アンドロイド, ヴァイオリン
	// for バイオリン) come with homophones in kanji (以下 for イカ), so they
	// weigh least. Hiragana is typed before conversion: its reading is all
	// there is to go by.
	w := alt(readingBoost)
	if !strings.ContainsFunc(text, isHiragana) {
		w = alt(katakanaReadingBoost)
	}
	// Unstemmed: segmentKana stems the long words it finds inside, and a
	// short word at the end keeps its ー (スカイ|ツリー).
	reading := analyzer.ReadingPrefix(text)
	n := utf8.RuneCountInString(reading)
	var qs []query.Query
	segs := segmentKana(reading, c.tc, n, kanaSegmentations)
	for _, seg := range segs {
		qs = append(qs, readingPhrase(seg, w))
	}
	if r, _ := utf8.DecodeRuneInString(reading); (len(segs) == 0 || len(segs[0]) == 1) && n >= 3 && (r == 'オ' || r == 'ゴ') {
		// A word with the honorific prefix written in kanji, which is not
		// indexed, or without it: おみやげ is お土産 (お|ミヤゲ) and 土産.
		for _, seg := range segmentKana(reading[len("オ"):], c.tc, n-1, 1) {
			qs = append(qs, readingPhrase(seg, w))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// romajiAlt matches a word typed in romaji before conversion (nadeshiko,
// darubisshu) by reading, like kana input; nil when it is not romaji or
// no reading in the index spells it. Doubled vowels are also tried as
// long vowels (sukaitsurii → スカイツリー).
func (c *compiler) romajiAlt(text string) query.Query {
	if !isRomaji(text) || c.tc == nil {
		return nil
	}
	var qs []query.Query
	for _, variant := range []string{text, longVowels.Replace(text)} {
		kana, pending, ok := toKana(variant)
		if !ok || pending != "" || utf8.RuneCountInString(kana) < 2 {
			continue
		}
		if q := c.readingAlt(kana, true); q != nil {
			qs = append(qs, q)
		}
		if variant == longVowels.Replace(text) {
			break // no doubled vowels
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// longVowels writes doubled vowels as the long vowel mark, the way IME
// users type katakana words (sukaitsuri- for スカイツリー).
var longVowels = strings.NewReplacer("aa", "a-", "ii", "i-", "uu", "u-", "ee", "e-", "oo", "o-", "ou", "o-")

// wantsReading reports whether a word should also match by reading:
// people's names (渡辺/渡邊, 斎藤/斉藤), words with kanji variants or ヶ/ケ
// (髙橋, 霞ヶ関), and words with okurigana (打ち合わせ/打合せ). Other words do
// not: 京都 would find 教徒 and 科学 化学.
func wantsReading(text string, toks []analyzer.Token) bool {
	if analyzer.HasVariants(text) || strings.ContainsRune(text, 'ケ') {
		return true
	}
	for _, t := range toks {
		if strings.HasPrefix(t.POS, "名詞,固有名詞,人名") || t.Okurigana() || analyzer.IsKana(t.Surface) {
			return true // a katakana word may be written in Latin letters (アンドロイド4.0)
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
		out = append(out, fieldsTerm(t, exact(1)))
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

// weight is a clause's boost in the title and in the body.
type weight struct{ title, body float64 }

// exact weighs the word itself: a title match counts titleBoost times a
// body match.
func exact(boost float64) weight { return weight{titleBoost * boost, boost} }

// alt weighs an alternative for a word (a synonym, its reading, a spelling
// one letter away): title and body in the same ratio, scaled so that a
// title match counts less than the word itself in the body. (Counting an
// alternative in the title three times put 以下 above イカ.)
func alt(boost float64) weight { return weight{boost, boost / titleBoost} }

// fieldsTerm matches an analysed term in the title or the body.
func fieldsTerm(term string, w weight) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(fieldTitle)
	t.SetBoost(w.title)
	b := bleve.NewTermQuery(term)
	b.SetField(fieldBody)
	b.SetBoost(w.body)
	return bleve.NewDisjunctionQuery(t, b)
}

// fieldsPhrase matches text as a phrase in the title or the body.
func fieldsPhrase(text string, w weight) query.Query {
	t := bleve.NewMatchPhraseQuery(text)
	t.SetField(fieldTitle)
	t.Analyzer = textAnalyzer
	t.SetBoost(w.title)
	b := bleve.NewMatchPhraseQuery(text)
	b.SetField(fieldBody)
	b.Analyzer = textAnalyzer
	b.SetBoost(w.body)
	return bleve.NewDisjunctionQuery(t, b)
}

// synonymQuery matches a synonym entry, below the word itself.
func synonymQuery(s synonym) query.Query {
	if len(s.terms) == 1 {
		return fieldsTerm(s.terms[0], alt(synonymBoost))
	}
	return fieldsPhrase(s.text, alt(synonymBoost))
}

// readingPhrase matches reading terms in sequence ("" is a gap) in the
// title or body reading fields.
func readingPhrase(terms []string, w weight) query.Query {
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
	return bleve.NewDisjunctionQuery(build(fieldTitleReading, w.title), build(fieldBodyReading, w.body))
}

// bigramQuery matches the katakana of s as a string inside any katakana
// run (a phrase of its bigrams), or nil when s has fewer than three
// katakana in a row: a two-letter string is inside too many words (マー in
// スマート).
func bigramQuery(s string) query.Query {
	grams := analyzer.Bigrams(s)
	if len(grams) < 2 {
		return nil
	}
	q := bleve.NewPhraseQuery(grams, fieldBigram)
	q.SetBoost(bigramBoost)
	return q
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

package index

import (
	"math"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Words that sound alike: a word of kanji typed with the IME's other
// kanji for the same sound (花粉証, 全個体電池), a katakana word whose
// reading is another word's too (サッカー, 作家), and the counts that decide
// whether one spelling of a word outnumbers another.

// maxHomophoneWords bounds the words of a query checked for a homophone
// typo (see homophoneAlt): each check is a search.
const maxHomophoneWords = 3

// homophoneAlt matches a word of kanji that no article has as written by
// its reading, as a phrase of its words' readings or as one word: the
// typo of Japanese is the IME's other kanji for the same sound (花粉証 for
// 花粉症, 年末調製 for 年末調整), and an article that has the word whole
// has one reading term for it. nil when the word has no reading. The two
// readings are noted in soundsAs (for an explainer's title).
func (c *compiler) homophoneAlt(text string) query.Query {
	terms := c.readingTerms(text)
	if len(terms) < 2 || slices.Contains(terms, "") {
		return nil
	}
	readings := [][]string{terms, {analyzer.NormalizeReading(strings.Join(terms, ""))}}
	if c.soundsAs == nil {
		c.soundsAs = map[string][][]string{}
	}
	c.soundsAs[text] = readings
	w := alt(readingBoost)
	qs := []query.Query{readingPhrase(readings[0], w), readingPhrase(readings[1], w)}
	for _, r := range c.charSounds(text) {
		qs = append(qs, readingPhrase([]string{r}, w))
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// kanjiRespelling returns the word of kanji the articles write that reads as
// text, a word of kanji no article has (全個体電池: 全固体電池), when one
// does, or that writes its kanji in an old or variant form (see
// variantRespelling); "" otherwise.
func (c *compiler) kanjiRespelling(text string) string {
	if v := c.variantRespelling(text); v != "" {
		return v
	}
	terms := c.readingTerms(text)
	if c.words == nil || len(terms) < 2 || slices.Contains(terms, "") {
		return ""
	}
	for _, w := range c.words(analyzer.NormalizeReading(strings.Join(terms, ""))) {
		if w == text || !isKanjiWord(w) {
			continue
		}
		if c.hasWords(w) {
			return w
		}
	}
	return ""
}

// kanjiRunsRespelled returns text, a word of kanji and other letters
// (全個体電池の量産), with each run of kanji no article has that reads as a
// word of kanji the articles write replaced by that word (see
// kanjiRespelling), when articles have the result; "" otherwise, and for
// a word of kanji alone, which word looks up itself.
func (c *compiler) kanjiRunsRespelled(text string) string {
	if c.words == nil || isKanjiWord(text) || !strings.ContainsFunc(text, isHan) {
		return ""
	}
	return c.respellRuns(text, isHan, func(run string) (string, bool) {
		terms := c.terms(run)
		if len(terms) < 2 || c.homophones >= maxHomophoneWords {
			return "", true // one word (the IME's own), or past the bound
		}
		c.homophones++
		if c.matches(conjunction(exactUnits(terms, nil))) {
			return "", true
		}
		return c.kanjiRespelling(run), true
	})
}

// charSounds returns the readings of a word of two or three kanji put
// together from each character's dictionary readings (the first three),
// that articles have as a word: kagome reads a single character alone as
// it reads it alone (節 フシ of 節|伝), the word the reader meant reads it
// otherwise (節電 セツデン).
func (c *compiler) charSounds(text string) []string {
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return nil
	}
	var out []string
	for _, s := range readingCombos(c.an, text, true) {
		t := analyzer.NormalizeReading(s)
		if !slices.Contains(out, t) && rc.count(t, fieldBodyReading)+rc.count(t, fieldTitleReading) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// homophonesOutnumber reports whether the reading of a katakana word that
// articles have as written finds a fifth more articles than the word and
// its spelling as read: the reading is another word's too (サッカー, read
// サッカ once its final ー is dropped, is read as 作家 is: 138 of the 517
// articles it found never said サッカー). The other spellings the reading
// joins, and its synonyms, are the word's own (ツィッター is read ツイッター,
// which is also Twitter's reading: 835 articles).
func (c *compiler) homophonesOutnumber(text string, toks []analyzer.Token, reading query.Query) bool {
	rc, ok := c.tc.(*readerCounter)
	if !ok || len(toks) != 1 || c.df(toks[0].Term) < rareName {
		return false
	}
	var spellings []query.Query
	terms := []string{toks[0].Term}
	if read := analyzer.WordTerm(analyzer.ReadingPrefix(text)); read != "" && read != toks[0].Term {
		terms = append(terms, read)
	}
	if h := analyzer.WordTerm(toHiragana(analyzer.ToKatakana(text))); h != toks[0].Term && c.df(h) > 0 {
		terms = append(terms, h) // the word in hiragana (オシャレ, おしゃれ) is its own spelling too
	}
	for _, t := range terms {
		spellings = append(spellings, fieldsTerm(t, exact(1)))
		if end, others := c.syn.match([]string{t}, 0); end == 1 {
			if q := c.synonymsQuery(others); q != nil {
				spellings = append(spellings, q) // (Twitter, whose reading the index learnt)
			}
		}
	}
	own, all := c.counted(rc, text, "\x00spellings", disjunction(spellings)), c.counted(rc, text, "\x00reading", reading)
	return own < math.MaxUint64 && all < math.MaxUint64 && 5*all > 6*own
}

// homophoneLoanword reports whether kata, a katakana word, is one that
// articles have as written whose reading finds others' words too (see
// homophonesOutnumber).
func (c *compiler) homophoneLoanword(kata string) bool {
	toks := indexed(c.tokens(kata))
	if len(toks) != 1 || c.tc == nil {
		return false
	}
	reading := c.readingAlt(kata, asConverted)
	return reading != nil && c.homophonesOutnumber(kata, toks, reading)
}

// outnumbered reports whether at least five times df articles (df counts
// a term in title and body apart: about ten times the articles that have
// the word as typed) match q, text written as two (see latinSplits). The
// count is a search, so only when the halves' own counts leave room for
// it: a common word (iphone, i phone) is not counted at all.
func (c *compiler) outnumbered(text string, df uint64, q query.Query) bool {
	if !slices.ContainsFunc(c.latinSplits(analyzer.WordTerm(text)), func(s string) bool {
		bound := c.df(s) // (a hyphenated term)
		if a, b, two := strings.Cut(s, " "); two {
			bound = min(c.df(a), c.df(b))
		}
		return bound >= 5*df
	}) {
		return false
	}
	return c.outnumberedBy(text, "\x00split", df, q)
}

// outnumberedBy reports whether at least five times df articles match q,
// another spelling of text (kind names it for counted).
func (c *compiler) outnumberedBy(text, kind string, df uint64, q query.Query) bool {
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return false
	}
	n := c.counted(rc, text, kind, q)
	return n < math.MaxUint64 && n >= 5*df
}

// minOutnumberedRomaji is the shortest Latin word articles have that is
// also looked up as romaji when its reading outnumbers it (shorter ones
// are English as often: man is no 万), and minOutnumberedKana the fewest
// kana it must read as (sushi, two, had found 1,226 articles by 数 and
// 吸う beside its 36).
const (
	minOutnumberedRomaji = 5
	minOutnumberedKana   = 3
)

// counted is rc.countQuery(q), kept across searches under text and kind
// (a count a few writes move by a percent or two answers as well).
func (c *compiler) counted(rc *readerCounter, text, kind string, q query.Query) uint64 {
	k := [2]string{text, kind}
	if n, ok := c.counts.get(k); ok {
		return n
	}
	n := rc.countQuery(q)
	if n < math.MaxUint64 {
		c.counts.put(k, n)
	}
	return n
}

// variantRespelling returns text, a word of kanji no article has, written
// with the old or variant forms of its kanji that names keep, as articles
// write it (倖田来未: 倖田來未, whose 倖 and 來 kagome reads no way, so no
// reading meets the query's): the first of analyzer.VariantSpellings that
// articles have; "" when none does. Each look-up is a search, and only a
// word that found nothing asks.
func (c *compiler) variantRespelling(text string) string {
	for _, v := range analyzer.VariantSpellings(text) {
		if c.hasWords(v) {
			return v
		}
	}
	return ""
}

package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// The units of a word kagome split: one per content word, with what keeps
// a name with its number (iOS 6), a one-kanji prefix or suffix with its
// word (新|工場) and a run of kanji words together, and the pieces a
// relaxed search falls back on. A word of its own is in units_word.go,
// how the tokens are told apart in units_tokens.go.

// termUnits returns one unit per content word of toks, each an exact term
// or, where synonyms or segmentation doubts apply, a disjunction with
// alternatives.
func (c *compiler) termUnits(toks []analyzer.Token, seen map[string]bool) []query.Query {
	terms := tokenTerms(toks)
	var units []query.Query
	for i := 0; i < len(toks); {
		if end := lettersEnd(toks, i); end > i+1 {
			// Single letters joined by a point or an apostrophe (B'z,
			// A.B.C-Z): side by side, as written; apart they are in
			// every model number.
			units = append(units, c.termPhrase(toks[i:end], exact(1)))
			i = end
			continue
		}
		if end := modelEnd(toks, i); end > i+1 && c.models < maxModelPhrases {
			c.models++
			units = append(units, c.modelUnit(toks, terms, i, end))
			i = end
			continue
		}
		if end, others := c.syn.match(terms, i); end > i {
			units = append(units, c.synonymUnit(toks, terms, i, end, others))
			i = end
			continue
		}
		if i+1 < len(toks) && boundAffix(toks[i], toks[i+1]) {
			units = append(units, c.affixUnit(toks, terms, i))
			i += 2
			continue
		}
		if j := reduplicatedEnd(toks, i); j > i+1 {
			// A word kagome knows, said twice (ナイ|ナイ of ナイナイ,
			// ドン|ドン): its halves side by side, as for a word it
			// doubts; the half alone, in the articles that have it or
			// a kanji read so (無い, 内), had found 1,255 livedoor
			// articles for the 22 that write ナイナイ.
			units = append(units, c.doubtfulUnit(toks, terms, i, j))
			i = j
			continue
		}
		if doubtful(toks[i]) {
			j := i
			for j < len(toks) && doubtful(toks[j]) && (j == i || toks[j].Start == toks[j-1].End) {
				j++ // (a run ends at a particle between: 独女の結昏 is two)
			}
			if key := "\x00run\x00" + surfaces(toks[i:j]); seen != nil && seen[key] {
				i = j // required already, by another word of the query
				continue
			} else if seen != nil {
				seen[key] = true
			}
			units = append(units, c.doubtfulUnit(toks, terms, i, j))
			i = j
			continue
		}
		units = append(units, c.wordUnit(toks, terms, i, seen)...)
		i++
	}
	return units
}

// modelUnit matches a name and its number, toks[i:end], side by side: iOS
// 6 is not iOS 5 that mentions 6 of something. The name's synonyms keep
// the number (Windows 10 is ウィンドウズ10).
func (c *compiler) modelUnit(toks []analyzer.Token, terms []string, i, end int) query.Query {
	alts := []query.Query{c.spellingsPhrase(toks[i:end], exact(1))}
	if e, others := c.syn.match(terms, i); e == end {
		if q := c.synonymsQuery(others); q != nil { // 5G is 第5世代移動通信システム
			alts = append(alts, q)
		}
	} else if e == i+1 {
		for _, o := range others {
			alts = append(alts, c.phrase(o.text+" "+surfaces(toks[i+1:end]), alt(synonymBoost)))
		}
	} else if e, others := c.syn.match(terms, i+1); toks[i].Class == "number" && e == end {
		for _, o := range others {
			// 2nm is 2ナノメートル: the same quantity with its unit
			// spelt another way, weighed as a spelling, not as a
			// synonym (サムスン 2nm had ranked ラピダス's 2nm
			// article above サムスン's 2ナノ).
			alts = append(alts, c.phrase(toks[i].Surface+o.text, exact(variantBoost)))
		}
	}
	if q := c.latinTypoAlt(toks[i].Surface); q != nil {
		// A name misspelt before its number (Pixle 10): the
		// name an edit away, the number as typed.
		alts = append(alts, conjunction(append([]query.Query{q}, exactUnits(terms[i+1:end], nil)...)))
	}
	if c.tagAlt(toks[i].Surface) != nil && !c.matches(disjunction(alts)) {
		// The name only as a tag, the number in the text (TGS 2025:
		// the article tagged TGS on 東京ゲームショウ2025); only when
		// no text has them together (the roundup tagged iPhone that
		// says iPhone 16 is no better for it).
		if q := c.tagStandIn(toks[i], disjunction(alts)); q != nil {
			alts = append(alts, conjunction(append([]query.Query{q}, exactUnits(terms[i+1:end], nil)...)))
		}
	}
	alts = append(alts, c.romanModel(toks[i:end])...)
	alts = append(alts, ageAlts(toks[i:end])...)
	if q := c.katakanaModel(toks[i:end]); q != nil {
		alts = append(alts, q)
	}
	unit := disjunction(alts)
	if len(toks[i].Term) > 1 && toks[i].Class != "number" && isLatinWord(toks[i].Term) && toks[i+1].Class == "number" {
		// (Only a Latin name's: 4G relaxed would be a 4 and a g
		// anywhere, 7号機 a 7.)
		c.modelPieces(unit, toks[i], terms[i+1:end])
	}
	return unit
}

// synonymUnit matches toks[i:end], a word or words with synonyms (others),
// as typed or by any of its synonyms.
func (c *compiler) synonymUnit(toks []analyzer.Token, terms []string, i, end int, others []synonym) query.Query {
	alts := []query.Query{conjunction(exactUnits(terms[i:end], nil))}
	if end == i+1 {
		var tagged query.Query
		alts[0], others, tagged = c.synonymSpellings(toks[i], terms[i], others)
		if tagged != nil {
			alts = append(alts, tagged)
		}
	}
	if end > i+1 && (reduplicated(toks[i:end]) || slices.ContainsFunc(toks[i:end], func(t analyzer.Token) bool { return utf8.RuneCountInString(t.Surface) == 1 })) {
		// A letter or a kanji alone is no word of its own, nor is
		// the half of a word said twice: the synonym's pieces side
		// by side, as typed (W杯 is no 天皇杯 with a W somewhere
		// else, ペイペイ no 楽天ペイ).
		alts[0] = c.termPhrase(toks[i:end], exact(1))
		if !slices.ContainsFunc(toks[i:end], func(t analyzer.Token) bool { return !isKanjiWord(t.Surface) }) {
			// A kanji compound the synonyms name, written apart
			// (自動運転の車 of 自動運転車): below the compound whole.
			if q := c.compoundApart(toks[i:end], exact(splitBoost)); q != nil {
				alts = append(alts, q)
			}
		}
	}
	if q := c.synonymsQuery(others); q != nil {
		alts = append(alts, q)
	}
	if q := c.doubtedInside(toks[i:end]); q != nil {
		alts = append(alts, q)
	}
	if end == i+1 {
		if q := c.stemAlt(toks[i]); q != nil {
			alts = append(alts, q) // (取り付ける of 取り付け, whose synonym is 取付け)
		}
		if q := c.properSplit(toks[i]); q != nil {
			alts = append(alts, q) // (関西電力, whose synonym is 関電: 関西|電力 in a sentence)
		}
	}
	if len(toks) > 1 && end == i+1 {
		if q := c.tagStandIn(toks[i], disjunction(alts)); q != nil {
			alts = append(alts, q)
		}
	}
	unit := bleve.NewDisjunctionQuery(alts...)
	if end > i+1 && !slices.ContainsFunc(toks[i:end], func(t analyzer.Token) bool { return !isKanjiWord(t.Surface) }) {
		c.runPieces(unit, toks[i:end]) // 自動運転|車
	}
	return unit
}

// affixUnit matches a one-kanji prefix or suffix and the kanji word it is
// written onto, toks[i] and toks[i+1], as one word (新工場 is no 新棟 in an
// article about a 工場, 東京都 no 都 beside 東京): the index joined them
// where the article has them side by side (and not across a space: 円　高
// is no 円高). A word of the user dictionary that has them as parts is
// indexed whole and by its parts, never joined (全固体 is in 全固体電池).
func (c *compiler) affixUnit(toks []analyzer.Token, terms []string, i int) query.Query {
	alts := []query.Query{fieldsTerm(terms[i]+terms[i+1], exact(1))}
	if c.wholes != nil {
		for _, w := range c.wholes(terms[i], terms[i+1]) {
			alts = append(alts, fieldsTerm(w, exact(1)))
		}
	}
	unit := disjunction(alts)
	c.runPieces(unit, toks[i:i+2])
	return unit
}

// doubtfulUnit matches a run of doubtful tokens, toks[i:j] (unknown words,
// single characters, katakana names): the exact terms, or the run as one
// term (the article kept it whole, or the index joined its single kanji),
// or for katakana the same characters inside a longer word, by a phrase of
// bigrams (ロペス in ジェニファーロペス).
func (c *compiler) doubtfulUnit(toks []analyzer.Token, terms []string, i, j int) query.Query {
	var alts []query.Query
	switch {
	case reduplicated(toks[i:j]):
		// One katakana word twice (ペイペイ): side by side, as
		// written; apart they are the word alone (楽天ペイ had
		// topped ペイペイ, which articles write PayPay).
		alts = append(alts, c.termPhrase(toks[i:j], exact(1)))
	case !kanjiRun(toks[i:j]):
		var us []query.Query
		for _, t := range terms[i:j] {
			us = append(us, c.spellingsTerm(t, exact(1))) // (ウエハー of ウェハー)
		}
		alts = append(alts, conjunction(us))
	}
	// (Kanji side by side are one word, which the index joined
	// where the article has them side by side: 円|高 is 円高, not
	// an article with a price in 円 and a 高 somewhere else.)
	if j-i > 1 {
		joined := strings.Join(terms[i:j], "")
		alts = append(alts, fieldsTerm(joined, exact(1)))
		if q := c.longerWords(joined); q != nil {
			alts = append(alts, q) // 三菱重工 of 三菱重工業
		}
	}
	if bq := c.insideWords(surfaces(toks[i:j])); bq != nil {
		alts = append(alts, bq)
	}
	if q := c.spellingAlt(surfaces(toks[i:j])); q != nil {
		alts = append(alts, q)
	}
	if q := c.lettersAlt(surfaces(toks[i:j])); q != nil {
		alts = append(alts, q) // ユーエスビー of ユーエスビー4
	}
	if run := surfaces(toks[i:j]); j-i < len(toks) && analyzer.IsKana(run) && strings.ContainsFunc(run, isKatakanaLetter) {
		// A misspelt katakana word inside a longer one (量子コンピュター);
		// word looks a word of katakana alone up itself.
		if q := c.fuzzyAlt(run, true); q != nil {
			alts = append(alts, q)
		}
	} else if k := katakanaPrefix(toks[i:j]); k > 0 && k < j-i {
		// Misspelt katakana before kanji (パーキソン病): the katakana
		// an edit away, the kanji as typed.
		if q := c.fuzzyAlt(surfaces(toks[i:i+k]), true); q != nil {
			alts = append(alts, conjunction(append([]query.Query{q}, exactUnits(terms[i+k:j], nil)...)))
		}
	}
	unit := disjunction(alts)
	if j-i > 1 && kanjiRun(toks[i:j]) {
		c.runPieces(unit, toks[i:j])
	}
	if j-i == 1 && affix(toks[i]) {
		c.markWeak(unit)
	}
	return unit
}

// tagStandIn returns the tag t is, when an article has it and does not
// match unit, the word as the text has it: a tag standing in for a word
// of several that the text does not have (GPUの消費電力, an article
// tagged GPU that says グラフィックボード), as for a word typed alone (see
// tagAlt). nil otherwise, and past maxTaggedWords.
func (c *compiler) tagStandIn(t analyzer.Token, unit query.Query) query.Query {
	if c.tagged >= maxTaggedWords || c.quoted {
		return nil
	}
	q := c.tagAlt(t.Surface)
	if q == nil {
		return nil
	}
	c.tagged++
	if !c.tagOnly(q, unit) {
		return nil
	}
	return q
}

// maxTaggedWords bounds the words of a query checked against the tags
// articles have without the word: each check is a search.
const maxTaggedWords = 3

// runPieces makes a kanji word written with a one-kanji prefix or suffix,
// a run of kanji words with a single kanji among them, or a synonym of
// kanji words, a model unit
// (see relaxUnits) whose pieces are its words, those of one kanji weak: a
// search no article matches whole falls back on its words (自動運転車
// lists the articles on 自動運転, marked relaxed, those that say 車
// first, where it had found nothing). A run of single kanji alone (a name
// kagome did not know, 呂|比|須) has no word to fall back on.
func (c *compiler) runPieces(unit query.Query, toks []analyzer.Token) {
	var pieces []query.Query
	strong := false
	for _, t := range toks {
		// (The word whole, or as its alternatives have it, stands for
		// each: 自律走行車 is 自動運転 and 車.)
		q := query.Query(bleve.NewDisjunctionQuery(fieldsTerm(t.Term, exact(1)), unit))
		if utf8.RuneCountInString(t.Term) == 1 {
			c.markWeak(q)
		} else {
			strong = true
		}
		pieces = append(pieces, q)
	}
	if !strong {
		return
	}
	if c.modelUnits == nil {
		c.modelUnits = map[query.Query][]query.Query{}
	}
	c.modelUnits[unit] = pieces
}

// relaxUnits returns units with each model unit as its pieces.
func (c *compiler) relaxUnits(units []query.Query) []query.Query {
	var out []query.Query
	for _, u := range units {
		if pieces, ok := c.modelUnits[u]; ok {
			out = append(out, pieces...)
		} else {
			out = append(out, u)
		}
	}
	return out
}

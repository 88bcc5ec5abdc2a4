package index

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A word of kanji that no article has as written, matched by how the
// articles write its reading: with its okurigana (取組 as 取り組み, 後姿
// as 後ろ姿) or in kana (牡蠣 as カキ, 綺麗 as きれい). A word the IME
// converted is a word, so another word of the same reading is no match
// (期間 is no 機関, 基幹 or 帰還; 校正 no 構成 or 公正; 朝鮮 no 挑戦): the
// articles' spellings of the reading stand in for the word only where
// they have its kanji, all and in order, with kana between or after them,
// or none.

// maxSpellingChecks is how many articles are read for the spellings of a
// reading (see readingSpellingAlt).
const maxSpellingChecks = 50

// maxSpellings bounds the spellings searched for one word.
const maxSpellings = 4

// readingSpellingAlt matches text, a kanji word no article has, by the
// articles' spellings of its reading that have its kanji (打上げ for 打ち上げ),
// or some of them in kana (改ざん for 改竄), and by the reading written in
// kana; nil when no article has either. reading is kagome's reading of
// text.
func (c *compiler) readingSpellingAlt(text, reading string) query.Query {
	terms := c.readingTerms(text)
	rc, ok := c.tc.(*readerCounter)
	if len(terms) == 0 || !ok {
		return nil
	}
	var qs []query.Query
	seen := map[string]bool{}
	for _, s := range rc.spellings(readingPhrase(terms, alt(readingBoost)), maxSpellingChecks) {
		if !seen[s] && len(qs) < maxSpellings && (sameKanji(s, text) || kanaForKanji(c.an, s, text)) {
			qs = append(qs, c.phrase(s, alt(readingBoost)))
		}
		seen[s] = true
	}
	if q := c.kanaSpelling(reading); q != nil {
		qs = append(qs, q)
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// kanaSpelling matches a word by its reading written in katakana or
// hiragana (牡蠣 as カキ), where articles have that; nil otherwise.
func (c *compiler) kanaSpelling(reading string) query.Query {
	var qs []query.Query
	for _, s := range []string{reading, toHiragana(reading)} {
		if t := analyzer.WordTerm(s); s != "" && c.df(t) > 0 {
			qs = append(qs, fieldsTerm(t, alt(readingBoost)))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// stressedKana matches in katakana a common noun of kanji typed as one
// word of a longer one (大人 of 大人女子映画部), which a column writes in
// katakana to stress it (【オトナ女子映画部】, オトナ女子は): a word typed
// alone is found so by its reading (see readingAlts), but one inside a
// compound typed whole had found only the articles with the kanji. Only
// katakana, and a reading of minOneKanjiSpelt kana or more (not カナ of
// 仮名, a name too), weighed as a reading; nil when no article has it so.
func (c *compiler) stressedKana(t analyzer.Token) query.Query {
	if !kanaSpelt(t) || utf8.RuneCountInString(t.Reading) < minOneKanjiSpelt || c.df(t.Term) == 0 {
		return nil
	}
	k := analyzer.WordTerm(t.Reading)
	if k == "" || c.df(k) == 0 {
		return nil
	}
	return fieldsTerm(k, alt(readingBoost))
}

// spellings returns the text that q, a query of the reading fields,
// matches in up to k articles: how they write the reading.
func (c *readerCounter) spellings(q query.Query, k int) []string {
	req := bleve.NewSearchRequestOptions(q, k, 0, false)
	req.IncludeLocations = true
	req.Score = "none"
	req.Fields = []string{fieldTitle, fieldBody}
	res, err := c.ix.SearchInContext(c.ctx, req)
	if err != nil {
		return nil
	}
	var out []string
	for _, h := range res.Hits {
		for field, text := range map[string]string{fieldTitleReading: fieldTitle, fieldBodyReading: fieldBody} {
			s, _ := h.Fields[text].(string)
			for _, locs := range h.Locations[field] {
				for _, l := range locs {
					if int(l.Start) < int(l.End) && int(l.End) <= len(s) {
						out = append(out, s[l.Start:l.End])
					}
				}
			}
		}
	}
	return out
}

// maxLongerWords bounds the longer words a kanji word no article has is
// looked for as (see longerWords), and maxLongerScan the dictionary
// entries read to find them.
const (
	maxLongerWords = 4
	maxLongerScan  = 200
)

// longerWords matches a term of two kanji or more that no article has by
// the terms articles have that start with it, the commonest first: the
// dictionary keeps some compounds whole that a reader shortens (重工 of
// 重工業, 蓄電 of 蓄電池), and the index joins the kanji words an article
// writes side by side (三菱重工 of 三菱重工業). nil for other terms, or when
// no article has a longer one.
func (c *compiler) longerWords(term string) query.Query {
	rc, ok := c.tc.(*readerCounter)
	if !ok || utf8.RuneCountInString(term) < 2 || !isKanjiWord(term) || c.df(term) > 0 {
		return nil
	}
	var qs []query.Query
	for _, w := range commonestLonger(rc, term, fieldBody, c.df) {
		qs = append(qs, fieldsTerm(w, alt(bigramBoost)))
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// commonestLonger returns the terms of field longer than prefix that
// start with it, at most maxLongerWords, the ones in most articles (by
// df) first.
func commonestLonger(rc *readerCounter, prefix, field string, df func(string) uint64) []string {
	type word struct {
		term string
		n    uint64
	}
	var words []word
	for _, t := range rc.prefixed(prefix, field, maxLongerScan) {
		if n := df(t); t != prefix && n > 0 {
			words = append(words, word{t, n})
		}
	}
	slices.SortStableFunc(words, func(a, b word) int { return cmp.Compare(b.n, a.n) })
	out := make([]string, 0, min(maxLongerWords, len(words)))
	for _, w := range words[:min(maxLongerWords, len(words))] {
		out = append(out, w.term)
	}
	return out
}

package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A word of kanji that no article has as written, matched by how the
// articles write its reading: with its okurigana (取組 as 取り組み, 後姿
// as 後ろ姿) or in kana (牡蠣 as カキ, 綺麗 as きれい). A word the IME
// converted is a word, so another word of the same reading is no match
// (期間 is no 機関, 基幹 or 帰還; 朝鮮 no 挑戦; 航海 no 公開): the
// reading only stands in for the word where an article writes it with one
// of the word's kanji, or in kana.

// maxSpellingChecks is how many articles are read for the spellings of a
// reading (see readingSpellingAlt).
const maxSpellingChecks = 20

// readingSpellingAlt matches text, a kanji word no article has, by its reading
// where the articles' spelling of that reading shares a kanji with it, or
// by the reading written in kana; nil when neither is in any article. reading is kagome's reading of text.
func (c *compiler) readingSpellingAlt(text, reading string) query.Query {
	terms := c.an.ReadingTerms(text)
	if len(terms) == 0 {
		return nil
	}
	q := readingPhrase(terms, alt(readingBoost))
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return q
	}
	for _, s := range rc.spellings(q, maxSpellingChecks) {
		if strings.ContainsFunc(s, func(r rune) bool { return isHan(r) && strings.ContainsRune(text, r) }) {
			return q
		}
	}
	// (The reading's kana spelling alone: 牡蠣 is カキ, not the 柿 of the
	// same reading.)
	return c.kanaSpelling(reading)
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

package index

import (
	"slices"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// The query for the words that sound like a query word: each as the index
// has it (a term, inside longer words, a phrase of its characters), with
// its synonyms where it sounds nearly the same.

// soundQueries matches the nearest of s.others, each as the index has it
// (a term, inside longer words, a phrase), with its synonyms.
func (c *compiler) soundQueries(s *soundLookup) query.Query {
	var qs []query.Query
	looked := false // inside longer words (see below)
	for _, other := range s.others[:min(len(s.others), maxSoundAlts)] {
		c.spelledAs = append(c.spelledAs, other)
		terms := c.terms(other)
		switch {
		case len(terms) == 1 && analyzer.IsKana(other) && c.df(terms[0]) == 0:
			// Only inside a longer word (エレクトロン of 東京エレクトロン).
			if bq := bigramQuery(other); bq != nil {
				qs = append(qs, bq)
			}
		case len(terms) == 1:
			tq := fieldsTerm(terms[0], alt(fuzzyBoost))
			qs = append(qs, tq)
			if bq := bigramQuery(other); bq != nil && analyzer.IsKana(other) && utf8.RuneCountInString(other) >= minInsideKana && !looked && c.df(terms[0]) < maxInsideDF {
				// And inside a longer word kagome keeps whole
				// (フィッシング of フィッシングサイト), in the articles
				// that do not have it alone, so none counts it twice;
				// not for a short word that ends many (セント of
				// パーセント). Once a query, and not for a word this
				// many articles have alone: the phrase of its
				// characters steps through every article with them
				// (smartphon, three spellings of スマートフォン: 30 ms,
				// smartphone 7 ms).
				looked = true
				inside := bleve.NewBooleanQuery()
				inside.AddMust(bq)
				inside.AddMustNot(tq)
				qs = append(qs, inside)
			}
		case len(terms) > 1 && analyzer.IsKana(other) && c.df(analyzer.WordTerm(other)) > 0 && !c.matchesSome(bigramQuery(other)):
			// A name the articles write with a middle dot (ティム・クック),
			// which the index joined as one term (its characters run on
			// in no article).
			qs = append(qs, fieldsTerm(analyzer.WordTerm(other), alt(fuzzyBoost)))
		case len(terms) > 1 && analyzer.IsKana(other):
			// The characters as written: alone kagome cuts the word
			// (チップ|レット) where in the articles it may not.
			if bq := bigramQuery(other); bq != nil {
				qs = append(qs, bq)
			} else {
				qs = append(qs, c.phrase(other, alt(fuzzyBoost)))
			}
		case len(terms) > 1:
			qs = append(qs, c.phrase(other, alt(fuzzyBoost)))
		}
		// And what the synonyms call it: humanoid is ヒューマノイド, and so
		// 人型ロボット; only for what sounds nearly the same (ラピタス, a
		// typo of ラピダス, sounds somewhat like robots, whose synonym
		// ロボット had found 73 articles beside the 24 on ラピダス).
		// For a word the articles have as typed, only the synonyms of one
		// that names it among them (manga => 漫画, マンガ for マンガ): what
		// only sounds like it is another word (ハンター, in 73 livedoor
		// articles, sounds as near to ホンダ, whose synonym 本田技研工業
		// had ranked a list of carmakers third; ザックジャパン found ザック・
		// エフロン).
		if end, syns := c.syn.match(terms, 0); len(terms) > 0 && end == len(terms) && s.far[other] <= maxSoundDistanceCommon && (s.seen < rareName || namesWord(syns, s.word)) {
			if q := c.synonymsQueryWeighted(syns, fuzzyBoost*synonymBoost); q != nil {
				qs = append(qs, q)
			}
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// namesWord reports whether one of syns is word, but for case and width.
func namesWord(syns []synonym, word string) bool {
	w := analyzer.WordTerm(word)
	return slices.ContainsFunc(syns, func(s synonym) bool { return analyzer.WordTerm(s.text) == w })
}

// minInsideKana is the shortest katakana word a sound alternative also
// finds inside longer katakana words.
const minInsideKana = 5

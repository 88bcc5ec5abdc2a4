package index

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// What a minus excludes, in the search box and in editor syntax.

// exclusion matches what -word excludes: what the word itself finds (so
// word and -word split the archive, but for a compound of words: see
// below), the articles tagged with it or a synonym and those of a
// category it names (全固体電池 -トヨタ had kept an article tagged トヨタ
// that 全固体電池 トヨタ finds). A quoted -"word" excludes only the text
// as written.
func (c *compiler) exclusion(text string, all []analyzer.Token, quoted bool) query.Query {
	toks := indexed(all)
	if len(toks) == 0 {
		if !quoted && analyzer.IsKana(text) && utf8.RuneCountInString(text) > 1 {
			// Kana kagome reads as function words only (こと): the search
			// finds it by its reading, so that is what -こと excludes.
			if q := c.readingAlt(text, asTyped); q != nil {
				return q
			}
		}
		return nil
	}
	if quoted {
		if len(toks) > 1 {
			return c.quotedPhrase(text, exact(1))
		}
		// A word of the dictionary quoted alone: also its parts side by
		// side, as the search finds it ("量子コンピュータ" finds
		// 光量子|コンピュータ, which -"量子コンピュータ" had kept).
		q := fieldsTerm(toks[0].Term, exact(1))
		if split := c.splitWord(all, toks); split != nil {
			return bleve.NewDisjunctionQuery(q, split)
		}
		return q
	}
	// Whatever the word finds, as the search box finds it (LINE its alias
	// ライン, テレビ also てれび, アンドロイド Android): -word leaves the
	// articles word does not find. Not a compound of words that stand
	// alone, which the search box finds with its words apart too: -日本代表
	// excludes 日本代表, not an article on a British team that says 日本
	// somewhere.
	var qs []query.Query
	if q := c.findsAlone(text, all, toks); q != nil {
		qs = append(qs, q)
	} else if len(toks) == 1 {
		qs = append(qs, fieldsTerm(toks[0].Term, exact(1)))
	} else {
		qs = append(qs, c.phrase(text, exact(1)))
	}
	terms := tokenTerms(toks)
	if end, others := c.syn.match(terms, 0); end == len(terms) {
		for _, o := range others {
			if q := c.tagAlt(o.text); q != nil { // as the search finds it
				qs = append(qs, q)
			}
		}
	}
	if w := analyzer.WordTerm(text); w != "" && c.tc != nil && c.tc.count(w, fieldTagWord) > 0 {
		q := bleve.NewTermQuery(w)
		q.SetField(fieldTagWord)
		qs = append(qs, q)
	}
	if q := c.categoryQuery(text, 1, false); q != nil {
		qs = append(qs, q)
	}
	return disjunction(qs)
}

// negated compiles what a minus excludes: a word as the search box
// excludes it (see exclusion), anything else as it would match.
func (c *compiler) negated(n Node) query.Query {
	if w, ok := n.(Word); ok && w.Field == "" {
		text := analyzer.Fold(w.Text)
		return c.exclusion(text, c.tokens(text), w.Phrase)
	}
	c.negating++
	defer func() { c.negating-- }()
	return c.node(n)
}

// findsAlone is what the word finds as the search box finds it, or nil
// for a compound of words that stand alone (see compoundOfConfidentWords),
// which is not compiled: its words apart are not what -word excludes.
func (c *compiler) findsAlone(text string, all, toks []analyzer.Token) query.Query {
	if compoundOfConfidentWords(text, toks) {
		return nil
	}
	return c.wordQuery(text, all, false)
}

// compoundOfConfidentWords reports whether toks, analysed from text, are
// two or more words kagome is sure of, not kana (which it may have split
// by guess) nor single kanji or unknown runs (円|高 is 円高).
func compoundOfConfidentWords(text string, toks []analyzer.Token) bool {
	if len(toks) < 2 || analyzer.IsKana(text) {
		return false
	}
	for _, t := range toks {
		if !t.Confident() || t.Class == "number" {
			return false
		}
	}
	return true
}

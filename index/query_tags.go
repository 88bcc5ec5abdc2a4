package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// The bonuses for the articles tagged with the words of a search-box
// query (as typed, as the reader meant them, by a synonym) or of a
// category they name, and the single characters that are pieces of a
// word typed, not words of their own.

// tagBonuses adds the bonuses for articles tagged with the words (as typed,
// as the reader meant them, by a synonym) or of a category they name.
func (c *compiler) tagBonuses(tq *textQuery, ws []plainWord) {
	var wordToks [][]analyzer.Token
	var texts []string
	for _, pw := range ws {
		if !pw.exclude {
			wordToks = append(wordToks, indexed(pw.all))
			texts = append(texts, withoutParticles(pw.text, pw.all))
		}
	}
	tq.pieces = pieceTerms(wordToks)
	tags := tagShould(texts, c.tc)
	had := map[string]bool{}
	for _, w := range texts {
		had[analyzer.WordTerm(w)] = true
	}
	for _, w := range c.spelledAs {
		// An article tagged with the word as the reader meant it (てすら
		// typed for テスラ) is about it, as when typed so: the roundup
		// that mentions it no longer ranks first.
		if t := analyzer.WordTerm(w); !had[t] {
			had[t] = true
			tags = append(tags, tagShould([]string{w}, c.tc)...)
		}
	}
	if syn := c.synonymTags(texts, had); len(syn) > 0 {
		// An article tagged with a word's synonym is about it too
		// (オープンAI ソフトバンク: the joint venture's articles, tagged
		// OpenAI, above one tagged ソフトバンク that mentions OpenAI once):
		// a bonus of its own, so an article tagged with the word as typed
		// keeps all of its own.
		tq.synTags = boosted(disjunction(syn), synonymBoost)
	}
	switch len(texts) {
	case 2:
		// The words together may name one, in either order (コンピューター
		// 量子 names 量子コンピュータ, as 量子 コンピューター does).
		texts = append(texts, texts[0]+" "+texts[1], texts[1]+" "+texts[0])
	case 1:
	default:
		texts = append(texts, strings.Join(texts, " ")) // (the words together may name one)
	}
	for _, text := range texts {
		if q := c.categoryQuery(text, tagBoost, true); q != nil {
			tags = append(tags, q) // a category is a tag all its articles have
		} else if q := c.categoryQuery(romajiKana(text), tagBoost, true); q != nil {
			tags = append(tags, q) // (jidou unten names 自動運転 as じどううんてん does)
		}
	}
	if len(tags) > 0 {
		// One clause, apart from the other bonuses: bleve scales the
		// bonuses of one clause by the share of them an article has, and
		// beside them a tag no article but one has halved the words side
		// by side of every other (東京大学 ranked 東京 in a title and
		// 大学 in the body above 東京大学 itself).
		tq.tags = disjunction(tags)
	}
}

// pieceTerms returns the terms of single characters that are one token of
// a word of several and no word on their own (see textQuery.pieces).
func pieceTerms(words [][]analyzer.Token) map[string]bool {
	pieces, whole := map[string]bool{}, map[string]bool{}
	for _, toks := range words {
		for _, t := range toks {
			switch {
			case len(toks) == 1:
				whole[t.Term] = true
			case utf8.RuneCountInString(t.Term) == 1:
				pieces[t.Term] = true
			}
		}
	}
	for t := range whole {
		delete(pieces, t)
	}
	return pieces
}

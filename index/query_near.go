package index

import (
	"github.com/blevesearch/bleve/v2/search/query"
)

// Words typed apart that the articles write together: for 3D 映画 the
// articles on 3D映画 come before those that have 3D in one place and 映画
// in another; for プロ野球 ドラフト those on the プロ野球ドラフト before a
// column that mentions both. The words must all be there; this only
// ranks. (Either order, or with の between, ranked as many articles down
// as up on the topical audit: タブレット 比較 is no タブレットの比較.)

// maxPairWords bounds the words of a query whose neighbours get the
// bonus (a phrase for each pair).
const maxPairWords = 4

// pairBonuses adds to tq, for each two words to find typed one after the
// other, the bonus of an article that has them side by side in that
// order. Not for an intent word (使い方, 比較, おすすめ: see intentWords),
// which an article about the subject need not write beside it.
func (c *compiler) pairBonuses(tq *textQuery, ws []plainWord) {
	var texts []string
	for _, pw := range ws {
		if pw.exclude || pw.w.Phrase || pw.w.Field != "" || pw.piece || len(indexed(pw.all)) == 0 || intentWords[pw.text] {
			continue
		}
		texts = append(texts, pw.text)
	}
	if len(texts) < 2 || len(texts) > maxPairWords {
		return
	}
	for i := 0; i+1 < len(texts); i++ {
		if q := c.nearPhrase(joinTyped(texts[i], texts[i+1])); q != nil {
			tq.addNear(q)
		}
	}
}

// joinTyped writes two words as one text: side by side, or with a space
// between two Latin words (open ai is no openai).
func joinTyped(a, b string) string {
	ar := []rune(a)
	if len(ar) > 0 && len(b) > 0 && isASCIILetter(ar[len(ar)-1]) && isASCIILetter(rune(b[0])) {
		return a + " " + b
	}
	return a + b
}

// nearPhrase is a phrase of text's terms as a bonus, weighed in the title
// as in the body (beside other words a title with both is no more about
// them than a body with them side by side: see wordFallbacks); nil when
// it would take the query's phrases past their budget, where termPhrase
// would fall back on the terms anywhere, no bonus for being near.
func (c *compiler) nearPhrase(text string) query.Query {
	toks := indexed(c.an.Tokens(text))
	w := weight{proximityBoost, proximityBoost}
	switch len(toks) {
	case 0:
		return nil
	case 1:
		return fieldsTerm(toks[0].Term, w) // (the two are one word: 量子コンピュータ)
	}
	if c.phraseCost+c.phraseWork(phraseTerms(toks)) > maxBuiltPhraseWork {
		return nil
	}
	return c.termPhrase(toks, w)
}

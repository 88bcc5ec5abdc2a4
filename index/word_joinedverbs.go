package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A compound verb typed whole in kanji (読み聞かせ, 食べ歩き, 飲み比べ): a
// verb's continuative written onto another verb or its noun, which kagome
// reads as its verbs (読み|聞か|せ: 読む and 聞く) and the analyzer also
// indexes whole (see analyzer/verbcompound.go). A reader who types it
// means the one word, not its verbs anywhere in an article: 読む and 聞く
// apart are in hundreds of articles, and ranked among them by a bonus
// for the phrase, the few that write 読み聞かせ fell below the top ten.

// minJoinedVerbArticles is how many articles must write a compound verb
// whole (as its joined term) for a search to require it: below that the
// joined term may be one prose happened to run together (読み考え), and
// the verbs apart still find what there is.
const minJoinedVerbArticles = 3

// joinedVerbUnits makes w's units its verbs side by side, in any of
// their forms (読み聞かせる, 読み聞かせ), where w is a compound verb typed
// whole in kanji that minJoinedVerbArticles or more articles write whole;
// its alternatives (the joined term among them, see wholeWord) still
// stand for it. A relaxed search, when nothing has every word of the
// query, still counts the verb phrase as one unit.
func (c *compiler) joinedVerbUnits(w *wordForm) {
	if w.typed || len(w.toks) < 2 || len(w.units) < 2 {
		return
	}
	joined := joinedVerbTerm(w.all, w.toks)
	if joined == "" || c.df(joined) < minJoinedVerbArticles {
		return
	}
	w.units = []query.Query{c.phrase(w.text, exact(1))}
}

// joinedVerbTerm returns the term the analyzer joined a compound verb
// into (読み聞かせ) when it spans every token of toks, the first a verb;
// "" otherwise (a run of single kanji joined, 三木谷, is no verb).
func joinedVerbTerm(all, toks []analyzer.Token) string {
	first, last := toks[0], toks[len(toks)-1]
	if !strings.HasPrefix(first.POS, "動詞,") {
		return ""
	}
	for _, t := range all {
		// (It ends past the last token with a term when an ending
		// follows: the せ of 読み聞かせ is none.)
		if t.Class == "shingle" && t.Start == first.Start && t.End >= last.End && strings.ContainsFunc(t.Surface, isHiraganaLetter) {
			return t.Term
		}
	}
	return ""
}

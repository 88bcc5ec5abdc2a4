package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A kanji compound typed whole that articles write apart: the reader
// types 電池寿命 or 自動運転車, the article about it says 電池の寿命 or
// 自動運転の車. Only the compound as typed had the bonus of its words side
// by side (see compoundProximityBoost), so a camera review that says
// 電池寿命 once ranked above the article on a battery's life; and a
// compound the synonyms name with a kanji alone in it (自動運転|車) was
// required side by side, so the explainer on who answers for 自動運転の車
// was not found at all.

// compoundApartBoost weighs a kanji compound's words with one word between
// them (see compoundApart): below the compound as typed, which names the
// subject in the reader's own words, far above the words anywhere.
const compoundApartBoost = compoundProximityBoost / 2

// maxApartJoins bounds the joins compoundApart opens, each one phrase.
const maxApartJoins = 3

// compoundApart matches a kanji compound's words (toks, side by side as
// typed) with one word between at one of its joins, as an article writes
// them with a particle or a verb between (電池の寿命, 自動運転する車): one
// phrase per join. No join opens beside a suffix or a prefix (解消法 is no
// 解消の法, 義務化 no 義務の化), only between words that stand alone (車 of
// 自動運転の車). nil when no join opens or the compound has too many.
func (c *compiler) compoundApart(toks []analyzer.Token, w weight) query.Query {
	var qs []query.Query
	for _, cut := range apartJoins(toks) {
		apart := slices.Clone(toks)
		for i := cut; i < len(apart); i++ {
			apart[i].Position++
		}
		qs = append(qs, c.termPhrase(apart, w))
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// apartJoins returns the joins of toks that compoundApart opens, each as
// the index of the token after it.
func apartJoins(toks []analyzer.Token) []int {
	if len(toks) < 2 || len(toks)-1 > maxApartJoins {
		return nil
	}
	var cuts []int
	for cut := 1; cut < len(toks); cut++ {
		if !affixPOS(toks[cut-1]) && !affixPOS(toks[cut]) {
			cuts = append(cuts, cut)
		}
	}
	return cuts
}

// affixPOS reports whether kagome read t as a suffix or a prefix (法 of
// 解消法, 化 of 義務化), not a word of its own.
func affixPOS(t analyzer.Token) bool {
	return strings.HasPrefix(t.POS, "名詞,接尾") || strings.HasPrefix(t.POS, "接頭詞")
}

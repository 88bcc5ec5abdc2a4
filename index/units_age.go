package index

import (
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Ages: a reader types 16歳 or 16才 where news writes the age in brackets
// after the name (長野じゅりあさん（16）), which the analyzer marks (see
// analyzer.AgeMark). An age typed with either counter also finds the other
// and the bracketed age, each below the articles that write it as typed; a
// bare 16 finds no more than it did.

// ageCounters are the counters of an age, each the other's spelling.
var ageCounters = map[string]string{"歳": "才", "才": "歳"}

// ageMarkBoost weighs an age written in brackets against one written with
// its counter: the brackets say less (a name's age, read from the form) and
// the article that writes 16歳 ranks first. The mark is rarer than 歳, so
// its idf is higher: at 0.6 the two livedoor articles with （16） ranked
// 2nd and 3rd of 19 for 16才, above those that write 16歳 (12th and 15th
// at 0.3, last of 19 for 16歳).
const ageMarkBoost = fuzzyBoost

// ageAlts returns the other ways to write the age toks, a number and 歳 or
// 才 (16歳): the number with the other counter, as a spelling, and the
// number in brackets after a name; nil when toks are no age.
func ageAlts(toks []analyzer.Token) []query.Query {
	if len(toks) != 2 || toks[0].Class != "number" || toks[1].Start != toks[0].End {
		return nil
	}
	other, ok := ageCounters[toks[1].Term]
	if !ok {
		return nil
	}
	number := toks[0].Term
	return []query.Query{
		termsPhrase([]string{number, other}, exact(variantBoost)),
		termsPhrase([]string{number, analyzer.AgeMark}, exact(ageMarkBoost)),
	}
}

package analyzer

import (
	"strconv"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Ages in brackets: news writes a person's age in brackets after the name
// (山田太郎さん（16）, 落合博満監督（57）), where readers type 16歳. The
// closing bracket of such a number takes a position and had no term; it
// is indexed as AgeMark, so that a query's 16歳 can also find 16 and the
// mark side by side (see the index's age rule), and a bare 16 finds
// nothing it did not.

// AgeMark is the main-field term indexed at the closing bracket of an age
// written in brackets after a name. No query text analyses to it: the
// brackets of a query take no term.
const AgeMark = "(歳)"

// minAge and maxAge bound the numbers read as ages: below ten, a number in
// brackets after a noun is far more often a list's or a series' (設定画面
// （1）, 未来（４）) than a child's age; above, no age.
const minAge, maxAge = 10, 119

// bracketedAge reports whether the number toks[i:j] is an age in brackets
// after a name: one run of digits from minAge to maxAge with no zero before
// it, an opening bracket written onto a noun before it (a name, its
// honorific or its role: さん（16）, 監督（57）) and a closing bracket
// right after. A number in brackets after a particle, a symbol or a space
// ((1) 高感度, のは（1）) or a year's two digits (『ヒア アフター』(10)
// after a title's bracket, (09)) is none.
func bracketedAge(toks []tokenizer.Token, i, j int) bool {
	if j != i+1 || i < 2 || j >= len(toks) {
		return false
	}
	adjacent := func(a, b int) bool { return toks[b].Position == toks[a].Position+len(toks[a].Surface) }
	open, close := toks[i-1].Surface, toks[j].Surface
	if !(open == "（" || open == "(") || !(close == "）" || close == ")") ||
		!adjacent(i-2, i-1) || !adjacent(i-1, i) || !adjacent(i, j) {
		return false
	}
	num := toks[i].Surface
	if !isDigits(num) || num[0] == '0' {
		return false
	}
	if n, err := strconv.Atoi(num); err != nil || n < minAge || n > maxAge {
		return false
	}
	pos0, _ := toks[i-2].FeatureAt(0)
	pos1, _ := toks[i-2].FeatureAt(1)
	return pos0 == "名詞" && pos1 != "数" && !isNumeral(toks[i-2].Surface)
}

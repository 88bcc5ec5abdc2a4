package index

import (
	"fmt"
	"strings"

	"golang.org/x/text/width"
)

// Relax says when a search-box query whose words no article has all may
// list the articles that have most of them (a relaxed search, marked
// Result.Relaxed). The words of a query are ANDed; relaxing only adds
// articles after those with every word, and only for plain search-box
// text: a query with editor syntax (OR, fields, dates, parentheses) is
// never relaxed, nor is an export.
type Relax int

const (
	// RelaxAuto relaxes when no article has every word: no dead ends.
	// (Not while articles of other categories than those asked for have
	// them all: the category facet says which.) A question (いつ, どこ,
	// なぜ, いくら, 何 among its words: ロボタクシーは日本でいつ始まる) is
	// relaxed as RelaxFew relaxes: its answer may not use every word of
	// it (国内で, not 日本で).
	RelaxAuto Relax = iota
	// RelaxOff never relaxes: no article with every word is no hit.
	RelaxOff
	// RelaxFew relaxes too when fewer than fewAllWords articles have
	// every word: they come first, and the articles with most of the
	// words follow (ranked by relevance only; by date the two would mix).
	// For a search box fed questions: ランサムウェアの被害にあった企業は
	// names its answer with 企業, which the articles on the subject need
	// not use, and a reader who gets the one that does has no way to the
	// others.
	RelaxFew
)

// fewAllWords is how few articles with every word RelaxFew follows with
// the articles that have most of the words.
const fewAllWords = 5

var relaxNames = []string{"auto", "off", "few"}

// String returns the name of x as the API spells it.
func (x Relax) String() string {
	if int(x) < len(relaxNames) {
		return relaxNames[x]
	}
	return fmt.Sprintf("Relax(%d)", int(x))
}

// ParseRelax parses auto, off or few, in any case or width (ｏｆｆ, as
// ParseSort reads ＮＥＷＥＳＴ); "" means auto.
func ParseRelax(s string) (Relax, error) {
	if s = strings.TrimSpace(s); s == "" {
		return RelaxAuto, nil
	}
	narrow := width.Narrow.String(s)
	for i, n := range relaxNames {
		if strings.EqualFold(narrow, n) {
			return Relax(i), nil
		}
	}
	return 0, badParam("relax", "invalid_relax", "unknown value %q; use auto (when no article has every word), off or few (also after the few that have them all)", truncate(s, 20))
}

// relaxes reports whether a search by r whose strict search found total
// articles (unfiltered of them in every category, when others were asked
// for) lists a relaxed search of tq instead.
func (r Request) relaxes(tq textQuery, total, unfiltered uint64) bool {
	switch {
	case !tq.canRelax() || r.Relax == RelaxOff:
		return false
	case total == 0:
		return unfiltered == 0
	}
	few := r.Relax == RelaxFew || r.Relax == RelaxAuto && tq.question
	return few && unfiltered < fewAllWords && r.Sort == SortRelevance && tq.canFollow()
}

// allWords is Result.AllWords: all when relaxed (0 when no article had
// every word), else total.
func allWords(relaxed bool, all, total uint64) uint64 {
	if relaxed {
		return all
	}
	return total
}

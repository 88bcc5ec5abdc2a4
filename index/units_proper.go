package index

import (
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A personal name of kanji that the dictionary knows whole (役所広司) is one
// word to kagome when typed alone, but a sentence may cut it into two
// words it knows (主演の役所|広司ほか): kagome weighs the name against its
// parts by what stands around it. The analyzer indexes a proper noun kept
// whole by the words kagome reads it as on its own (analyzer/parts.go),
// which for such a name are none; so the query looks for the two words
// side by side too.
//
// So with a company the dictionary knows whole (関西電力) at the start of a
// longer name of kanji it does not know, a subsidiary's or a unit's
// (関西電力送配電): kagome reads that as words it knows (関西|電力|送配|電),
// which the index also joins from each on (関西電力送配電, 電力送配電), never
// the company's name alone, so 関西電力 and its synonym 関電 had found none
// of the articles on 関西電力送配電.

// minProperSplitRunes is the shortest name properSplit cuts: a name of
// three kanji has a part of one, which the analyzer joins to its neighbour
// where an article has it cut (三木|谷 → 三木谷).
const minProperSplitRunes = 4

// properSplit matches a personal name or a company of kanji that kagome
// keeps whole alone (役所広司, 関西電力) by two words it knows side by side,
// each of two kanji or more and in some article (役所|広司, 関西|電力):
// 役所広司 had found 4 of the 11 livedoor articles that write it. nil for
// other words, and when no cut gives two such words.
func (c *compiler) properSplit(t analyzer.Token) query.Query {
	return c.properSplitWeighted(t, exact(1))
}

// properSplitWeighted is properSplit weighed w (a synonym's weight).
func (c *compiler) properSplitWeighted(t analyzer.Token, w weight) query.Query {
	if t.Class != "known" || !splitProper(t.POS) || !isKanjiWord(t.Surface) || c.tc == nil {
		return nil
	}
	rs := []rune(t.Surface)
	if len(rs) < minProperSplitRunes {
		return nil
	}
	var qs []query.Query
	for k := 2; k <= len(rs)-2; k++ {
		left, right := c.knownWord(string(rs[:k])), c.knownWord(string(rs[k:]))
		if left == "" || right == "" || c.df(left) == 0 || c.df(right) == 0 {
			continue
		}
		qs = append(qs, termsPhrase([]string{left, right}, w))
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// splitProper reports whether a proper noun of part of speech pos is one
// properSplit cuts: a person's name or an organisation's.
func splitProper(pos string) bool {
	return strings.HasPrefix(pos, "名詞,固有名詞,人名") || strings.HasPrefix(pos, "名詞,固有名詞,組織")
}

// knownWord returns the term of s when kagome reads it alone as one word
// its dictionary has, "" otherwise.
func (c *compiler) knownWord(s string) string {
	toks := indexed(c.tokens(s))
	if len(toks) != 1 || toks[0].Class != "known" || toks[0].Surface != s || utf8.RuneCountInString(s) < 2 {
		return ""
	}
	return toks[0].Term
}

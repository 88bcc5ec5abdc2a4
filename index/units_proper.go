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

// minProperSplitRunes is the shortest name properSplit cuts: a name of
// three kanji has a part of one, which the analyzer joins to its neighbour
// where an article has it cut (三木|谷 → 三木谷).
const minProperSplitRunes = 4

// properSplit matches a personal name of kanji that kagome keeps whole
// alone (役所広司) by two words it knows side by side, each of two kanji
// or more and in some article (役所|広司): 役所広司 had found 4 of the 11
// livedoor articles that write it. nil for other words, and when no cut
// gives two such words.
func (c *compiler) properSplit(t analyzer.Token) query.Query {
	if t.Class != "known" || !strings.HasPrefix(t.POS, "名詞,固有名詞,人名") || !isKanjiWord(t.Surface) || c.tc == nil {
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
		qs = append(qs, termsPhrase([]string{left, right}, exact(1)))
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
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

package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// In a relaxed search the words a reader typed are not alike: a name
// (NVIDIA, テスラ, 全固体電池) says what the articles are about, a common
// word what the reader wants to know of it (株価, 被害, 企業, 名前). Weighed by
// idf, a rare common word outweighed a name many articles have: なぜNVIDIA
// の株価が下がったのか, which no article matched whole, listed an article on
// quantum stocks' 株価 above every article on NVIDIA. The articles with a
// name rank namedBoost higher (see namedClause). (Weighing a name at least
// as much as the rarest common word too made the name's count decide
// among the articles that all have it: 耐量子暗号への移行は何から始めればいい
// ranked an article saying 耐量子暗号 most often, never 移行, first.)
const namedBoost = 5.0

// maxNamedUnits: in a longer sentence the words an article has decide
// (see mostBoost), and the bonus, which grows with how often an article
// says the name, ranked an article repeating サイバー攻撃 above the one
// about the law a sentence of nine words described.
const maxNamedUnits = 6

// namedWord is word, noting the relax units it adds as named when the
// word is a name (see isName).
func (c *compiler) namedWord(tq *textQuery, text string, all []analyzer.Token, optional []bool, seen map[string]bool) {
	n := len(tq.relax)
	c.word(tq, text, all, optional, seen)
	if !isName(indexed(all)) {
		return
	}
	if c.named == nil {
		c.named = map[query.Query]bool{}
	}
	for _, q := range tq.relax[n:] {
		c.named[q] = true
	}
}

// isName reports whether the content words of a typed word are all names:
// Latin letters, a user-dictionary term, a proper noun other than a place,
// or katakana the dictionary does not know; not a number.
func isName(toks []analyzer.Token) bool {
	name := false
	for _, t := range toks {
		switch {
		case strings.HasPrefix(t.POS, "副詞"), strings.HasPrefix(t.POS, "連体詞"), strings.HasPrefix(t.POS, "接続詞"),
			strings.HasPrefix(t.POS, "接頭詞"), strings.HasPrefix(t.POS, "感動詞"):
			continue // (なぜ of なぜNVIDIA)
		case t.Class == "number":
			return false
		case t.Class == "user", isLatinWord(t.Surface):
		case strings.HasPrefix(t.POS, "名詞,固有名詞") && !strings.HasPrefix(t.POS, "名詞,固有名詞,地域"):
			// (A place is as often where as what: 熊本 of 熊本 工場.)
		case t.Class == "unknown" && analyzer.IsKana(t.Surface):
		default:
			return false
		}
		name = true
	}
	return name
}

// namedClause returns the bonus of a relaxed search's articles that have
// a name among strong, its units (boosted or not), or nil when all or none
// of the words are names.
func (tq textQuery) namedClause(strong []query.Query) query.Query {
	var named []query.Query
	for i, q := range tq.strong() {
		if tq.named[q] {
			named = append(named, strong[i])
		}
	}
	if len(named) == 0 || len(named) == len(strong) || len(strong) > maxNamedUnits {
		return nil
	}
	return boosted(disjunction(named), namedBoost)
}

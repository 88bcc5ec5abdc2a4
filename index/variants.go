package index

import (
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Katakana spelling variants. Loanwords are written with エイ or with a long
// vowel after an e-column kana as the writer or the house style prefers:
// ディスプレイ and ディスプレー, プレイヤー and プレーヤー, メイン and メーン,
// フェイス and フェース. Both are the same word; a query in one finds the
// other (weighed as a synonym, below the spelling typed). The trailing ー
// that Lucene's rule drops is handled by the terms themselves.

// eColumn holds the kana an イ or ー after which lengthens an e.
const eColumn = "エケセテネヘメレゲゼデベペェ"

// eiVariant returns word with every イ and ー after an e-column kana
// written the other way, or "" when it has none.
func eiVariant(word string) string {
	var b strings.Builder
	changed := false
	prev := rune(0)
	for _, r := range word {
		if strings.ContainsRune(eColumn, prev) {
			switch r {
			case 'イ':
				r, changed = 'ー', true
			case 'ー':
				r, changed = 'イ', true
			}
		}
		b.WriteRune(r)
		prev = r
	}
	if !changed {
		return ""
	}
	return b.String()
}

// spellingAlt matches a katakana word of minInsideRunes or more written
// the other way (eiVariant), when articles have it so; nil otherwise.
func (c *compiler) spellingAlt(surface string) query.Query {
	if utf8.RuneCountInString(surface) < minInsideRunes || !analyzer.IsKana(surface) || !strings.ContainsFunc(surface, isKatakanaLetter) {
		return nil
	}
	v := eiVariant(analyzer.ToKatakana(analyzer.Fold(surface)))
	if v == "" {
		return nil
	}
	term := analyzer.WordTerm(v)
	if c.df(term) == 0 {
		return nil
	}
	return fieldsTerm(term, alt(synonymBoost))
}

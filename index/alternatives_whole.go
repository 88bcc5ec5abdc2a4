package index

import (
	"math"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Alternatives of a word kagome split (see alternatives.go): the word kept
// whole where an article has it so, a compound split where the articles
// write its parts, and a katakana word by its halves.

// wholeWord matches a word kagome split into several tokens as one term,
// when the index holds it: an article that segmented the string
// differently (六本木, 十分 kept whole) or the analyzer's joined run of
// katakana words or of kanji words with a single kanji among them (三木谷,
// ジェイソンステイサム), or kana an article quoted as a name (にこたま of
// 『にこたま』, which kagome reads as に|こ|たま), or a katakana word in
// another spelling. nil when there is no such term.
func (c *compiler) wholeWord(text string, all, toks []analyzer.Token) query.Query {
	if c.tc == nil {
		return nil
	}
	terms := []string{analyzer.WordTerm(text)}
	hyphened := "" // "ml kem" is ML-KEM
	if fs := strings.Fields(text); len(fs) > 1 && isLatinWord(strings.Join(fs, "")) {
		hyphened = analyzer.WordTerm(strings.Join(fs, "-"))
		terms = append(terms, hyphened)
	}
	switch {
	case len(toks) >= 2:
		first, last := toks[0], toks[len(toks)-1]
		for _, t := range all {
			if t.Class == "shingle" && t.Start == first.Start && t.End == last.End {
				terms = append(terms, t.Term)
			}
		}
	case !analyzer.IsKana(text) || len(toks) == 1 && toks[0].Term == terms[0]:
		return nil
	}
	// In any of its spellings (ヘッドフォン, ヘッド|フォン to kagome, is
	// the word ヘッドホン of most articles).
	found := func(t string) query.Query {
		if sp := c.spellings(t); sp[0].term != t || c.df(t) > 0 {
			return spellingsQuery(sp, exact(1))
		}
		return nil
	}
	for _, t := range terms {
		q := found(t)
		if q == nil {
			continue
		}
		if hyphened != "" && t != hyphened {
			// Both ways to be one word, when articles have each ("ml
			// kem" is MLKEM of X25519MLKEM768 in some, ML-KEM in most).
			if h := found(hyphened); h != nil {
				q = disjunction([]query.Query{q, h})
			}
		}
		if v, ok := inflectedKana(text, all); ok {
			// A verb or an adjective with its endings, which some article
			// quotes whole (「つながらない」): the word still, in every
			// form (つながらず, つながりにくい).
			q = disjunction([]query.Query{q, c.verbTerm(v, exact(1))})
		}
		return q
	}
	return nil
}

// splitWord matches a user-dictionary word that the query has whole by
// its parts side by side: kagome weighs the dictionary's word against
// its parts by what follows, so an article may have them apart where the
// query has the word (ペロブスカイト|太陽|電池 before の, when ペロブスカイト
// is a word of the dictionary too). A word of two kanji nouns whose second
// is an action (情報漏洩, 量産開始) is also the sentence an article writes
// it as, with a particle between (情報が漏洩した). nil for other words, and
// when no article has the first or last part.
func (c *compiler) splitWord(all, toks []analyzer.Token) query.Query {
	if len(toks) != 1 || toks[0].Class != "user" || c.tc == nil {
		return nil
	}
	var parts []analyzer.Token
	for _, t := range all {
		if t.Class == "part" && t.Term != "" && t.Start >= toks[0].Start && t.End <= toks[0].End {
			parts = append(parts, t)
		}
	}
	terms := tokenTerms(parts)
	if len(terms) < 2 || c.df(terms[0]) == 0 || c.df(terms[len(terms)-1]) == 0 || c.keptWhole(toks[0].Term, terms) {
		return nil
	}
	// Below the word whole, where the dictionary's word is in a longer
	// one (画像|生成|AI of 画像生成AIサービス) as often as cut from it.
	q := termsPhrase(terms, exact(splitBoost))
	if s := c.actionSentence(parts, exact(splitBoost)); s != nil {
		q = bleve.NewDisjunctionQuery(q, s)
	}
	return q
}

// A phrase of a compound's parts is checked in every article that has
// them all, and those with the compound whole have its parts too: where
// commonAlone or more articles have its rarest part and nearly all of
// them the compound whole (all but one in splitCoverShare), the phrase
// would find few more articles at the cost of reading positions in all
// (スマートフォン at 100,000 articles: 10,559 whole, フォン in 10,810; the
// phrase had made the search take four times as long as スマホ).
const splitCoverShare = 20

// keptWhole reports whether the articles with the parts terms of the
// compound whole nearly all have it whole (see splitCoverShare).
func (c *compiler) keptWhole(whole string, terms []string) bool {
	rarest := uint64(math.MaxUint64)
	for _, t := range terms {
		if t != "" {
			rarest = min(rarest, c.df(t))
		}
	}
	return rarest >= commonAlone && c.df(whole) >= rarest-rarest/splitCoverShare
}

// actionSentence matches the parts of a compound of a kanji noun and an
// action (情報|漏洩) with one word between, as a sentence has them (情報が
// 漏洩した); nil for other parts.
func (c *compiler) actionSentence(parts []analyzer.Token, w weight) query.Query {
	if len(parts) != 2 || !isKanjiWord(parts[0].Surface) || !c.actionNoun(parts[1].Surface) {
		return nil
	}
	return termsPhrase([]string{parts[0].Term, "", parts[1].Term}, w)
}

// userParts returns the parts of text when it is one user-dictionary
// word (情報漏洩: 情報, 漏洩), nil otherwise.
func (c *compiler) userParts(text string) []analyzer.Token {
	whole := false
	var parts []analyzer.Token
	for _, t := range c.tokens(text) {
		switch {
		case t.Class == "part" && t.Term != "":
			parts = append(parts, t)
		case t.Class == "user" && !whole && t.Start == 0 && t.End == len(text):
			whole = true
		case t.Term != "" && t.Class != "shingle":
			return nil // another word
		}
	}
	if !whole {
		return nil
	}
	return parts
}

// actionNoun reports whether s is a kanji noun of an action, one that
// takes する (漏洩, 開始), by kagome's reading of it alone.
func (c *compiler) actionNoun(s string) bool {
	if !isKanjiWord(s) {
		return false
	}
	toks := c.tokens(s)
	return len(toks) == 1 && strings.HasPrefix(toks[0].POS, "名詞,サ変接続")
}

// splitBoost weighs a user-dictionary word found as its parts.
const splitBoost = 0.5

// minHalfRunes is the shortest half katakanaHalves tries: two katakana
// are in too many words (ハン, イル). maxHalvesRunes bounds the words it
// splits (each split point is two searches).
const (
	minHalfRunes   = 3
	maxHalvesRunes = 16
)

// katakanaHalves matches a katakana word that no article has and kagome
// could not split, by two katakana words the articles have (or their
// synonyms) side by side or apart: モンハンワイルズ, which readers run
// together, is モンハン (モンスターハンター) and ワイルズ. The split where
// the shorter half is longest wins; nil when there is none.
func (c *compiler) katakanaHalves(toks []analyzer.Token) query.Query {
	if len(toks) != 1 || c.tc == nil || !katakanaWord(toks[0].Surface) || c.df(toks[0].Term) > 0 {
		return nil
	}
	r := []rune(toks[0].Surface)
	if len(r) > maxHalvesRunes {
		return nil
	}
	var best query.Query
	bestLen := 0
	for k := minHalfRunes; k <= len(r)-minHalfRunes; k++ {
		if n := min(k, len(r)-k); n <= bestLen {
			continue
		}
		left, right := c.half(string(r[:k])), c.half(string(r[k:]))
		if left != nil && right != nil {
			best, bestLen = conjunction([]query.Query{left, right}), min(k, len(r)-k)
		}
	}
	if best == nil {
		return nil
	}
	return boosted(best, splitBoost)
}

// half returns the query for one half of katakanaHalves, the katakana
// word s or a katakana synonym of it, as a word or inside a longer
// katakana word (ワイルズ of モンスターハンターワイルズ, which kagome reads
// モンスター|ハンターワイルズ); nil when no article has it.
func (c *compiler) half(s string) query.Query {
	term := analyzer.WordTerm(s) // (kagome may split it: モン|ハン)
	var alts []query.Query
	if c.df(term) > 0 {
		alts = append(alts, fieldsTerm(term, exact(1)))
	}
	// (Not inside longer words when commonAlone articles have it alone:
	// スマート of スマートウォッチ, a phrase of スマ|マー|ート checked in every
	// article with スマートフォン, had taken 50 ms at 100,000 articles.)
	if bq := c.insideWords(s); bq != nil {
		alts = append(alts, bq)
	}
	terms := tokenTerms(indexed(c.tokens(s)))
	if end, others := c.syn.match(terms, 0); end > 0 && end == len(terms) {
		if q := c.synonymsQuery(others); q != nil {
			alts = append(alts, q)
		}
		for _, o := range others {
			if katakanaWord(o.text) {
				if bq := c.insideWords(o.text); bq != nil {
					alts = append(alts, bq)
				}
			}
		}
	}
	if len(alts) == 0 {
		return nil
	}
	if q := disjunction(alts); c.matches(q) {
		return q
	}
	return nil
}

// inflectedKana returns the verb or adjective that kana is to kagome with
// its endings after it (つながらない is つながる and ない), and whether it
// is one. A verb kagome reads after kana it drops is no word with its
// endings but a guess inside a word it does not know: ろけっと, read
// ろ|けっ|と, is ロケット, not ける (which had ranked ステーキけん, ける|ん
// to kagome, third), and so are ぽけっと and じゃけっと.
func inflectedKana(text string, all []analyzer.Token) (analyzer.Token, bool) {
	toks := indexed(all)
	if !analyzer.IsKana(text) || len(toks) != 1 || toks[0].Surface == text || toks[0].Start != 0 {
		return analyzer.Token{}, false
	}
	t := toks[0]
	if !strings.HasPrefix(t.POS, "動詞,自立") && !strings.HasPrefix(t.POS, "形容詞,自立") {
		return analyzer.Token{}, false
	}
	return t, true
}

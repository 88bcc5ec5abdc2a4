package index

import (
	"slices"
	"strings"

	"sagasu/analyzer"
)

// Which tokens of a search-box query only add to the score (see
// optionalTokens), which stay required because a word typed is whole a
// term of the synonyms (空飛ぶ車), and what makes the query a sentence (a
// clause whose verb the analyzer drops: 在庫がある店) or asks which
// (一番速い).

// optionalWords returns, for each token of the words to find, whether it
// only adds to the score (see optionalTokens), and notes on tq whether
// the query is a sentence or asks which.
func (c *compiler) optionalWords(tq *textQuery, s plainScan) []bool {
	verbs := plainVerbs(s.toks)
	for i, kana := range s.kanaVerbs {
		verbs[i] = verbs[i] || kana
	}
	optional := optionalTokensOf(s.toks, verbs)
	required := false
	for i, o := range optional {
		required = required || !o && !s.apart[i]
	}
	for i := range optional {
		optional[i] = optional[i] || s.apart[i] && required
	}
	c.namedPhrases(s.ws, optional)
	c.compoundIntents(s.toks, optional)
	for i, verb := range verbs {
		if optional[i] && verb && !questionVerbs[s.toks[i].Term] {
			// A sentence (夏っぽいメイクに変えるコツ) says how the reader
			// put it, as a question does: the few articles with every
			// word are followed by those with most.
			tq.question, tq.sentence = true, true
		}
	}
	if s.clause {
		tq.question, tq.sentence = true, true
	}
	if slices.ContainsFunc(s.toks, func(t analyzer.Token) bool { return degreeWords[t.Surface] }) && slices.Contains(optional, false) {
		// 一番速い, 最も泣ける asks which: the few articles with every
		// word are followed by those with most, as for a question
		// (一番 速い スーパーコンピュータ had listed one article).
		tq.question = true
	}
	return optional
}

// droppedVerbBetween reports whether all, the tokens of a word typed,
// has a clause whose verb the analyzer does not index (ある, あう written
// in kana, する): the verb after a case particle or a noun of an action
// (被害に|あっ, 炎上|し), and a noun after it, past the auxiliaries (た,
// ない) and the verbs' other pieces (企業, 芸能人, 方法). Not kana kagome
// guessed at (すま|ほ|の), nor a verb that ends the text (施行|さ|れ|てる).
func droppedVerbBetween(all []analyzer.Token) bool {
	var toks []analyzer.Token
	for _, t := range all {
		if t.Class != "part" && t.Class != "shingle" {
			toks = append(toks, t)
		}
	}
	for i := 1; i < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if t.Term != "" || !strings.HasPrefix(t.POS, "動詞,自立") {
			continue
		}
		switch {
		case strings.HasPrefix(prev.POS, "助詞,格助詞") && i >= 2 && toks[i-2].Term != "":
		case prev.Term != "" && strings.HasPrefix(prev.POS, "名詞,サ変接続"):
		default:
			continue
		}
		for _, u := range toks[i+1:] {
			if u.Term == "" && (strings.HasPrefix(u.POS, "助動詞") || strings.HasPrefix(u.POS, "動詞")) {
				continue // (た, ない, れ)
			}
			if u.Term != "" && strings.HasPrefix(u.POS, "名詞") && !strings.HasPrefix(u.POS, "名詞,接尾") {
				return true
			}
			break
		}
	}
	return false
}

// namedPhrases keeps required every word of a word typed that is, whole,
// a term of the synonyms (空飛ぶ車, whose verb would otherwise be optional:
// its synonym 空飛ぶクルマ had not been searched, and the query relaxed to
// articles with 空 and 車). optional is of the tokens the words ws give,
// in order.
func (c *compiler) namedPhrases(ws []plainWord, optional []bool) {
	if c.syn == nil {
		return
	}
	k := 0
	for _, pw := range ws {
		if pw.exclude || pw.w.Phrase {
			continue
		}
		toks := indexed(pw.all)
		if n := len(toks); n > 1 && k+n <= len(optional) && slices.Contains(optional[k:k+n], true) {
			terms := make([]string, n)
			for i, t := range toks {
				terms[i] = t.Term
			}
			if end, _ := c.syn.match(terms, 0); end == n {
				clear(optional[k : k+n])
			}
		}
		k += len(toks)
	}
}

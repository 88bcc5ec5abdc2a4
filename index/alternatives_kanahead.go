package index

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// kanaHead matches a word that starts with a name in hiragana written onto
// kanji (みなと銀行, あおぞら銀行), which kagome cuts into everyday words
// and particles where it starts a sentence or a query (みな|と|銀行,
// あ|おぞ|ら|銀行) and reads whole elsewhere (・みなと銀行が: みなと|銀行):
// the kana whole and the word after it side by side, where some article
// has the kana as one term. みなと銀行 耐量子暗号 ハイブリッド had found the
// story that begins みなと銀行は, read みな, and missed the day's roundup,
// whose list reads みなと. nil for another word, or when no article has
// the kana whole.
func (c *compiler) kanaHead(text string, all, toks []analyzer.Token) query.Query {
	if c.tc == nil || len(toks) < 2 {
		return nil
	}
	head := hiraganaHead(text)
	if utf8.RuneCountInString(head) < minKanaHead || head == text {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(text[len(head):]); !isHan(r) && !isKatakanaLetter(r) {
		return nil
	}
	cut := 0 // tokens of the kana, particles and junk included
	for _, t := range all {
		if t.Class == "part" || t.Class == "shingle" {
			continue
		}
		switch {
		case t.End <= len(head):
			cut++
		case t.Start < len(head):
			return nil // a token across the kana's end: no cut before the kanji
		}
	}
	term := analyzer.WordTerm(head)
	if cut < 2 || term == "" || c.df(term) == 0 {
		return nil
	}
	terms := []string{term}
	var rest []query.Query
	for _, t := range toks {
		switch {
		case t.Start < len(head):
		case len(terms) == 1:
			terms = append(terms, t.Term)
		default:
			rest = append(rest, fieldsTerm(t.Term, exact(1)))
		}
	}
	if len(terms) < 2 {
		return nil
	}
	return conjunction(append([]query.Query{termsPhrase(terms, exact(1))}, rest...))
}

// minKanaHead is the shortest hiragana name kanaHead looks up: one kana
// is a particle or a prefix (お, ご).
const minKanaHead = 2

// hiraganaHead returns the hiragana (and ー) that text starts with.
func hiraganaHead(text string) string {
	for i, r := range text {
		if !isHiraganaLetter(r) && r != 'ー' {
			return text[:i]
		}
	}
	return text
}

package index

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Spellings a reader mistyped: katakana and English words an edit away
// from what the articles have, and short katakana without its long vowel.

// fuzzyAlt matches a katakana word of four or more characters by the
// terms one edit away, with a low weight: loanwords are spelled many ways
// (フェースブック, フェイスブック; ビッグカメラ, ビックカメラ; ジョブス,
// ジョブズ). When no article has the word, any such term; when some do,
// only the spellings far more articles use (a misspelling a few articles
// share should not hide the usual spelling). nil for other words, or when
// nothing is one edit away.
func (c *compiler) fuzzyAlt(text string, katakana bool) query.Query {
	rc, ok := c.tc.(*readerCounter)
	if !katakana || !ok || c.fuzzed >= maxFuzzyWords {
		return nil
	}
	if utf8.RuneCountInString(text) < minFuzzyRunes {
		return c.longVowelAlt(text)
	}
	c.fuzzed++
	term := analyzer.WordTerm(text)
	w := alt(fuzzyBoost)
	df := c.df(term)
	if df == 0 {
		return editAway(term, w)
	}
	if df >= rareSpelling {
		return nil // a spelling this common is one the articles use
	}
	var qs []query.Query
	for _, n := range rc.neighbors(term, fieldBody) {
		if c.df(n) >= usualSpelling*df && spellingVariant(term, n) {
			qs = append(qs, fieldsTerm(n, w))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// spellingVariant reports whether two katakana terms an edit apart are
// ways of writing one loanword: a final voicing mark or one after ッ
// (ジョブス, ジョブズ; ビッグ, ビック), a small kana for a large one (ウィ,
// ウイ), a ー for the vowel that draws out the one before it (フェース,
// フェイス; ボール, ボウル), or a ー, ッ or ・ more or less; not a letter of
// another sound (アクオス is no アクセス, which ten times as many articles
// have; サイバー no サーバー, グリーン no クリーン).
func spellingVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	switch {
	case len(rb) == len(ra)+1:
		// One letter more: the rest must agree.
		return string(ra[i:]) == string(rb[i+1:]) && strings.ContainsRune("ーッ・", rb[i])
	case len(rb) != len(ra) || i == len(ra) || string(ra[i+1:]) != string(rb[i+1:]):
		return false
	}
	x, y := ra[i], rb[i]
	if y == 'ー' {
		x, y = y, x
	}
	switch {
	case x == 'ー':
		// The vowel the one before ends in, or イ after エ, ウ after オ.
		if i == 0 {
			return false
		}
		v := vowelOf(ra[i-1])
		return v != 0 && (y == vowelKana[v] || v == 'e' && y == 'イ' || v == 'o' && y == 'ウ')
	case kanaBase(x) != kanaBase(y):
		return false
	case isSmallKana(x) != isSmallKana(y):
		return true
	default: // voicing
		return i == len(ra)-1 || i > 0 && ra[i-1] == 'ッ'
	}
}

// kanaBase is a katakana letter without its voicing mark and at full
// size (ズ and ス are ス, ァ and ア are ア).
func kanaBase(r rune) rune {
	if small := strings.IndexRune("ァィゥェォッャュョヮ", r); small >= 0 {
		r = []rune("アイウエオツヤユヨワ")[small/3] // (each katakana is 3 bytes)
	}
	d := []rune(norm.NFD.String(string(r)))
	return d[0]
}

// longVowelAlt matches a katakana word shorter than minFuzzyRunes that no
// article has by the same word with a ー after one of its letters, where
// articles have that (ドロン is ドローン, typed without the long vowel):
// one edit of any kind is too many words at this length (ドラン, ドン).
// nil otherwise.
func (c *compiler) longVowelAlt(text string) query.Query {
	rs := []rune(text)
	if len(rs) < 2 || !analyzer.IsKana(text) || !strings.ContainsFunc(text, isKatakanaLetter) || c.df(analyzer.WordTerm(text)) > 0 {
		return nil
	}
	c.fuzzed++
	var qs []query.Query
	for i := 1; i < len(rs); i++ {
		if !isKatakanaLetter(rs[i-1]) || strings.ContainsRune("ァィゥェォッャュョヮン", rs[i-1]) || rs[i] == 'ー' {
			continue
		}
		long := string(rs[:i]) + "ー" + string(rs[i:])
		if t := analyzer.WordTerm(long); c.df(t) > 0 {
			qs = append(qs, fieldsTerm(t, alt(fuzzyBoost)))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// editAway matches the terms one edit from term in the title or body.
func editAway(term string, w weight) query.Query {
	build := func(field string, boost float64) query.Query {
		q := bleve.NewFuzzyQuery(term)
		q.SetField(field)
		q.SetFuzziness(1)
		q.SetBoost(boost)
		return q
	}
	return bleve.NewDisjunctionQuery(build(fieldTitle, w.title), build(fieldBody, w.body))
}

// latinTypoAlt matches an English word of four letters or more that no
// article has by the words one edit away that articles have: a letter
// added, dropped or changed (llma: llama), or two side by side swapped
// (pixle: pixel, gemnii: gemini), weighed like a katakana spelling an
// edit away. nil for other words, and past maxFuzzyWords.
func (c *compiler) latinTypoAlt(text string) query.Query {
	word := analyzer.WordTerm(text)
	if len(word) < minFuzzyRunes || strings.ContainsFunc(word, func(r rune) bool { return r < 'a' || r > 'z' }) ||
		c.fuzzed >= maxFuzzyWords || c.tc == nil || c.df(word) > 0 {
		return nil
	}
	c.fuzzed++
	w := alt(fuzzyBoost)
	qs := []query.Query{editAway(word, w)}
	b := []byte(word)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		if t := string(b); c.df(t) > 0 {
			qs = append(qs, fieldsTerm(t, w))
		}
		b[i], b[i+1] = b[i+1], b[i]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// A katakana word fewer than rareSpelling articles use may be a
// misspelling: a spelling one edit away that usualSpelling times as many
// articles use is the one the reader meant too. (Looking for the
// neighbours of every word cost a third of a search.)
const (
	rareSpelling  = 30
	usualSpelling = 10
)

// maxFuzzyWords bounds the words of one query that get spellings an edit
// away: each walks the term dictionary, and a query of sixty katakana
// words took seconds.
const maxFuzzyWords = 4

// minFuzzyRunes: shorter katakana words are too often one edit from
// another word (バス, パス, ガス).
const minFuzzyRunes = 4

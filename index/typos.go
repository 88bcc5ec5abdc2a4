package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Spellings a reader mistyped: katakana and English words an edit away
// from what the articles have, and short katakana without its long vowel.
// This file holds the katakana words and the bounds both share; English
// words are in typos_latin.go, a misspelt run of a compound in
// typos_respell.go.

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
		q := c.nearestSpellings(rc, term, w)
		if q == nil && rc.r == nil {
			return editAway(term, w) // (the dictionary could not be read)
		}
		return q
	}
	if df >= rareSpelling {
		return nil // a spelling this common is one the articles use
	}
	// Another way of writing the loanword that far more articles use is
	// the word itself at a lower weight, its title above a mention in a
	// body, not a guess whose title counts less than that: the articles
	// about ジョブズ had ranked below passing mentions that write ジョブス.
	var qs []query.Query
	for _, n := range rc.neighbors(term, fieldBody) {
		if c.df(n) >= usualVariant*df && spellingVariant(term, n) {
			qs = append(qs, fieldsTerm(n, exact(synonymBoost)))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// nearestSpellings matches a katakana term no article has by the terms
// one edit away that articles have, the ones a reader most likely meant:
// the other ways of writing the loanword (spellingVariant: ツイター is
// ツイッター) when articles have any, else the commonest of the rest
// (those at least a tenth as common as the commonest), never a shorter
// term of fewer than three letters (ツイ, イタ: a fragment of many other
// words). nil when the dictionary cannot be read or nothing qualifies. A
// term found another way is noted in respelled: the reader meant that
// spelling, not a word of the other script that sounds alike.
func (c *compiler) nearestSpellings(rc *readerCounter, term string, w weight) query.Query {
	var variants, others []string
	dfs := map[string]uint64{}
	var most uint64
	n := utf8.RuneCountInString(term)
	for _, field := range []string{fieldBody, fieldTitle} {
		for _, t := range rc.neighbors(term, field) {
			if _, ok := dfs[t]; ok {
				continue
			}
			df := c.df(t)
			dfs[t] = df
			switch m := utf8.RuneCountInString(t); {
			case df == 0 || !strings.ContainsFunc(t, isKatakanaLetter):
			case spellingVariant(term, t):
				variants = append(variants, t)
			case n < minFuzzyRunes:
				// A word of three letters is a third another word an
				// edit away (ライダ, ライン): only its other spellings.
			case m >= 3 && m >= n || m >= minFuzzyRunes:
				others = append(others, t)
				most = max(most, df)
			}
		}
	}
	pick := variants
	if len(pick) > 0 {
		if c.respelled == nil {
			c.respelled = map[string]bool{}
		}
		c.respelled[term] = true
	} else {
		for _, t := range others {
			if dfs[t]*usualSpelling >= most {
				pick = append(pick, t)
			}
		}
	}
	if len(pick) == 0 {
		return nil
	}
	var qs []query.Query
	for _, t := range pick {
		qs = append(qs, fieldsTerm(t, w))
		// The spelling meant as a tag too: the articles tagged with it
		// are about it, whatever their text calls it (ヒューマノイト finds
		// the article tagged ヒューマノイド that says 人型ロボット).
		if tag := analyzer.WordTerm(t); tag != "" && rc.count(tag, fieldTagWord) > 0 {
			q := bleve.NewTermQuery(tag)
			q.SetField(fieldTagWord)
			q.SetBoost(w.body * tagBoost)
			qs = append(qs, q)
		}
		// And what the synonyms call it: ランサムエア is ランサムウエア, and
		// so ランサムウェア, which more articles write.
		if end, syns := c.syn.match([]string{t}, 0); end == 1 {
			if q := c.synonymsQueryWeighted(syns, fuzzyBoost*synonymBoost); q != nil {
				qs = append(qs, q)
			}
		}
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

// misspeltLoanword matches hiragana typed for a loanword spelt as no
// article spells it (こんぴゅた, ろぼたくしい: typed without its long
// vowel, or with a vowel for it) by the katakana words one edit away, as
// the katakana typed so finds them (コンピュタ: コンピュータ); nil when
// the kana finds something as it is (by its reading, as a word, by the
// other alternatives), or is short or a katakana word articles have.
func (c *compiler) misspeltLoanword(w *wordForm) query.Query {
	kata := analyzer.ToKatakana(w.text)
	if !w.typed || !hiraganaRun(w.text) || utf8.RuneCountInString(kata) < minFuzzyRunes || c.df(analyzer.WordTerm(kata)) > 0 {
		return nil
	}
	found := slices.Clone(w.alts)
	if w.reading != nil {
		found = append(found, w.reading)
	}
	if len(w.units) > 0 {
		found = append(found, bleve.NewConjunctionQuery(w.units...))
	}
	if len(found) == 0 || c.matches(disjunction(found)) {
		return nil // (nothing required: a sentence's verb, optional)
	}
	return c.fuzzyAlt(kata, true)
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

// A katakana word fewer than rareSpelling articles use may be a
// misspelling: a spelling one edit away that usualSpelling times as many
// (usualVariant times, for another way of writing the same loanword)
// articles use is the one the reader meant too. (Looking for the
// neighbours of every word cost a third of a search.)
const (
	rareSpelling  = 30
	usualSpelling = 10
	// usualVariant: for another way of writing the same loanword (see
	// spellingVariant) a few times as many articles suffice (ジョブス in 5
	// of livedoor's articles had not found ジョブズ in 29).
	usualVariant = 4
)

// maxFuzzyWords bounds the words of one query that get spellings an edit
// away: each walks the term dictionary, and a query of sixty katakana
// words took seconds.
const maxFuzzyWords = 4

// minFuzzyRunes: shorter katakana words are too often one edit from
// another word (バス, パス, ガス).
const minFuzzyRunes = 4

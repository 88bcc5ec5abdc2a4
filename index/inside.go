package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Words inside longer katakana words: a katakana word kagome keeps whole
// (ニンテンドースイッチ, フィッシングメール) holds others no term of the
// index shows, found by a phrase of the bigram field's characters, for
// words few enough articles have alone that the phrase is cheap and finds
// what their terms do not.

// commonAlone: a word this many articles have alone is not also looked
// for inside longer words (insideWords), nor a compound this common as
// its parts apart (keptWhole). Its characters are in still more articles,
// and a phrase reads their positions in every one of them, to find the
// few that have it only inside another word: at 100,000 articles such
// phrases had made common words' searches several times as slow as
// others (スマートウォッチ 50 ms, スマートフォン 45 ms, スマホ 12 ms). An
// archive of a few thousand articles has few words this common.
const commonAlone = 1000

// insideWords is bigramQuery of the katakana word s, nil when commonAlone
// articles have s alone (see commonAlone).
func (c *compiler) insideWords(s string) query.Query {
	if c.df(analyzer.WordTerm(s)) >= commonAlone {
		return nil
	}
	return bigramQuery(s)
}

// doubtedInside is insideWords of a run of words kagome doubts (see
// doubtful), the same for a word that has synonyms as for one that has
// none: kagome joins an unknown katakana word to the katakana written
// onto it (コミケカタログブラウザ), so コミケ, whose synonym is
// コミックマーケット, is found there as ロペス is in ジェニファーロペス
// (it had found the articles that write it alone or its synonym, not the
// one that writes it only so). nil for a run with a word kagome is sure
// of, and for a word maxInsideDF articles have alone, which its synonyms
// find enough of (ケータイ, alone in hundreds of articles, had put one
// more article above the one meant by ※ドコモ ケータイ 使えなくなる).
func (c *compiler) doubtedInside(toks []analyzer.Token) query.Query {
	if len(toks) == 0 || slices.ContainsFunc(toks, func(t analyzer.Token) bool { return !doubtful(t) }) {
		return nil
	}
	if s := surfaces(toks); c.df(analyzer.WordTerm(s)) < maxInsideDF {
		return c.insideWords(s)
	}
	return nil
}

// insideKatakana matches a katakana word that kagome knows, and that
// fewer than rareName articles have as a word of its own, inside the
// longer katakana words of the others, by a phrase of bigrams: スイッチ in
// ニンテンドースイッチ, ハンター in ハンターワイルズ, which kagome keeps whole
// as unknown words. (termUnits does the same for a run of words kagome
// doubts; a common word does not get it, or ライト would find フライト.)
// nil for other words.
//
// A long word (minLongInside characters) that fewer than maxInsideDF
// articles have alone is looked for inside longer ones too, in the
// articles that do not have it alone (ネットバンキング in the
// インターネットバンキング of an article that kagome cut インターネット|
// バンキング): a word that long inside another is the same word.
func (c *compiler) insideKatakana(t analyzer.Token) query.Query {
	if doubtful(t) || utf8.RuneCountInString(t.Surface) < minInsideRunes || !analyzer.IsKana(t.Surface) ||
		!strings.ContainsFunc(t.Surface, isKatakanaLetter) {
		return nil
	}
	switch df := c.df(t.Term); {
	case df < rareName:
		return bigramQuery(t.Surface)
	case utf8.RuneCountInString(t.Surface) >= minLongInside && df < maxInsideDF:
		bq := bigramQuery(t.Surface)
		if bq == nil {
			return nil
		}
		inside := bleve.NewBooleanQuery()
		inside.AddMust(bq)
		inside.AddMustNot(fieldsTerm(t.Term, exact(1)))
		return inside
	}
	return nil
}

// minLongInside: see insideKatakana.
const minLongInside = 6

// minUnreadInside: kana this long whose reading finds nothing is looked for
// inside longer katakana words (see typedInside); shorter, it is in too
// many of them.
const minUnreadInside = 4

// typedInside is insideKatakana for hiragana typed before conversion to
// a katakana word fewer than maxInsideDF articles have alone (ふぃっしんぐ,
// フィッシング inside the フィッシングメール of others); nil for other
// text, and for kana no article writes in katakana alone whose reading
// (the query reading) finds some article (はしる is no ハシル of a longer
// word). Kana whose reading finds nothing is looked for inside longer
// katakana words however few have it alone (わいるず, ワイルズ of
// モンスターハンターワイルズ, which had found nothing).
func (c *compiler) typedInside(text string, typed bool, reading query.Query) query.Query {
	k := analyzer.ToKatakana(text)
	if !typed || utf8.RuneCountInString(k) < minInsideRunes || !katakanaWord(k) {
		return nil
	}
	term := analyzer.WordTerm(k)
	df := c.df(term)
	if df >= maxInsideDF {
		return nil
	}
	bq := bigramQuery(k)
	if bq == nil {
		return nil
	}
	if df == 0 {
		if utf8.RuneCountInString(k) < minUnreadInside || reading != nil && c.matches(reading) {
			return nil
		}
		return bq
	}
	// Only where the word is not alone, which its reading finds: counted
	// twice, it had put passing mentions first (たぶれっと).
	inside := bleve.NewBooleanQuery()
	inside.AddMust(bq)
	inside.AddMustNot(fieldsTerm(term, exact(1)))
	return inside
}

// insideKatakanaSplit is insideKatakana for a katakana word that kagome
// splits into several tokens (ラン|サム, ミラー|レス): nil when
// maxInsideDF articles have the joined word. When some have it, it is
// looked for inside longer katakana words in the articles that do not
// (the ランサムウェア of 41 articles, where 6 write ランサム alone; the
// ミラーレスカメラ an article keeps whole): made of the words kagome
// split it into, it is a word of its own inside the longer one however
// short (insideKatakana waits for minLongInside characters).
func (c *compiler) insideKatakanaSplit(text string, toks []analyzer.Token) query.Query {
	if len(toks) < 2 || utf8.RuneCountInString(text) < minInsideRunes+1 || !katakanaWord(text) ||
		c.fuzzed >= maxFuzzyWords {
		return nil
	}
	term := analyzer.WordTerm(text)
	df := c.df(term)
	if df >= maxInsideDF {
		return nil
	}
	c.fuzzed++ // (each is a search: counted with the words given spellings)
	bq := bigramQuery(text)
	if df == 0 || bq == nil {
		return bq
	}
	inside := bleve.NewBooleanQuery()
	inside.AddMust(bq)
	inside.AddMustNot(fieldsTerm(term, exact(1)))
	return inside
}

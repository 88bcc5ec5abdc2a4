package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// The alternatives of one search-box word (see word): the other ways an
// article may have it, each a query that stands for the whole word and
// ranks below the word as written. The steps run in this order, and the
// order matters: some are searches counted against a bound per query
// (c.homophones, c.tagged), and later steps look at what earlier ones found
// (w.reading, w.inside, w.latin).

// sameWordAlts adds the word kept whole or cut elsewhere (wholeWord,
// splitWord, katakanaHalves), a name typed half in another spelling, and,
// for a word of kanji no article has, the word it reads as: true when
// that word was searched instead (see kanjiRespelling), and nothing is
// left to do for w.
func (c *compiler) sameWordAlts(tq *textQuery, w *wordForm, seen map[string]bool) bool {
	if q := c.wholeWord(w.text, w.all, w.toks); q != nil {
		w.alts = append(w.alts, q)
	}
	if !w.typed && len(w.toks) > 1 && c.syn != nil {
		if group := c.across(w.toks[0].Term, w.text[w.toks[1].Start:w.toks[len(w.toks)-1].End]); group != nil {
			// A name typed half in another spelling of its first part
			// (任天堂スイッチ, and 任天堂 スイッチ joined by synonymPair):
			// the name in each of its spellings (Nintendo Switch).
			w.alts = append(w.alts, c.synonymsQuery(group))
		}
	}
	if q := c.splitWord(w.all, w.toks); q != nil {
		w.alts = append(w.alts, q)
	}
	if !w.typed {
		if q := c.kanaHead(w.text, w.all, w.toks); q != nil {
			w.alts = append(w.alts, q)
		}
	}
	if q := c.katakanaHalves(w.toks); q != nil {
		w.alts = append(w.alts, q)
	}
	if w.reading == nil && len(w.toks) > 1 && len(w.units) > 0 && isKanjiWord(w.text) && c.homophones < maxHomophoneWords {
		// (A count per word: only the first few words of kanji.)
		c.homophones++
		if !c.matches(conjunction(w.units)) {
			if meant := c.kanjiRespelling(w.text); meant != "" {
				if c.meant == nil {
					c.meant = map[string]string{}
				}
				c.meant[w.text] = meant
				// The word the articles write that reads as the typo:
				// searched as if typed (by its reading alone, 全個体電池
				// had ranked two roundups above the articles on 全固体電池).
				c.word(tq, meant, c.tokens(meant), nil, seen)
				return true
			}
			if q := c.homophoneAlt(w.text); q != nil {
				w.alts = append(w.alts, q)
				// And the synonyms of the word it reads as (対量子暗号 is
				// 耐量子暗号, and so ポスト量子暗号 and PQC).
				w.alts = append(w.alts, c.kanaSynonyms(strings.Join(c.readingTerms(w.text), ""))...)
			}
		}
	}
	return false
}

// readingAlts adds w by its reading and its other spellings: a common noun
// in kana, a katakana name in Latin letters, a place with 内, a model or a
// Latin word written as two, romaji for a name most articles write in
// Japanese.
func (c *compiler) readingAlts(w *wordForm) {
	if w.reading == nil && len(w.toks) == 1 && kanaSpelt(w.toks[0]) && c.df(w.toks[0].Term) > 0 {
		// A common noun of kanji that articles also write in kana, by its
		// reading (漫画 as マンガ and まんが, 様々 as さまざま): the kana
		// found it, and the kanji had found two thirds of the articles.
		w.reading = c.kanaSpelling(w.toks[0].Reading)
	}
	if w.reading != nil {
		w.alts = append(w.alts, w.reading)
	}
	if q := c.typedInside(w.text, w.typed, w.reading); q != nil {
		w.alts = append(w.alts, q)
	}
	if q := c.katakanaModelLatin(w.toks); q != nil {
		w.alts = append(w.alts, q)
	}
	if q := c.placeWithin(w.toks); q != nil {
		w.alts = append(w.alts, q)
	}
	if q := c.splitModel(w.text, w.toks); q != nil {
		w.alts = append(w.alts, q)
	}
	if w.reading == nil && len(w.toks) == 1 {
		// A Latin word few articles have as typed, the rest as two
		// (riscv in one article, RISC-V in the others), or one some
		// articles have inside a longer name (X25519MLKEM768) that many
		// more write as two (ML-KEM).
		if df := c.df(w.toks[0].Term); df > 0 {
			if q := c.splitLatin(w.toks[0].Term); q != nil && (df < rareName || c.outnumbered(w.text, df, q)) {
				w.alts = append(w.alts, q)
			}
		}
	}
	if w.reading == nil && len(w.toks) == 1 && len(w.text) >= minOutnumberedRomaji && isLatinWord(w.text) && utf8.RuneCountInString(romajiKana(w.text)) >= minOutnumberedKana {
		// Romaji of a name few articles have in Latin letters (asahi in a
		// credit or an address) and many more in Japanese (アサヒ, 朝日).
		if df := c.df(w.toks[0].Term); df > 0 {
			if q := c.romajiAlt(w.text); q != nil && c.outnumberedBy(w.text, "\x00romaji", df, q) {
				w.alts = append(w.alts, q)
			}
		}
	}
}

// insideAlts adds w found inside a longer katakana word, the spellings
// an edit away (which come after the characters as written) and a rare
// Latin word's neighbours. It sets w.inside, w.names and w.unspaced.
func (c *compiler) insideAlts(w *wordForm) {
	// The characters as written come before a spelling an edit away.
	if len(w.toks) == 1 && c.df(w.toks[0].Term) < rareName {
		t := w.toks[0]
		q := c.insideKatakana(t)
		if q == nil && doubtful(t) && c.df(t.Term) == 0 && utf8.RuneCountInString(t.Surface) >= minInsideRunes && katakanaWord(t.Surface) {
			// A word kagome does not know, which no article has alone but
			// some inside a longer one (ワイルズ of ハンターワイルズ):
			// found there (termUnits), not by the words an edit away
			// (ワイルド had put a dozen articles above the game's).
			q = c.insideWords(t.Surface)
		}
		w.inside = q != nil && c.matches(q)
	} else if q := c.insideKatakanaSplit(w.text, w.toks); q != nil && !w.typed && c.matches(q) {
		// A word kagome split alone (ラン|サム) that articles have
		// inside a longer one they keep whole (ランサムウェア), where
		// fewer have it alone.
		w.inside = true
		w.alts = append(w.alts, q)
	}
	// A dotted name (ニコール・キッドマン) is one word with a space in it.
	w.names = strings.Fields(w.text)
	w.unspaced = strings.Join(w.names, "")
	if q := c.fuzzyAlt(w.text, analyzer.IsKana(w.unspaced) && !w.typed && !w.inside); q != nil {
		w.alts = append(w.alts, q)
	}
	if q := c.rareLatinAlt(w.text); q != nil {
		w.alts = append(w.alts, q)
	}
}

// tagAlts adds a name's other names (akaAlt), and w as a tag or a
// category that articles have without having the word.
func (c *compiler) tagAlts(w *wordForm) {
	if q := c.akaAlt(w.text, w.toks); q != nil {
		w.alts = append(w.alts, q)
	}
	label := withoutParticles(w.text, w.all) // ペロブスカイト太陽電池とは is the tag ペロブスカイト太陽電池
	if !c.quoted {                           // (a word quoted alone finds its text)
		if q := c.tagAlt(label); q != nil && (len(w.units) == 0 || c.tagOnly(q, conjunction(w.units))) {
			// Only when an article has the tag and not the word: the tag
			// bonus (tagShould) ranks tagged articles otherwise, and an
			// alternative would weigh every other article down.
			w.alts = append(w.alts, q)
		}
		q := c.categoryQuery(label, tagFindBoost, false)
		if q == nil {
			q = c.categoryQuery(romajiKana(label), tagFindBoost, false) // (jidouunten: 自動運転's articles, as じどううんてん)
		}
		if q != nil && c.tagged < maxTaggedWords {
			// As a tag: an article of the category that never says it
			// (each check is a search, counted with the tags').
			c.tagged++
			if len(w.units) == 0 || c.tagOnly(q, conjunction(w.units)) {
				w.alts = append(w.alts, q)
			}
		}
	}
}

// scriptAlts adds w in the other scripts articles may write it in: Latin
// letters for katakana and romaji, katakana for kana typed for a loanword,
// and the synonyms and glossary entries of kana typed before conversion.
// It sets w.latin.
func (c *compiler) scriptAlts(w *wordForm) {
	if q := c.lettersAlt(w.text); q != nil {
		w.alts = append(w.alts, q) // ユーエスビー is USB, not YOASOBI by sound
	} else if c.respelled[analyzer.WordTerm(w.text)] {
		// (ザッケロニ is ザッケローニ, not Screen Off.)
	} else if q := c.latinAlt(w.text); q != nil && (!w.typed && !w.romaji || w.reading == nil || !c.matches(w.reading)) {
		// (Kana typed before conversion is a Japanese word first:
		// じどううんてん is 自動運転, not student; and so is romaji that reads
		// as a word of kanji articles have: handoutai is 半導体, not Honda,
		// where rapidasu, ラピダス, is also Rapidus.)
		w.alts = append(w.alts, q)
		w.latin = true
	}
	if w.unspaced != w.text && !w.latin && katakanaWord(w.unspaced) {
		// A name written with its dot (スペース・エックス, folded to a
		// space): what it finds without (SpaceX by sound, as
		// スペースエックス does).
		if q := c.latinAlt(w.unspaced); q != nil {
			w.alts = append(w.alts, q)
		}
	}
	if kata := romajiKana(w.text); kata != "" && utf8.RuneCountInString(kata) >= minRomajiSound && c.df(analyzer.WordTerm(w.text)) == 0 {
		// Romaji no article has, typed for a name the articles write in
		// Latin letters (supesuekkusu, スペースエックス: SpaceX): what the
		// katakana sounds like, beside what the letters do as English.
		if q := c.latinAlt(kata); q != nil {
			w.alts = append(w.alts, q)
		}
	}
	if kata := c.loanwordKana(w.text); kata != "" {
		// Kana typed for a loanword the articles write in katakana
		// (すいっち): also what the katakana finds beside the word itself,
		// the word in Latin letters (Switch) and inside a longer katakana
		// word (ニンテンドースイッチ), which its reading misses.
		if q := c.latinAlt(kata); q != nil && !w.latin {
			w.alts = append(w.alts, q)
		}
		if kt := indexed(c.tokens(kata)); len(kt) == 1 {
			if q := c.insideKatakana(kt[0]); q != nil {
				w.alts = append(w.alts, q)
			}
		}
	}
	if q := c.loanwordAlt(w.text); q != nil && w.typed {
		w.alts = append(w.alts, q) // (うぃずふぉと: withPhoto)
	}
	if q := c.misspeltLoanword(w); q != nil {
		w.alts = append(w.alts, q)
	}
	if q := c.compoundAlt(w.text); q != nil {
		w.alts = append(w.alts, q) // (マイクロLED: MicroLED)
	}
	kana := w.text
	if w.romaji {
		// Romaji that reads as a word of kanji is that word as its kana
		// is (tairyoushiangou: 耐量子暗号, and 耐量子計算機暗号 and PQC
		// by the synonyms たいりょうしあんごう had and it had not).
		kana = romajiKana(w.text)
	}
	if w.typed || w.romaji && kana != "" {
		w.alts = append(w.alts, c.kanaSynonyms(kana)...)
		if q := c.glossAlt(kana); q != nil {
			w.alts = append(w.alts, q)
		}
	}
}

// placeSuffixes are the kanji that make a place name an administrative
// area (東京都, 愛知県, 京都市), which articles also write with 内 (東京都内,
// 愛知県内): kagome reads those as the place and 都内, 県内.
const placeSuffixes = "都道府県市区町村"

// placeWithin matches a place and its suffix (東京|都) written with 内
// after it, as kagome reads it (東京|都内), or nil when the word is no
// such place or no article has the suffix with 内.
func (c *compiler) placeWithin(toks []analyzer.Token) query.Query {
	if len(toks) < 2 {
		return nil
	}
	last := toks[len(toks)-1]
	if utf8.RuneCountInString(last.Surface) != 1 || !strings.Contains(placeSuffixes, last.Surface) ||
		!strings.HasPrefix(toks[len(toks)-2].POS, "名詞,固有名詞,地域") {
		return nil
	}
	within := slices.Clone(toks)
	within[len(within)-1].Term = last.Term + "内"
	if c.df(within[len(within)-1].Term) == 0 {
		return nil
	}
	return c.termPhrase(within, exact(1))
}

// katakanaModelLatin matches a katakana name few articles write so and
// the number typed onto it (ツヅミ2, ポヴォ2.0) as the articles write the
// name in Latin letters (tsuzumi 2): alone, the name had found them, with
// its number nothing. nil for other words.
func (c *compiler) katakanaModelLatin(toks []analyzer.Token) query.Query {
	if len(toks) < 2 || !katakanaWord(toks[0].Surface) || c.df(toks[0].Term) >= rareName || toks[0].End != toks[1].Start {
		return nil
	}
	for _, t := range toks[1:] {
		if t.Class != "number" {
			return nil
		}
	}
	q := c.latinAlt(toks[0].Surface)
	if q == nil {
		return nil
	}
	return conjunction(append([]query.Query{q}, exactUnits(tokenTerms(toks[1:]), nil)...))
}

// latinAlt matches a katakana word in Latin letters: by sound, or by the
// spelling its letters stand for (メタ: Meta); nil when neither finds it.
func (c *compiler) latinAlt(text string) query.Query {
	if q := c.soundAlt(text); q != nil {
		return q
	}
	return c.latinSpellingAlt(text, false)
}

// minRomajiSound is the fewest kana romaji reads as that are looked up by
// sound as katakana (shorter, too many words sound alike).
const minRomajiSound = 5

package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Compiling one search-box word: the units that must match (the word as
// written, one per content word) and the alternatives that stand for the
// whole word (kept whole, by reading, romaji, spellings an edit away, the
// articles' own Latin/katakana pairs). word runs the steps in order; the
// alternatives are in word_alts.go, how units and alternatives become the
// textQuery's required and relaxed clauses in word_place.go.

// wordForm is one search-box word on its way through word's steps: what
// it is, and what each step found for the next.
type wordForm struct {
	text  string           // as typed
	all   []analyzer.Token // its tokens, compound parts included
	toks  []analyzer.Token // the tokens that must match (optional ones left out)
	typed bool             // hiragana, as an IME holds it before conversion

	reading query.Query   // the word by its reading, or nil
	romaji  bool          // reading is the kana of romaji typed for a word of kanji
	units   []query.Query // all must match: the word as written
	alts    []query.Query // other ways an article may have the word

	names    []string // a dotted name's names (ニコール・キッドマン, folded to a space)
	unspaced string   // the names run together
	inside   bool     // articles have the word only inside a longer katakana word
	latin    bool     // the word in Latin letters is among alts
	whole    bool     // a katakana word or dotted name searched alone: one word however split
}

// word compiles one search-box word. Tokens marked optional (see
// optionalTokens) only add to the score.
func (c *compiler) word(tq *textQuery, text string, all []analyzer.Token, optional []bool, seen map[string]bool) {
	if len(indexed(all)) == 0 && !(analyzer.IsKana(text) && utf8.RuneCountInString(text) > 1) {
		// Only a particle, symbols or emoji (テレビ の, テレビ ！): nothing
		// to find, as の in 全固体電池の量産 (and a query of nothing else
		// finds nothing). Kana of two or more may be a word by its reading
		// (にこたま).
		return
	}
	// Typed: hiragana, as an IME holds it before conversion (katakana is
	// converted text).
	typed := typedKana(text)
	if len(indexed(all)) == 0 && !c.oneWord && functionWord(all) && !c.readsAsWord(text, typed) {
		// Particles beside another word (ラピダス とは, TSMC って, 洋上風力
		// について had found nothing): a reader types them after a space
		// as often as without one. Kana that reads as a word articles
		// have stays one (なら 観光 is 奈良, しか 公園 鹿).
		return
	}
	if w := c.kanjiRunsRespelled(text); w != "" && !typed {
		// A word with the IME's other kanji in it beside other words
		// (全個体電池の量産, 花粉証の季節): as typed with the word the
		// articles write, as when it stands alone.
		c.word(tq, w, c.tokens(w), nil, seen)
		return
	}
	if w := c.katakanaRespelling(text); w != "" && !typed {
		// The compound with its katakana as the articles spell it
		// (量子コンピュター is 量子コンピュータ): searched as if typed so.
		c.word(tq, w, c.tokens(w), nil, seen)
		return
	}
	if w := c.numberRespelled(text); w != "" {
		// A name with its number's name (ウィンドウズイレブン): as typed
		// with the number in digits.
		c.word(tq, w, c.tokens(w), nil, seen)
		return
	}
	if kata := analyzer.ToKatakana(text); typed && strings.Contains(text, "ー") && c.homophoneLoanword(kata) {
		// A loanword typed in hiragana (さっかー), whose reading is another
		// word's too (サッカ, 作家): the katakana word, as if converted.
		c.word(tq, kata, c.tokens(kata), nil, seen)
		return
	}
	w := &wordForm{text: text, all: all, typed: typed}
	w.toks = c.requiredTokens(tq, w, optional)
	if len(w.toks) == 0 && slices.Contains(optional, true) && !(typed && !intentWords[text] && c.readsAsArticleWord(text)) {
		// Only words that are optional; not kana that reads as a word
		// the articles have, whose pieces kagome guessed at (にんてんどう
		// is 任天堂, not にん|てん|どう with a question's どう, and beside
		// 決算 had found every 決算 article).
		return
	}
	if typed && utf8.RuneCountInString(text) > 1 {
		c.spelledAs = append(c.spelledAs, analyzer.ToKatakana(text))
	}
	c.wordReading(w)
	if !c.wordUnits(w, seen) {
		return
	}
	c.joinedVerbUnits(w) // 読み聞かせ: its verbs side by side, not anywhere
	if c.sameWordAlts(tq, w, seen) {
		return
	}
	c.readingAlts(w)
	c.insideAlts(w)
	c.tagAlts(w)
	c.scriptAlts(w)
	if typed && len(w.alts) > 0 && c.relaxPieces(tq, text, w.units, w.alts) {
		return
	}
	c.placeWord(tq, w)
	c.wordFallbacks(tq, w)
}

// requiredTokens returns the tokens of w that must match, and adds the
// optional ones to tq as what only adds to the score: a sentence's verbs,
// and the words of a question (intentWords).
func (c *compiler) requiredTokens(tq *textQuery, w *wordForm, optional []bool) []analyzer.Token {
	var toks []analyzer.Token
	verbs := plainVerbs(indexed(w.all))
	for i, t := range indexed(w.all) {
		if i < len(optional) && optional[i] {
			if w.typed && utf8.RuneCountInString(w.text) > utf8.RuneCountInString(t.Surface) {
				// A piece of kana kagome guessed at (どう of じどううんてん)
				// is no word the reader asked for.
				continue
			}
			if verbs[i] {
				// A sentence's verb counts as a word where the article
				// has it (光るニット ファッションショー), and a relaxed
				// search counts it still (両性具有 生まれ変わったら,
				// which no article has both of, had found nothing).
				tq.verbs = append(tq.verbs, c.verbTerm(t, exact(1)))
				if !questionVerbs[t.Term] {
					// (A question's general verb, 変わる, finds no
					// article on the subject: スマホ新法で何が変わる.)
					tq.relax = append(tq.relax, c.verbTerm(t, exact(1)))
				}
				continue
			}
			clause := fieldsTerm(t.Term, optionalWeight)
			if intentWords[t.Term] || intentWords[t.Surface] {
				clause = c.intentClause(t.Term, tq.asked)
				tq.intents = append(tq.intents, clause)
			}
			tq.should = append(tq.should, clause)
			continue
		}
		toks = append(toks, t)
	}
	return toks
}

// wordReading finds w by its reading, where it has one worth looking up:
// kana, a word the reading fields index by its tokens, or a word no
// article has as written (romaji before conversion, kanji written another
// way, a Latin word misspelt).
func (c *compiler) wordReading(w *wordForm) {
	kana := analyzer.IsKana(w.text)
	switch {
	case kana && utf8.RuneCountInString(w.text) > 1:
		// (One kana alone is no word to look up: の would find 野.)
		how := asConverted
		if w.typed {
			how = asTyped
		}
		if how == asTyped || utf8.RuneCountInString(w.text) > 2 {
			// Two katakana are a loanword or a name as written (タイ is
			// Thailand, not the 帯 of テラヘルツ帯 or the 耐 of 耐量子).
			w.reading = c.readingAlt(w.text, how)
			if how == asConverted && w.reading != nil && c.homophonesOutnumber(w.text, w.toks, w.reading) {
				w.reading = nil
			}
		}
	case wantsReading(w.text, w.toks):
		rtext := w.text
		if n := len(w.toks); n > 0 && n < len(indexed(w.all)) {
			// Without the optional words around it (たまる方法 is たまる,
			// which an article may write 貯まる, with or without 方法).
			rtext = w.text[w.toks[0].Start:w.toks[n-1].End]
		}
		w.reading = c.readingAlt(rtext, byTokens)
		if unread := unreadUnits(w.toks); w.reading != nil && len(unread) > 0 {
			// The readings leave out Latin words (スマホQWZX read スマホ
			// had found every article with スマホ): the word needs them.
			w.reading = conjunction(append([]query.Query{w.reading}, unread...))
		}
	case len(w.toks) == 1 && c.df(w.toks[0].Term) == 0:
		// No article has the word as written: romaji before conversion,
		// or kanji written another way (後姿 for 後ろ姿), by reading.
		w.reading = c.romajiAlt(w.text)
		if w.reading != nil && isLatinWord(w.text) && !c.matches(w.reading) {
			// Letters that read as kana no article has (nvidai, ン|ビ|ダイ)
			// are a word misspelt: its neighbours below, not nothing.
			w.reading = nil
		}
		w.romaji = w.reading != nil && c.readsAsKanji(w.text)
		if w.reading == nil && strings.ContainsFunc(w.text, isHan) {
			w.reading = c.readingSpellingAlt(w.text, w.toks[0].Reading)
		}
		if w.reading == nil {
			// (Only as two words some article has side by side: toyta
			// is no toy ta, which no article has, and goes on to a
			// vowel left out.)
			if q := c.splitLatin(w.toks[0].Term); c.matchesSome(q) {
				w.reading = q
			}
		}
		if w.reading == nil {
			w.reading = c.latinTypoAlt(w.text) // pixle: pixel
			if q := c.romajiTypoAlt(w.text); q != nil {
				// (toyta: toyota, トヨタ)
				if w.reading != nil {
					q = bleve.NewDisjunctionQuery(w.reading, q)
				}
				w.reading = q
			}
		}
	}
}

// wordUnits sets the units of w, what must match: the word as written,
// or, for kana typed before conversion that kagome cut into guesses, the
// string as typed weighed as a guess. false when every word of it is
// required already.
func (c *compiler) wordUnits(w *wordForm, seen map[string]bool) bool {
	switch {
	case w.typed && w.reading != nil && (!covers(w.toks, w.text) || droppedTail(w.all, w.text)) && len(w.toks) > 0:
		// kagome could not read all of the kana (ながともゆうと → ゆう and
		// leftovers) but the index's readings can: what kagome read is a
		// guess, left out when the reading matches (とよだあきお is 豊田章男,
		// not 飽きる) and weighed below it otherwise (これでいいのだ still
		// finds いい when no reading matches). So is kana whose last
		// character kagome read as a particle (きょう|と is 京都: a search
		// seldom ends with one).
		if c.matches(w.reading) {
			break
		}
		if len(w.toks) == 1 {
			w.units = []query.Query{fieldsTerm(w.toks[0].Term, alt(guessBoost))}
		} else {
			w.units = []query.Query{c.phrase(w.text, alt(guessBoost))}
		}
	case w.typed && len(w.toks) > 1:
		// kagome splits kana typed before conversion into guesses
		// (じどううんてん → どう|うん): only the string as written counts
		// as an exact match.
		w.units = []query.Query{c.phrase(w.text, exact(1))}
	default:
		if w.units = c.termUnits(w.toks, seen); len(w.units) == 0 && len(w.toks) > 0 {
			return false // every word of it is required already (量子 量子)
		}
	}
	return true
}

// readsAsWord reports whether kana reads as a word some article has (なら
// as 奈良, しか as 鹿), as word would look it up.
func (c *compiler) readsAsWord(text string, typed bool) bool {
	how := asConverted
	if typed {
		how = asTyped
	}
	r := c.readingAlt(text, how)
	return r != nil && c.matches(r)
}

// typedKana reports whether s is hiragana (ー and ゝ included): kana as an
// IME holds it before conversion, where katakana is converted text.
func typedKana(s string) bool {
	return analyzer.IsKana(s) && !strings.ContainsFunc(s, isKatakanaLetter)
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isHiraganaLetter(r rune) bool { return 'ぁ' <= r && r <= 'ゖ' }

// ownReading reports whether a token of a query of several words is also
// matched by its reading on its own: kana of two or more letters (たまる is
// 貯まる or 溜まる), a word with okurigana (打ち合わせ) or a name.
func ownReading(t analyzer.Token) bool {
	if t.Reading == "" || t.Class != "known" && t.Class != "unknown" {
		return false
	}
	kana := analyzer.IsKana(t.Surface) && utf8.RuneCountInString(t.Surface) > 1
	return kana || t.Okurigana() || strings.HasPrefix(t.POS, "名詞,固有名詞,人名")
}

// withoutParticles returns text without the particles and other function
// words that end it (ペロブスカイト太陽電池とは, 生成AIって): what a tag or a
// category would be named. toks are text's tokens.
func withoutParticles(text string, toks []analyzer.Token) string {
	end := len(text)
	for k := len(toks) - 1; k > 0; k-- {
		t := toks[k]
		if t.Class == "part" || t.Class == "shingle" {
			continue
		}
		if t.End != end || !functionWord(toks[k:k+1]) {
			break
		}
		end = t.Start
	}
	if end == 0 || analyzer.IsKana(text[:end]) && !strings.ContainsFunc(text[:end], isKatakanaLetter) {
		return text // (kana typed before conversion is read whole: じどううんてん)
	}
	return text[:end]
}

// functionWord reports whether toks are all particles, auxiliary verbs,
// conjunctions, dependent nouns, pronouns or adnominals (とは, って, につい
// て, ですか, のか, どれ, どんな): words that tie a sentence together or ask
// which, unless their reading is a word (readsAsWord).
func functionWord(toks []analyzer.Token) bool {
	for _, t := range toks {
		if !strings.HasPrefix(t.POS, "助詞") && !strings.HasPrefix(t.POS, "助動詞") &&
			!strings.HasPrefix(t.POS, "接続詞") && !strings.HasPrefix(t.POS, "名詞,非自立") &&
			!strings.HasPrefix(t.POS, "名詞,代名詞") && !strings.HasPrefix(t.POS, "連体詞") {
			return false
		}
	}
	return len(toks) > 0
}

// indexed keeps the tokens a query uses: indexed terms, without the parts
// of user-dictionary compounds.
func indexed(toks []analyzer.Token) []analyzer.Token {
	out := toks[:0:0]
	for _, t := range toks {
		if t.Term != "" && t.Class != "part" && t.Class != "shingle" {
			out = append(out, t)
		}
	}
	return out
}

// unreadUnits returns a unit for each of toks the reading fields do not
// index (a Latin word), which a match by reading must also have; not for
// the abbreviation of a company's form written onto its name
// (パナソニックHD is パナソニックホールディングス).
func unreadUnits(toks []analyzer.Token) []query.Query {
	var out []query.Query
	for i, t := range toks {
		if i > 0 && companyForms[t.Term] {
			continue
		}
		if t.Reading == "" && strings.ContainsFunc(t.Term, isASCIILetter) {
			out = append(out, fieldsTerm(t.Term, exact(1)))
		}
	}
	return out
}

// companyForms are the Latin abbreviations of a company's legal form that
// Japanese news writes onto its name (キオクシアHD, ソフトバンクG).
var companyForms = map[string]bool{"hd": true, "hds": true, "ghd": true, "g": true, "inc": true, "corp": true, "ltd": true, "co": true}

// kanaSpelt reports whether t is a common noun of two or more kanji with
// a reading: a word whose reading in kana, where articles write it so,
// is that word (漫画, マンガ); not a name (本田, read ホンダ like the
// company) or a number. So is a noun of one kanji read with three kana or
// more, which a column writes in katakana to stress it (体 as カラダ, 男
// as オトコ, 心 as ココロ: 女性は男の体のどこを見る had ranked オトコのカラダ、
// どこに惹かれる？ 23rd); not one of two (猫 as ネコ, but 髪 as カミ would
// be 神 and 紙 too).
func kanaSpelt(t analyzer.Token) bool {
	kanji := utf8.RuneCountInString(t.Surface)
	return t.Reading != "" && isKanjiWord(t.Surface) && (kanji >= 2 || utf8.RuneCountInString(t.Reading) >= minOneKanjiSpelt) &&
		strings.HasPrefix(t.POS, "名詞,") && !strings.HasPrefix(t.POS, "名詞,固有名詞") && !strings.HasPrefix(t.POS, "名詞,数")
}

// minOneKanjiSpelt is the shortest reading of a noun of one kanji that is
// found where articles write it in kana (see kanaSpelt).
const minOneKanjiSpelt = 3

// compoundParts matches a user-dictionary compound that fewer than
// rareName articles have whole by its parts, all of them anywhere in the
// article (火星探査 finds 火星の衛星探査機), weighed like a synonym. (A common
// compound does not: 全固体電池 is not 全 and 固体 and 電池 apart.) nil for
// other words.
func (c *compiler) compoundParts(t analyzer.Token) query.Query {
	if t.Class != "user" || c.df(t.Term) >= rareName {
		return nil
	}
	var parts []query.Query
	long := 0 // parts of two characters or more: 光 and 通信 anywhere are no 光通信
	for _, p := range c.tokens(t.Surface) {
		if p.Class == "part" && p.Term != "" {
			parts = append(parts, fieldsTerm(p.Term, alt(synonymBoost)))
			if utf8.RuneCountInString(p.Term) > 1 {
				long++
			}
		}
	}
	if long < 2 {
		return nil
	}
	return bleve.NewConjunctionQuery(parts...)
}

// minInsideRunes: a shorter katakana word is inside too many others (パン
// in パンダ and ジャパン).
const minInsideRunes = 3

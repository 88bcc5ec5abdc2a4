package index

import (
	"math"
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
// articles' own Latin/katakana pairs).

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
	if kata := analyzer.ToKatakana(text); typed && strings.Contains(text, "ー") && c.homophoneLoanword(kata) {
		// A loanword typed in hiragana (さっかー), whose reading is another
		// word's too (サッカ, 作家): the katakana word, as if converted.
		c.word(tq, kata, c.tokens(kata), nil, seen)
		return
	}
	var toks []analyzer.Token
	verbs := plainVerbs(indexed(all))
	for i, t := range indexed(all) {
		if i < len(optional) && optional[i] {
			if typed && utf8.RuneCountInString(text) > utf8.RuneCountInString(t.Surface) {
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
				clause = c.intentClause(t.Term)
				tq.intents = append(tq.intents, clause)
			}
			tq.should = append(tq.should, clause)
			continue
		}
		toks = append(toks, t)
	}
	if len(toks) == 0 && slices.Contains(optional, true) && !(typed && !intentWords[text] && c.readsAsArticleWord(text)) {
		// Only words that are optional; not kana that reads as a word
		// the articles have, whose pieces kagome guessed at (にんてんどう
		// is 任天堂, not にん|てん|どう with a question's どう, and beside
		// 決算 had found every 決算 article).
		return
	}
	kana := analyzer.IsKana(text)
	if typed && utf8.RuneCountInString(text) > 1 {
		c.spelledAs = append(c.spelledAs, analyzer.ToKatakana(text))
	}
	var reading query.Query
	romaji := false // reading is the kana of romaji typed for a word of kanji
	switch {
	case kana && utf8.RuneCountInString(text) > 1:
		// (One kana alone is no word to look up: の would find 野.)
		how := asConverted
		if typed {
			how = asTyped
		}
		if how == asTyped || utf8.RuneCountInString(text) > 2 {
			// Two katakana are a loanword or a name as written (タイ is
			// Thailand, not the 帯 of テラヘルツ帯 or the 耐 of 耐量子).
			reading = c.readingAlt(text, how)
			if how == asConverted && reading != nil && c.homophonesOutnumber(text, toks, reading) {
				reading = nil
			}
		}
	case wantsReading(text, toks):
		rtext := text
		if n := len(toks); n > 0 && n < len(indexed(all)) {
			// Without the optional words around it (たまる方法 is たまる,
			// which an article may write 貯まる, with or without 方法).
			rtext = text[toks[0].Start:toks[n-1].End]
		}
		reading = c.readingAlt(rtext, byTokens)
		if unread := unreadUnits(toks); reading != nil && len(unread) > 0 {
			// The readings leave out Latin words (スマホQWZX read スマホ
			// had found every article with スマホ): the word needs them.
			reading = conjunction(append([]query.Query{reading}, unread...))
		}
	case len(toks) == 1 && c.df(toks[0].Term) == 0:
		// No article has the word as written: romaji before conversion,
		// or kanji written another way (後姿 for 後ろ姿), by reading.
		reading = c.romajiAlt(text)
		if reading != nil && isLatinWord(text) && !c.matches(reading) {
			// Letters that read as kana no article has (nvidai, ン|ビ|ダイ)
			// are a word misspelt: its neighbours below, not nothing.
			reading = nil
		}
		romaji = reading != nil && c.readsAsKanji(text)
		if reading == nil && strings.ContainsFunc(text, isHan) {
			reading = c.readingSpellingAlt(text, toks[0].Reading)
		}
		if reading == nil {
			// (Only as two words some article has side by side: toyta
			// is no toy ta, which no article has, and goes on to a
			// vowel left out.)
			if q := c.splitLatin(toks[0].Term); c.matchesSome(q) {
				reading = q
			}
		}
		if reading == nil {
			reading = c.latinTypoAlt(text) // pixle: pixel
			if q := c.romajiTypoAlt(text); q != nil {
				// (toyta: toyota, トヨタ)
				if reading != nil {
					q = bleve.NewDisjunctionQuery(reading, q)
				}
				reading = q
			}
		}
	}
	var units []query.Query // all must match: the word as written
	switch {
	case typed && reading != nil && (!covers(toks, text) || droppedTail(all, text)) && len(toks) > 0:
		// kagome could not read all of the kana (ながともゆうと → ゆう and
		// leftovers) but the index's readings can: what kagome read is a
		// guess, left out when the reading matches (とよだあきお is 豊田章男,
		// not 飽きる) and weighed below it otherwise (これでいいのだ still
		// finds いい when no reading matches). So is kana whose last
		// character kagome read as a particle (きょう|と is 京都: a search
		// seldom ends with one).
		if c.matches(reading) {
			break
		}
		if len(toks) == 1 {
			units = []query.Query{fieldsTerm(toks[0].Term, alt(guessBoost))}
		} else {
			units = []query.Query{c.phrase(text, alt(guessBoost))}
		}
	case typed && len(toks) > 1:
		// kagome splits kana typed before conversion into guesses
		// (じどううんてん → どう|うん): only the string as written counts
		// as an exact match.
		units = []query.Query{c.phrase(text, exact(1))}
	default:
		if units = c.termUnits(toks, seen); len(units) == 0 && len(toks) > 0 {
			return // every word of it is required already (量子 量子)
		}
	}
	// Other ways an article may have the word.
	var alts []query.Query
	if q := c.wholeWord(text, all, toks); q != nil {
		alts = append(alts, q)
	}
	if !typed && len(toks) > 1 && c.syn != nil {
		if group := c.across(toks[0].Term, text[toks[1].Start:toks[len(toks)-1].End]); group != nil {
			// A name typed half in another spelling of its first part
			// (任天堂スイッチ, and 任天堂 スイッチ joined by synonymPair):
			// the name in each of its spellings (Nintendo Switch).
			alts = append(alts, c.synonymsQuery(group))
		}
	}
	if q := c.splitWord(all, toks); q != nil {
		alts = append(alts, q)
	}
	if q := c.katakanaHalves(toks); q != nil {
		alts = append(alts, q)
	}
	if reading == nil && len(toks) > 1 && len(units) > 0 && isKanjiWord(text) && c.homophones < maxHomophoneWords {
		// (A count per word: only the first few words of kanji.)
		c.homophones++
		if !c.matches(conjunction(units)) {
			if w := c.kanjiRespelling(text); w != "" {
				if c.meant == nil {
					c.meant = map[string]string{}
				}
				c.meant[text] = w
				// The word the articles write that reads as the typo:
				// searched as if typed (by its reading alone, 全個体電池
				// had ranked two roundups above the articles on 全固体電池).
				c.word(tq, w, c.tokens(w), nil, seen)
				return
			}
			if q := c.homophoneAlt(text); q != nil {
				alts = append(alts, q)
				// And the synonyms of the word it reads as (対量子暗号 is
				// 耐量子暗号, and so ポスト量子暗号 and PQC).
				alts = append(alts, c.kanaSynonyms(strings.Join(c.an.ReadingTerms(text), ""))...)
			}
		}
	}
	if reading == nil && len(toks) == 1 && kanaSpelt(toks[0]) && c.df(toks[0].Term) > 0 {
		// A common noun of kanji that articles also write in kana, by its
		// reading (漫画 as マンガ and まんが, 様々 as さまざま): the kana
		// found it, and the kanji had found two thirds of the articles.
		reading = c.kanaSpelling(toks[0].Reading)
	}
	if reading != nil {
		alts = append(alts, reading)
	}
	if q := c.typedInside(text, typed, reading); q != nil {
		alts = append(alts, q)
	}
	if q := c.katakanaModelLatin(toks); q != nil {
		alts = append(alts, q)
	}
	if q := c.placeWithin(toks); q != nil {
		alts = append(alts, q)
	}
	if q := c.splitModel(text, toks); q != nil {
		alts = append(alts, q)
	}
	if reading == nil && len(toks) == 1 {
		// A Latin word few articles have as typed, the rest as two
		// (riscv in one article, RISC-V in the others), or one some
		// articles have inside a longer name (X25519MLKEM768) that many
		// more write as two (ML-KEM).
		if df := c.df(toks[0].Term); df > 0 {
			if q := c.splitLatin(toks[0].Term); q != nil && (df < rareName || c.outnumbered(text, df, q)) {
				alts = append(alts, q)
			}
		}
	}
	if reading == nil && len(toks) == 1 && len(text) >= minOutnumberedRomaji && isLatinWord(text) && utf8.RuneCountInString(romajiKana(text)) >= minOutnumberedKana {
		// Romaji of a name few articles have in Latin letters (asahi in a
		// credit or an address) and many more in Japanese (アサヒ, 朝日).
		if df := c.df(toks[0].Term); df > 0 {
			if q := c.romajiAlt(text); q != nil && c.outnumberedBy(text, "\x00romaji", df, q) {
				alts = append(alts, q)
			}
		}
	}
	// The characters as written come before a spelling an edit away.
	inside := false
	if len(toks) == 1 && c.df(toks[0].Term) < rareName {
		t := toks[0]
		q := c.insideKatakana(t)
		if q == nil && doubtful(t) && c.df(t.Term) == 0 && utf8.RuneCountInString(t.Surface) >= minInsideRunes && katakanaWord(t.Surface) {
			// A word kagome does not know, which no article has alone but
			// some inside a longer one (ワイルズ of ハンターワイルズ):
			// found there (termUnits), not by the words an edit away
			// (ワイルド had put a dozen articles above the game's).
			q = c.insideWords(t.Surface)
		}
		inside = q != nil && c.matches(q)
	} else if q := c.insideKatakanaSplit(text, toks); q != nil && !typed && c.matches(q) {
		// A word kagome split alone (ラン|サム) that articles have only
		// inside a longer one they keep whole (ランサムウェア).
		inside = true
		alts = append(alts, q)
	}
	// A dotted name (ニコール・キッドマン) is one word with a space in it.
	names := strings.Fields(text)
	unspaced := strings.Join(names, "")
	if q := c.fuzzyAlt(text, analyzer.IsKana(unspaced) && !typed && !inside); q != nil {
		alts = append(alts, q)
	}
	if q := c.rareLatinAlt(text); q != nil {
		alts = append(alts, q)
	}
	if q := c.akaAlt(text, toks); q != nil {
		alts = append(alts, q)
	}
	label := withoutParticles(text, all) // ペロブスカイト太陽電池とは is the tag ペロブスカイト太陽電池
	if !c.quoted {                       // (a word quoted alone finds its text)
		if q := c.tagAlt(label); q != nil && (len(units) == 0 || c.tagOnly(q, conjunction(units))) {
			// Only when an article has the tag and not the word: the tag
			// bonus (tagShould) ranks tagged articles otherwise, and an
			// alternative would weigh every other article down.
			alts = append(alts, q)
		}
		if q := c.categoryQuery(label, tagFindBoost, false); q != nil && c.tagged < maxTaggedWords {
			// As a tag: an article of the category that never says it
			// (each check is a search, counted with the tags').
			c.tagged++
			if len(units) == 0 || c.tagOnly(q, conjunction(units)) {
				alts = append(alts, q)
			}
		}
	}
	latin := false // the word in Latin letters is among alts
	if q := c.lettersAlt(text); q != nil {
		alts = append(alts, q) // ユーエスビー is USB, not YOASOBI by sound
	} else if c.respelled[analyzer.WordTerm(text)] {
		// (ザッケロニ is ザッケローニ, not Screen Off.)
	} else if q := c.latinAlt(text); q != nil && (!typed && !romaji || reading == nil || !c.matches(reading)) {
		// (Kana typed before conversion is a Japanese word first:
		// じどううんてん is 自動運転, not student; and so is romaji that reads
		// as a word of kanji articles have: handoutai is 半導体, not Honda,
		// where rapidasu, ラピダス, is also Rapidus.)
		alts = append(alts, q)
		latin = true
	}
	if unspaced != text && !latin && katakanaWord(unspaced) {
		// A name written with its dot (スペース・エックス, folded to a
		// space): what it finds without (SpaceX by sound, as
		// スペースエックス does).
		if q := c.latinAlt(unspaced); q != nil {
			alts = append(alts, q)
		}
	}
	if kata := romajiKana(text); kata != "" && utf8.RuneCountInString(kata) >= minRomajiSound && c.df(analyzer.WordTerm(text)) == 0 {
		// Romaji no article has, typed for a name the articles write in
		// Latin letters (supesuekkusu, スペースエックス: SpaceX): what the
		// katakana sounds like, beside what the letters do as English.
		if q := c.latinAlt(kata); q != nil {
			alts = append(alts, q)
		}
	}
	if kata := c.loanwordKana(text); kata != "" {
		// Kana typed for a loanword the articles write in katakana
		// (すいっち): also what the katakana finds beside the word itself,
		// the word in Latin letters (Switch) and inside a longer katakana
		// word (ニンテンドースイッチ), which its reading misses.
		if q := c.latinAlt(kata); q != nil && !latin {
			alts = append(alts, q)
		}
		if kt := indexed(c.tokens(kata)); len(kt) == 1 {
			if q := c.insideKatakana(kt[0]); q != nil {
				alts = append(alts, q)
			}
		}
	}
	if q := c.loanwordAlt(text); q != nil && typed {
		alts = append(alts, q) // (うぃずふぉと: withPhoto)
	}
	if typed {
		alts = append(alts, c.kanaSynonyms(text)...)
		if q := c.glossAlt(text); q != nil {
			alts = append(alts, q)
		}
	}
	if typed && len(alts) > 0 && c.relaxPieces(tq, text, units, alts) {
		return
	}
	// A katakana word alone is one word however kagome splits it: a
	// relaxed search needs all of it (ビットコイン is no ビット of
	// 量子ビット). Beside other words its pieces may count (テニプリ
	// イヤフォンジャック finds テニプリ and イヤホンジャック).
	// (Katakana only: kana with hiragana in it is a sentence, トニーモリー
	// ってどんなブランド, whose words a relaxed search may drop.)
	// A dotted name (サム・アルトマン, a space between its names here) is
	// one word too: not サム of サム・ワーシントン nor マン of マンU; its
	// last name whole is what a relaxed search falls back on.
	whole := c.oneWord && len(units) > 1 && !typed && analyzer.IsKana(unspaced) &&
		strings.ContainsFunc(text, isKatakanaLetter) && !strings.ContainsFunc(text, isHiraganaLetter)
	switch {
	case len(alts) == 0 && len(units) == 0:
		// Nothing has the word; a relaxed search may drop it, as any word
		// no article has (でぃーどす こうくう had found nothing, where
		// こうくう alone finds the articles on 航空).
		none := bleve.NewMatchNoneQuery()
		tq.units = append(tq.units, none)
		tq.relax = append(tq.relax, none)
	case whole && len(alts) == 0:
		tq.units = append(tq.units, units...)
		tq.relax = append(tq.relax, conjunction(units))
	case whole:
		all := bleve.NewDisjunctionQuery(append([]query.Query{conjunction(units)}, alts...)...)
		tq.units = append(tq.units, all)
		tq.relax = append(tq.relax, all)
	case len(alts) == 0:
		tq.units = append(tq.units, units...)
		tq.relax = append(tq.relax, c.relaxUnits(units)...)
	case len(units) == 0:
		tq.units = append(tq.units, disjunction(alts))
		tq.relax = append(tq.relax, disjunction(alts))
	default:
		tq.units = append(tq.units, bleve.NewDisjunctionQuery(append([]query.Query{conjunction(units)}, alts...)...))
		if len(units) > maxAltCopies {
			// A long word: its alternatives once, as a unit of their own
			// (copied into each of thirty units of a run-together query,
			// its reading phrase was searched thirty times).
			tq.relax = append(tq.relax, units...)
			whole := disjunction(alts)
			tq.relax = append(tq.relax, whole)
			c.markSpare(whole)
			break
		}
		// An alternative is the whole word: it stands for every unit (and
		// for each piece of a model unit: see relaxUnits).
		for _, u := range c.relaxUnits(units) {
			r := bleve.NewDisjunctionQuery(append([]query.Query{u}, alts...)...)
			if c.weak[u] {
				c.markWeak(r)
			}

			tq.relax = append(tq.relax, r)
		}
	}
	if c.oneWord && len(toks) == 1 && toks[0].Class == "user" && !typed && !analyzer.IsKana(toks[0].Surface) {
		tq.relax = append(tq.relax, c.partUnits(all)...)
	}
	if c.oneWord && len(units) == 1 && len(toks) == 2 && !typed && compoundOfWords(toks) {
		// A compound of two words the synonyms keep whole (太陽光パネル,
		// ソーラーパネル) that no article has: its words to fall back on,
		// as for a dictionary compound. (Of three, 個人|番号|カード, any
		// one is too little: 電話番号, クレジットカード.)
		for _, t := range toks {
			tq.relax = append(tq.relax, fieldsTerm(t.Term, exact(1)))
		}
	}
	if whole && len(names) > 1 {
		tq.relax = append(tq.relax, c.phrase(names[len(names)-1], exact(1))) // the last name whole
	}
	if len(toks) > 1 && len(toks) <= maxProximityTokens && !typed {
		boost := proximityBoost
		if c.oneWord && !c.piece && kanjiCompound(text, toks) {
			// (Only when it is the search: beside other words, 日本代表
			// of 日本代表 W杯 予選 would outweigh them; nor a piece of a
			// sentence, 探査機 of 月に着陸した日本の探査機の精度.)
			boost = compoundProximityBoost
		}
		near := c.phrase(text, exact(boost))
		if unspaced != text && katakanaWord(unspaced) {
			// A dotted name written without its dot gets the bonus of
			// its words side by side too (シーバスリーガル for
			// シーバス・リーガル).
			near = bleve.NewDisjunctionQuery(near, fieldsTerm(analyzer.WordTerm(unspaced), exact(proximityBoost)))
		}
		tq.addNear(near)
	}
}

// compoundProximityBoost weighs the words of a kanji compound searched
// alone (選択画面, 充電時間) side by side, as the reader wrote them: the
// articles that have the 選択画面 before those that say 画面 many times and
// 選択 once somewhere else, which proximityBoost had ranked first: of the
// 12 articles with 選択画面 among its 199 matches on livedoor and a tech set,
// 2 had been in the top ten, 10 are now (and 10 of 10 for 画面表示,
// 設定画面, 音声通話, 充電時間, from 2–3).
const compoundProximityBoost = 30.0

// kanjiCompound reports whether text, one word typed without a space, has
// a compound of kanji words, two or more side by side, for all its words
// (toks, its indexed tokens): 選択画面, 選択画面の; not a sentence
// (月に着陸した探査機).
func kanjiCompound(text string, toks []analyzer.Token) bool {
	if strings.ContainsFunc(text, unicode.IsSpace) {
		return false
	}
	for i, t := range toks {
		if !isKanjiWord(t.Surface) || i > 0 && toks[i-1].End != t.Start {
			return false
		}
	}
	return len(toks) > 1
}

// compoundOfWords reports whether toks are words of two or more kanji or
// katakana each, one of them kanji: a compound whose words stand alone
// (太陽光|パネル), not a katakana word kagome cut (ビット|コイン) or a
// name and its number.
func compoundOfWords(toks []analyzer.Token) bool {
	kanji := false
	for _, t := range toks {
		if utf8.RuneCountInString(t.Surface) < 2 || t.Class == "number" || !analyzer.IsKana(t.Surface) && !isKanjiWord(t.Surface) {
			return false
		}
		kanji = kanji || isKanjiWord(t.Surface)
	}
	return kanji
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

// partUnits returns a relax unit per part of a user-dictionary compound
// searched alone, so that a search no article matches has the parts to
// fall back on (フィッシング詐欺 finds an article on フィッシング that never
// says 詐欺, marked relaxed, where it had found nothing); a part of one
// character finds nothing on its own (全 of 全固体電池). all holds the
// compound's tokens with its parts. (Beside other words a compound is one
// unit: its parts would outnumber them. A katakana compound is one word:
// イオントラップ is no イオン.)
func (c *compiler) partUnits(all []analyzer.Token) []query.Query {
	var out []query.Query
	for _, p := range all {
		if p.Class != "part" || p.Term == "" {
			continue
		}
		u := fieldsTerm(p.Term, exact(1))
		if utf8.RuneCountInString(p.Term) == 1 {
			c.markWeak(u)
		}
		out = append(out, u)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// maxProximityTokens: a longer word gets no bonus for its words side by
// side. The phrase is checked in every article that has one of its words
// when the search is relaxed, and 30 words as common as a and 1 took a
// second on livedoor; a pasted headline's words are required anyway.
const maxProximityTokens = 12

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
	for _, p := range c.an.Tokens(t.Surface) {
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

// relaxPieces adds kana typed before conversion as the word it is, which
// a relaxed search splits into the reading terms kagome could not join:
// もりしたゆり finds 森下 when no article has the whole name so read.
// false when the reading has fewer than two pieces of two kana or more.
func (c *compiler) relaxPieces(tq *textQuery, text string, units, alts []query.Query) bool {
	var pieces []query.Query
	for _, p := range c.pieces[text] {
		if utf8.RuneCountInString(p) >= 2 {
			pieces = append(pieces, readingPhrase([]string{p}, alt(readingBoost)))
		}
	}
	if len(pieces) < 2 {
		return false
	}
	all := alts
	if len(units) > 0 {
		all = append([]query.Query{conjunction(units)}, alts...)
	}
	tq.units = append(tq.units, disjunction(all))
	tq.relax = append(tq.relax, pieces...)
	return true
}

// maxAltCopies: a word of more units than this gives a relaxed search its
// alternatives as one unit rather than beside each of its units.
const maxAltCopies = 4

// markWeak notes a relax unit that finds nothing on its own (see
// textQuery.weak).
func (c *compiler) markWeak(q query.Query) {
	if c.weak == nil {
		c.weak = map[query.Query]bool{}
	}
	c.weak[q] = true
}

// markSpare notes a relax unit that stands for a whole long word beside
// its units (see textQuery.spare).
func (c *compiler) markSpare(q query.Query) {
	if c.spare == nil {
		c.spare = map[query.Query]bool{}
	}
	c.spare[q] = true
}

// typedKana reports whether s is hiragana (ー and ゝ included): kana as an
// IME holds it before conversion, where katakana is converted text.
func typedKana(s string) bool {
	return analyzer.IsKana(s) && !strings.ContainsFunc(s, isKatakanaLetter)
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isHiraganaLetter(r rune) bool { return 'ぁ' <= r && r <= 'ゖ' }

// maxHomophoneWords bounds the words of a query checked for a homophone
// typo (see homophoneAlt): each check is a search.
const maxHomophoneWords = 3

// homophoneAlt matches a word of kanji that no article has as written by
// its reading, as a phrase of its words' readings or as one word: the
// typo of Japanese is the IME's other kanji for the same sound (花粉証 for
// 花粉症, 年末調製 for 年末調整), and an article that has the word whole
// has one reading term for it. nil when the word has no reading. The two
// readings are noted in soundsAs (for an explainer's title).
func (c *compiler) homophoneAlt(text string) query.Query {
	terms := c.an.ReadingTerms(text)
	if len(terms) < 2 || slices.Contains(terms, "") {
		return nil
	}
	readings := [][]string{terms, {analyzer.NormalizeReading(strings.Join(terms, ""))}}
	if c.soundsAs == nil {
		c.soundsAs = map[string][][]string{}
	}
	c.soundsAs[text] = readings
	w := alt(readingBoost)
	qs := []query.Query{readingPhrase(readings[0], w), readingPhrase(readings[1], w)}
	for _, r := range c.charSounds(text) {
		qs = append(qs, readingPhrase([]string{r}, w))
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// kanjiRespelling returns the word of kanji the articles write that reads as
// text, a word of kanji no article has (全個体電池: 全固体電池), when one
// does; "" otherwise.
func (c *compiler) kanjiRespelling(text string) string {
	terms := c.an.ReadingTerms(text)
	if c.words == nil || len(terms) < 2 || slices.Contains(terms, "") {
		return ""
	}
	for _, w := range c.words(analyzer.NormalizeReading(strings.Join(terms, ""))) {
		if w == text || !isKanjiWord(w) {
			continue
		}
		if c.hasWords(w) {
			return w
		}
	}
	return ""
}

// kanjiRunsRespelled returns text, a word of kanji and other letters
// (全個体電池の量産), with each run of kanji no article has that reads as a
// word of kanji the articles write replaced by that word (see
// kanjiRespelling), when articles have the result; "" otherwise, and for
// a word of kanji alone, which word looks up itself.
func (c *compiler) kanjiRunsRespelled(text string) string {
	if c.words == nil || isKanjiWord(text) || !strings.ContainsFunc(text, isHan) {
		return ""
	}
	return c.respellRuns(text, isHan, func(run string) (string, bool) {
		terms := c.an.Terms(run)
		if len(terms) < 2 || c.homophones >= maxHomophoneWords {
			return "", true // one word (the IME's own), or past the bound
		}
		c.homophones++
		if c.matches(conjunction(exactUnits(terms, nil))) {
			return "", true
		}
		return c.kanjiRespelling(run), true
	})
}

// charSounds returns the readings of a word of two or three kanji put
// together from each character's dictionary readings (the first three),
// that articles have as a word: kagome reads a single character alone as
// it reads it alone (節 フシ of 節|伝), the word the reader meant reads it
// otherwise (節電 セツデン).
func (c *compiler) charSounds(text string) []string {
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return nil
	}
	var out []string
	for _, s := range readingCombos(c.an, text, true) {
		t := analyzer.NormalizeReading(s)
		if !slices.Contains(out, t) && rc.count(t, fieldBodyReading)+rc.count(t, fieldTitleReading) > 0 {
			out = append(out, t)
		}
	}
	return out
}

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

// homophonesOutnumber reports whether the reading of a katakana word that
// articles have as written finds a fifth more articles than the word and
// its spelling as read: the reading is another word's too (サッカー, read
// サッカ once its final ー is dropped, is read as 作家 is: 138 of the 517
// articles it found never said サッカー). The other spellings the reading
// joins, and its synonyms, are the word's own (ツィッター is read ツイッター,
// which is also Twitter's reading: 835 articles).
func (c *compiler) homophonesOutnumber(text string, toks []analyzer.Token, reading query.Query) bool {
	rc, ok := c.tc.(*readerCounter)
	if !ok || len(toks) != 1 || c.df(toks[0].Term) < rareName {
		return false
	}
	var spellings []query.Query
	terms := []string{toks[0].Term}
	if read := analyzer.WordTerm(analyzer.ReadingPrefix(text)); read != "" && read != toks[0].Term {
		terms = append(terms, read)
	}
	if h := analyzer.WordTerm(toHiragana(analyzer.ToKatakana(text))); h != toks[0].Term && c.df(h) > 0 {
		terms = append(terms, h) // the word in hiragana (オシャレ, おしゃれ) is its own spelling too
	}
	for _, t := range terms {
		spellings = append(spellings, fieldsTerm(t, exact(1)))
		if end, others := c.syn.match([]string{t}, 0); end == 1 {
			if q := c.synonymsQuery(others); q != nil {
				spellings = append(spellings, q) // (Twitter, whose reading the index learnt)
			}
		}
	}
	own, all := c.counted(rc, text, "\x00spellings", disjunction(spellings)), c.counted(rc, text, "\x00reading", reading)
	return own < math.MaxUint64 && all < math.MaxUint64 && 5*all > 6*own
}

// homophoneLoanword reports whether kata, a katakana word, is one that
// articles have as written whose reading finds others' words too (see
// homophonesOutnumber).
func (c *compiler) homophoneLoanword(kata string) bool {
	toks := indexed(c.tokens(kata))
	if len(toks) != 1 || c.tc == nil {
		return false
	}
	reading := c.readingAlt(kata, asConverted)
	return reading != nil && c.homophonesOutnumber(kata, toks, reading)
}

// minRomajiSound is the fewest kana romaji reads as that are looked up by
// sound as katakana (shorter, too many words sound alike).
const minRomajiSound = 5

// outnumbered reports whether at least five times df articles (df counts
// a term in title and body apart: about ten times the articles that have
// the word as typed) match q, text written as two (see latinSplits). The
// count is a search, so only when the halves' own counts leave room for
// it: a common word (iphone, i phone) is not counted at all.
func (c *compiler) outnumbered(text string, df uint64, q query.Query) bool {
	if !slices.ContainsFunc(c.latinSplits(analyzer.WordTerm(text)), func(s string) bool {
		bound := c.df(s) // (a hyphenated term)
		if a, b, two := strings.Cut(s, " "); two {
			bound = min(c.df(a), c.df(b))
		}
		return bound >= 5*df
	}) {
		return false
	}
	return c.outnumberedBy(text, "\x00split", df, q)
}

// outnumberedBy reports whether at least five times df articles match q,
// another spelling of text (kind names it for counted).
func (c *compiler) outnumberedBy(text, kind string, df uint64, q query.Query) bool {
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return false
	}
	n := c.counted(rc, text, kind, q)
	return n < math.MaxUint64 && n >= 5*df
}

// minOutnumberedRomaji is the shortest Latin word articles have that is
// also looked up as romaji when its reading outnumbers it (shorter ones
// are English as often: man is no 万), and minOutnumberedKana the fewest
// kana it must read as (sushi, two, had found 1,226 articles by 数 and
// 吸う beside its 36).
const (
	minOutnumberedRomaji = 5
	minOutnumberedKana   = 3
)

// counted is rc.countQuery(q), kept across searches under text and kind
// (a count a few writes move by a percent or two answers as well).
func (c *compiler) counted(rc *readerCounter, text, kind string, q query.Query) uint64 {
	k := [2]string{text, kind}
	if n, ok := c.counts.get(k); ok {
		return n
	}
	n := rc.countQuery(q)
	if n < math.MaxUint64 {
		c.counts.put(k, n)
	}
	return n
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

// kanaSpelt reports whether t is a common noun of two or more kanji with
// a reading: a word whose reading in kana, where articles write it so,
// is that word (漫画, マンガ); not a name (本田, read ホンダ like the
// company) or a number.
func kanaSpelt(t analyzer.Token) bool {
	return t.Reading != "" && isKanjiWord(t.Surface) && utf8.RuneCountInString(t.Surface) >= 2 &&
		strings.HasPrefix(t.POS, "名詞,") && !strings.HasPrefix(t.POS, "名詞,固有名詞") && !strings.HasPrefix(t.POS, "名詞,数")
}

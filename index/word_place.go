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

// Placing one search-box word (see word) in its textQuery: its units and
// alternatives as what must match, what a relaxed search falls back on,
// and the bonus for its words side by side.

// placeWord adds w's units and alternatives to tq: as one clause that
// must match (the units, or any alternative), and as the relax units a
// relaxed search counts. It sets w.whole.
func (c *compiler) placeWord(tq *textQuery, w *wordForm) {
	// A katakana word alone is one word however kagome splits it: a
	// relaxed search needs all of it (ビットコイン is no ビット of
	// 量子ビット). Beside other words its pieces may count (テニプリ
	// イヤフォンジャック finds テニプリ and イヤホンジャック).
	// (Katakana only: kana with hiragana in it is a sentence, トニーモリー
	// ってどんなブランド, whose words a relaxed search may drop.)
	// A dotted name (サム・アルトマン, a space between its names here) is
	// one word too: not サム of サム・ワーシントン nor マン of マンU; its
	// last name whole is what a relaxed search falls back on.
	w.whole = c.oneWord && len(w.units) > 1 && !w.typed && analyzer.IsKana(w.unspaced) &&
		strings.ContainsFunc(w.text, isKatakanaLetter) && !strings.ContainsFunc(w.text, isHiraganaLetter)
	switch {
	case len(w.alts) == 0 && len(w.units) == 0:
		// Nothing has the word; a relaxed search may drop it, as any word
		// no article has (でぃーどす こうくう had found nothing, where
		// こうくう alone finds the articles on 航空).
		none := bleve.NewMatchNoneQuery()
		tq.units = append(tq.units, none)
		tq.relax = append(tq.relax, none)
	case w.whole && len(w.alts) == 0:
		tq.units = append(tq.units, w.units...)
		tq.relax = append(tq.relax, conjunction(w.units))
	case w.whole:
		either := bleve.NewDisjunctionQuery(append([]query.Query{conjunction(w.units)}, w.alts...)...)
		tq.units = append(tq.units, either)
		tq.relax = append(tq.relax, either)
	case len(w.alts) == 0:
		tq.units = append(tq.units, w.units...)
		tq.relax = append(tq.relax, c.relaxUnits(w.units)...)
	case len(w.units) == 0:
		tq.units = append(tq.units, disjunction(w.alts))
		tq.relax = append(tq.relax, disjunction(w.alts))
	default:
		tq.units = append(tq.units, bleve.NewDisjunctionQuery(append([]query.Query{conjunction(w.units)}, w.alts...)...))
		if len(w.units) > maxAltCopies {
			// A long word: its alternatives once, as a unit of their own
			// (copied into each of thirty units of a run-together query,
			// its reading phrase was searched thirty times).
			tq.relax = append(tq.relax, w.units...)
			spare := disjunction(w.alts)
			tq.relax = append(tq.relax, spare)
			c.markSpare(spare)
			break
		}
		// An alternative is the whole word: it stands for every unit (and
		// for each piece of a model unit: see relaxUnits).
		for _, u := range c.relaxUnits(w.units) {
			r := bleve.NewDisjunctionQuery(append([]query.Query{u}, w.alts...)...)
			if c.weak[u] {
				c.markWeak(r)
			}

			tq.relax = append(tq.relax, r)
		}
	}
}

// wordFallbacks adds what a relaxed search falls back on when no article
// has w whole (a compound's parts, a dotted name's last name), and the
// bonus for w's words side by side.
func (c *compiler) wordFallbacks(tq *textQuery, w *wordForm) {
	if c.oneWord && len(w.toks) == 1 && w.toks[0].Class == "user" && !w.typed && !analyzer.IsKana(w.toks[0].Surface) {
		tq.relax = append(tq.relax, c.partUnits(w.all)...)
	}
	if c.oneWord && len(w.units) == 1 && len(w.toks) == 2 && !w.typed && compoundOfWords(w.toks) {
		// A compound of two words the synonyms keep whole (太陽光パネル,
		// ソーラーパネル) that no article has: its words to fall back on,
		// as for a dictionary compound. (Of three, 個人|番号|カード, any
		// one is too little: 電話番号, クレジットカード.)
		for _, t := range w.toks {
			tq.relax = append(tq.relax, fieldsTerm(t.Term, exact(1)))
		}
	}
	if w.whole && len(w.names) > 1 {
		tq.relax = append(tq.relax, c.phrase(w.names[len(w.names)-1], exact(1))) // the last name whole
	}
	if len(w.toks) > 1 && len(w.toks) <= maxProximityTokens && !w.typed {
		boost := exact(proximityBoost)
		switch {
		case c.oneWord && !c.piece && kanjiCompound(w.text, w.toks):
			// (Only when it is the search: beside other words, 日本代表
			// of 日本代表 W杯 予選 would outweigh them; nor a piece of a
			// sentence, 探査機 of 月に着陸した日本の探査機の精度.)
			boost = exact(compoundProximityBoost)
		case c.several:
			// Beside other words the query requires, the pieces side by
			// side in the title count as in the body, not titleBoost
			// times: for アカデミー賞 受賞 the articles with アカデミー賞 in
			// the title and 受賞 once in the body had ranked above those
			// on the awards, titled with 受賞 (none at all ranked
			// イングランド代表 with 日本 somewhere among those on
			// 日本代表 for サッカー 日本代表).
			boost = weight{proximityBoost, proximityBoost}
		}
		near := c.phrase(w.text, boost)
		if w.unspaced != w.text && katakanaWord(w.unspaced) {
			// A dotted name written without its dot gets the bonus of
			// its words side by side too (シーバスリーガル for
			// シーバス・リーガル).
			near = bleve.NewDisjunctionQuery(near, fieldsTerm(analyzer.WordTerm(w.unspaced), exact(proximityBoost)))
		}
		if apart := c.nameModelApart(w.toks, boost); apart != nil {
			near = bleve.NewDisjunctionQuery(near, apart)
		}
		if c.oneWord && !c.piece && kanjiCompound(w.text, w.toks) {
			if apart := c.compoundApart(w.toks, exact(compoundApartBoost)); apart != nil {
				near = bleve.NewDisjunctionQuery(near, apart)
			}
		}
		tq.addNear(near)
	}
}

// nameModelApart is the bonus of a name and the model written onto it in
// the query (ボーイング777X, ソニーXperia, トヨタbZ4X) one word apart, as
// articles write them with a bracket or a particle between
// (ボーイング「777X」, ソニーのXperia): the roundup that happened to run
// them together had ranked above the articles on the model. nil unless
// the word has one change from katakana or kanji to Latin letters or
// digits, with a letter after it (スイッチ2 is no スイッチ、2年目).
func (c *compiler) nameModelApart(toks []analyzer.Token, w weight) query.Query {
	cut := -1
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if b.Position != a.Position+1 || !japaneseWord(a.Surface) || !latinOrDigits(b.Surface) {
			continue
		}
		if cut >= 0 {
			return nil
		}
		cut = i
	}
	if cut < 0 || !slices.ContainsFunc(toks[cut:], func(t analyzer.Token) bool { return strings.ContainsFunc(t.Surface, unicode.IsLetter) }) {
		return nil // (a number alone is no model: スイッチ、2年目)
	}
	apart := slices.Clone(toks)
	for i := cut; i < len(apart); i++ {
		apart[i].Position++
	}
	return c.termPhrase(apart, w)
}

// japaneseWord reports whether s is katakana or kanji (a name), and
// latinOrDigits whether s is Latin letters and digits (a model).
func japaneseWord(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !isHan(r) && !isKatakanaLetter(r) && r != 'ー' })
}

func latinOrDigits(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf || !isASCIIAlnum(r) })
}

// compoundProximityBoost, for a kanji compound searched alone, ranks the
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

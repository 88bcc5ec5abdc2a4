package index

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Alternatives: the other ways an article may have a word of a query than
// the word as written, each weighed below the word itself (see alt): the
// word kept whole, its reading (kana input, names, okurigana, loanwords),
// romaji before conversion, and katakana spellings an edit away.

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
	toks := c.an.Tokens(s)
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

// How a word is matched by reading (see readingAlt).
const (
	byTokens    = iota // the readings of the word's own tokens (渡邊 → ワタナベ)
	asTyped            // kana or romaji typed before conversion
	asConverted        // katakana, which an IME gives after conversion
)

// readingAlt matches the word by reading, with a lower weight. A word in
// kanji reads as its tokens do (渡邊 → ワタナベ, 打合せ → ウチアワセ); kana is
// segmented against the index's reading terms.
//
// Katakana is converted text: the reader means a loanword, and its
// reading matches (Android for アンドロイド, ヴァイオリン for バイオリン) come
// with homophones in kanji (以下 for イカ), so they weigh least, and only
// the likeliest segmentation is tried. Kana typed before conversion has
// only its reading to go by: when the likeliest segmentation is rare in
// the articles, the next likeliest are tried too (サワ|ホマレ is no name,
// サワ|ホ|マレ is 澤穂希), and the word without an honorific お or ご
// (おみやげ is お土産, the お not indexed).
func (c *compiler) readingAlt(text string, how int) query.Query {
	if how == byTokens {
		if terms := c.an.ReadingTerms(text); len(terms) > 0 {
			return readingPhrase(terms, alt(readingBoost))
		}
		return nil
	}
	if c.tc == nil {
		return nil
	}
	w, k := alt(readingBoost), kanaSegmentations
	if how == asConverted {
		w, k = alt(katakanaReadingBoost), 1
	}
	// Unstemmed: segmentKana stems the long words it finds inside, and a
	// short word at the end keeps its ー (スカイ|ツリー).
	reading := analyzer.ReadingPrefix(text)
	n := utf8.RuneCountInString(reading)
	segs := segmentKana(reading, c.tc, n, k)
	if len(segs) > 1 && !c.rareReading(segs[0]) {
		segs = segs[:1]
	}
	if how == asTyped && len(segs) > 0 {
		if c.pieces == nil {
			c.pieces = map[string][]string{}
		}
		c.pieces[text], _ = trimHonorific(segs[0])
	}
	var qs []query.Query
	whole := false // a segmentation of the whole reading matches
	for _, seg := range segs {
		seg, honorific := trimHonorific(seg)
		if honorific && whole {
			// りょうし is 量子 when articles have it, not Mr. りょう.
			continue
		}
		q := readingPhrase(seg, w)
		whole = whole || !honorific && c.matches(q)
		qs = append(qs, q)
	}
	if r, _ := utf8.DecodeRuneInString(reading); how == asTyped && n >= 3 && (r == 'オ' || r == 'ゴ') && (len(segs) == 0 || c.rareReading(segs[0])) {
		for _, seg := range segmentKana(reading[len("オ"):], c.tc, n-1, 1) {
			seg, _ = trimHonorific(seg)
			qs = append(qs, readingPhrase(seg, w))
		}
	}
	if how == asTyped && !whole && n >= minLongerReading {
		if q := c.longerReadings(reading); q != nil {
			qs = append(qs, q)
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// minLongerReading is the fewest kana that longerReadings completes.
const minLongerReading = 4

// longerReadings matches kana typed before conversion that no article has
// by the readings that start with it, the commonest first, as longerWords
// does for kanji: the dictionary reads some names whole (読売新聞社 is
// ヨミウリシンブンシャ to it), and よみうり had found nothing. nil when no
// reading starts with it.
func (c *compiler) longerReadings(reading string) query.Query {
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return nil
	}
	df := func(t string) uint64 { return rc.count(t, fieldBodyReading) + rc.count(t, fieldTitleReading) }
	var qs []query.Query
	for _, t := range commonestLonger(rc, reading, fieldBodyReading, df) {
		qs = append(qs, readingPhrase([]string{t}, alt(bigramBoost)))
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// rareReadingDocs: a kana segmentation fewer articles have in sequence is
// rare enough to look for others beside it.
const rareReadingDocs = 20

// rareReading reports whether fewer than rareReadingDocs articles have
// the reading terms of seg in sequence.
func (c *compiler) rareReading(seg []string) bool {
	if len(seg) == 1 {
		return lookupReading(seg[0], c.tc) < rareReadingDocs
	}
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return true
	}
	return rc.countQuery(readingPhrase(seg, alt(1))) < rareReadingDocs
}

// matches reports whether any article matches q; true when it cannot
// tell.
func (c *compiler) matches(q query.Query) bool {
	rc, ok := c.tc.(*readerCounter)
	return !ok || rc.anyMatch(q)
}

// matchesSome is matches for a query that may be nil (nothing).
func (c *compiler) matchesSome(q query.Query) bool {
	return q != nil && c.matches(q)
}

// splitLatin matches a Latin word no article has as the two words articles
// write it as (psvita is PS Vita, usbc USB-C): a phrase of the two
// halves, where both are terms, for at most maxLatinSplits split points.
// nil when there is none.
func (c *compiler) splitLatin(term string) query.Query {
	var qs []query.Query
	for _, split := range c.latinSplits(term) {
		qs = append(qs, c.phrase(split, exact(1)))
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// splitModel matches a model number typed without its hyphen (icfb03 is
// ICF-B03, fua51 F-UA51): the word's tokens in sequence, the first Latin
// token no article has split as splitLatin splits it. nil when the word is
// not all Latin letters and digits, or has no such token.
func (c *compiler) splitModel(text string, toks []analyzer.Token) query.Query {
	if len(toks) < 2 || !isLatinWord(text) {
		return nil
	}
	for i, t := range toks {
		if t.Class == "number" || c.df(t.Term) > 0 {
			continue
		}
		var qs []query.Query
		for _, split := range c.latinSplits(t.Term) {
			words := make([]string, len(toks))
			for j, u := range toks {
				words[j] = u.Term
			}
			words[i] = split
			qs = append(qs, c.phrase(strings.Join(words, " "), exact(1)))
		}
		if len(qs) == 0 {
			return nil
		}
		return disjunction(qs)
	}
	return nil
}

// latinSplits returns the ways to split a Latin word in two halves that
// are both terms ("icf b" for icfb) or one hyphenated term ("ml-kem" for
// mlkem: a name in the user dictionary is one token, hyphen and all), at
// most maxLatinSplits.
func (c *compiler) latinSplits(term string) []string {
	if len(term) < 3 || len(term) > maxAkaLatin || !isLatinWord(term) {
		return nil
	}
	var out []string
	for i := 1; i < len(term) && len(out) < maxLatinSplits; i++ {
		a, b := term[:i], term[i:]
		switch {
		case c.df(a+"-"+b) > 0:
			out = append(out, a+"-"+b)
		case c.df(a) > 0 && c.df(b) > 0:
			out = append(out, a+" "+b)
		}
	}
	return out
}

// maxLatinSplits bounds the ways splitLatin splits a word.
const maxLatinSplits = 3

// kanaSynonyms returns the synonyms of a word typed in hiragana, read as
// katakana: あいふぉん is アイフォン, whose synonym is iPhone; the reading
// alone finds only the articles that write アイフォン.
//
// The words the articles write in kanji under that reading bring their
// synonyms too, below the word itself: たいりょうしあんごう is
// 耐量子暗号, whose synonym is PQC (words is the suggestion data's map
// from readings to words; nil without one).
func (c *compiler) kanaSynonyms(text string) []query.Query {
	var qs []query.Query
	kata := analyzer.ToKatakana(text)
	if terms := c.an.Terms(kata); len(terms) > 0 {
		if end, others := c.syn.match(terms, 0); end == len(terms) {
			if q := c.synonymsQuery(others); q != nil {
				qs = append(qs, q) // one alternative, as a word's synonyms are
			}
		}
	}
	if c.words != nil {
		for _, w := range c.words(analyzer.ReadingPrefix(text)) {
			if w == kata {
				continue
			}
			// One clause for all of a word's synonyms: an article with
			// three of them is not three times the article with the word.
			if terms := c.an.Terms(w); len(terms) > 0 {
				if end, others := c.syn.match(terms, 0); end == len(terms) {
					if q := c.synonymsQueryWeighted(others, readSynonymBoost); q != nil {
						qs = append(qs, q)
					}
				}
			}
		}
	}
	return qs
}

// readSynonymBoost weighs the synonyms of a word found by reading: its
// own reading terms are common ones (タイ, リョウシ), a synonym is rare
// (ポスト量子暗号) and would rank above the word at a reading's weight.
const readSynonymBoost = 0.08

// romajiAlt matches a word typed in romaji before conversion (nadeshiko,
// darubisshu) by reading, like kana input; nil when it is not romaji or
// no reading in the index spells it. Doubled vowels are also tried as
// long vowels (sukaitsurii → スカイツリー).
func (c *compiler) romajiAlt(text string) query.Query {
	return memoized(&c.romajis, text, c.lookUpRomaji) // (latinPair may have asked)
}

// lookUpRomaji is romajiAlt without the memo.
func (c *compiler) lookUpRomaji(text string) query.Query {
	if !isRomaji(text) || c.tc == nil || c.romaji >= maxRomajiWords || c.ctxErr() != nil {
		return nil
	}
	c.romaji++
	var qs []query.Query
	plain := ""
	variants := romajiVariants(text)
	if lv := longVowels.Replace(text); !slices.Contains(variants, lv) {
		variants = append(variants, lv)
	}
	for _, variant := range variants {
		kana, pending, ok := toKana(variant)
		if pending == "n" {
			// A word typed whole ends in ん (jidouunten); while typing,
			// suggestions read the n as any of な…の too.
			kana, pending = kana+"ン", ""
		}
		if !ok || pending != "" || utf8.RuneCountInString(kana) < 2 {
			continue
		}
		if plain == "" {
			plain = kana
		}
		if q := c.readingAlt(kana, asTyped); q != nil {
			qs = append(qs, q)
		}

	}
	// A name written the English way leaves its long vowels out (tokyo is
	// トウキョウ, osaka オオサカ, fujitsu フジツウ): those readings too, when
	// the articles have them, and then not osaka as お+坂.
	var english []query.Query
	for _, kana := range englishReadings(plain) {
		if q := c.readingAlt(kana, asTyped); q != nil && c.matches(q) {
			english = append(english, q)
			if len(english) == maxEnglishReadings {
				break
			}
		}
	}
	if len(english) > 0 && c.honorificOnly(plain) {
		qs = nil
	}
	qs = append(qs, english...)
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// maxRomajiWords bounds the words of one query looked up as romaji: each
// tries several spellings and readings, a search apiece (32 words of
// made-up romaji had taken half a second and held a search slot; at four,
// the fifth word of kagawa shinji manchesuta- yunaiteddo iseki was lost).
const maxRomajiWords = 8

// maxEnglishReadings bounds the long-vowel readings of an English
// spelling that are looked up.
const maxEnglishReadings = 2

// honorificOnly reports whether kana reads as words of the articles only
// without a leading お or ご (osaka as お+坂).
func (c *compiler) honorificOnly(kana string) bool {
	if r, _ := utf8.DecodeRuneInString(kana); r != 'オ' && r != 'ゴ' {
		return false
	}
	segs := segmentKana(kana, c.tc, utf8.RuneCountInString(kana), 1)
	return len(segs) == 0 || c.rareReading(segs[0])
}

// longVowels writes doubled vowels as the long vowel mark, the way IME
// users type katakana words (sukaitsuri- for スカイツリー).
var longVowels = strings.NewReplacer("aa", "a-", "ii", "i-", "uu", "u-", "ee", "e-", "oo", "o-", "ou", "o-")

// wantsReading reports whether a word should also match by reading:
// people's names (渡辺/渡邊, 斎藤/斉藤), words with kanji variants or ヶ/ケ
// (髙橋, 霞ヶ関), and words with okurigana (打ち合わせ/打合せ). Other words do
// not: 京都 would find 教徒 and 科学 化学.
func wantsReading(text string, toks []analyzer.Token) bool {
	if analyzer.HasVariants(text) || strings.ContainsRune(text, 'ケ') {
		return true
	}
	for _, t := range toks {
		if strings.HasPrefix(t.POS, "名詞,固有名詞,人名") || t.Okurigana() || analyzer.IsKana(t.Surface) {
			return true // a katakana word may be written in Latin letters (アンドロイド4.0)
		}
	}
	return false
}

// droppedTail reports whether the last of all, a word's tokens, is a
// particle or another unindexed kana at the end of text.
func droppedTail(all []analyzer.Token, text string) bool {
	var last *analyzer.Token
	words := 0
	for i, t := range all {
		if t.Class == "part" || t.Class == "shingle" {
			continue
		}
		words++
		if last == nil || t.End > last.End {
			last = &all[i]
		}
	}
	return words > 1 && last.Term == "" && last.End == len(text) && analyzer.IsKana(last.Surface)
}

// covers reports whether the indexed tokens are all of text but for
// particles and the like between them: no kana was left over at either
// end or dropped as something kagome could not read.
func covers(toks []analyzer.Token, text string) bool {
	n := 0
	for _, t := range toks {
		n += utf8.RuneCountInString(t.Surface)
	}
	return n*4 >= utf8.RuneCountInString(text)*3
}

// df is the number of articles with term in the title or the body (an
// upper bound: an article with it in both counts twice).
func (c *compiler) df(term string) uint64 {
	if c.tc == nil {
		return 1 // unknown: assume the term is there
	}
	return c.tc.count(term, fieldBody) + c.tc.count(term, fieldTitle)
}

func isKatakanaLetter(r rune) bool { return 'ァ' <= r && r <= 'ヺ' }

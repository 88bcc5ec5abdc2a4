package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Alternatives of a word by its reading (see alternatives.go): kana input,
// names, okurigana and loanwords by the reading fields, the synonyms of
// kana typed before conversion, and romaji before conversion.

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
		if terms := c.readingTerms(text); len(terms) > 0 {
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
	if how == asTyped && !whole {
		if q := c.verbStemAlt(reading, w); q != nil {
			qs = append(qs, q)
		}
	}
	if how == asTyped && !whole && n >= minLongerReading {
		if q := c.longerReadings(reading); q != nil {
			qs = append(qs, q)
		}
	}
	if how == asTyped && !whole && c.words != nil {
		// The suggestion data knows a loanword also by its reading
		// without long vowels (コンピュタ is コンピュータ, リョウシコンピュタ
		// 量子コンピュータ), as readers type it (こんぴゅた, ryoushikonpyuta);
		// the articles' reading fields have the word's own reading.
		for _, wd := range c.words(reading) {
			if terms := c.readingTerms(wd); len(terms) > 0 && !slices.ContainsFunc(segs, func(s []string) bool { return slices.Equal(s, terms) }) {
				qs = append(qs, readingPhrase(terms, w))
			}
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
	if terms := c.terms(kata); len(terms) > 0 {
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
			if terms := c.terms(w); len(terms) > 0 {
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

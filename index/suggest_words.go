package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// Which index terms are words worth suggesting, how they read and how
// they are spelt when shown: the analysis of one term, kept across
// rebuilds. The spelling with the final ー the index dropped is in
// suggest_long.go, what the user dictionary says of a word in
// suggest_userdict.go.

// wordInfo is what the suggester knows of an index term, kept across
// rebuilds so each term is analysed once.
type wordInfo struct {
	reading string
	// others: more readings: a joined name's (ホンダケイスケ beside
	// ホンダケイユウ), a word's other dictionary readings (日本 ニホン beside
	// ニッポン).
	others []string
	// variants: the dictionary's other readings of a word of one token
	// that a reader typing it seldom means (see variantOf), keyed weak
	// (see sugKey).
	variants []variant
	content  bool
	// single: a noun of one kanji (嵐, 犬), or a verb or adjective in
	// its dictionary form (稼ぐ, 怖い), found only by its whole reading or
	// itself, not by every prefix (see sugKey.exact).
	single bool
	joined bool // a run the analyzer joined (独|女 → 独女): needs suggestMinJoinedDocs
	// long: a katakana term the dictionary also knows with the final ー
	// the index dropped (センタ, センター), or one it does not know at all
	// (ニンテンド): shown as most articles write it (see longSpelling).
	long bool
	// weakPrefix: a word of time readers look for (金曜, 深夜, 結果),
	// found whole, and by every prefix below the words that are no such
	// word (じ is no 時間 yet: see sugKey.weak).
	weakPrefix bool
	// dict: every token of the word is one of the dictionary or the user
	// dictionary, not one kagome guessed at (see dictionaryTokens).
	dict bool
	// inflected: a verb or adjective (see inflectedWord), single too.
	inflected bool
}

// timeWord reports whether a token is a kanji noun that can stand as an
// adverb of time (今日, 今夜, 昨年, 今回: 名詞,副詞可能).
func timeWord(t analyzer.Token) bool {
	return strings.HasPrefix(t.POS, "名詞,副詞可能") && utf8.RuneCountInString(t.Surface) >= 2 &&
		!strings.ContainsFunc(t.Surface, func(r rune) bool { return !isHan(r) })
}

// relativeLead are the first kanji of words of time said from the day
// of writing (今夜, 昨年, 来週, 先日, 毎日, 前回, 当日, 最近, 一時): no
// subject, offered only once typed whole. The dictionary tags other
// nouns alike (金曜, 深夜, 年末, 間近, 結果, 短時間), and readers look
// for those as for any word, by every prefix.
const relativeLead = "今昨明来先毎前次翌本同当後以現最近一"

// relativeTime reports whether a word of time is said from the day of
// writing (see relativeLead).
func relativeTime(surface string) bool {
	r, _ := utf8.DecodeRuneInString(surface)
	return strings.ContainsRune(relativeLead, r)
}

// charReadings returns the readings of a word of two or three kanji put
// together from its characters' dictionary readings (the first of each
// but the last, the first three of the last), or nil.
func (ix *Index) charReadings(term string) []string {
	return readingCombos(ix.an, term, false)
}

// readingCombos returns the readings of a word of two or three kanji put
// together from its characters' dictionary readings: the first three of
// each with every, else the first of each but the last (独 is ドク, and
// ドイツ only alone) and the first three of the last. nil for other words
// and when a character has no reading.
func readingCombos(an *analyzer.Analyzer, term string, every bool) []string {
	rs := []rune(term)
	if len(rs) < 2 || len(rs) > 3 || slices.ContainsFunc(rs, func(r rune) bool { return !isHan(r) }) {
		return nil
	}
	out := []string{""}
	for i, r := range rs {
		readings := an.DictReadings(string(r))
		if len(readings) == 0 {
			return nil
		}
		if !every && i < len(rs)-1 {
			readings = readings[:1]
		}
		var next []string
		for _, prefix := range out {
			for _, rd := range readings[:min(3, len(readings))] {
				next = append(next, prefix+rd)
			}
		}
		out = next
	}
	return out
}

// maxOtherReadings bounds the dictionary readings a word is also found
// by (上手 has six).
const maxOtherReadings = 3

// counters are the kanji that count after a number (100億円, 3年, 5人).
const counters = "円年人件個台倍歳回枚万億兆割社度位号階隻基日月週時分秒話代名点"

// countryPair reports whether toks are single kanji naming regions (日|米,
// 日|中, 日|欧), as news writes a pair of countries.
func countryPair(toks []analyzer.Token) bool {
	return len(toks) > 1 && !slices.ContainsFunc(toks, func(t analyzer.Token) bool {
		return utf8.RuneCountInString(t.Surface) != 1 || !strings.HasPrefix(t.POS, "名詞,固有名詞,地域")
	})
}

// dictionaryTokens reports whether toks, a word's indexed tokens, are
// words of the dictionary or the user dictionary, and not none.
func dictionaryTokens(toks []analyzer.Token) bool {
	return len(toks) > 0 && !slices.ContainsFunc(toks, func(t analyzer.Token) bool { return t.Class != "known" && t.Class != "user" })
}

// analysedWord reports whether wordInfo knows term without analysing it.
func (ix *Index) analysedWord(term string) bool {
	_, ok := ix.sug.words.Load(term)
	return ok
}

// wordInfo analyses an index term once.
func (ix *Index) wordInfo(term string) wordInfo {
	ix.sug.use(&ix.sug.words, term)
	if v, ok := ix.sug.words.Load(term); ok {
		return v.(wordInfo)
	}
	var info wordInfo
	all := ix.an.Tokens(term)
	toks := indexed(all)
	switch {
	case !suggestible(term):
	case joinedWhole(all, term) && len(toks) > 0 && strings.Contains(counters, toks[0].Term) && utf8.RuneCountInString(toks[0].Term) == 1 && !countryPair(toks):
		// A counter joined to the word after it (1兆円|規模 → 円規模, 3年|以上
		// → 年以上): no word. Countries named by one kanji each are one
		// (日|米, 日|韓 of 日米首脳会談).
	case joinedWhole(all, term) && endsInPrefix(all):
		// A word joined to the prefix of what follows it (全長|約 of
		// 全長約120m): no word.
	case joinedWhole(all, term) && slices.ContainsFunc(all, func(t analyzer.Token) bool {
		return strings.HasPrefix(t.POS, "名詞,副詞可能") || strings.HasPrefix(t.POS, "副詞")
	}):
		// A word of time or an adverb joined to the next (今回|話, 今|話題,
		// 昨年|夏, 続々|新): no word.
	case joinedWhole(all, term):
		// Compounds of one-character words and names kagome splits
		// (独|女, 婚|活, 本田|圭|佑): the index holds them joined, under
		// the readings the reading field gives the whole.
		info = ix.joinedInfo(term, toks)
	case len(all) == 1 && utf8.RuneCountInString(term) == 1 && isHan([]rune(term)[0]) &&
		(strings.HasPrefix(all[0].POS, "名詞,一般") || strings.HasPrefix(all[0].POS, "名詞,固有名詞")) &&
		utf8.RuneCountInString(all[0].Reading) >= 2:
		// 嵐, 犬, 猫: words readers look for, but too short to offer for
		// every kana typed (き is no 気 yet).
		info.content, info.single = true, true
		info.reading = all[0].Reading
	case inflectedWord(all, term):
		// 稼ぐ, 恥ずかしい: typed whole, not by every prefix (see
		// suggest_inflected.go).
		info.content, info.single, info.inflected = true, true, true
		info.reading = analyzer.NormalizeReading(all[0].Reading)
	case writtenInflected(all, term):
		// 泣く, 見る: typed whole, converted, and found by no reading
		// (see writtenInflected).
		info.content, info.single, info.inflected = true, true, true
	case len(toks) > 0 && utf8.RuneCountInString(term) >= 2:
		info = ix.tokensInfo(term, toks)
	}
	info.long = !info.joined && (ix.knownWhole(term+"ー") || ix.unknownKatakana(term))
	info.dict = dictionaryTokens(toks)
	if info.content && ix.voicedPiece(term, all) {
		// The second half of compounds, voiced (乙女|ゴコロ): found
		// whole, and by its prefixes below the words that are no such
		// piece (ごこ is 合コン first).
		info.weakPrefix = true
	}
	ix.sug.learn(&ix.sug.words, term, info)
	return info
}

// voicedPiece reports whether term, toks its tokens, is a katakana word
// the dictionary does not know whose first kana is voiced while the word
// it would be unvoiced is a noun the dictionary knows (ゴコロ, こころ):
// the voiced form a word takes as the second half of a compound (乙女ゴコロ,
// 男ゴコロ), which kagome cuts from the kanji before it and keeps whole.
// Readers type the word, not the piece.
func (ix *Index) voicedPiece(term string, toks []analyzer.Token) bool {
	if len(toks) != 1 || toks[0].Class != "unknown" || toks[0].Surface != term || !katakanaWord(term) || utf8.RuneCountInString(term) < 3 {
		return false
	}
	first, size := utf8.DecodeRuneInString(term)
	d := []rune(norm.NFD.String(string(first)))
	if len(d) != 2 || d[1] != '\u3099' {
		return false
	}
	plain := string(d[0]) + term[size:]
	tk := ix.an.Tokens(toHiragana(plain))
	return len(tk) == 1 && tk[0].Class == "known" && strings.HasPrefix(tk[0].POS, "名詞") && tk[0].Reading == plain
}

// joinedInfo analyses a run of words the analyzer joined into one term
// (独|女 → 独女), toks its indexed tokens: a content word found by the
// readings the reading field gives the whole, for a run of single kanji
// by its characters' dictionary readings too, and weakly as it is said
// with a later word voiced (see voicedJoins).
func (ix *Index) joinedInfo(term string, toks []analyzer.Token) wordInfo {
	var info wordInfo
	info.content, info.joined = true, true
	for _, t := range ix.an.IndexedTokens(term, true) {
		if t.Start == 0 && t.End == len(term) && t.Reading != "" && !slices.Contains(info.others, t.Reading) {
			info.others = append(info.others, t.Reading)
		}
	}
	// A word of two or three kanji kagome read one by one also reads
	// as its characters' dictionary readings put together (独女 is
	// ドクジョ as well as ドクオンナ); a word of longer ones (国際|的)
	// reads as kagome reads them, not 国 as くに.
	var chars []string
	if !slices.ContainsFunc(toks, func(t analyzer.Token) bool { return utf8.RuneCountInString(t.Surface) > 1 }) {
		chars = ix.charReadings(term)
	}
	for _, r := range append(chars, nameKanjiReadings(ix.an, toks)...) {
		if !slices.Contains(info.others, r) && len(info.others) < 1+maxOtherReadings {
			info.others = append(info.others, r)
		}
	}
	if len(info.others) > 0 {
		info.reading, info.others = info.others[0], info.others[1:]
	}
	// As the compound is said, its second word voiced (腕時計: ウデドケイ),
	// weakly: a reading the articles' words never give it.
	for _, v := range voicedJoins(toks) {
		if v != info.reading && !slices.Contains(info.others, v) && len(info.variants) < maxOtherReadings {
			info.variants = append(info.variants, variant{reading: v})
		}
	}
	return info
}

// tokensInfo analyses a term of two or more characters, toks its indexed
// tokens: a content word when every token is one (a word of time alone
// is keyed as single or weakPrefix instead), read as its tokens read,
// and a word of one token by the dictionary's other readings of it too
// (日本: にほん, にっぽん).
func (ix *Index) tokensInfo(term string, toks []analyzer.Token) wordInfo {
	var info wordInfo
	info.content = true
	var r strings.Builder
	for _, t := range toks {
		// A word of time (今夜, 昨年, 金曜) is no content word to
		// relate or count by, but readers type it: one said from
		// the day of writing is offered once its whole reading is
		// typed (こんや), as a single kanji is, not for every prefix;
		// others (きんよ: 金曜, しんy: 深夜) by every prefix, weakly.
		if len(toks) == 1 && !t.Content && timeWord(t) {
			info.single = relativeTime(t.Surface)
			info.weakPrefix = !info.single
		} else {
			info.content = info.content && t.Content
		}
		r.WriteString(t.Reading)
		if t.Reading == "" {
			r.Reset()
			break
		}
	}
	// Stemmed as a whole, as the index stems the joined word: スカイ|ツリー
	// reads スカイツリ like the term スカイツリ.
	info.reading = analyzer.NormalizeReading(r.String())
	if len(toks) == 1 {
		// The dictionary's other readings of the word: 日本 is
		// found by にほん as well as にっぽん. One the dictionary
		// gives a common noun far more rarely than its common one
		// (大人 タイジン, 男女 ナンニョ) is a variant: た had offered 大人
		// fifth, な 男女 fourth, where readers type おとな and だんじょ.
		rare := ix.an.RareReadings(term)
		for _, o := range ix.an.DictReadings(term) {
			v, weak := variantOf(toks[0], info.reading, o)
			if !weak && slices.Contains(rare, o) {
				v, weak = variant{reading: o}, true
			}
			switch {
			case o == info.reading:
			case weak && len(info.variants) < maxOtherReadings:
				info.variants = append(info.variants, v)
			case !weak && len(info.others) < maxOtherReadings:
				info.others = append(info.others, o)
			}
		}
		if toks[0].Class == "user" {
			info.others = ix.userWordCharReadings(term, info.reading, info.others)
		}
	}
	return info
}

// userWordCharReadings adds to others the readings of a word of two or
// three kanji that the user dictionary reads as readers most often say it
// put together from its characters' readings, as the IME converts them
// too (韓流, ハンリュウ in the user dictionary, is also かんりゅう: the
// 73 livedoor articles with it had not been offered for かんりゅう, nor
// フジテレビ かんりゅう for the 21 with both).
func (ix *Index) userWordCharReadings(term, reading string, others []string) []string {
	for _, r := range ix.charReadings(term) {
		if r != reading && !slices.Contains(others, r) && len(others) < maxOtherReadings {
			others = append(others, r)
		}
	}
	return others
}

// endsInPrefix reports whether the last of toks (shingles aside) is a
// prefix (約, 第, 各), which belongs to the word after it.
func endsInPrefix(toks []analyzer.Token) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].Class != "shingle" {
			return strings.HasPrefix(toks[i].POS, "接頭詞")
		}
	}
	return false
}

// joinedWhole reports whether the analyzer joined the pieces of term into
// one token that spans it.
func joinedWhole(toks []analyzer.Token, term string) bool {
	return slices.ContainsFunc(toks, func(t analyzer.Token) bool {
		return t.Class == "shingle" && t.Start == 0 && t.End == len(term)
	})
}

// suggestible reports whether an index term may be offered as a word: not
// a fragment the analyzer cut from a longer word (ーションズ, ングトゥース,
// ッソン), not two kana of grammar (てる, なか), not a piece of a web address.
func suggestible(term string) bool {
	r, _ := utf8.DecodeRuneInString(term)
	switch {
	case strings.ContainsRune("ーンッァィゥェォャュョヮヵヶんっぁぃぅぇぉゃゅょゎ", r):
		return false
	case utf8.RuneCountInString(term) <= 2 && !strings.ContainsFunc(term, func(r rune) bool { return r < 'ぁ' || r > 'ゖ' }):
		return false
	}
	return !webWords[term] && !englishFunctionWords[term]
}

// webWords are the pieces of addresses (http://www.example.co.jp/x.html)
// that bodies are full of.
var webWords = map[string]bool{"http": true, "https": true, "www": true, "com": true, "co": true, "jp": true,
	"ne": true, "net": true, "org": true, "html": true, "htm": true, "php": true, "cgi": true, "asp": true,
	"url": true}

// englishFunctionWords are the English words of grammar and of the
// boilerplate under articles (All rights reserved, Photo by): found in
// many bodies, looked for by no reader.
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "or": true, "for": true, "to": true, "in": true, "on": true,
	"at": true, "by": true, "with": true, "from": true, "as": true, "is": true, "are": true, "was": true,
	"be": true, "it": true, "its": true, "this": true, "that": true, "an": true, "all": true, "not": true,
	"right": true, "rights": true, "reserve": true, "reserved": true, "copyright": true, "inc": true, "ltd": true, "details": true,
	"detail": true, "via": true, "vs": true,
}

// variant is a weak reading of a word (see wordInfo.variants).
type variant struct {
	reading string
	exact   bool // found only when typed whole
}

// variantOf tells whether other, one of the dictionary's readings of tok
// beside its reading, is a weak one: the reading a word takes inside
// compounds, its first kana voiced (会社 ガイシャ of 株式会社, 心地 ゴコチ of
// 居心地: found only typed whole, がい is no 会社), or another reading of the
// name of a person or an organisation (東芝 ヒガシシバ, 麻生 アサオ, as
// places). Other words' other readings are as much their own (日本 ニホン
// and ニッポン).
func variantOf(tok analyzer.Token, reading, other string) (variant, bool) {
	r, o := []rune(reading), []rune(other)
	if len(r) > 0 && len(r) == len(o) && string(r[1:]) == string(o[1:]) && norm.NFD.String(string(o[:1])) == string(r[:1])+"\u3099" {
		return variant{reading: other, exact: true}, true
	}
	if strings.HasPrefix(tok.POS, "名詞,固有名詞,人名") || strings.HasPrefix(tok.POS, "名詞,固有名詞,組織") {
		return variant{reading: other}, true
	}
	return variant{}, false
}

package index

import (
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A name and its number as a unit of their own (see modelUnit): where a
// model's name ends (iphone|4|s, 第|4|四半期, 2ナノ), the model's pieces a
// relaxed search may count, and a sequel's number in Roman numerals
// (ドラクエ10 is ドラゴンクエストX).

// maxModelPhrases bounds the names bound to their numbers in one query:
// each is a phrase, checked in every article that has both words, and a
// run of a1a1a1 typed together made thirty of a and 1 (two seconds on
// livedoor). Past them, a name and its number are two words.
const maxModelPhrases = 4

// modelEnd returns the end of a model name that starts at toks[i]: a Latin
// word, the number right after it and a short Latin suffix (iphone|4|s,
// windows|8), or a number and the few Latin letters written against it
// (4|g, 8|k, 3|gpp: 4G is no 4 and a g apart); i when toks[i] starts none.
// A number is also bound to the counter written onto it (7|号機, 3|社)
// and 第 to the number after it with its word (第|4|四半期), but not to a
// counter of time (43年 is also 43年間 in an article, 5日 5日間).
// Katakana units are bound as unitWords says.
func modelEnd(toks []analyzer.Token, i int) int {
	latin := func(t analyzer.Token) bool {
		return t.Term != "" && !strings.ContainsFunc(t.Term, func(r rune) bool { return !isASCIILetter(r) })
	}
	glued := func(k int) bool { // toks[k] is written onto the one before
		return k < len(toks) && toks[k].Start == toks[k-1].End && toks[k].Position == toks[k-1].Position+1
	}
	if strings.HasPrefix(toks[i].POS, "接頭詞,数接続") && glued(i+1) && toks[i+1].Class == "number" {
		// 第4四半期 is no 第2四半期 with a 4 elsewhere, 第3世代 no 第2世代.
		end := i + 2
		if glued(end) && toks[end].Class != "number" && strings.HasPrefix(toks[end].POS, "名詞") {
			end++
		}
		return end
	}
	if toks[i].Class == "number" && glued(i+1) && (latin(toks[i+1]) && len(toks[i+1].Term) <= maxNumberLetters || unitWords[toks[i+1].Term]) {
		end := i + 2
		for unitWords[toks[i+1].Term] && glued(end) && unitWords[toks[end].Term] {
			end++ // 2|ナノ|メートル: the unit is both
		}
		return end
	}
	if toks[i].Class == "number" && glued(i+1) && spelledCounter(toks[i+1].Term) {
		// 3カ月 is no 1ヶ月 with a 3 elsewhere, however its ka is written
		// (see spellingsPhrase); 3カ月間 has it.
		return i + 2
	}
	if toks[i].Class == "number" && glued(i+1) && strings.HasPrefix(toks[i+1].POS, "名詞,接尾,助数詞") && !timeCounters[toks[i+1].Term] {
		// A number and its counter: 7号機 is no 5号機 beside 7機, 3社
		// no 3月 beside 2社.
		end := i + 2
		for glued(end) && strings.HasPrefix(toks[end].POS, "名詞,接尾") {
			end++ // 2|回|目
		}
		return end
	}
	if toks[i].Class == "number" && glued(i+1) && toks[i+1].Term == "月" && isMonth(toks[i].Term) {
		// A month: 12月 is no 5月12日 (kagome reads the 月 of 12月 as a
		// noun, not a counter).
		return i + 2
	}
	if !latin(toks[i]) || i+1 >= len(toks) || toks[i+1].Class != "number" || toks[i+1].Position != toks[i].Position+1 {
		return i
	}
	end := i + 2
	for end < len(toks) && (toks[end].Class == "number" || latin(toks[end]) && len(toks[end].Term) <= 2) &&
		toks[end].Position <= toks[end-1].Position+2 && toks[end].Start-toks[end-1].End <= 1 {
		end++
	}
	return end
}

// lettersEnd returns the end of the run of single Latin letters from
// toks[i] that the analyzer put side by side across a joiner (B'z is
// b|z): i when toks[i] starts none.
func lettersEnd(toks []analyzer.Token, i int) int {
	single := func(t analyzer.Token) bool { return len(t.Term) == 1 && isASCIILetter(rune(t.Term[0])) }
	j := i
	for j < len(toks) && single(toks[j]) && (j == i || toks[j].Position == toks[j-1].Position+1 && toks[j].Start > toks[j-1].End) {
		j++
	}
	return j
}

// timeCounters are the counters modelEnd leaves apart from their
// number: articles write them with 間 and the like (5日間, 3年間) and
// dates have rules of their own (datewords.go).
var timeCounters = map[string]bool{"年": true, "月": true, "日": true, "時": true, "分": true, "秒": true, "週": true, "ヶ月": true, "カ月": true, "か月": true}

// unitWords are the units in katakana that modelEnd binds to the number
// before them, as it binds 5G: 2ナノ is no 第2工場 with 28ナノ in it.
var unitWords = map[string]bool{
	"ナノ": true, "ミリ": true, "センチ": true, "キロ": true, "メートル": true, "ギガ": true, "テラ": true,
	"メガ": true, "ヘルツ": true, "バイト": true, "ワット": true, "グラム": true, "インチ": true,
}

// maxNumberLetters: the Latin letters against a number that modelEnd
// binds to it (5G, 8K, 3GPP; not 2026OpenAI).
const maxNumberLetters = 4

// modelPieces keeps the name and the number of a model unit apart for a
// relaxed search (see relaxUnits): Windows 15, which no article has, finds
// the articles on Windows, marked relaxed, with the number a weak unit
// that only ranks.
func (c *compiler) modelPieces(unit query.Query, name analyzer.Token, number []string) {
	alts := []query.Query{fieldsTerm(name.Term, exact(1))}
	if q := c.tagAlt(name.Surface); q != nil {
		alts = append(alts, q)
	}
	if len(name.Term) >= 3 { // (as katakanaModel)
		if word, ok := c.soundsLikeKatakana(name); ok {
			// Romaji typed for a katakana title (rokkuman 11): its
			// articles, as katakanaModel finds the title with its number;
			// the romaji as written, which no article has, had relaxed to
			// nothing.
			alts = append(alts, c.phrase(word, alt(fuzzyBoost)))
			if terms := c.terms(word); len(terms) > 0 {
				if end, others := c.syn.match(terms, 0); end == len(terms) {
					for _, o := range others { // (dorakue: ドラゴンクエスト too)
						alts = append(alts, c.phrase(o.text, alt(fuzzyBoost)))
					}
				}
			}
		}
	}
	pieces := []query.Query{disjunction(alts)}
	for _, q := range exactUnits(number, nil) {
		c.markWeak(q)
		pieces = append(pieces, q)
	}
	if c.modelUnits == nil {
		c.modelUnits = map[query.Query][]query.Query{}
	}
	c.modelUnits[unit] = pieces
}

// isMonth reports whether term is a month's number, 1 to 12.
func isMonth(term string) bool {
	n, err := strconv.Atoi(term)
	return err == nil && n >= 1 && n <= 12 && term[0] != '0'
}

// numbered reports whether toks[i] has a number written onto it
// (スイッチ2, ピクセル10).
func numbered(toks []analyzer.Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Class == "number" && toks[i+1].Start == toks[i].End
}

// modelPhrase matches a katakana name with its number written onto it
// (スイッチ2, ピクセル10: a model) side by side, as written and in the
// commonest Latin spelling the articles have (Switch 2), weighed as the
// word itself: an article on the model ranks above one with the word and
// the number apart (a スマートスイッチ review with its model GS716Tv2 had
// ranked above the articles on Switch 2, which counted as a spelling an
// edit away). nil when the word is no katakana.
func (c *compiler) modelPhrase(name, number analyzer.Token) query.Query {
	word := analyzer.ToKatakana(analyzer.Fold(name.Surface))
	if !katakanaWord(word) || c.tc == nil {
		return nil
	}
	qs := []query.Query{termsPhrase([]string{name.Term, number.Term}, exact(1))}
	best, bestDF := "", uint64(0)
	for _, s := range latinSpellings(word) {
		if df := c.df(s); df > bestDF {
			best, bestDF = s, df
		}
	}
	if best != "" {
		qs = append(qs, termsPhrase([]string{best, number.Term}, exact(1)))
	}
	return disjunction(qs)
}

// transliterated reports whether a and b are one name in katakana and in
// Latin letters that sound alike (テスラ and Tesla, エヌビディア and
// NVIDIA), as a synonym list pairs them; not an abbreviation and the
// words it stands for (HDD, ハードディスク).
func transliterated(a, b string) bool {
	if isLatinWord(a) {
		a, b = b, a
	}
	return katakanaWord(a) && isLatinWord(b) && soundsAlike(strings.ToLower(b), a)
}

// romanSequel matches a katakana name (toks' term at i of terms) and
// the Roman numeral of number side by side, the name as typed or as its
// synonyms write it; nil when no article has the numeral.
func (c *compiler) romanSequel(name analyzer.Token, terms []string, i int, number string) query.Query {
	r := roman(number)
	if r == "" || c.df(r) == 0 {
		return nil
	}
	qs := []query.Query{termsPhrase([]string{name.Term, r}, exact(variantBoost))}
	return disjunction(append(qs, c.synonymSequels(terms, i, i+1, r, exact(variantBoost))...))
}

// synonymSequels returns, when terms[i:end] are a synonym entry whole,
// each of its synonyms followed by the Roman numeral r as a phrase, with w.
func (c *compiler) synonymSequels(terms []string, i, end int, r string, w weight) []query.Query {
	var qs []query.Query
	if e, others := c.syn.match(terms, i); e == end {
		for _, o := range others {
			qs = append(qs, c.phrase(o.text+" "+r, w))
		}
	}
	return qs
}

// romanNumerals are the Roman numerals of 2 to 20, lower-cased as the
// index holds them.
var romanNumerals = []string{2: "ii", 3: "iii", 4: "iv", 5: "v", 6: "vi", 7: "vii", 8: "viii", 9: "ix", 10: "x",
	11: "xi", 12: "xii", 13: "xiii", 14: "xiv", 15: "xv", 16: "xvi", 17: "xvii", 18: "xviii", 19: "xix", 20: "xx"}

// roman returns the Roman numeral of a number term, 2 to 20, "" for any
// other.
func roman(term string) string {
	n, err := strconv.Atoi(term)
	if err != nil || n < 2 || n >= len(romanNumerals) || term[0] == '0' {
		return ""
	}
	return romanNumerals[n]
}

// romanModel returns a model's name of one to four letters and a number,
// 2 to 20, written with the number in Roman numerals as articles also
// write it (S3: S III and SIII, as GALAXY S III is written; FF13: FFXIII),
// weighed as a spelling; only the spellings some article has.
func (c *compiler) romanModel(toks []analyzer.Token) []query.Query {
	if len(toks) != 2 || len(toks[0].Term) > 4 || strings.ContainsFunc(toks[0].Term, func(r rune) bool { return !isASCIILetter(r) }) || len(toks[0].Term) == 1 && strings.Contains("ivxlcdm", toks[0].Term) || toks[1].Class != "number" {
		// (V2 is no VII.)
		return nil
	}
	letter, roman := toks[0].Term, roman(toks[1].Term)
	if roman == "" || len(letter) > 1 && len(roman) == 1 {
		// (A name of letters with a V or an X is another model: PS5 is
		// no PSV, the PS Vita.)
		return nil
	}
	var out []query.Query
	if c.df(letter+roman) > 0 {
		out = append(out, fieldsTerm(letter+roman, exact(variantBoost))) // SIII
	}
	if c.df(roman) > 0 {
		out = append(out, termsPhrase([]string{letter, roman}, exact(variantBoost))) // S III
	}
	return out
}

// katakanaModel matches a Latin name and its number, toks, as the
// katakana word that sounds like the name beside the number (Pixel 10:
// ピクセル10, Switch 2: スイッチ2 and ニンテンドースイッチ2; romaji typed for
// the katakana, dorakue 10: ドラクエ10, and its number in Roman numerals,
// dorakue 7: ドラクエVII, ドラゴンクエストVII): the reverse of
// katakanaModelLatin. Side by side only, as ピクセル alone is any camera's
// pixels. nil for other words, or when nothing sounds nearly the same.
func (c *compiler) katakanaModel(toks []analyzer.Token) query.Query {
	if len(toks) != 2 || toks[1].Class != "number" || len(toks[0].Term) < 3 || !isLatinWord(toks[0].Term) {
		return nil
	}
	word, ok := c.soundsLikeKatakana(toks[0])
	if !ok {
		return nil
	}
	q := c.phrase(word+toks[1].Surface, alt(fuzzyBoost))
	r := roman(toks[1].Term)
	if r == "" || c.df(r) == 0 {
		return q
	}
	// A sequel's number in Roman numerals after the katakana name or
	// its synonym, as for the name typed in katakana (romanSequel):
	// dorakue 7 is ドラゴンクエストVII.
	qs := []query.Query{q, c.phrase(word+" "+r, alt(fuzzyBoost))}
	if terms := c.terms(word); len(terms) > 0 {
		qs = append(qs, c.synonymSequels(terms, 0, len(terms), r, alt(fuzzyBoost))...)
	}
	return disjunction(qs)
}

// soundsLikeKatakana returns the katakana word articles have that name, a
// Latin word, sounds nearly the same as (dorakue: ドラクエ); ok is false
// when there is none.
func (c *compiler) soundsLikeKatakana(name analyzer.Token) (string, bool) {
	text := analyzer.Fold(name.Surface)
	if c.soundAlt(text) == nil {
		return "", false
	}
	near, ok := c.nearest[text]
	if !ok || near.distance > maxSoundDistanceSeen || !katakanaWord(near.word) {
		return "", false
	}
	return near.word, true
}

package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Kana spellings: the ways Japanese writes one word's sounds that the
// analyzer keeps apart as terms (the エイ/エー of variants.go aside). A
// loanword has two katakana spellings of some sounds (バーチャル and
// ヴァーチャル, ウェハー and ウエハー, フィルム and フイルム, ヘッドフォン and
// ヘッドホン, ファイヤー and ファイアー), and a counter's ka
// four (3カ月, 3ヶ月, 3か月, 3箇月). The reading field folds the katakana
// ones, but weighs katakana input's reading matches at katakanaReadingBoost
// (a loanword's reading also finds homophones in kanji), so an article
// with the other spelling had ranked at a fiftieth of one with the
// reader's, and a counter's ka is no reading: the spellings are searched
// as terms.

// variantBoost weighs the other spellings of a word against the word as
// written: nearly as much, as they are the same word.
const variantBoost = 0.9

// minSoundSpelling is the fewest characters of a word whose フォ/ホ and
// イア/イヤ are spellings of one sound: スマホ is no スマフォ, which an
// ended promotion on livedoor wrote thirteen times and had put first for
// スマホ.
const minSoundSpelling = 4

// maxVariants bounds the spellings of one term tried (each is looked up).
const maxVariants = 16

// spellingsTerm matches term, or any other spelling of it that articles
// have (termVariants) at variantBoost of w, in the title or the body. The
// spellings are clauses of one disjunction, weighed up by their number:
// bleve scales a disjunction's score by the share of its clauses that
// match, so an article with the word in both fields scores as it would
// by the word alone, and one with another spelling at variantBoost of
// that. (As an alternative of their own, the spellings had put the
// articles with them ahead: they matched it and the word's other
// alternatives, which counted the word's own articles down.)
func (c *compiler) spellingsTerm(term string, w weight) query.Query {
	return spellingsQuery(c.spellings(term), w)
}

// spelling is one way a word is written and the weight of its matches.
type spelling struct {
	term  string
	boost float64
}

// spellings returns the spellings of term that articles have: term
// itself, and its other spellings at variantBoost. A term no article has
// is left out when another spelling is there (ウインドウズ, which livedoor
// writes ウィンドウズ): a clause nothing matches would weigh the others
// up for nothing. Only term when there is nothing to look it up in.
func (c *compiler) spellings(term string) []spelling {
	own := []spelling{{term, 1}}
	if c.tc == nil {
		return own
	}
	var out []spelling
	for _, v := range termVariants(term) {
		if c.df(v) > 0 {
			out = append(out, spelling{v, variantBoost})
		}
	}
	if len(out) == 0 {
		return own
	}
	if c.df(term) > 0 {
		out = append(own, out...)
	}
	return out
}

// spellingTerms returns the terms of sp.
func spellingTerms(sp []spelling) []string {
	out := make([]string, len(sp))
	for i, s := range sp {
		out[i] = s.term
	}
	return out
}

// spellingsQuery is spellingsTerm for the spellings of a word.
func spellingsQuery(sp []spelling, w weight) query.Query {
	if len(sp) == 1 {
		return fieldsTerm(sp[0].term, weight{w.title * sp[0].boost, w.body * sp[0].boost})
	}
	k := float64(len(sp))
	var qs []query.Query
	for _, s := range sp {
		for _, f := range []struct {
			name  string
			boost float64
		}{{fieldTitle, w.title * k * s.boost}, {fieldBody, w.body * k * s.boost}} {
			t := bleve.NewTermQuery(s.term)
			t.SetField(f.name)
			t.SetBoost(f.boost)
			qs = append(qs, t)
		}
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// scriptBoost weighs a name in the other script of a synonym pair
// (NVIDIA, エヌビディア): below a spelling variant, as articles often
// write both, and one that does gets both clauses (a synonym's weight,
// a fifth, had put an article that says the name once as typed above
// one about it that writes it the other way).
const scriptBoost = 0.5

// synonymSpellings matches a word of one token that has synonyms: the
// word's other spellings weigh nearly as much as it, and not again as
// synonyms (バーチャル,ヴァーチャル); a name's other script half as much
// (see scriptBoost). It returns the word's clause, the synonyms left to
// search as such, and the articles that have a synonym taken as a
// spelling as a tag only (or nil).
func (c *compiler) synonymSpellings(tok analyzer.Token, term string, others []synonym) (word query.Query, kept []synonym, tagged query.Query) {
	sp := c.spellings(term)
	for _, o := range others {
		if len(o.terms) == 1 && !slices.Contains(spellingTerms(sp), o.terms[0]) && transliterated(tok.Surface, o.text) && c.df(o.terms[0]) > 0 {
			sp = append(sp, spelling{o.terms[0], scriptBoost})
		}
	}
	var tags []query.Query
	for _, o := range others {
		if len(o.terms) != 1 || !slices.Contains(spellingTerms(sp), o.terms[0]) {
			kept = append(kept, o)
		} else if tag, ok := c.tagAlt(o.text).(*query.TermQuery); ok {
			tags = append(tags, tagOnly(tag, fieldsTerm(o.terms[0], alt(1)), tagFindBoost*synonymBoost*2))
		}
	}
	w := exact(1)
	if len(others) > 0 && len(kept) == 0 && len(tags) == 0 {
		// The synonyms' clause, gone, had halved the word beside the
		// other words of the query (bleve scales a disjunction by the
		// share of its clauses that match): its weight stays as it was.
		w = exact(0.5)
	}
	if len(tags) > 0 {
		tagged = disjunction(tags)
	}
	return spellingsQuery(sp, w), kept, tagged
}

// spellingsPhrase is termPhrase with each term's other spellings that
// articles have at its place (3ヶ月 for 3カ月). A place's spellings count
// alike (bleve scores a phrase by its terms' disjunction there, scaled
// by the share that match), weighed up by their number.
func (c *compiler) spellingsPhrase(toks []analyzer.Token, w weight) query.Query {
	terms := phraseTerms(toks)
	if c.tc == nil || len(terms) > maxPhraseTerms {
		return termsPhrase(terms, w)
	}
	per, k, other := make([][]string, len(terms)), 1, false
	for i, t := range terms {
		if t == "" {
			continue // a gap
		}
		per[i] = spellingTerms(c.spellings(t))
		k = max(k, len(per[i]))
		other = other || len(per[i]) > 1 || per[i][0] != t
	}
	if !other {
		return termsPhrase(terms, w)
	}
	title := query.NewMultiPhraseQuery(per, fieldTitle)
	title.SetBoost(w.title * float64(k))
	body := query.NewMultiPhraseQuery(per, fieldBody)
	body.SetBoost(w.body * float64(k))
	return bleve.NewDisjunctionQuery(title, body)
}

// counterHeads are the ways a counter's ka is written (3カ月, 3ヶ月, 3ヵ月,
// 3か月, 3箇月; Fold makes ヶ ケ and ヵ カ), counterTails the counters so
// written.
var (
	counterHeads = []rune{'カ', 'ケ', 'か', '箇'}
	counterTails = []rune{'月', '所', '国', '年', '条'}
)

// spelledCounter reports whether term is a counter whose ka is written
// several ways (カ月, ケ所, か国).
func spelledCounter(term string) bool {
	rs := []rune(term)
	return len(rs) == 2 && slices.Contains(counterHeads, rs[0]) && slices.Contains(counterTails, rs[1])
}

// termVariants returns the other spellings of a term that fold to the
// same sounds (analyzer.ReadingPrefix), at most maxVariants: ヴ and the
// B row, a small vowel and a full one after the consonants that take one
// in loanwords, and the ways a counter's ka is written.
func termVariants(term string) []string {
	rs := []rune(term)
	if spelledCounter(term) {
		var out []string
		for _, h := range counterHeads {
			if h != rs[0] {
				out = append(out, string([]rune{h, rs[1]}))
			}
		}
		return out
	}
	if !strings.ContainsFunc(term, isKatakanaLetter) {
		return nil
	}
	// The spellings of each character (or ヴ and its small vowel), one
	// after another.
	var choices [][]string
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 'ヴ' && strings.ContainsRune("ァィェォ", next):
			b := string(bRow[strings.IndexRune("ァィェォ", next)/len("ァ")])
			choices = append(choices, []string{string(rs[i : i+2]), b})
			i++
		case r == 'ヴ':
			choices = append(choices, []string{"ヴ", "ブ"})
		case r == 'フ' && next == 'ォ' && i > 0 && len(rs) >= minSoundSpelling:
			// ヘッドフォン and ヘッドホン, プラットフォーム and プラットホーム
			// (not first: ホーム, home, is no フォーム, form).
			choices = append(choices, []string{"フォ", "フオ", "ホ"})
			i++
		case r == 'ホ' && i > 0 && isKatakanaLetter(rs[i-1]) && len(rs) >= minSoundSpelling:
			choices = append(choices, []string{"ホ", "フォ"})
		case (r == 'ヤ' || r == 'ア') && i > 1 && rs[i-1] == 'イ' && len(rs) >= minSoundSpelling:
			// ファイヤー and ファイアー, ダイヤモンド and ダイアモンド.
			choices = append(choices, []string{string(r), string('ヤ' + 'ア' - r)})
		case strings.ContainsRune("バビベボ", r):
			v := "ヴ" + string(smallVowel[strings.IndexRune("バビベボ", r)/len("バ")])
			choices = append(choices, []string{string(r), v})
		case r == 'ブ' && i > 0:
			choices = append(choices, []string{"ブ", "ヴ"})
		case i > 0 && strings.ContainsRune("ァィゥェォ", r) && isKatakanaLetter(rs[i-1]):
			choices = append(choices, []string{string(r), string(fullKana(r))})
		case i > 0 && strings.ContainsRune(smallAfter[rs[i-1]], smallKana(r)):
			choices = append(choices, []string{string(r), string(smallKana(r))})
		default:
			choices = append(choices, []string{string(r)})
		}
	}
	spellings := []string{""}
	for _, ch := range choices {
		var next []string
		for _, s := range spellings {
			for _, c := range ch {
				if len(next) < maxVariants+1 {
					next = append(next, s+c)
				}
			}
		}
		spellings = next
	}
	out := spellings[:0]
	for _, s := range spellings {
		if s != term {
			out = append(out, s)
		}
	}
	return out
}

var (
	bRow       = []rune("バビベボ")
	smallVowel = []rune("ァィェォ")
)

// smallAfter lists, for a katakana consonant, the small vowels loanwords
// write after it that older spellings write full-size (ウィ/ウイ, フィ/フイ,
// ティ/テイ, シェ/シエ).
var smallAfter = map[rune]string{
	'ウ': "ィェォ", 'フ': "ァィェォ", 'テ': "ィ", 'デ': "ィ", 'ト': "ゥ", 'ド': "ゥ",
	'シ': "ェ", 'ジ': "ェ", 'チ': "ェ", 'ツ': "ァィェォ", 'ク': "ァィェォ", 'グ': "ァ", 'イ': "ェ",
}

// smallKana returns the small form of a full-size vowel, or 0.
func smallKana(r rune) rune {
	if i := strings.IndexRune("アイウエオ", r); i >= 0 {
		return []rune("ァィゥェォ")[i/len("ア")]
	}
	return 0
}

// fullKana returns the full-size form of a small vowel.
func fullKana(r rune) rune {
	return []rune("アイウエオ")[strings.IndexRune("ァィゥェォ", r)/len("ァ")]
}

package index

import (
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Words of a search-box query that belong together though typed apart
// (see joined): a name and its model number (iOS 6, スイッチ 2), English
// words the glossary or the synonyms name together (bank of japan), a
// katakana name typed apart (ジャパン モビリティ ショー), a name with a
// synonym typed as two (任天堂 スイッチ).

// modelNumber returns the word after words[i] when it is a number that
// goes with w, a Latin name (iOS 6, Windows 8, iPhone 4S), or starts with
// one that a particle follows (5を発売: the number, and を発売 as rest).
func modelNumber(w Word, words []Node, i int) (number Word, rest string, ok bool) {
	next, ok := plainNext(w, words, i)
	if !ok {
		return Word{}, "", false
	}
	last, first := analyzer.Fold(w.Text), analyzer.Fold(next.Text) // either may fold to nothing (U+200B)
	if last == "" || !isASCIILetter(rune(last[len(last)-1])) {
		return Word{}, "", false
	}
	if isModelNumber(first) {
		return next, "", true
	}
	cut := strings.IndexFunc(first, func(r rune) bool { return r >= utf8.RuneSelf })
	if r, _ := utf8.DecodeRuneInString(first[max(cut, 0):]); cut > 0 && isHiraganaLetter(r) && isModelNumber(first[:cut]) {
		return Word{Text: first[:cut]}, first[cut:], true
	}
	return Word{}, "", false
}

// plainNext returns the word after words[i] when w and it are plain
// words, neither quoted nor scoped to a field: words a name may join.
func plainNext(w Word, words []Node, i int) (Word, bool) {
	if w.Phrase || i+1 >= len(words) {
		return Word{}, false
	}
	next, ok := words[i+1].(Word)
	if !ok || next.Phrase || next.Field != "" {
		return Word{}, false
	}
	return next, true
}

// katakanaModel returns the word after words[i] when it is a model's
// number of one to three digits (not a year) and w, a word that ends in
// katakana, its name (スイッチ 2).
func katakanaModel(w Word, words []Node, i int) (Word, bool) {
	next, ok := plainNext(w, words, i)
	if !ok {
		return Word{}, false
	}
	last, first := analyzer.Fold(w.Text), analyzer.Fold(next.Text)
	r, _ := utf8.DecodeLastRuneInString(last)
	if !isKatakanaLetter(r) && r != 'ー' || len(first) == 0 || len(first) > 3 || strings.ContainsFunc(first, func(r rune) bool { return r < '0' || r > '9' }) {
		return Word{}, false
	}
	return next, true
}

// isModelNumber reports whether s is a model's number as typed after its
// name: digits (a version's dots among them) and at most two letters (6,
// 17, 4s, 4.0), not a quantity (30gb,
// 4,200円, 1万円): ahamo 30GB is ahamo and 30GB.
func isModelNumber(s string) bool {
	i := 0
	for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '.' && i > 0 && i+1 < len(s)) {
		i++ // (4.0 of Android 4.0)
	}
	letters := s[i:]
	if i == 0 || len(letters) > 2 || strings.ContainsFunc(letters, func(r rune) bool { return !isASCIILetter(r) }) {
		return false
	}
	return !quantityUnits[letters]
}

// quantityUnits are the units a number typed after a name may have.
var quantityUnits = map[string]bool{
	"gb": true, "mb": true, "tb": true, "kb": true, "pb": true, "mm": true, "cm": true, "km": true,
	"kg": true, "mg": true, "hz": true, "w": true, "kw": true, "mw": true, "gw": true, "v": true,
	"nm": true, "ms": true, "h": true, "m": true, "g": true, "t": true, "l": true, "ml": true,
}

// latinPair returns the word after words[i] when both are Latin words
// that articles write as one (OpenAI for "open ai", ML-KEM for "ml kem").
func (c *compiler) latinPair(w Word, words []Node, i int) (Word, bool) {
	next, ok := plainNext(w, words, i)
	if !ok || c.tc == nil {
		return Word{}, false
	}
	a, b := analyzer.Fold(w.Text), analyzer.Fold(next.Text)
	if !isLatinWord(a) || !isLatinWord(b) || len(a)+len(b) > maxAkaLatin || queryFunctionWords[a] && queryFunctionWords[b] {
		// (Two words of English grammar are no name, The Verge is: as a
		// of software as a service had been required as asa.)
		return Word{}, false
	}
	if c.df(analyzer.WordTerm(a+b)) > 0 || c.df(analyzer.WordTerm(a+"-"+b)) > 0 {
		return next, true
	}
	if len(c.akaOthers(analyzer.WordTerm(a+b))) > 0 {
		// A name of two words an article glosses a katakana name with
		// (アイオーコア（AIO CORE）): one word, found in the articles that
		// write only the katakana too.
		return next, true
	}
	if c.namedRun(words, i+1) > 1 {
		// The next word starts words the glossary or the synonyms name
		// together: those are one, and this word one of its own (EV
		// charging stations is EV and 充電スタンド; paired by sound, ev
		// charging had left stations alone, ステーション of a hydrogen
		// truck's story the one article found).
		return Word{}, false
	}
	if c.readsAsWords(w.Text) && c.readsAsWords(next.Text) {
		// Romaji of words the articles have (kagawa shinji: 香川真司),
		// not an English name.
		return Word{}, false
	}
	ta, tb := analyzer.WordTerm(a), analyzer.WordTerm(b)
	if dfa, dfb := c.df(ta), c.df(tb); dfa == 0 || dfb == 0 {
		// Two English words, one or both of which no article has: one
		// loanword the articles write in katakana, when it sounds like
		// one (world cup is ワールドカップ, dragon quest ドラゴンクエスト
		// where other articles have Meta Quest; tokyo osaka stay two,
		// each found by reading).
		if q := c.soundAlt(a + " " + b); q != nil && c.matches(q) {
			return next, true
		}
	} else if rc, ok := c.tc.(*readerCounter); ok && !queryFunctionWords[a] && !queryFunctionWords[b] && !c.matches(conjunction([]query.Query{fieldsTerm(ta, exact(1)), fieldsTerm(tb, exact(1))})) {
		// Each in some articles, the two in none: a name more articles
		// write in katakana than either word as typed, when it sounds
		// nearly the same (bill gates is ビル・ゲイツ where a few others
		// have a bill or gates; nano sandy of "zbox nano sandy bridge"
		// stays two, flying car is no フィーリング: no part of it starts
		// as car does; nor is a word of English grammar part of a name:
		// ransomware as).
		//
		// A name that sounds the same to within maxSoundDistanceSeen
		// needs no more articles than either word (thomas horn is
		// トーマス・ホーン, of one interview, where eight articles have a
		// Thomas and five a horn, none both: the two had relaxed to
		// those).
		pair := a + " " + b
		if q := c.soundAlt(pair); q != nil {
			if near := c.nearest[pair]; near.distance <= maxSoundDistancePair && splitsAsPair(a, b, near.word) && (near.distance <= maxSoundDistanceSeen || rc.countQuery(q) >= max(dfa, dfb)) {
				return next, true
			}
		}
	}
	// (A name of two words with a synonym, Rocket Lab for ロケットラボ, is
	// namedRun's.)
	return Word{}, false
}

// katakanaRun returns how many words from words[i] on (two or more) are
// katakana words typed apart that no article has together and some has
// run into one (ジャパン モビリティ ショー: ジャパンモビリティショー2025,
// which kagome cuts ジャパン|モビリティショー; each word is in some livedoor
// article, and the three had relaxed to a fashion ショー), to be searched
// as one word; 0 when none are.
func (c *compiler) katakanaRun(words []Node, i int) int {
	if c.tc == nil {
		return 0
	}
	var texts []string
	for _, x := range words[i:min(len(words), i+maxNamedRun)] {
		w, ok := x.(Word)
		if !ok || w.Phrase || w.Field != "" || !katakanaWord(analyzer.Fold(w.Text)) {
			break
		}
		texts = append(texts, analyzer.Fold(w.Text))
	}
	for n := len(texts); n > 1; n-- {
		var apart []query.Query
		for _, t := range texts[:n] {
			for _, term := range tokenTerms(indexed(c.tokens(t))) {
				apart = append(apart, fieldsTerm(term, exact(1)))
			}
		}
		if len(apart) == 0 || c.matches(conjunction(apart)) {
			return 0 // (together somewhere: as typed, and a shorter run is too)
		}
		if q := bigramQuery(strings.Join(texts[:n], "")); q != nil && c.matches(q) {
			return n
		}
	}
	return 0
}

// synonymPair returns the word after words[i] when the two name a
// synonym entry together, typed apart (アップル ウォッチ, 電気 自動車) or
// the first in another of its spellings (任天堂 スイッチ, nintendo スイッチ
// for ニンテンドースイッチ), and some article has another spelling of it
// (Nintendo Switch): one word, the entry's other spellings then search
// with it. Apart, each word had been searched alone, and the articles
// that write the name otherwise were not found.
func (c *compiler) synonymPair(w Word, words []Node, i int) (Word, bool) {
	next, ok := plainNext(w, words, i)
	if !ok || c.syn == nil || c.tc == nil {
		return Word{}, false
	}
	// (Each word's tokens once per query: c.tokens keeps them.)
	a, b := tokenTerms(indexed(c.tokens(analyzer.Fold(w.Text)))), tokenTerms(indexed(c.tokens(analyzer.Fold(next.Text))))
	if len(a) == 0 || len(b) == 0 {
		return Word{}, false
	}
	// Joined, as the entry is written (ニンテンドー スイッチ is
	// ニンテンドースイッチ, whose ー a term of ニンテンドー alone drops), else
	// with the first word in another of its spellings.
	var group []synonym
	if terms := c.terms(joinWords(w.Text, next.Text)); len(terms) > 0 {
		if end, others := c.syn.match(terms, 0); end == len(terms) {
			group = others
		}
	}
	if group == nil && len(a) == 1 {
		group = c.across(a[0], analyzer.Fold(next.Text))
	}
	if group == nil {
		return Word{}, false
	}
	return next, c.matches(c.synonymsQuery(group))
}

// joinWords joins two words typed apart as one is written: with a space
// between Latin letters (Apple Watch), without one otherwise.
func joinWords(a, b string) string {
	if r, _ := utf8.DecodeRuneInString(b); isASCIILetter(r) && a != "" && isASCIILetter(rune(a[len(a)-1])) {
		return a + " " + b
	}
	return a + b
}

// romajiParticles are the particles a reader types in romaji between
// words before converting them (saikyou no futari, 最強の二人), and the
// な that joins an adjective of kanji to its noun (kimyou na bouken,
// 奇妙な冒険: searched, na had been a word no article has, and the query
// relaxed to articles with either word).
var romajiParticles = map[string]bool{
	"no": true, "wo": true, "o": true, "ga": true, "ni": true, "de": true, "to": true, "wa": true,
	"ha": true, "mo": true, "he": true, "e": true, "ya": true, "kara": true, "made": true, "na": true,
}

// romajiParticle reports whether words[i] is a romaji particle between
// two words of romaji that read as words the articles have: a word of
// grammar, left out as の is in 最強の二人. Searched, it had been the
// English no (No.1) and paired with the word before as a name
// (saikyou no: シャキーン); the article ranked 31st, 2nd without it.
func (c *compiler) romajiParticle(words []Node, i int) bool {
	w, ok := words[i].(Word)
	if !ok || w.Phrase || w.Field != "" || i == 0 || !romajiParticles[analyzer.Fold(w.Text)] {
		return false
	}
	prev, ok := words[i-1].(Word)
	if !ok || prev.Phrase || prev.Field != "" {
		return false
	}
	next, ok := plainNext(w, words, i)
	return ok && isLatinWord(analyzer.Fold(prev.Text)) && isLatinWord(analyzer.Fold(next.Text)) &&
		c.readsAsWords(prev.Text) && c.readsAsWords(next.Text)
}

// readsAsWords reports whether text is romaji whose reading articles have.
func (c *compiler) readsAsWords(text string) bool {
	q := c.romajiAlt(text)
	return q != nil && c.matches(q)
}

// maxNamedRun is the most words of a query namedRun joins (Organization
// of the Petroleum Exporting Countries).
const maxNamedRun = 6

// namedRun returns how many words from words[i] on (two or more) are
// English words that a synonym or glossary entry names as a whole
// (quantum computer, post-quantum cryptography, Bank of Japan); 0 when
// none is.
func (c *compiler) namedRun(words []Node, i int) int {
	var texts []string
	for _, x := range words[i:min(len(words), i+maxNamedRun)] {
		w, ok := x.(Word)
		if !ok || w.Phrase || w.Field != "" || !isEnglishWord(analyzer.Fold(w.Text)) {
			break
		}
		texts = append(texts, w.Text)
	}
	// The words' terms one by one first, each analysed once however many
	// runs it is in: a run whose words name nothing is not analysed
	// whole (32 words of made-up English cost 20 ms of analyses).
	var each []string
	var ends []int
	for _, t := range texts {
		if c.wordTerms == nil {
			c.wordTerms = map[string][]string{}
		}
		ts, ok := c.wordTerms[t]
		if !ok {
			ts = c.terms(t)
			c.wordTerms[t] = ts
		}
		each = append(each, ts...)
		ends = append(ends, len(each))
	}
	for n := len(texts); n > 1; n-- {
		if end, _ := c.syn.match(each[:ends[n-1]], 0); end < ends[n-1] || ends[n-1] == 0 {
			continue
		}
		terms := c.terms(strings.Join(texts[:n], " "))
		end, others := c.syn.match(terms, 0)
		if len(terms) == 0 || end < len(terms) {
			continue
		}
		// Only when some article has the whole (ammonia co-firing is
		// アンモニア混焼, which articles write アンモニア20%混焼: the
		// words apart find them).
		alts := []query.Query{conjunction(exactUnits(terms, nil))}
		if q := c.synonymsQuery(others); q != nil {
			alts = append(alts, q)
		}
		if c.matches(disjunction(alts)) {
			return n
		}
	}
	return 0
}

// isEnglishWord reports whether s is a word of ASCII letters, with digits
// (5g, x1) or a hyphen inside (post-quantum, e-sports).
func isEnglishWord(s string) bool {
	return isLatinWord(strings.ReplaceAll(s, "-", "")) && s[0] != '-' && s[len(s)-1] != '-'
}

// isLatinWord reports whether s is ASCII letters and digits with a letter.
func isLatinWord(s string) bool {
	return strings.ContainsFunc(s, isASCIILetter) && !strings.ContainsFunc(s, func(r rune) bool { return !isASCIILetter(r) && (r < '0' || r > '9') })
}

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

package index

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Compiling a search-box query: the words a reader typed, each with its
// alternatives, grouped into units that a relaxed search can OR.

// plainWords returns the words of a search-box query (words, phrases,
// exclusions, no fields), or false when n uses more.
func (c *compiler) plainWords(n Node) ([]Node, bool) {
	var xs []Node
	switch x := n.(type) {
	case And:
		xs = x.Xs
	default:
		xs = []Node{n}
	}
	var out []Node
	for _, x := range xs {
		nt, not := x.(Not)
		if not {
			x = nt.X
		}
		w, ok := x.(Word)
		if !ok || w.Field != "" {
			return nil, false
		}
		if m := kanaNumber.FindStringSubmatch(analyzer.Fold(w.Text)); m != nil && !not && !w.Phrase {
			if kata := c.loanwordKana(m[1]); kata != "" {
				// A loanword the articles write in katakana with its
				// number (すいっち2): searched as the katakana typed so,
				// a model's name and number (Switch 2 too).
				out = append(out, Word{Text: kata + m[2]})
				continue
			}
			// Kana typed before conversion and the number after it
			// (あいふぉん17, ぷれすて5) are two words, as when typed
			// with a space: kagome reads the kana whole only alone.
			out = append(out, Word{Text: m[1]}, Word{Text: m[2]})
			continue
		}
		if m := numberKana.FindStringSubmatch(analyzer.Fold(w.Text)); m != nil && !not && !w.Phrase {
			// A number and kana typed before conversion after it: its
			// counters as the articles write them (10おくえん is 10億円,
			// 3かげつ 3カ月), and the kana after them a word of their own
			// (2024ねんもんだい: 2024年 もんだい); read together, the kana
			// had found nothing.
			number, rest := m[1]+counterKanji(&m[2]), m[2]
			switch {
			case number != m[1] && rest == "":
				out = append(out, Word{Text: number})
				continue
			case number != m[1] || utf8.RuneCountInString(rest) >= 3:
				out = append(out, Word{Text: number}, Word{Text: rest})
				continue
			}
		}
		if not {
			out = append(out, nt)
		} else {
			out = append(out, w)
		}
	}
	return out, true
}

// numberKana matches a number with hiragana after it (2024ねんもんだい).
var numberKana = regexp.MustCompile(`^([0-9][0-9.]*)([\p{Hiragana}ー]+)$`)

// numberCounters are the readings of the counters and units a number takes, as
// the articles write them, the longest of a start first.
var numberCounters = []struct{ kana, written string }{
	{"ぱーせんと", "%"}, {"しゅうかん", "週間"}, {"かげつ", "カ月"}, {"ねんかん", "年間"}, {"ねんど", "年度"},
	{"じかん", "時間"}, {"びょう", "秒"}, {"ちょう", "兆"}, {"ごうき", "号機"}, {"ねん", "年"}, {"がつ", "月"},
	{"にち", "日"}, {"ふん", "分"}, {"ぷん", "分"}, {"えん", "円"}, {"どる", "ドル"}, {"おく", "億"},
	{"まん", "万"}, {"にん", "人"}, {"かい", "回"}, {"だい", "台"}, {"ばい", "倍"}, {"さい", "歳"},
	{"けん", "件"}, {"しゃ", "社"}, {"ごう", "号"}, {"わり", "割"}, {"ほん", "本"}, {"ぽん", "本"},
	{"ぼん", "本"}, {"まい", "枚"}, {"ど", "度"},
}

// counterKanji returns the counters that start *kana as written (おくえん:
// 億円), taking them off it; "" when none does.
func counterKanji(kana *string) string {
	var b strings.Builder
	for {
		i := slices.IndexFunc(numberCounters, func(c struct{ kana, written string }) bool { return strings.HasPrefix(*kana, c.kana) })
		if i < 0 {
			return b.String()
		}
		b.WriteString(numberCounters[i].written)
		*kana = (*kana)[len(numberCounters[i].kana):]
	}
}

// kanaNumber matches hiragana of two or more characters with a number, and
// the Latin letters after it, written onto it.
var kanaNumber = regexp.MustCompile(`^([\p{Hiragana}ー]{2,})([0-9][0-9a-z.]*)$`)

// plainWord is a word of a search-box query: as typed, whether it is
// excluded, its folded text and its tokens.
type plainWord struct {
	w       Word
	exclude bool
	text    string
	all     []analyzer.Token
	piece   bool // a piece of a sentence typed as one word (see splitWords)
}

// plain compiles a search-box query into units that a relaxed search can
// OR when nothing has every word.
func (c *compiler) plain(words []Node) textQuery {
	var tq textQuery
	tq.empty = true // until a word to find turns up: -の alone is every article
	var ws []plainWord
	var toks []analyzer.Token // of the words to find, for optionalTokens
	var apart []bool          // of toks: optional beside any required word (see below)
	asks := false             // a word asks what something is (see asksWhat)
	clause := false           // a clause whose verb is dropped (see droppedVerbBetween)
	for i := 0; i < len(words); i++ {
		x := words[i]
		nt, exclude := x.(Not)
		if exclude {
			x = nt.X
		}
		w := x.(Word)
		if !exclude {
			tq.empty = false
			if next, rest, ok := modelNumber(w, words, i); ok {
				// "iOS 6", "Nexus 7": the number belongs to the name, as in
				// iOS6 or Nexus7; so does the number of "iPhone 5を発売",
				// the rest a word of its own.
				w.Text += " " + next.Text
				if rest == "" {
					i++
				} else {
					words = slices.Clone(words)
					words[i+1] = Word{Text: rest}
				}
			} else if next, ok := katakanaModel(w, words, i); ok {
				// "スイッチ 2", "ピクセル 10": a model, as スイッチ2 (see
				// modelPhrase).
				w.Text += next.Text
				i++
			} else if n := c.namedRun(words, i); n > 1 {
				// "quantum computer", "bank of japan": English words
				// the glossary or the synonyms name together.
				for _, x := range words[i+1 : i+n] {
					w.Text += " " + x.(Word).Text
				}
				i += n - 1
			} else if n := c.katakanaRun(words, i); n > 1 {
				// "ジャパン モビリティ ショー": one word, as written.
				for _, x := range words[i+1 : i+n] {
					w.Text += x.(Word).Text
				}
				i += n - 1
			} else if next, ok := c.latinPair(w, words, i); ok {
				// "open ai", "space x": articles write OpenAI, SpaceX;
				// "rocket lab" is a name with a synonym.
				w.Text += " " + next.Text
				i++
			} else if next, ok := c.synonymPair(w, words, i); ok {
				// "アップル ウォッチ", "任天堂 スイッチ": a name with a
				// synonym, typed as two words.
				w.Text += " " + next.Text
				i++
			}
		}
		text := analyzer.Fold(w.Text)
		if !w.Phrase {
			text = c.dashAsLongVowel(text)
		}
		all := c.tokens(text)
		// (Not kana alone, which kagome guesses at: the どう of じどう; but
		// いつ typed apart asks.)
		tq.question = tq.question || !exclude && (!analyzer.IsKana(text) && (isQuestion(indexed(all)) || asksYesNo(text, all)) || asksWhich(text))
		asks = asks || !exclude && !w.Phrase && asksWhat(text, nil)
		// A clause whose verb the analyzer drops as a word of grammar
		// (被害にあった企業は, 在庫がある店) is a sentence (see below).
		clause = clause || !exclude && !w.Phrase && droppedVerbBetween(all)
		if sentence, kana := c.splitWords(text, all); !exclude && !w.Phrase && sentence != nil {
			for _, s := range sentence {
				sall := c.tokens(s)
				ws = append(ws, plainWord{Word{Text: s}, false, s, sall, true})
				toks = append(toks, indexed(sall)...)
				apart = append(apart, make([]bool, len(indexed(sall)))...)
			}
			if !kana && len(indexed(all)) <= maxProximityTokens {
				// (The sentence as typed, a title quoted from memory.)
				tq.addNear(c.phrase(text, exact(proximityBoost)))
			}
			continue
		}
		ws = append(ws, plainWord{w, exclude, text, all, false})
		if !exclude && !w.Phrase {
			toks = append(toks, indexed(all)...)
			for _, t := range indexed(all) {
				// An intent word typed apart as the reader writes it (お勧め
				// is お and 勧める; おすすめ beside テレビ had been required),
				// and English grammar beside other words, not inside a
				// name the glossary joined (software as a service is SaaS).
				apart = append(apart, intentWords[text] || queryFunctionWords[t.Term] && !strings.Contains(w.Text, " "))
			}
		}
	}
	excluded := map[string]bool{}
	for _, pw := range ws {
		if pw.exclude {
			excluded[pw.text] = true
		}
	}
	for _, pw := range ws {
		if !pw.exclude && excluded[pw.text] && len(indexed(pw.all)) > 0 {
			// 量子 -量子: nothing can match, and no relaxed search should
			// find the parts of what the reader excluded.
			return textQuery{units: []query.Query{bleve.NewMatchNoneQuery()}}
		}
	}
	optional := optionalTokens(toks)
	required := false
	for i, o := range optional {
		required = required || !o && !apart[i]
	}
	for i := range optional {
		optional[i] = optional[i] || apart[i] && required
	}
	c.namedPhrases(ws, optional)
	c.compoundIntents(toks, optional)
	for i, verb := range plainVerbs(toks) {
		if optional[i] && verb && !questionVerbs[toks[i].Term] {
			// A sentence (夏っぽいメイクに変えるコツ) says how the reader
			// put it, as a question does: the few articles with every
			// word are followed by those with most.
			tq.question, tq.sentence = true, true
		}
	}
	if clause {
		tq.question, tq.sentence = true, true
	}
	if slices.ContainsFunc(toks, func(t analyzer.Token) bool { return degreeWords[t.Surface] }) && slices.Contains(optional, false) {
		// 一番速い, 最も泣ける asks which: the few articles with every
		// word are followed by those with most, as for a question
		// (一番 速い スーパーコンピュータ had listed one article).
		tq.question = true
	}
	explains := asks || asksWhat("", toks)
	explainOptional := slices.Clone(optional) // (the words below take optional apart)
	seen := map[string]bool{}
	finds := map[string]bool{} // a word typed again adds nothing (and costs as much)
	for _, pw := range ws {
		if !pw.exclude {
			finds[pw.text] = true
		}
	}
	c.oneWord = len(finds) == 1
	done := map[string]bool{}
	var spans []wordSpan // the units of each plain word, in order
	for _, pw := range ws {
		if c.ctxErr() != nil {
			break // (compile answers the context's error)
		}
		text, toks := pw.text, indexed(pw.all)
		if !pw.exclude && !pw.w.Phrase {
			spans = append(spans, wordSpan{text: text, from: len(tq.units)})
		}
		if !pw.exclude && !pw.w.Phrase && done[text] {
			optional = optional[len(toks):]
			continue
		}
		quoted := fmt.Sprintf("\x00%v\x00%s", pw.exclude, text) // (no word's text)
		if pw.w.Phrase && done[quoted] {
			continue // a phrase quoted twice (its tokens are not in toks)
		}
		done[text] = !pw.exclude && !pw.w.Phrase
		done[quoted] = pw.w.Phrase
		var date query.Query // a year or a month typed as a word
		if !pw.exclude && !pw.w.Phrase {
			date = c.dateUnit(text)
		}
		switch {
		case pw.exclude:
			if q := c.exclusion(text, pw.all, pw.w.Phrase); q != nil {
				tq.mustNot = append(tq.mustNot, q)
			}
		case pw.w.Phrase && len(toks) > 1:
			tq.units = append(tq.units, c.quotedPhrase(text, exact(1)))
			tq.quoted = true
			if !slices.ContainsFunc(toks, func(t analyzer.Token) bool { return !weakToken(t) }) {
				break // "4G" relaxed would be a 4 and a g anywhere
			}
			for _, t := range toks {
				u := fieldsTerm(t.Term, exact(1))
				if weakToken(t) {
					c.markWeak(u)
				}
				tq.relax = append(tq.relax, u)
			}
		case pw.w.Phrase:
			c.quoted = true
			c.namedWord(&tq, text, pw.all, nil, seen)
			c.quoted = false
		case date != nil:
			tq.units = append(tq.units, date)
			tq.relax = append(tq.relax, date)
			c.markWeak(date)
			optional = optional[len(toks):]
		default:
			if n := len(toks); n > 1 && optional[n-1] && nameSuffixes[toks[n-1].Surface] && toks[n-1].End == len(text) {
				// The name is the word (スペースエックス社 sounds like
				// SpaceX as スペースエックス does); the suffix only adds.
				tq.should = append(tq.should, fieldsTerm(toks[n-1].Term, exact(1)))
				name := text[:toks[n-1].Start]
				c.namedWord(&tq, name, c.tokens(name), optional[:n-1], seen)
			} else {
				c.piece = pw.piece
				c.namedWord(&tq, text, pw.all, optional[:len(toks)], seen)
				c.piece = false
			}
			optional = optional[len(toks):]
		}
		if n := len(spans); n > 0 && spans[n-1].to == 0 && spans[n-1].text == text {
			spans[n-1].to = len(tq.units)
		}
	}
	if explains {
		// (After the words: how a word typed in kana reads, and the word
		// a typo stands for, are known once it is compiled.)
		tq.explains = c.explainerClause(c.explainerParts(ws, toks, explainOptional))
	}
	c.tagsAcross(&tq, spans)
	var wordToks [][]analyzer.Token
	var texts []string
	for _, pw := range ws {
		if !pw.exclude {
			wordToks = append(wordToks, indexed(pw.all))
			texts = append(texts, withoutParticles(pw.text, pw.all))
		}
	}
	tq.pieces = pieceTerms(wordToks)
	tags := tagShould(texts, c.tc)
	had := map[string]bool{}
	for _, w := range texts {
		had[analyzer.WordTerm(w)] = true
	}
	for _, w := range c.spelledAs {
		// An article tagged with the word as the reader meant it (てすら
		// typed for テスラ) is about it, as when typed so: the roundup
		// that mentions it no longer ranks first.
		if t := analyzer.WordTerm(w); !had[t] {
			had[t] = true
			tags = append(tags, tagShould([]string{w}, c.tc)...)
		}
	}
	if syn := c.synonymTags(texts, had); len(syn) > 0 {
		// An article tagged with a word's synonym is about it too
		// (オープンAI ソフトバンク: the joint venture's articles, tagged
		// OpenAI, above one tagged ソフトバンク that mentions OpenAI once):
		// a bonus of its own, so an article tagged with the word as typed
		// keeps all of its own.
		tq.synTags = boosted(disjunction(syn), synonymBoost)
	}
	if len(texts) > 1 {
		texts = append(texts, strings.Join(texts, " ")) // (the words together may name one)
	}
	for _, text := range texts {
		if q := c.categoryQuery(text, tagBoost, true); q != nil {
			tags = append(tags, q) // a category is a tag all its articles have
		} else if q := c.categoryQuery(romajiKana(text), tagBoost, true); q != nil {
			tags = append(tags, q) // (jidou unten names 自動運転 as じどううんてん does)
		}
	}
	if len(tags) > 0 {
		// One clause, apart from the other bonuses: bleve scales the
		// bonuses of one clause by the share of them an article has, and
		// beside them a tag no article but one has halved the words side
		// by side of every other (東京大学 ranked 東京 in a title and
		// 大学 in the body above 東京大学 itself).
		tq.tags = disjunction(tags)
	}
	tq.weak = c.weak
	tq.spare = c.spare
	tq.named = c.named
	return tq
}

// weakToken reports whether a token finds nothing worth reading on its
// own: a number, or one Latin letter.
func weakToken(t analyzer.Token) bool {
	return t.Class == "number" || len(t.Term) == 1 && isASCIILetter(rune(t.Term[0]))
}

// pieceTerms returns the terms of single characters that are one token of
// a word of several and no word on their own (see textQuery.pieces).
func pieceTerms(words [][]analyzer.Token) map[string]bool {
	pieces, whole := map[string]bool{}, map[string]bool{}
	for _, toks := range words {
		for _, t := range toks {
			switch {
			case len(toks) == 1:
				whole[t.Term] = true
			case utf8.RuneCountInString(t.Term) == 1:
				pieces[t.Term] = true
			}
		}
	}
	for t := range whole {
		delete(pieces, t)
	}
	return pieces
}

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
		pair := a + " " + b
		if q := c.soundAlt(pair); q != nil {
			if near := c.nearest[pair]; near.distance <= maxSoundDistancePair && splitsAsPair(a, b, near.word) && rc.countQuery(q) >= max(dfa, dfb) {
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
	if terms := c.an.Terms(joinWords(w.Text, next.Text)); len(terms) > 0 {
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
			ts = c.an.Terms(t)
			c.wordTerms[t] = ts
		}
		each = append(each, ts...)
		ends = append(ends, len(each))
	}
	for n := len(texts); n > 1; n-- {
		if end, _ := c.syn.match(each[:ends[n-1]], 0); end < ends[n-1] || ends[n-1] == 0 {
			continue
		}
		terms := c.an.Terms(strings.Join(texts[:n], " "))
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

// maxDashWords bounds the words of a query checked for a dash typed for
// ー: each check is two searches.
const maxDashWords = 3

// dashes are the marks typed for a katakana long vowel from a keyboard
// outside kana input (after NFKC: － is -).
const dashes = "-‐–—―−─"

// dashAsLongVowel returns text with a dash after a katakana letter read
// as ー (スタ-リンク is スターリンク), or romaji with a dash after a vowel
// in katakana (suta-rinku, as a romaji keyboard types スターリンク before
// conversion), when the articles have it so and not as typed (romaji:
// whenever they do not have it as typed); text itself otherwise
// (テスラ-トヨタ is two names, e-mail a Latin word).
func (c *compiler) dashAsLongVowel(text string) string {
	rs := []rune(text)
	changed := false
	for i := 1; i < len(rs); i++ {
		if strings.ContainsRune(dashes, rs[i]) && isKatakanaLetter(rs[i-1]) &&
			(i+1 == len(rs) || isKatakanaLetter(rs[i+1]) || strings.ContainsRune(dashes, rs[i+1])) {
			rs[i] = 'ー'
			changed = true
		}
	}
	long := string(rs)
	romaji := false
	if !changed {
		long, changed = romajiDash(text)
		romaji = changed
	}
	if !changed || c.tc == nil || c.dashes >= maxDashWords {
		return text
	}
	c.dashes++
	if !c.matches(c.phrase(text, exact(1))) && (romaji || c.matches(c.phrase(long, exact(1)))) {
		// (Romaji no article has as typed is the katakana, whatever the
		// articles have: supe-suekkusu is スペースエックス, which sounds like
		// SpaceX, not supe and suekkusu, which had sounded like セックス.)
		return long
	}
	return text
}

// romajiDash returns romaji with a dash after a vowel between letters or
// at its end (sa-ba, konpyu-ta) in katakana, the dash as ー; false when
// text is no such romaji.
func romajiDash(text string) (string, bool) {
	if !isRomaji(text) || !strings.Contains(text, "-") {
		return "", false
	}
	for i := range len(text) {
		if text[i] == '-' && (i == 0 || !strings.ContainsRune("aiueo", rune(text[i-1]))) {
			return "", false
		}
	}
	kana, pending, ok := toKana(text)
	if pending == "n" {
		kana, pending = kana+"ン", ""
	}
	if !ok || pending != "" || !strings.Contains(kana, "ー") {
		return "", false
	}
	return kana, true
}

// droppedVerbBetween reports whether all, the tokens of a word typed,
// has a clause whose verb the analyzer does not index (ある, あう written
// in kana, する): the verb after a case particle or a noun of an action
// (被害に|あっ, 炎上|し), and a noun after it, past the auxiliaries (た,
// ない) and the verbs' other pieces (企業, 芸能人, 方法). Not kana kagome
// guessed at (すま|ほ|の), nor a verb that ends the text (施行|さ|れ|てる).
func droppedVerbBetween(all []analyzer.Token) bool {
	var toks []analyzer.Token
	for _, t := range all {
		if t.Class != "part" && t.Class != "shingle" {
			toks = append(toks, t)
		}
	}
	for i := 1; i < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if t.Term != "" || !strings.HasPrefix(t.POS, "動詞,自立") {
			continue
		}
		switch {
		case strings.HasPrefix(prev.POS, "助詞,格助詞") && i >= 2 && toks[i-2].Term != "":
		case prev.Term != "" && strings.HasPrefix(prev.POS, "名詞,サ変接続"):
		default:
			continue
		}
		for _, u := range toks[i+1:] {
			if u.Term == "" && (strings.HasPrefix(u.POS, "助動詞") || strings.HasPrefix(u.POS, "動詞")) {
				continue // (た, ない, れ)
			}
			if u.Term != "" && strings.HasPrefix(u.POS, "名詞") && !strings.HasPrefix(u.POS, "名詞,接尾") {
				return true
			}
			break
		}
	}
	return false
}

// namedPhrases keeps required every word of a word typed that is, whole,
// a term of the synonyms (空飛ぶ車, whose verb would otherwise be optional:
// its synonym 空飛ぶクルマ had not been searched, and the query relaxed to
// articles with 空 and 車). optional is of the tokens the words ws give,
// in order.
func (c *compiler) namedPhrases(ws []plainWord, optional []bool) {
	if c.syn == nil {
		return
	}
	k := 0
	for _, pw := range ws {
		if pw.exclude || pw.w.Phrase {
			continue
		}
		toks := indexed(pw.all)
		if n := len(toks); n > 1 && k+n <= len(optional) && slices.Contains(optional[k:k+n], true) {
			terms := make([]string, n)
			for i, t := range toks {
				terms[i] = t.Term
			}
			if end, _ := c.syn.match(terms, 0); end == n {
				clear(optional[k : k+n])
			}
		}
		k += len(toks)
	}
}

package index

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Compiling a search-box query: the words a reader typed, each with its
// alternatives, grouped into units that a relaxed search can OR.

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
	s := c.scanWords(&tq, words)
	if excludedToo(s.ws) {
		return textQuery{units: []query.Query{bleve.NewMatchNoneQuery()}}
	}
	optional := c.optionalWords(&tq, s)
	explains := s.asks || asksWhat("", s.toks)
	explainOptional := slices.Clone(optional) // (compileWords takes optional apart)
	spans := c.compileWords(&tq, s.ws, optional)
	if explains {
		// (After the words: how a word typed in kana reads, and the word
		// a typo stands for, are known once it is compiled.)
		tq.explains = c.explainerClause(c.explainerParts(s.ws, s.toks, explainOptional))
	}
	c.tagsAcross(&tq, spans)
	c.tagBonuses(&tq, s.ws)
	tq.weak = c.weak
	tq.spare = c.spare
	tq.named = c.named
	return tq
}

// plainScan is what scanWords finds in the words of a search-box query.
type plainScan struct {
	ws     []plainWord
	toks   []analyzer.Token // of the words to find, for optionalTokens
	apart  []bool           // of toks: optional beside any required word (see optionalWords)
	asks   bool             // a word asks what something is (see asksWhat)
	clause bool             // a clause whose verb is dropped (see droppedVerbBetween)
}

// scanWords folds and tokenizes the words of a search-box query, joins
// the words that belong together (see joined), and cuts a sentence typed
// as one word into its pieces (see splitWords). It notes on tq whether
// there is a word to find and whether the query is a question.
func (c *compiler) scanWords(tq *textQuery, words []Node) plainScan {
	var s plainScan
	for i := 0; i < len(words); i++ {
		x := words[i]
		nt, exclude := x.(Not)
		if exclude {
			x = nt.X
		}
		w := x.(Word)
		if !exclude {
			tq.empty = false
			w, words, i = c.joined(w, words, i)
		}
		text := analyzer.Fold(w.Text)
		if !w.Phrase {
			text = c.dashAsLongVowel(text)
		}
		all := c.tokens(text)
		// (Not kana alone, which kagome guesses at: the どう of じどう; but
		// いつ typed apart asks.)
		tq.question = tq.question || !exclude && (!analyzer.IsKana(text) && (isQuestion(indexed(all)) || asksYesNo(text, all)) || asksWhich(text))
		s.asks = s.asks || !exclude && !w.Phrase && asksWhat(text, nil)
		// A clause whose verb the analyzer drops as a word of grammar
		// (被害にあった企業は, 在庫がある店) is a sentence (see optionalWords).
		s.clause = s.clause || !exclude && !w.Phrase && droppedVerbBetween(all)
		if sentence, kana := c.splitWords(text, all); !exclude && !w.Phrase && sentence != nil {
			for _, piece := range sentence {
				sall := c.tokens(piece)
				s.ws = append(s.ws, plainWord{Word{Text: piece}, false, piece, sall, true})
				s.toks = append(s.toks, indexed(sall)...)
				s.apart = append(s.apart, make([]bool, len(indexed(sall)))...)
			}
			if !kana && len(indexed(all)) <= maxProximityTokens {
				// (The sentence as typed, a title quoted from memory.)
				tq.addNear(c.phrase(text, exact(proximityBoost)))
			}
			continue
		}
		s.ws = append(s.ws, plainWord{w, exclude, text, all, false})
		if !exclude && !w.Phrase {
			s.toks = append(s.toks, indexed(all)...)
			for _, t := range indexed(all) {
				// An intent word typed apart as the reader writes it (お勧め
				// is お and 勧める; おすすめ beside テレビ had been required),
				// and English grammar beside other words, not inside a
				// name the glossary joined (software as a service is SaaS).
				s.apart = append(s.apart, intentWords[text] || queryFunctionWords[t.Term] && !strings.Contains(w.Text, " "))
			}
		}
	}
	return s
}

// joined returns w with the words after it at i that belong to it (a
// model's number, an English name of several words, a katakana name typed
// apart, a name with a synonym typed as two), words (a copy when a word
// of it was cut), and the index of the last word used.
func (c *compiler) joined(w Word, words []Node, i int) (Word, []Node, int) {
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
	return w, words, i
}

// excludedToo reports whether a word to find is also excluded (量子 -量子):
// nothing can match, and no relaxed search should find the parts of what
// the reader excluded.
func excludedToo(ws []plainWord) bool {
	excluded := map[string]bool{}
	for _, pw := range ws {
		if pw.exclude {
			excluded[pw.text] = true
		}
	}
	for _, pw := range ws {
		if !pw.exclude && excluded[pw.text] && len(indexed(pw.all)) > 0 {
			return true
		}
	}
	return false
}

// optionalWords returns, for each token of the words to find, whether it
// only adds to the score (see optionalTokens), and notes on tq whether
// the query is a sentence or asks which.
func (c *compiler) optionalWords(tq *textQuery, s plainScan) []bool {
	optional := optionalTokens(s.toks)
	required := false
	for i, o := range optional {
		required = required || !o && !s.apart[i]
	}
	for i := range optional {
		optional[i] = optional[i] || s.apart[i] && required
	}
	c.namedPhrases(s.ws, optional)
	c.compoundIntents(s.toks, optional)
	for i, verb := range plainVerbs(s.toks) {
		if optional[i] && verb && !questionVerbs[s.toks[i].Term] {
			// A sentence (夏っぽいメイクに変えるコツ) says how the reader
			// put it, as a question does: the few articles with every
			// word are followed by those with most.
			tq.question, tq.sentence = true, true
		}
	}
	if s.clause {
		tq.question, tq.sentence = true, true
	}
	if slices.ContainsFunc(s.toks, func(t analyzer.Token) bool { return degreeWords[t.Surface] }) && slices.Contains(optional, false) {
		// 一番速い, 最も泣ける asks which: the few articles with every
		// word are followed by those with most, as for a question
		// (一番 速い スーパーコンピュータ had listed one article).
		tq.question = true
	}
	return optional
}

// compileWords compiles each plain word into tq (its units, exclusions,
// phrases, dates), consuming optional word by word, and returns the span
// of units of each word to find.
func (c *compiler) compileWords(tq *textQuery, ws []plainWord, optional []bool) []wordSpan {
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
			c.namedWord(tq, text, pw.all, nil, seen)
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
				c.namedWord(tq, name, c.tokens(name), optional[:n-1], seen)
			} else {
				c.piece = pw.piece
				c.namedWord(tq, text, pw.all, optional[:len(toks)], seen)
				c.piece = false
			}
			optional = optional[len(toks):]
		}
		if n := len(spans); n > 0 && spans[n-1].to == 0 && spans[n-1].text == text {
			spans[n-1].to = len(tq.units)
		}
	}
	return spans
}

// tagBonuses adds the bonuses for articles tagged with the words (as typed,
// as the reader meant them, by a synonym) or of a category they name.
func (c *compiler) tagBonuses(tq *textQuery, ws []plainWord) {
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

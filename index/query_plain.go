package index

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Compiling a search-box query: the words a reader typed, each with its
// alternatives, grouped into units that a relaxed search can OR. Which
// of them only add to the score is in query_optional.go, the bonuses for
// tags and categories in query_tags.go.

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
	if s.when && !tq.empty {
		// The いつ the analyzer dropped, as if it were a token: the words
		// that answer it add to the score (see questionAnswers).
		when := c.intentClause("いつ", true)
		tq.should = append(tq.should, when)
		tq.intents = append(tq.intents, when)
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
	ws    []plainWord
	toks  []analyzer.Token // of the words to find, for optionalTokens
	apart []bool           // of toks: optional beside any required word (see optionalWords)
	// kanaVerbs: of toks, the verbs typed in kana after a particle (see
	// kanaVerbAfterParticle), found in the word before it was cut into
	// a sentence's pieces.
	kanaVerbs []bool
	asks      bool // a word asks what something is (see asksWhat)
	clause    bool // a clause whose verb is dropped (see droppedVerbBetween)
	// when: a word not all kana asks when, and the analyzer dropped its
	// いつ (空飛ぶクルマはいつ実用化されるの: いつ after は is no token).
	when bool
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
		if !exclude && i+1 < len(words) && c.romajiParticle(words, i+1) {
			// (Before the word is joined to the next: saikyou no is no
			// name.)
			words = slices.Delete(slices.Clone(words), i+1, i+2)
		}
		if !exclude && !w.Phrase && w.Field == "" {
			if kana, latin, ok := kanaThenLatin(analyzer.Fold(w.Text)); ok {
				if kata := analyzer.ToKatakana(kana); c.compoundWord(kata+latin) != "" {
					// Kana typed for the first part of a Latin word
					// the articles have (まいくろLED: MicroLED): one
					// word, as its katakana typed (see compoundAlt).
					w.Text = kata + latin
				} else {
					// Kana typed onto a Latin name (ちゃっとGPT): the
					// two words, as if typed with a space between.
					words = slices.Insert(slices.Delete(slices.Clone(words), i, i+1), i, Node(Word{Text: kana}), Node(Word{Text: latin}))
					w = words[i].(Word)
				}
			}
			if date, rest, ok := c.dateWordOnto(analyzer.Fold(w.Text)); ok {
				// A date typed onto the next word (2025年9月第2週) that
				// no article has as typed: the two words, the date a
				// date word.
				words = slices.Insert(slices.Delete(slices.Clone(words), i, i+1), i, Node(Word{Text: date}), Node(Word{Text: rest}))
				w = words[i].(Word)
			}
			if dotted := c.katakanaSplit(analyzer.Fold(w.Text)); dotted != "" {
				// A katakana compound kagome cut at no word's end
				// (アンド|ロイドアプリ): its words, as if typed with a
				// middle dot between.
				w.Text = dotted
			}
			if l := letterAfterLetters(words, i); l != "" {
				// One letter's name after letters (えいちてぃーしー
				// じぇい, htc じぇい): the letter of a name (HTC J),
				// not a word that sounds like it (ジェイ of a rock
				// band's name).
				w.Text = l
			}
		}
		if !exclude {
			tq.empty = false
			w, words, i = c.joined(w, words, i)
		}
		text := analyzer.Fold(w.Text)
		if !w.Phrase {
			text = c.dashAsLongVowel(text)
		}
		// (all is c.tokens' slice, shared by every rule that reads the
		// word, and no rule writes to it: its indexed tokens are read
		// once.)
		all := c.tokens(text)
		toks := indexed(all)
		// (Not kana alone, which kagome guesses at: the どう of じどう; but
		// いつ typed apart asks.)
		tq.question = tq.question || !exclude && (!analyzer.IsKana(text) && (isQuestion(toks) || asksYesNo(text, all) || asksAbout(all)) || asksWhich(text))
		tq.asked = tq.asked || !exclude && !analyzer.IsKana(text) && isQuestion(toks)
		s.when = s.when || !exclude && !analyzer.IsKana(text) && askingWhen.MatchString(text) &&
			!slices.ContainsFunc(toks, func(t analyzer.Token) bool { return t.Term == "いつ" })
		s.asks = s.asks || !exclude && !w.Phrase && asksWhat(text, nil)
		// A clause whose verb the analyzer drops as a word of grammar
		// (被害にあった企業は, 在庫がある店) is a sentence (see optionalWords).
		s.clause = s.clause || !exclude && !w.Phrase && droppedVerbBetween(all)
		// (Not a category's name as written: 宇宙・航空, cut at its ・, had
		// found the article that says 宇宙 and 航空, not the category's,
		// which -宇宙・航空 excludes.)
		verbAt := kanaVerbStarts(toks)
		if sentence, kana := c.splitWords(text, all); !exclude && !w.Phrase && sentence != nil && c.categoriesNamed(text, false) == nil {
			at := 0
			for _, piece := range sentence {
				sall := c.tokens(piece)
				stoks := indexed(sall)
				s.ws = append(s.ws, plainWord{Word{Text: piece}, false, piece, sall, true})
				s.toks = append(s.toks, stoks...)
				s.apart = append(s.apart, make([]bool, len(stoks))...)
				if i := strings.Index(text[at:], piece); i >= 0 {
					at += i
				}
				for _, t := range stoks {
					s.kanaVerbs = append(s.kanaVerbs, verbAt[at+t.Start])
				}
				at += len(piece)
			}
			if !kana && len(toks) <= maxProximityTokens {
				// (The sentence as typed, a title quoted from memory.)
				tq.addNear(c.phrase(text, exact(proximityBoost)))
			}
			continue
		}
		s.ws = append(s.ws, plainWord{w, exclude, text, all, false})
		if !exclude && !w.Phrase {
			s.toks = append(s.toks, toks...)
			for _, t := range toks {
				s.kanaVerbs = append(s.kanaVerbs, verbAt[t.Start])
				// An intent word typed apart as the reader writes it (お勧め
				// is お and 勧める; おすすめ beside テレビ had been required),
				// and English grammar beside other words, not inside a
				// name the glossary joined (software as a service is SaaS)
				// nor a letter of a model number (a1, A4: the a of
				// アウディ a1 had been dropped, and the 1 alone found
				// every article with a 1 in it).
				s.apart = append(s.apart, intentWords[text] || queryFunctionWords[t.Term] && !strings.Contains(w.Text, " ") && t.Start == 0 && t.End == len(text))
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
	} else if name, ok := c.katakanaLatinName(w, words, i); ok {
		// "アローズ ミー": a name the articles write ARROWS Me, searched
		// as アローズ・ミー.
		w.Text = name
		i++
	} else if next, ok := c.latinPair(w, words, i); ok {
		// "open ai", "space x": articles write OpenAI, SpaceX;
		// "rocket lab" is a name with a synonym.
		w.Text += " " + next.Text
		i++
	} else if name, ok := c.kanaLatinPair(w, words, i); ok {
		// "さかな ai": a name the articles write Sakana AI.
		w.Text = name
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
	c.several = requiredWords(ws, optional) > 1
	done := map[string]bool{}
	var spans []wordSpan // the units of each plain word, in order
	before := ""         // the word typed before pw
	for _, pw := range ws {
		if c.ctxErr() != nil {
			break // (compile answers the context's error)
		}
		text, toks := pw.text, indexed(pw.all)
		prev := before
		before = text
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
			if date == nil && c.several && !strings.ContainsFunc(prev, isASCIILetter) {
				// (Alone, 2012 is the number; Windows 2000 is a name's.)
				date = c.yearUnit(text)
			}
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

// weakToken reports whether a token finds nothing worth reading on its
// own: a number, or one Latin letter.
func weakToken(t analyzer.Token) bool {
	return t.Class == "number" || len(t.Term) == 1 && isASCIILetter(rune(t.Term[0]))
}

// requiredWords counts the words of ws to find that have a token that is
// not optional (see optionalWords), a quoted phrase as one; optional
// holds whether each of their tokens is, in order.
func requiredWords(ws []plainWord, optional []bool) int {
	required := map[string]bool{}
	k := 0
	for _, pw := range ws {
		switch {
		case pw.exclude:
		case pw.w.Phrase:
			required["\x00"+pw.text] = true
		default:
			n := len(indexed(pw.all))
			if k+n <= len(optional) && slices.Contains(optional[k:k+n], false) {
				required[pw.text] = true
			}
			k += n
		}
	}
	return len(required)
}

package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A title's compounds: the words side by side that make one (関西|国際|空港,
// 地|デジ, AKB|48), where one may start and end, and how it reads.

// flush adds the compounds of the run of words side by side, of two to
// three words, and starts a new run.
func (tw *titleWords) flush() {
	run := tw.run
	for i := range run {
		lettered := i+1 < len(run) && numberWord(run[i], run[i+1])
		model := i+1 < len(run) && modelHyphen(run[i], run[i+1], between(tw.title, run[i], run[i+1]))
		if strings.HasPrefix(run[i].POS, "名詞,接尾") || run[i].Class == "number" && !lettered {
			continue // (熊本|県|菊陽|町 has no 県菊陽, AKB|48|新曲 no 48新曲)
		}
		if i > 0 && splitsName(run[i-1], run[i]) {
			continue
		}
		for j := i + 2; j <= len(run) && j-i <= 3; j++ {
			if j < len(run) && splitsName(run[j-1], run[j]) {
				continue // (AKB|48|大島|優子 has no AKB48大島)
			}
			if j < len(run) && numberWord(run[j-1], run[j]) {
				continue // (a number is not cut from its letters: SH-01D has no SH-01)
			}
			if lettered || model || slices.ContainsFunc(run[i:j], func(t analyzer.Token) bool { return t.Content }) {
				tw.b.addCompound(tw.title, run[i:j], tw.readingTokens(run[i:j]), tw.w, tw.seen, !tw.older)
			}
		}
	}
	tw.run = run[:0]
}

// adjacent reports whether t is written right after the last word of the
// run, nothing or the dot of a name between (or a model's hyphen): one
// compound with it.
func (tw *titleWords) adjacent(t analyzer.Token) bool {
	last := tw.run[len(tw.run)-1]
	span := 1
	if last.Class == joinedRun {
		span = utf8.RuneCountInString(last.Term) // (one position a kanji)
	}
	b := between(tw.title, last, t)
	return t.Position == last.Position+span && (joins(b) || modelHyphen(last, t, b))
}

// modelLetters takes toks[i] when it is Latin letters that are no word
// of their own (F, one letter; IS, a word of English grammar) written
// before a model's hyphen and number (F-10D), or the letters of grammar
// right before its number (IS12T, IS03: the models of a series), and
// reports whether it did: a piece of the model's compound, as a joiner
// is. IS12T had been no word (is1 to is12t emptied the box).
func (tw *titleWords) modelLetters(i int, t analyzer.Token) bool {
	if t.Content && suggestible(t.Term) || i+1 >= len(tw.toks) || t.Class == "shingle" {
		return false
	}
	next := tw.toks[i+1]
	if next.Position != t.Position+1 {
		return false
	}
	if b := between(tw.title, t, next); !modelHyphen(t, next, b) && !(b == "" && modelHyphen(t, next, "-") && !suggestible(t.Term)) {
		return false
	}
	if len(tw.run) > 0 && !tw.adjacent(t) {
		tw.flush()
	}
	tw.run = append(tw.run, t)
	return true
}

// modelHyphen reports whether a hyphen between a word of Latin letters
// and a number joins them as a model's name (SH-01D, F-10D, GPT-5): one
// compound, typed with the hyphen or without it (sh01d). A model number
// with a hyphen had been no word: sh-01d found titles only, and sh01d,
// f-10d nothing.
func modelHyphen(last, t analyzer.Token, between string) bool {
	return t.Class == "number" && (between == "-" || between == "‐" || between == "－") &&
		isLatinWord(analyzer.Fold(last.Surface)) && !strings.ContainsFunc(last.Surface, unicode.IsDigit)
}

// joinedRun is the class of a token kanjiJoins makes of a run of single
// kanji the index joins.
const joinedRun = "joined"

// kanjiJoins returns, by the index of its first piece, a word of each
// run of single kanji the index joins in the title (一|眼 of デジタル一
// 眼レフ: 一眼), the longest where runs overlap: a word of the title's
// compounds in place of its pieces. 一眼レフ (41 livedoor articles) had
// never been offered: 一 is a number to kagome, which ended the run, and
// 眼|レフ made no word anyone types.
func (tw *titleWords) kanjiJoins() map[int]analyzer.Token {
	var out map[int]analyzer.Token
	for _, sh := range tw.toks {
		if sh.Class != "shingle" {
			continue
		}
		first, n := -1, 0
		for i, t := range tw.toks {
			if t.Class == "shingle" || t.Start < sh.Start || t.End > sh.End {
				continue
			}
			if !isSingleKanji(t.Term) || first >= 0 && t.Position != tw.toks[first].Position+n {
				first = -1
				break
			}
			if first < 0 {
				first = i
			}
			n++
		}
		if first < 0 || n < 2 || tw.toks[first].Start != sh.Start || utf8.RuneCountInString(sh.Term) != n {
			continue
		}
		if prev, ok := out[first]; ok && utf8.RuneCountInString(prev.Term) >= n {
			continue
		}
		if out == nil {
			out = map[int]analyzer.Token{}
		}
		j := sh
		j.Class, j.Content, j.POS = joinedRun, true, "名詞,一般"
		j.Surface = tw.title[sh.Start:sh.End]
		j.Position = tw.toks[first].Position
		if rs := tw.b.ix.an.DictReadings(sh.Term); len(rs) > 0 {
			j.Reading = rs[0] // (一眼: イチガン, not イチ|メ)
		} else {
			// Read by its pieces and their other readings (彩|芽 of
			// 剛力彩芽: イロドリメ and アヤメ).
			j.Reading = ""
			if tw.pieces == nil {
				tw.pieces = map[int][]analyzer.Token{}
			}
			tw.pieces[j.Start] = tw.toks[first : first+n]
		}
		out[first] = j
	}
	return out
}

// after returns the index of the first token of the title after j's
// text.
func (tw *titleWords) after(j analyzer.Token) int {
	for i, t := range tw.toks {
		if t.Start >= j.End {
			return i
		}
	}
	return len(tw.toks)
}

// readingTokens returns toks with the pieces of each joined run that the
// dictionary has no reading for in its place (see kanjiJoins).
func (tw *titleWords) readingTokens(toks []analyzer.Token) []analyzer.Token {
	if tw.pieces == nil {
		return toks
	}
	var out []analyzer.Token
	for _, t := range toks {
		if p, ok := tw.pieces[t.Start]; ok && t.Class == joinedRun {
			out = append(out, p...)
			continue
		}
		out = append(out, t)
	}
	return out
}

// joined takes j, a run of single kanji from toks[i] that the index
// joins (see kanjiJoins): a word of the run of words side by side, not
// counted as a title word (the index's count of it is its count), the
// title findable by its dictionary reading.
func (tw *titleWords) joined(i int, j analyzer.Token) {
	if len(tw.run) > 0 && !tw.adjacent(j) {
		tw.flush()
	}
	if j.Reading != "" && !tw.older {
		// And by the dictionary's reading of it (イチガン of 一眼).
		tw.keyRead(i, analyzer.NormalizeReading(j.Reading)+readingFrom(tw.toks[tw.after(j):]))
	}
	tw.run = append(tw.run, j)
}

// splitsName reports whether a compound ending at a (or starting at b)
// would cut a person's name between family and given name.
func splitsName(a, b analyzer.Token) bool {
	return strings.HasPrefix(a.POS, "名詞,固有名詞,人名,姓") && strings.HasPrefix(b.POS, "名詞,固有名詞,人名,名")
}

// between returns the text of title between two of its tokens: none when
// they overlap (㍿ is 株式 and 会社, each the whole character).
func between(title string, a, b analyzer.Token) string {
	if a.End >= b.Start {
		return ""
	}
	return title[a.End:b.Start]
}

// joins reports whether the text between two words of a title leaves
// them one compound: nothing, or the dot of a name (トム・クルーズ).
func joins(between string) bool {
	return between == "" || between == "・" || between == "･"
}

// addCompound adds the compound of toks, a run of a title's words, read
// by readToks (toks with the pieces of a joined run the dictionary has no
// reading for in its place: see readingTokens).
func (b *sugBuilder) addCompound(title string, toks, readToks []analyzer.Token, w float64, seen map[string]bool, newest bool) {
	if !slices.ContainsFunc(toks, func(t analyzer.Token) bool { return t.Term != toks[0].Term }) {
		return // one word repeated (ホゲ・ホゲ) is no compound
	}
	var term, reading strings.Builder
	for _, t := range toks {
		term.WriteString(t.Term)
	}
	readable := true
	for _, t := range readToks {
		if !readable {
			continue
		}
		if t.Reading == "" {
			// (No reading for the whole; the term is still all of it:
			// AKB|48 is akb48, not akb.)
			reading.Reset()
			readable = false
			continue
		}
		reading.WriteString(t.Reading)
		if strings.HasSuffix(t.Surface, "ー") && !strings.HasSuffix(t.Reading, "ー") {
			reading.WriteString("ー") // (アカデミー|賞 reads アカデミーショウ, not アカデミショウ)
		}
	}
	surface := title[toks[0].Start:toks[len(toks)-1].End]
	// The term the index holds for the joined words (スカイ|ツリー →
	// スカイツリ), so the title's spelling and the dictionary's count meet.
	t := analyzer.WordTerm(term.String())
	b.stat(t, surface, analyzer.NormalizeReading(reading.String()), w, seen)
	s := b.terms[t]
	if s == nil {
		return
	}
	s.newest = s.newest || newest
	if s.others == nil && reading.Len() > 0 {
		s.others = b.compoundReadings(readToks)
	}
	if s.parts == nil {
		for _, tok := range toks {
			s.whole = append(s.whole, tok.Term)
			if tok.Class == joinedRun {
				for _, r := range tok.Term {
					s.parts = append(s.parts, string(r)) // (its pieces, as the index holds them)
				}
				continue
			}
			s.parts = append(s.parts, tok.Term)
		}
		if len(s.whole) == len(s.parts) {
			s.whole = nil
		}
	}
}

// compoundReadings returns a compound's readings with one of its words
// read as the dictionary's other reading (日本代表 is ニッポンダイヒョウ to
// kagome, and にほんだいひょう to most readers), at most maxOtherReadings.
func (b *sugBuilder) compoundReadings(toks []analyzer.Token) []string {
	others := []string{} // not nil: looked up
	for i, t := range toks {
		if utf8.RuneCountInString(t.Surface) == 1 && strings.Contains(t.POS, "固有名詞") {
			// A country of one kanji (米, 英) reads as the country: 米テ
			// キサス is no マイテキサス, which まい had offered.
			continue
		}
		if b.dictReadings == nil {
			b.dictReadings = map[string][]string{}
		}
		alts, ok := b.dictReadings[t.Term]
		if !ok {
			alts = b.ix.an.DictReadings(t.Term)
			b.dictReadings[t.Term] = alts
		}
		for _, alt := range alts {
			if alt == analyzer.NormalizeReading(t.Reading) {
				continue
			}
			if v, weak := variantOf(t, analyzer.NormalizeReading(t.Reading), alt); i == 0 && weak && v.exact {
				continue // a voiced first kana is a reading inside compounds (会社員 is no ガイシャイン)
			}
			var r strings.Builder
			for j, u := range toks {
				if j == i {
					r.WriteString(alt)
				} else {
					r.WriteString(u.Reading)
				}
			}
			if o := analyzer.NormalizeReading(r.String()); !slices.Contains(others, o) {
				others = append(others, o)
			}
			if len(others) == maxOtherReadings {
				return others
			}
		}
	}
	return others
}

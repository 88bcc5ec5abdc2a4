package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// One title's words and compounds: the words side by side that make a
// compound (関西|国際|空港, 地|デジ, AKB|48), where a compound may start and
// end, and how it reads.

// title adds one title and its words.
func (b *sugBuilder) title(id, title string, w float64) {
	toks := b.ix.an.Tokens(title)
	seen := map[string]bool{} // a word counts once per title (ホゲ・ホゲ・ホゲ)
	entry := int32(len(b.entries))
	b.entries = append(b.entries, sugEntry{text: title, kind: kindTitle, id: id, count: 1, score: float32(w)})
	piece := pieces(toks)
	var run []analyzer.Token
	flush := func() {
		for i := range run {
			lettered := i+1 < len(run) && numberWord(run[i], run[i+1])
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
				if lettered || slices.ContainsFunc(run[i:j], func(t analyzer.Token) bool { return t.Content }) {
					b.addCompound(title, run[i:j], w, seen)
				}
			}
		}
		run = run[:0]
	}
	adjacent := func(t analyzer.Token) bool {
		last := run[len(run)-1]
		return t.Position == last.Position+1 && joins(between(title, last, t))
	}
	skip := -1 // a token taken with the one before it
	for i, t := range toks {
		if i == skip {
			continue
		}
		if t.Class == "number" && i+1 < len(toks) && numberWord(t, toks[i+1]) {
			// A number and the letters written after it (3D, 5G, 4K,
			// 2ch): one word, which readers type from its number.
			if len(run) > 0 && !adjacent(t) {
				flush()
			}
			b.key(analyzer.Fold(title[t.Start:]), entry)
			run = append(run, t, toks[i+1])
			skip = i + 1
			continue
		}
		if surface, reading := nominalVerb(t, title[t.End:]); surface != "" {
			// 打ち上げ of 打ち上げ失敗 is a noun readers type, which the
			// index holds as the verb 打ち上げる.
			flush()
			b.key(analyzer.Fold(title[t.Start:]), entry)
			b.stat(analyzer.WordTerm(surface), surface, reading, w, seen)
			continue
		}
		if isSingleKanji(t.Term) && t.Class != "shingle" && !seen["\x00piece\x00"+t.Term] {
			// As for katakana pieces (see fragment): 員 is in many titles
			// and alone in none.
			seen["\x00piece\x00"+t.Term] = true
			if loneKanjiPiece(toks, t) {
				b.inside[t.Term]++
			} else {
				b.alone[t.Term]++
			}
			if strings.HasPrefix(t.POS, "名詞,接尾") {
				b.suffix[t.Term]++
			} else {
				b.free[t.Term]++
			}
		}
		if t.Class == "number" && len(run) > 0 && adjacent(t) && isLatinWord(analyzer.Fold(run[len(run)-1].Surface)) {
			// A name and its number written together (AKB48, iPhone15):
			// one word, which no compound starts at the number of.
			run = append(run, t)
			continue
		}
		if kanjiJoiner(t) {
			// No word to offer alone, but one of a compound with the
			// words beside it (地|デジ, アカデミー|賞, 主題|歌), which the
			// title is findable by unless it is a suffix.
			if len(run) > 0 && !adjacent(t) {
				flush()
			}
			if !strings.HasPrefix(t.POS, "名詞,接尾") {
				b.key(analyzer.Fold(title[t.Start:]), entry)
				if r := readingFrom(toks[i:]); r != "" {
					b.key(r, entry)
				}
			}
			run = append(run, t)
			continue
		}
		if t.Class == "shingle" || !t.Content || !suggestible(t.Term) {
			if t.Class != "part" && t.Class != "shingle" {
				flush()
			}
			continue
		}
		// The title is findable from the start of each of its words,
		// the parts of compounds included.
		b.key(analyzer.Fold(title[t.Start:]), entry)
		if r := readingFrom(toks[i:]); r != "" {
			b.key(r, entry)
		}
		if katakanaWord(t.Surface) && !seen["\x00piece\x00"+t.Term] {
			seen["\x00piece\x00"+t.Term] = true
			if piece[i] {
				b.inside[t.Term]++
			} else {
				b.alone[t.Term]++
			}
		}
		if t.Class == "part" {
			continue // a part counts in the dictionary pass, not as a title word
		}
		if !piece[i] && !loneKanjiPiece(toks, t) {
			// おサイフケータイ, which the analyzer indexes without its お:
			// shown as titles write it, found by its kana with the お too
			// (おさいふ, おしごと).
			p := honorificBefore(toks, i)
			b.stat(t.Term, p+t.Surface, t.Reading, w, seen)
			if s := b.terms[t.Term]; s != nil && p != "" && t.Reading != "" {
				if r := analyzer.ToKatakana(p) + t.Reading; !slices.Contains(s.honorific, r) {
					s.honorific = append(s.honorific, r)
				}
			}
		}
		if len(run) > 0 && !adjacent(t) {
			// (Words apart are no compound: 量産 and 自動運転 of
			// "量産　自動運転の…".)
			flush()
		}
		run = append(run, t)
	}
	flush()
}

// honorificBefore returns the prefix お or ご written right before
// toks[i], which the analyzer drops (お|サイフケータイ, お|見合い), or "".
func honorificBefore(toks []analyzer.Token, i int) string {
	if i == 0 {
		return ""
	}
	p := toks[i-1]
	if p.End != toks[i].Start || !strings.HasPrefix(p.POS, "接頭詞") || p.Surface != "お" && p.Surface != "ご" {
		return ""
	}
	return p.Surface
}

// numberWord reports whether a number and the token after it are one word
// written together: the number, then Latin letters (3D, 5G, 2ch, 3DS).
func numberWord(n, next analyzer.Token) bool {
	return n.Class == "number" && next.Position == n.Position+1 && next.Start == n.End &&
		isLatinWord(analyzer.Fold(next.Surface)) && !strings.ContainsFunc(next.Surface, func(r rune) bool { return r >= '0' && r <= '9' })
}

// splitsName reports whether a compound ending at a (or starting at b)
// would cut a person's name between family and given name.
func splitsName(a, b analyzer.Token) bool {
	return strings.HasPrefix(a.POS, "名詞,固有名詞,人名,姓") && strings.HasPrefix(b.POS, "名詞,固有名詞,人名,名")
}

// kanjiJoiner reports whether t is a noun of one kanji that is no
// content word (地, 賞 after a word, 歌): a piece of the compounds of a
// title, never their only word. Counters (年 of 3年) and the suffixes of
// names (氏) join nothing.
func kanjiJoiner(t analyzer.Token) bool {
	if t.Content || t.Class == "shingle" || t.Class == "part" || !isSingleKanji(t.Term) {
		return false
	}
	switch {
	case strings.HasPrefix(t.POS, "名詞,接尾,助数詞"), strings.HasPrefix(t.POS, "名詞,接尾,人名"):
		return false
	}
	return strings.HasPrefix(t.POS, "名詞,一般") || strings.HasPrefix(t.POS, "名詞,接尾") || strings.HasPrefix(t.POS, "名詞,固有名詞")
}

// loneKanjiPiece reports whether t is a single kanji of a title that is
// no word of its own: a suffix (員 of 会社員) or a piece of a run the
// index joins (独 of 独|女, 豊 of a name), which ゆ or doku would offer
// ahead of the words readers look for.
func loneKanjiPiece(toks []analyzer.Token, t analyzer.Token) bool {
	if !isSingleKanji(t.Term) {
		return false
	}
	if !strings.HasPrefix(t.POS, "名詞,一般") && !strings.HasPrefix(t.POS, "名詞,固有名詞") {
		return true
	}
	return slices.ContainsFunc(toks, func(u analyzer.Token) bool {
		return u.Class == "shingle" && u.Start <= t.Start && t.End <= u.End
	})
}

// withIterationMark writes a kanji repeated in a term as the articles do,
// with 々 (the analyzer folds 時々 to 時時, so 人々 and 人人 are one word).
func withIterationMark(term string) string {
	rs := []rune(term)
	for i := 1; i < len(rs); i++ {
		if rs[i] == rs[i-1] && isHan(rs[i]) {
			rs[i] = '々'
		}
	}
	return string(rs)
}

func isSingleKanji(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && isHan(r)
}

// nominalVerb returns a verb's continuative form used as a noun, with its
// reading (打ち上げ, ウチアゲ; 乗っ取り, 呼びかけ): written with kanji and
// its kana ending, and followed by what follows a noun (the end, a
// particle, anything but hiragana; 打ち上げた is the verb). "" otherwise.
func nominalVerb(t analyzer.Token, after string) (surface, reading string) {
	if !strings.HasPrefix(t.POS, "動詞,自立") || !t.Okurigana() || t.Surface == t.BaseForm || t.Reading == "" {
		return "", ""
	}
	last, _ := utf8.DecodeLastRuneInString(t.Surface)
	if !strings.ContainsRune("いきしちにひみりぎじびぃえけせてねへめれげぜべ", last) {
		return "", "" // not the continuative form
	}
	if next, _ := utf8.DecodeRuneInString(after); after != "" && next >= 'ぁ' && next <= 'ゖ' && !strings.ContainsRune("のがをにへとでもや", next) {
		return "", ""
	}
	// The reading of the form from that of the base form: their common
	// start, then the form's own ending.
	common := 0
	for common < len(t.Surface) && common < len(t.BaseForm) && t.Surface[common] == t.BaseForm[common] {
		common++
	}
	for common > 0 && common < len(t.Surface) && !utf8.RuneStart(t.Surface[common]) {
		common--
	}
	end := t.Surface[common:]
	head, ok := strings.CutSuffix(t.Reading, analyzer.ToKatakana(t.BaseForm[common:]))
	if !ok || end != "" && !analyzer.IsKana(end) {
		return "", ""
	}
	return t.Surface, head + analyzer.ToKatakana(end)
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

// readingFrom joins the readings of toks until one has none.
func readingFrom(toks []analyzer.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if (t.Class == "part" && i > 0) || t.Class == "shingle" || t.Term == "" {
			continue
		}
		if t.Reading == "" || utf8.RuneCountInString(b.String()) >= suggestKeyRunes {
			break
		}
		b.WriteString(t.Reading)
		if strings.HasSuffix(t.Surface, "ー") && !strings.HasSuffix(t.Reading, "ー") && i < len(toks)-1 {
			b.WriteString("ー") // (as addCompound writes it)
		}
	}
	return b.String()
}

func (b *sugBuilder) addCompound(title string, toks []analyzer.Token, w float64, seen map[string]bool) {
	if !slices.ContainsFunc(toks, func(t analyzer.Token) bool { return t.Term != toks[0].Term }) {
		return // one word repeated (ホゲ・ホゲ) is no compound
	}
	var term, reading strings.Builder
	readable := true
	for _, t := range toks {
		term.WriteString(t.Term)
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
	if s.others == nil && reading.Len() > 0 {
		s.others = b.compoundReadings(toks)
	}
	if s.parts == nil {
		for _, tok := range toks {
			s.parts = append(s.parts, tok.Term)
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

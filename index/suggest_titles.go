package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// One title's words and compounds: the words side by side that make a
// compound (関西|国際|空港, 地|デジ, AKB|48), where a compound may start and
// end, and how it reads. title runs the steps over each word in order;
// the compounds of a run of words are made in suggest_title_compounds.go.

// title adds one title and its words.
func (b *sugBuilder) title(id, title string, w float64) {
	b.titleSteps(b.addTitleEntry(id, title, w))
}

// olderTitle adds the compounds of a title older than the newest
// suggestTitles, and nothing else: no title entry, no word counted.
// 転職活動 (95 livedoor articles, the 15 titles that write it older than
// the newest 5,000) and 既婚女性 (39) had never been offered, typed whole
// or by reading, where the kana offered the pair 転職 活動.
func (b *sugBuilder) olderTitle(title string, w float64) {
	b.titleSteps(&titleWords{b: b, title: title, w: w, toks: b.ix.an.Tokens(title), seen: map[string]bool{}, entry: -1, older: true})
}

// titleSteps runs title's steps over each word of tw in order.
func (b *sugBuilder) titleSteps(tw *titleWords) {
	if !tw.older {
		tw.lead, tw.leadAt = leadKana(tw.toks)
	}
	skip := -1 // a token taken with the one before it
	joins := tw.kanjiJoins()
	inJoin := -1 // the last piece of a joined run being passed
	for i, t := range tw.toks {
		if i == skip {
			continue
		}
		if j, ok := joins[i]; ok {
			tw.countKanjiPiece(t)
			tw.keyFrom(i, t) // (by its pieces' readings, as before)
			tw.joined(i, j)
			inJoin = i + utf8.RuneCountInString(j.Term) - 1
			continue
		}
		if i <= inJoin && t.Class != "shingle" {
			tw.countKanjiPiece(t)
			continue
		}
		if tw.numberAndLetters(i, t) {
			skip = i + 1
			continue
		}
		if tw.verbAsNoun(t) {
			continue
		}
		tw.countKanjiPiece(t)
		tw.countSuffixUse(i, t)
		if tw.nameNumber(t) || tw.joiner(i, t) || tw.modelLetters(i, t) || tw.noWord(t) {
			continue
		}
		tw.word(i, t)
	}
	tw.flush()
}

// titleWords is one title on its way through title's steps: its tokens,
// its entry, and the run of words side by side that the compounds are
// made of (see flush).
type titleWords struct {
	b     *sugBuilder
	title string
	w     float64
	toks  []analyzer.Token
	seen  map[string]bool // a word counts once per title (ホゲ・ホゲ・ホゲ)
	entry int32
	piece []bool // see pieces
	run   []analyzer.Token
	// pieces are the pieces of each joined run the dictionary has no
	// reading for, by its start (see kanjiJoins).
	pieces map[int][]analyzer.Token
	// older: a title past the newest suggestTitles, which gives
	// compounds only (see olderTitle).
	older bool
	// lead: the kana the title starts with before its first word,
	// toks[leadAt] (see leadKana).
	lead   string
	leadAt int
}

// key makes the title findable by k, unless it is an older one.
func (tw *titleWords) key(k string) {
	if !tw.older {
		tw.b.key(k, tw.entry)
	}
}

// addTitleEntry adds the entry of a title, and returns the title on its
// way through title's steps.
func (b *sugBuilder) addTitleEntry(id, title string, w float64) *titleWords {
	toks := b.ix.an.Tokens(title)
	seen := map[string]bool{} // a word counts once per title (ホゲ・ホゲ・ホゲ)
	entry := int32(len(b.entries))
	b.entries = append(b.entries, sugEntry{text: title, kind: kindTitle, id: id, count: 1, score: float32(w)})
	piece := pieces(toks)
	return &titleWords{b: b, title: title, w: w, toks: toks, seen: seen, entry: entry, piece: piece}
}

// numberAndLetters takes toks[i] and the token after it when they are a
// number and the letters written after it, and reports whether it did.
func (tw *titleWords) numberAndLetters(i int, t analyzer.Token) bool {
	if t.Class == "number" && i+1 < len(tw.toks) && numberWord(t, tw.toks[i+1]) {
		// A number and the letters written after it (3D, 5G, 4K,
		// 2ch): one word, which readers type from its number.
		if len(tw.run) > 0 && !tw.adjacent(t) {
			tw.flush()
		}
		tw.key(analyzer.Fold(tw.title[t.Start:]))
		tw.run = append(tw.run, t, tw.toks[i+1])
		return true
	}
	return false
}

// verbAsNoun takes t when it is a verb's form used as a noun (see
// nominalVerb), a word of its own that ends the run, and reports whether
// it did.
func (tw *titleWords) verbAsNoun(t analyzer.Token) bool {
	if surface, reading := nominalVerb(t, tw.title[t.End:]); surface != "" {
		// 打ち上げ of 打ち上げ失敗 is a noun readers type, which the
		// index holds as the verb 打ち上げる.
		tw.flush()
		if !tw.older {
			tw.key(analyzer.Fold(tw.title[t.Start:]))
			tw.b.stat(analyzer.WordTerm(surface), surface, reading, tw.w, tw.seen)
		}
		return true
	}
	return false
}

// countKanjiPiece counts a single kanji once per title: as a piece of a
// longer word or alone, and as a suffix or not (see sugBuilder.inside,
// sugBuilder.suffix).
func (tw *titleWords) countKanjiPiece(t analyzer.Token) {
	if !tw.older && isSingleKanji(t.Term) && t.Class != "shingle" && !tw.seen["\x00piece\x00"+t.Term] {
		// As for katakana pieces (see fragment): 員 is in many titles
		// and alone in none.
		tw.seen["\x00piece\x00"+t.Term] = true
		if loneKanjiPiece(tw.toks, t) {
			tw.b.inside[t.Term]++
		} else {
			tw.b.alone[t.Term]++
		}
		if strings.HasPrefix(t.POS, "名詞,接尾") {
			tw.b.suffix[t.Term]++
		} else {
			tw.b.free[t.Term]++
		}
	}
}

// nameNumber takes t when it is a number written right after a name in
// Latin letters, and reports whether it did.
func (tw *titleWords) nameNumber(t analyzer.Token) bool {
	if t.Class == "number" && len(tw.run) > 0 && tw.adjacent(t) && isLatinWord(analyzer.Fold(tw.run[len(tw.run)-1].Surface)) {
		// A name and its number written together (AKB48, iPhone15):
		// one word, which no compound starts at the number of.
		tw.run = append(tw.run, t)
		return true
	}
	return false
}

// joiner takes toks[i] when it is a kanji that joins the words beside it
// (see kanjiJoiner), and reports whether it did.
func (tw *titleWords) joiner(i int, t analyzer.Token) bool {
	if kanjiJoiner(t) || katakanaAdverb(t) || mimeticBeforeKatakana(t, tw.title[t.End:]) {
		// No word to offer alone, but one of a compound with the
		// words beside it (地|デジ, アカデミー|賞, 主題|歌), which the
		// title is findable by unless it is a suffix.
		if len(tw.run) > 0 && !tw.adjacent(t) {
			tw.flush()
		}
		if !strings.HasPrefix(t.POS, "名詞,接尾") {
			tw.keyFrom(i, t)
		}
		tw.run = append(tw.run, t)
		return true
	}
	return false
}

// noWord reports whether t is no word of the title to offer (a run the
// index joins, a word of grammar, one suggestible rejects); all but the
// parts of a word end the run.
func (tw *titleWords) noWord(t analyzer.Token) bool {
	if t.Class == "shingle" || !t.Content || !suggestible(t.Term) {
		if t.Class != "part" && t.Class != "shingle" {
			tw.flush()
		}
		return true
	}
	return false
}

// keyFrom makes the title findable from the start of toks[i]: as written,
// and by the readings from there on.
func (tw *titleWords) keyFrom(i int, t analyzer.Token) {
	if tw.older {
		return
	}
	tw.key(analyzer.Fold(tw.title[t.Start:]))
	r := readingFrom(tw.toks[i:])
	tw.keyRead(i, r)
	// And as typed with the particles the title writes between its
	// words (となりのトトロ: となりのととろ), which readingFrom leaves out.
	if p := readingWithParticles(tw.toks[i:]); p != "" && p != r {
		tw.keyRead(i, p)
	}
}

// word takes toks[i], a word of the title: the title is found by it, it
// counts as a word unless it is a piece of a longer one, and it joins
// the run.
func (tw *titleWords) word(i int, t analyzer.Token) {
	// The title is findable from the start of each of its words,
	// the parts of compounds included.
	tw.keyFrom(i, t)
	if !tw.older && katakanaWord(t.Surface) && !tw.seen["\x00piece\x00"+t.Term] {
		tw.seen["\x00piece\x00"+t.Term] = true
		if tw.piece[i] {
			tw.b.inside[t.Term]++
		} else {
			tw.b.alone[t.Term]++
		}
	}
	if t.Class == "part" {
		return // a part counts in the dictionary pass, not as a title word
	}
	if !tw.older && !tw.piece[i] && !loneKanjiPiece(tw.toks, t) {
		tw.statWord(i, t)
	}
	if len(tw.run) > 0 && !tw.adjacent(t) {
		// (Words apart are no compound: 量産 and 自動運転 of
		// "量産　自動運転の…".)
		tw.flush()
	}
	tw.run = append(tw.run, t)
}

// statWord counts toks[i] as a word of the title, with the お or ご
// written before it.
func (tw *titleWords) statWord(i int, t analyzer.Token) {
	// おサイフケータイ, which the analyzer indexes without its お:
	// shown as titles write it, found by its kana with the お too
	// (おさいふ, おしごと).
	p := honorificBefore(tw.toks, i)
	counted := tw.seen[t.Term]
	tw.b.stat(t.Term, p+t.Surface, t.Reading, tw.w, tw.seen)
	if s := tw.b.terms[t.Term]; s != nil && !counted && tw.seen[t.Term] {
		s.countHonorificAfter(tw.toks, i)
	}
	if s := tw.b.terms[t.Term]; s != nil && p != "" && t.Reading != "" {
		if r := analyzer.ToKatakana(p) + t.Reading; !slices.Contains(s.honorific, r) {
			s.honorific = append(s.honorific, r)
		}
	}
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

// katakanaAdverb reports whether t is an adverb kagome reads in katakana
// (ニコニコ of ニコニコ動画, ドキドキ): a piece of the compounds of a title,
// as a joiner is, never their only word. ニコニコ動画 (66 livedoor
// articles) had never been offered: the adverb ended the run.
func katakanaAdverb(t analyzer.Token) bool {
	return strings.HasPrefix(t.POS, "副詞") && t.Term != "" && katakanaWord(t.Surface)
}

// mimeticBeforeKatakana reports whether t is an adverb of hiragana that
// says its half twice (らくらく, ぷるぷる) written right before katakana
// (after): the start of a name (らくらくスマートフォン, 34 livedoor
// articles, and らくらくホン), a piece of the title's compounds as a
// katakana adverb is. Those names had never been offered, typed in kana
// or katakana: the adverb ended the run.
func mimeticBeforeKatakana(t analyzer.Token, after string) bool {
	rs := []rune(t.Surface)
	if !strings.HasPrefix(t.POS, "副詞") || t.Term == "" || len(rs) < 4 || len(rs)%2 != 0 || !isHiragana(t.Surface) {
		return false
	}
	if string(rs[:len(rs)/2]) != string(rs[len(rs)/2:]) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(after)
	return isKatakanaLetter(next)
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

// readingWithParticles joins the readings of toks as readingFrom does,
// with each particle written in kana between two words of them kept as
// its kana, or returns "" when there is none.
func readingWithParticles(toks []analyzer.Token) string {
	var b strings.Builder
	var pending string // particles after the last word
	kept := false
	for i, t := range toks {
		if t.Term == "" && hiraganaParticle(t) {
			if i == 0 {
				return ""
			}
			pending += analyzer.ToKatakana(t.Surface)
			continue
		}
		if (t.Class == "part" && i > 0) || t.Class == "shingle" || t.Term == "" {
			continue
		}
		if t.Reading == "" || utf8.RuneCountInString(b.String()) >= suggestKeyRunes {
			break
		}
		if pending != "" {
			b.WriteString(pending)
			pending, kept = "", true
		}
		b.WriteString(t.Reading)
		if strings.HasSuffix(t.Surface, "ー") && !strings.HasSuffix(t.Reading, "ー") && i < len(toks)-1 {
			b.WriteString("ー")
		}
	}
	if !kept {
		return ""
	}
	return b.String()
}

// hiraganaParticle reports whether t is a particle written in hiragana.
func hiraganaParticle(t analyzer.Token) bool {
	return strings.HasPrefix(t.POS, "助詞") && isHiragana(t.Surface)
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

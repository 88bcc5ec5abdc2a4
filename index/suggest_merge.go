package index

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Turning the builder's word statistics into suggestion entries: partial
// joins dropped, spellings of one word merged.

// dropPartialJoins drops the joined words that are only ever the start of
// a longer one: 本田圭 of 本田圭佑, 長友佑 of 長友佑都 (the index joins every
// run of two to four pieces). So are the kanji words that are nearly
// always the start of a word one kanji longer, which kagome splits in its
// search mode: 著作 of 著作権, 熱中 of 熱中症, 備蓄 of 備蓄米 had been
// offered first, as no article writes them; the search still reads kana
// by them (see unshow). Not before a word of its own: 自動 of 自動運転 is
// a word.
func (b *sugBuilder) dropPartialJoins() {
	terms := make([]string, 0, len(b.terms))
	for t := range b.terms {
		terms = append(terms, t)
	}
	b.dropJoinEnds(terms)
	terms = slices.DeleteFunc(terms, func(t string) bool { return b.terms[t] == nil })
	sort.Strings(terms)
	for i, t := range terms {
		s := b.terms[t]
		word := !s.joined && len(s.parts) < 2 // a word, not a join
		if word && !(isKanjiWord(t) && utf8.RuneCountInString(t) >= 2) {
			continue // (a compound of a title's words may be partial too: 東京|スカイ of 東京|スカイ|ツリー)
		}
		for _, longer := range terms[i+1:] {
			if !strings.HasPrefix(longer, t) {
				break
			}
			if word && (!isKanjiWord(longer) || utf8.RuneCountInString(longer)-utf8.RuneCountInString(t) > 1) {
				continue
			}
			if float64(b.terms[longer].count) >= partialJoinShare*float64(s.count) {
				if word {
					b.unshow(t, s)
				}
				delete(b.terms, t)
				break
			}
		}
	}
}

// dropJoinEnds drops the joined words that are nearly only ever the end
// of a longer one (partialJoinShare of their articles), cut from inside a
// run of kanji or katakana: 亜迪 of 比亜迪, which kagome reads 比|亜|迪, had
// been offered for あす above 明日 (推進法 of AI推進法 stays). terms are the
// builder's, in any order.
func (b *sugBuilder) dropJoinEnds(terms []string) {
	reversed := make([]string, len(terms))
	for i, t := range terms {
		rs := []rune(t)
		slices.Reverse(rs)
		reversed[i] = string(rs)
	}
	order := make([]int, len(terms))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return reversed[order[a]] < reversed[order[b]] })
	var drop []string
	for k, i := range order {
		s := b.terms[terms[i]]
		if !s.joined && len(s.parts) < 2 {
			continue // a word, not a join
		}
		for _, j := range order[k+1:] {
			if !strings.HasPrefix(reversed[j], reversed[i]) {
				break
			}
			// Cut from inside a run of one script (比|亜迪), not after a
			// word of another (AI|推進法: 推進法 is a word).
			before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(terms[j], terms[i]))
			first, _ := utf8.DecodeRuneInString(terms[i])
			if isHan(before) != isHan(first) || isKatakanaLetter(before) != isKatakanaLetter(first) {
				continue
			}
			if float64(b.terms[terms[j]].count) >= partialJoinShare*float64(s.count) {
				drop = append(drop, terms[i])
				break
			}
		}
	}
	for _, t := range drop {
		delete(b.terms, t)
	}
}

// unshow keeps a word dropped from the suggestions for the search, which
// reads kana by the words the articles have (じどう is 自動 beside 運転).
func (b *sugBuilder) unshow(term string, s *termStat) {
	if b.unshown == nil {
		b.unshown = map[string][]string{}
	}
	for _, r := range append([]string{s.reading}, s.others...) {
		if r != "" && !slices.Contains(b.unshown[r], term) {
			b.unshown[r] = append(b.unshown[r], term)
		}
	}
}

// partialJoinShare: a joined word is part of a longer one when the longer
// one is in this share of its articles.
const partialJoinShare = 0.8

// mergeTerms turns the word statistics into entries. The same word in
// kana and kanji is one entry (its readings agree and one spelling is all
// kana), and so are spellings that differ only by ー (量子コンピュータ,
// 量子コンピューター); the entry shows the most common spelling. Kanji
// homophones (科学, 化学) stay apart.
func (b *sugBuilder) mergeTerms() {
	byReading := map[string][]*termStat{}
	var stats []*termStat
	for _, s := range b.terms {
		stats = append(stats, s)
		if s.reading != "" {
			// Folded alike: a user-dictionary reading keeps ディ, the
			// reading field's is デイ (NVIDIA and エヌビディア are one word).
			r := analyzer.NormalizeReading(s.reading)
			byReading[r] = append(byReading[r], s)
		}
	}
	merged := map[*termStat]bool{}
	intoOf := map[*termStat]*termStat{} // where a merged stat went
	for _, group := range byReading {
		if len(group) < 2 {
			continue
		}
		sort.Slice(group, func(i, j int) bool { return group[i].count > group[j].count })
		var into *termStat
		for _, s := range group {
			if !isKanaWord(bestSurface(s)) {
				into = s
				break
			}
		}
		if into == nil {
			into = group[0]
		}
		for _, s := range group {
			if s == into || merged[s] {
				continue
			}
			from, to := bestSurface(s), bestSurface(into)
			if !isKanaWord(from) && withoutLong(from) != withoutLong(to) && !sameKanji(from, to) && !b.kanaForKanji(from, to) && !b.spellingsOfOne(from, to) {
				continue
			}
			if !isKanaWord(to) && b.latinNamed(from) {
				continue // a company's name, not the kanji read alike (ホンダ, Honda; not the 本田 of 本田圭佑)
			}
			for sf, w := range s.surfaces {
				into.surfaces[sf] += w
			}
			into.count += s.count
			into.recent += s.recent
			merged[s], intoOf[s] = true, into
		}
	}
	b.mergeScripts(merged, intoOf)
	spellingsOf := map[*termStat][]string{} // of a name merged across scripts
	for sf, into := range b.aliasOf {
		spellingsOf[into] = append(spellingsOf[into], sf)
	}
	for _, s := range stats {
		// And of words merged by reading (Google into グーグル, which the
		// user dictionary reads alike): a tag in the other script is the
		// same suggestion.
		for sf := range s.surfaces {
			if !merged[s] && !slices.Contains(spellingsOf[s], analyzer.WordTerm(sf)) {
				spellingsOf[s] = append(spellingsOf[s], analyzer.WordTerm(sf))
			}
		}
	}
	readings := map[string]bool{}
	for _, s := range stats {
		readings[s.reading] = true
	}
	for _, s := range stats {
		if merged[s] {
			continue
		}
		entry := int32(len(b.entries))
		text := bestSurface(s)
		if l := latinSurface(s); l != "" && !isLatinWord(text) {
			if b.latin == nil {
				b.latin = map[int32]latinSpelling{}
			}
			b.latin[entry] = latinSpelling{l, analyzer.NormalizeReading(s.reading)}
		}
		for _, sf := range spellingsOf[s] {
			if sf != analyzer.WordTerm(text) {
				b.alias(sf, analyzer.WordTerm(text))
			}
		}
		for _, o := range b.otherScript(text) {
			// A tag of the name in the other script (Waymo beside the
			// word ウェイモ) that no article writes in its text: one
			// suggestion with the word.
			b.alias(o, analyzer.WordTerm(text))
		}
		score := float64(s.count) + titleWordWeight*s.recent
		if s.single && isSingleKanji(text) {
			score *= singleKanjiWeight * b.aloneShare(text)
		}
		b.entries = append(b.entries, sugEntry{text: text, kind: kindTerm, count: int32(s.count), score: float32(score)})
		key := b.key
		switch {
		case s.single:
			key = b.exactKey
		case s.weakPrefix:
			key = func(k string, entry int32) {
				b.exactKey(k, entry)
				b.variantKey(k, entry, false)
			}
		}
		// A word titles write after お or ご (see termStat.honorific) is
		// found without it too (見合い finds お見合い, as a search does);
		// one they mostly write without it (仕事, 紹介) is found with it
		// as a variant: おしごと finds 仕事, and お and ご rank it below
		// the words that start with them.
		prefixed := len(s.honorific) > 0 && withoutHonorific(text) != text
		for sf := range s.surfaces {
			if bare := withoutHonorific(sf); len(s.honorific) > 0 && bare != sf {
				if !prefixed {
					b.variantKey(analyzer.Fold(sf), entry, false)
					continue
				}
				key(analyzer.Fold(bare), entry)
			}
			key(analyzer.Fold(sf), entry)
			for _, k := range b.mixedKeys(sf) {
				key(k, entry)
			}
		}
		for _, v := range s.variants {
			if v.reading != s.reading && !slices.Contains(s.others, v.reading) {
				b.variantKey(v.reading, entry, v.exact)
			}
		}
		keyed := append([]string{s.reading}, s.others...)
		if prefixed {
			keyed = append(keyed, s.honorific...)
		} else {
			for _, r := range s.honorific {
				b.variantKey(r, entry, false)
			}
		}
		for _, r := range keyed {
			key(r, entry)
			if short := withoutLong(r); short != r && short != "" && !readings[short] {
				// Typed without the long vowel: あいふぉん is iPhone
				// (アイフォーン), but さば is サバ, not サーバー.
				key(short, entry)
			}
		}
	}
}

// mergeScripts makes a name that the synonyms write in Latin letters and
// in katakana (Honda, ホンダ; Rapidus, ラピダス) one suggestion, shown as
// most articles write it and found by both: two of eight places had gone
// to one company. Words of other kinds the synonyms pair (AI, 人工知能;
// スマホ, スマートフォン) stay apart.
func (b *sugBuilder) mergeScripts(merged map[*termStat]bool, intoOf map[*termStat]*termStat) {
	if b.ix.syn == nil {
		return
	}
	var latin []string
	for term, s := range b.terms {
		if !merged[s] && isLatinWord(term) {
			latin = append(latin, term)
		}
	}
	sort.Strings(latin)
	for _, term := range latin {
		s := b.terms[term]
		if merged[s] {
			continue
		}
		end, others := b.ix.syn.match([]string{term}, 0)
		if end != 1 {
			continue
		}
		for _, o := range others {
			k := b.terms[analyzer.WordTerm(o.text)]
			for k != nil && merged[k] {
				k = intoOf[k] // (ホンダ in 本田's entry)
			}
			if o.target || !katakanaName(o.text) || k == nil || k == s {
				continue
			}
			into, from := k, s
			if s.count > k.count {
				into, from = s, k
			}
			for sf, w := range from.surfaces {
				into.surfaces[sf] += w
			}
			for sf := range into.surfaces {
				if b.aliasOf == nil {
					b.aliasOf = map[string]*termStat{}
				}
				b.aliasOf[analyzer.WordTerm(sf)] = into
			}
			into.count += from.count
			into.recent += from.recent
			for _, r := range append([]string{from.reading}, from.others...) {
				if r != "" && r != into.reading && !slices.Contains(into.others, r) {
					into.others = append(into.others, r)
				}
			}
			into.honorific = append(into.honorific, from.honorific...)
			merged[from], intoOf[from] = true, into
			if from == s {
				break
			}
		}
	}
}

// alias makes key the suggestion of word (see keyOf).
func (b *sugBuilder) alias(key, word string) {
	if b.aliases == nil {
		b.aliases = map[string]string{}
	}
	b.aliases[key] = word
}

// otherScript returns the terms of the spellings the synonyms give a name
// in the other script (Waymo for ウェイモ, ウェイモ for Waymo) that are no
// word of the suggestion data themselves.
func (b *sugBuilder) otherScript(text string) []string {
	if b.ix.syn == nil || !isLatinWord(text) && !katakanaName(text) {
		return nil
	}
	term := analyzer.WordTerm(text)
	end, others := b.ix.syn.match([]string{term}, 0)
	if end != 1 {
		return nil
	}
	var out []string
	for _, o := range others {
		t := analyzer.WordTerm(o.text)
		if _, own := b.terms[t]; o.target || own || isLatinWord(o.text) == isLatinWord(text) || !isLatinWord(o.text) && !katakanaName(o.text) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// latinNamed reports whether s is a name in katakana that the synonyms
// also write in Latin letters (ホンダ, Honda): merged with its Latin
// spelling (mergeScripts), not with a word of kanji read alike.
func (b *sugBuilder) latinNamed(s string) bool {
	if b.ix.syn == nil || !katakanaName(s) {
		return false
	}
	end, others := b.ix.syn.match([]string{analyzer.WordTerm(s)}, 0)
	return end == 1 && slices.ContainsFunc(others, func(o synonym) bool { return !o.target && isLatinWord(o.text) })
}

// katakanaName reports whether s is a name in katakana, letters and
// digits after its katakana allowed (テスラ, スペースX, オープンAI).
func katakanaName(s string) bool {
	head := strings.TrimRightFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isASCIIAlnum(r) })
	return katakanaWord(head)
}

// spellingsOfOne reports whether the synonyms pair two spellings of one
// reading both ways (超伝導, 超電導): the same word written otherwise, one
// suggestion, where words that only read alike stay apart (構成, 校正).
func (b *sugBuilder) spellingsOfOne(x, y string) bool {
	if b.ix.syn == nil {
		return false
	}
	terms := b.ix.an.Terms(x)
	end, others := b.ix.syn.match(terms, 0)
	if end == 0 || end != len(terms) {
		return false
	}
	for _, o := range others {
		if !o.target && analyzer.WordTerm(o.text) == analyzer.WordTerm(y) {
			return true
		}
	}
	return false
}

// singleKanjiWeight ranks a single kanji (犬, 株, 性) below the words that
// start with its reading unless it is several times as common: a reader
// who has typed いぬ or せい is more often on the way to a longer word.
const singleKanjiWeight = 0.25

// aloneShare is the share of the titles with the single kanji k that
// have it as a word of its own rather than as a suffix or a piece of a
// longer word (性 of 安全性, 省 of 経産|省): a kanji the articles write
// mostly inside other words ranks by the articles that use it alone,
// below the words that start with its reading (せい is 政府 and 生活
// before 性).
func (b *sugBuilder) aloneShare(k string) float64 {
	alone := float64(min(b.alone[k], b.free[k]) + 1)
	return min(1, alone/float64(b.alone[k]+b.inside[k]+1), alone/float64(b.free[k]+b.suffix[k]+1))
}

// latinSurface returns the commonest spelling of s in Latin letters, or
// "".
func latinSurface(s *termStat) string {
	best, most := "", 0.0
	for sf, w := range s.surfaces {
		if isLatinWord(sf) && (w > most || w == most && sf < best) {
			best, most = sf, w
		}
	}
	return best
}

func withoutLong(s string) string { return strings.ReplaceAll(s, "ー", "") }

// bestSurface is a word's most used spelling.
func bestSurface(s *termStat) string {
	best, bw := "", -1.0
	for sf, w := range s.surfaces {
		if w > bw || (w == bw && sf < best) {
			best, bw = sf, w
		}
	}
	return best
}

func isKanaWord(s string) bool {
	return analyzer.IsKana(s) && !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// mixedKeys returns the keys of a word of Japanese and then Latin letters
// (生成AI, エッジAI) that a reader types in kana and then in Latin letters
// (せいせいai): the reading of the Japanese and the letters; and, when the
// letters are romaji too, the reading and their kana, as an IME left on
// shows them (せいせいあい, on the way to 生成AI; gpt is no romaji). None
// for other words.
func (b *sugBuilder) mixedKeys(surface string) []string {
	head, tail := splitLatinTail(analyzer.Fold(surface))
	if head == "" || tail == "" {
		return nil
	}
	r := readingKey(b.ix.an, head)
	if r == "" {
		return nil
	}
	keys := []string{r + tail}
	if kana, pending, ok := toKana(tail); ok && pending == "" && analyzer.IsKana(kana) {
		keys = append(keys, r+analyzer.ReadingPrefix(kana))
	}
	return keys
}

// splitLatinTail splits the ASCII letters and digits at the end of s off
// what comes before them, when that is not ASCII.
func splitLatinTail(s string) (head, tail string) {
	i := len(s)
	for i > 0 && isASCIIAlnum(rune(s[i-1])) {
		i--
	}
	if i == 0 || i == len(s) || s[i-1] < utf8.RuneSelf {
		return "", ""
	}
	return s[:i], s[i:]
}

// sameKanji reports whether two spellings of a reading have the same
// kanji in the same order, as okurigana variants do (打ち上げ, 打上げ).
func sameKanji(a, b string) bool {
	k := kanjiOf(a)
	return k != "" && k == kanjiOf(b)
}

func kanjiOf(s string) string {
	return strings.Map(func(r rune) rune {
		if isHan(r) {
			return r
		}
		return -1
	}, s)
}

// kanaForKanji reports whether one spelling writes some of the other's
// kanji in kana (子ども, 子供; 友だち, 友達): both one word of the dictionary
// with the same reading, the same first kanji, and the kanji of the one
// in kana in order among the other's. (Kanji alone are no such pair: 泉
// is no 和泉; the dictionary knows 加さん as 加算 written so, and no name
// with さん as one word.)
func (b *sugBuilder) kanaForKanji(x, y string) bool { return kanaForKanji(b.ix.an, x, y) }

// kanaForKanji is sugBuilder.kanaForKanji with the analyzer given.
func kanaForKanji(an *analyzer.Analyzer, x, y string) bool {
	kx, ky := kanjiOf(x), kanjiOf(y)
	if len(kx) > len(ky) {
		x, y, kx, ky = y, x, ky, kx
	}
	if kx == "" || kx == ky || !strings.ContainsFunc(x, func(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' }) {
		return false
	}
	fx, _ := utf8.DecodeRuneInString(x)
	fy, _ := utf8.DecodeRuneInString(y)
	if fx != fy {
		return false // (ご用 is no 誤用)
	}
	i := 0
	for _, r := range ky {
		if i < len(kx) {
			if c, size := utf8.DecodeRuneInString(kx[i:]); c == r {
				i += size
			}
		}
	}
	if i < len(kx) {
		return false
	}
	tx, ty := an.Tokens(x), an.Tokens(y)
	return len(tx) == 1 && len(ty) == 1 && tx[0].Class == "known" && ty[0].Class == "known" &&
		tx[0].Reading != "" && analyzer.NormalizeReading(tx[0].Reading) == analyzer.NormalizeReading(ty[0].Reading)
}

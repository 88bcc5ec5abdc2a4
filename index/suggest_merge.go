package index

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Turning the builder's word statistics into suggestion entries: spellings
// of one word merged. The partial joins are dropped before
// (suggest_partial.go); each word left becomes an entry and its keys in
// suggest_entries.go.

// mergeTerms turns the word statistics into entries. The same word in
// kana and kanji is one entry (its readings agree and one spelling is all
// kana), and so are spellings that differ only by ー (量子コンピュータ,
// 量子コンピューター); the entry shows the most common spelling. Kanji
// homophones (科学, 化学) stay apart.
func (b *sugBuilder) mergeTerms() {
	stats, byReading := b.statsByReading()
	merged := map[*termStat]bool{}
	intoOf := map[*termStat]*termStat{} // where a merged stat went
	for _, group := range byReading {
		// A verb or adjective and a noun read alike are two words
		// (忍ぶ, しのぶ; 重い, 思い).
		nouns := slices.DeleteFunc(slices.Clone(group), func(s *termStat) bool { return s.inflected })
		b.mergeReadAlike(nouns, merged, intoOf)
		b.mergeReadAlike(slices.DeleteFunc(group, func(s *termStat) bool { return !s.inflected }), merged, intoOf)
	}
	b.mergeScripts(merged, intoOf)
	spellingsOf := b.spellingsByEntry(stats, merged)
	readings := map[string]bool{}
	for _, s := range stats {
		readings[s.reading] = true
	}
	for _, s := range stats {
		if merged[s] {
			continue
		}
		b.addTermEntry(s, spellingsOf[s], readings)
	}
}

// statsByReading returns the builder's word statistics, and those with a
// reading grouped by it, folded, to merge the spellings of one word.
func (b *sugBuilder) statsByReading() (stats []*termStat, byReading map[string][]*termStat) {
	byReading = map[string][]*termStat{}
	for _, s := range b.terms {
		stats = append(stats, s)
		if s.reading != "" {
			// Folded alike: a user-dictionary reading keeps ディ, the
			// reading field's is デイ (NVIDIA and エヌビディア are one word).
			r := analyzer.NormalizeReading(s.reading)
			byReading[r] = append(byReading[r], s)
		}
	}
	return stats, byReading
}

// mergeReadAlike merges the words of one reading that are one word
// written otherwise (see writtenOtherwise) into one of them: the
// commonest not all in kana (すし into 寿司), or the commonest. merged and
// intoOf record each word merged and where it went.
func (b *sugBuilder) mergeReadAlike(group []*termStat, merged map[*termStat]bool, intoOf map[*termStat]*termStat) {
	if len(group) < 2 {
		return
	}
	// (Words of as many articles by their spelling: the group comes in
	// the map's order, and two names read alike of 2 articles each, 万理江
	// and 真理恵, had taken マリエ in turn from one build to the next.)
	sort.Slice(group, func(i, j int) bool {
		if group[i].count != group[j].count {
			return group[i].count > group[j].count
		}
		return bestSurface(group[i]) < bestSurface(group[j])
	})
	into := shownOf(group)
	for _, s := range group {
		if s == into || merged[s] || !b.writtenOtherwise(s, into) {
			continue
		}
		for sf, w := range s.surfaces {
			into.surfaces[sf] += w
		}
		into.count += s.count
		into.recent += s.recent
		merged[s], intoOf[s] = true, into
	}
}

// shownOf returns the word of a group read alike, commonest first, that
// the others merge into: the commonest whose spelling is not all kana, or
// else the commonest.
func shownOf(group []*termStat) *termStat {
	for _, s := range group {
		if !isKanaWord(bestSurface(s)) {
			return s
		}
	}
	return group[0]
}

// writtenOtherwise reports whether s, which reads as into does, is the
// same word written otherwise: in kana, with or without ー, with the same
// kanji (打ち上げ, 打上げ), some of them in kana (子ども, 子供), or as the
// synonyms pair it both ways (超伝導, 超電導).
func (b *sugBuilder) writtenOtherwise(s, into *termStat) bool {
	from, to := bestSurface(s), bestSurface(into)
	if !isKanaWord(from) && withoutLong(from) != withoutLong(to) && !sameKanji(from, to) && !b.kanaForKanji(from, to) && !b.spellingsOfOne(from, to) {
		return false
	}
	if !isKanaWord(to) && b.latinNamed(from) {
		return false // a company's name, not the kanji read alike (ホンダ, Honda; not the 本田 of 本田圭佑)
	}
	return true
}

// spellingsByEntry returns, for each word that stays an entry, the terms
// of its spellings that are one suggestion with it: those of a name
// merged across scripts (mergeScripts), and its own.
func (b *sugBuilder) spellingsByEntry(stats []*termStat, merged map[*termStat]bool) map[*termStat][]string {
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
	return spellingsOf
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
			into.mergeNamed(from)
			merged[from], intoOf[from] = true, into
			if from == s {
				break
			}
		}
	}
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

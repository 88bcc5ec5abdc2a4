package index

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Dropping the joined words that are only a piece of a longer one before
// the word statistics become suggestion entries (see mergeTerms).

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

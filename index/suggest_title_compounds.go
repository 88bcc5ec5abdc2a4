package index

import (
	"slices"
	"strings"
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
				tw.b.addCompound(tw.title, run[i:j], tw.w, tw.seen)
			}
		}
	}
	tw.run = run[:0]
}

// adjacent reports whether t is written right after the last word of the
// run, nothing or the dot of a name between: one compound with it.
func (tw *titleWords) adjacent(t analyzer.Token) bool {
	last := tw.run[len(tw.run)-1]
	return t.Position == last.Position+1 && joins(between(tw.title, last, t))
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

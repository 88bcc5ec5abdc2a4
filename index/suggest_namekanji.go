package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A compound the index joined whose first kanji kagome read as a given
// name: 美|魔女 is ヨシマジョ to kagome, 美 read as the name 美 (ヨシ), and
// the suggestions had offered 美魔女 (19 livedoor articles) for neither
// びま nor びまじょ, which a search finds it by.

// maxNameKanjiReadings bounds the readings nameKanjiReadings gives.
const maxNameKanjiReadings = 2

// nameKanjiReadings returns the readings of a joined word, toks its
// indexed tokens, with each single kanji that kagome read as a given name
// read instead by the dictionary's other readings of it (美 as ビ), when
// another token is a common word (魔女), so that the word is no name;
// nil otherwise. The kanji's first other reading is taken, the rest of
// the word as kagome read it.
func nameKanjiReadings(an *analyzer.Analyzer, toks []analyzer.Token) []string {
	common := false
	for _, t := range toks {
		if !strings.HasPrefix(t.POS, "名詞,固有名詞") {
			common = true
		}
	}
	if !common || len(toks) < 2 {
		return nil
	}
	var out []string
	for i, t := range toks {
		if !givenNameKanji(t) {
			continue
		}
		for _, r := range an.DictReadings(t.Surface) {
			if r == t.Reading {
				continue
			}
			if reading := readingWith(toks, i, r); reading != "" {
				out = append(out, reading)
			}
			break
		}
		if len(out) == maxNameKanjiReadings {
			break
		}
	}
	return out
}

// givenNameKanji reports whether t is a single kanji kagome read as a
// given name (名詞,固有名詞,人名,名).
func givenNameKanji(t analyzer.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Surface)
	return utf8.RuneCountInString(t.Surface) == 1 && isHan(r) && strings.HasPrefix(t.POS, "名詞,固有名詞,人名,名") && t.Reading != ""
}

// readingWith returns the reading of toks with toks[i] read as r, the
// others as kagome read them; "" when one has no reading.
func readingWith(toks []analyzer.Token, i int, r string) string {
	var b strings.Builder
	for j, t := range toks {
		if j == i {
			b.WriteString(r)
			continue
		}
		if t.Reading == "" {
			return ""
		}
		b.WriteString(t.Reading)
	}
	return analyzer.NormalizeReading(b.String())
}

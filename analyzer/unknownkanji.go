package analyzer

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Kanji the dictionary has no word of their own for. kagome cuts 加圧 as
// 加|圧 and leaves 圧 an unknown word without a reading: the IPA
// dictionary has 圧力, 気圧 and 電圧 but no 圧 alone, so the run's joined
// reading was missing and kana typed for the word (かあつ) found none of
// the articles that write it. Such a kanji is read as the dictionary's
// own words of two kanji read it: where one kanji of such a word has an
// entry of its own whose reading starts (or ends) the word's, the rest of
// the reading is the other kanji's (気圧 キアツ with 気 キ gives 圧 アツ).
// The reading most of those words agree on, given by at least
// minKanjiVotes of them, is the kanji's. An unknown word of such kanji
// takes their readings joined when it stands against another kanji word
// (the word it is a part of, whose other parts are read), and the
// shingler joins it into the word's reading (カアツ); an unknown kanji in
// a name keeps the name readings (see names.go) instead.

// minKanjiVotes is how many words of two kanji must agree on a kanji's
// reading: one word may be read unlike its parts (a name, 圧勝 アッショウ).
const minKanjiVotes = 2

var (
	pairReadingsOnce sync.Once
	pairReadings     map[rune]string // a kanji with no entry alone -> its reading in two-kanji words
)

// kanjiReading returns the reading two-kanji words of the IPA dictionary
// give r, when r has no entry of its own; "" otherwise.
func (a *Analyzer) kanjiReading(r rune) string {
	pairReadingsOnce.Do(func() { pairReadings = buildPairReadings(a.feat) })
	return pairReadings[r]
}

// buildPairReadings reads the IPA dictionary once: the readings of each
// kanji that has an entry alone, then, for each kanji that has none, the
// readings the two-kanji nouns holding it leave for it.
func buildPairReadings(f featureIndex) map[rune]string {
	d := ipa.Dict()
	type pair struct {
		a, b    rune
		reading string
	}
	alone := map[rune][]string{}
	var pairs []pair
	for id, c := range d.Contents {
		if id >= len(d.POSTable.POSs) {
			break
		}
		pos := d.POSTable.POSs[id]
		base, at := f.base-len(pos), f.reading-len(pos)
		if base < 0 || at < 0 || base >= len(c) || at >= len(c) {
			continue
		}
		w := c[base]
		n := utf8.RuneCountInString(w)
		if n > 2 || !isAllHan(w) || c[at] == "*" {
			continue
		}
		reading := NormalizeReading(c[at])
		if reading == "" {
			continue
		}
		switch n {
		case 1:
			r, _ := utf8.DecodeRuneInString(w)
			if !slices.Contains(alone[r], reading) {
				alone[r] = append(alone[r], reading)
			}
		case 2:
			if len(pos) == 0 || d.POSTable.NameList[pos[0]] != "名詞" || len(pos) > 1 && d.POSTable.NameList[pos[1]] == "固有名詞" {
				continue // a name is read its own way
			}
			r1, n := utf8.DecodeRuneInString(w)
			r2, _ := utf8.DecodeRuneInString(w[n:])
			pairs = append(pairs, pair{r1, r2, reading})
		}
	}
	votes := map[rune]map[string]int{}
	vote := func(r rune, reading string) {
		if _, ok := alone[r]; ok || reading == "" {
			return
		}
		if votes[r] == nil {
			votes[r] = map[string]int{}
		}
		votes[r][reading]++
	}
	for _, p := range pairs {
		for _, ra := range alone[p.a] {
			if rest, ok := strings.CutPrefix(p.reading, ra); ok {
				vote(p.b, rest)
			}
		}
		for _, rb := range alone[p.b] {
			if rest, ok := strings.CutSuffix(p.reading, rb); ok {
				vote(p.a, rest)
			}
		}
	}
	out := make(map[rune]string, len(votes))
	for r, vs := range votes {
		best, n := "", 0
		for reading, c := range vs {
			if c > n || c == n && reading < best {
				best, n = reading, c
			}
		}
		if n >= minKanjiVotes {
			out[r] = best
		}
	}
	return out
}

// unknownKanjiReading returns the reading of toks[i] when it is an
// unknown word of kanji right against another kanji word: its kanji's
// readings (see kanjiReading) joined; "" when it is not, or when one of
// its kanji has none.
func (a *Analyzer) unknownKanjiReading(toks []tokenizer.Token, i int) string {
	k := &toks[i]
	if k.Class != tokenizer.UNKNOWN || !isAllHan(k.Surface) || !kanjiNeighbour(toks, i) {
		return ""
	}
	var b strings.Builder
	for _, r := range k.Surface {
		reading := a.kanjiReading(r)
		if reading == "" {
			return ""
		}
		b.WriteString(reading)
	}
	return b.String()
}

// kanjiNeighbour reports whether a word of kanji touches toks[i] on
// either side, with no space between.
func kanjiNeighbour(toks []tokenizer.Token, i int) bool {
	k := &toks[i]
	if i > 0 {
		p := &toks[i-1]
		if p.Position+len(p.Surface) == k.Position && isAllHan(p.Surface) {
			return true
		}
	}
	if i+1 < len(toks) {
		n := &toks[i+1]
		if k.Position+len(k.Surface) == n.Position && isAllHan(n.Surface) {
			return true
		}
	}
	return false
}

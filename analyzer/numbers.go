package analyzer

import (
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Numbers: a run of numeral tokens (1,200, 3.5, 二十一) becomes one token.

// numeralRun returns the end of the run of adjacent numeral tokens that
// starts at i (i itself when toks[i] is not one). Digits on either side of
// a thousands separator or a decimal point belong to the run: 1,200 and
// 3.5 are one number each.
func numeralRun(toks []tokenizer.Token, i int) int {
	adjacent := func(a, b int) bool { return toks[b].Position == toks[a].Position+len(toks[a].Surface) }
	j := i
	for j < len(toks) {
		if isNumeralToken(&toks[j]) && (j == i || adjacent(j-1, j)) {
			j++
			continue
		}
		if sep := toks[j].Surface; j > i && j+1 < len(toks) && (sep == "," || sep == ".") &&
			adjacent(j-1, j) && adjacent(j, j+1) && isDigits(toks[j-1].Surface) && isDigits(toks[j+1].Surface) &&
			(sep == "." || len(toks[j+1].Surface) == 3) {
			j += 2
			continue
		}
		return j
	}
	return j
}

func isDigits(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
}

// isNumber reports whether the numeral tokens toks[i:j] are a number to
// write in digits rather than a kanji that is part of a word: more than one
// numeral character (二〇二六, 三万), an Arabic digit, or a single kanji
// numeral after a number prefix (第一) or before a counter (三人, 六月). A
// lone 六 or 三 elsewhere is read as written: 六本木 and 三木谷 are names,
// not 6本木 and 3木谷.
func isNumber(toks []tokenizer.Token, i, j int) bool {
	adjacent := func(a, b int) bool { return toks[b].Position == toks[a].Position+len(toks[a].Surface) }
	k := i - 1 // before the numerals this run continues (数百|万)
	for k >= 0 && adjacent(k, k+1) && isNumeralToken(&toks[k]) {
		k--
	}
	if k >= 0 && adjacent(k, k+1) && (toks[k].Surface == "数" || toks[k].Surface == "何") && !isDigits(toks[k+1].Surface) {
		return false // 数十倍, 何百年, 数百万円: some tens, not 10 (契約数900万 is 900万)
	}
	if j > i+1 || utf8.RuneCountInString(toks[i].Surface) > 1 || strings.ContainsAny(toks[i].Surface, "0123456789") {
		return true
	}
	if i > 0 && adjacent(i-1, i) {
		pos0, _ := toks[i-1].FeatureAt(0)
		pos1, _ := toks[i-1].FeatureAt(1)
		if pos0 == "接頭詞" && pos1 == "数接続" {
			return true
		}
	}
	if j < len(toks) && adjacent(j-1, j) {
		pos1, _ := toks[j].FeatureAt(1)
		pos2, _ := toks[j].FeatureAt(2)
		return pos1 == "接尾" && pos2 == "助数詞"
	}
	return false
}

func isNumeralToken(k *tokenizer.Token) bool {
	if !isNumeral(k.Surface) {
		return false
	}
	pos1, _ := k.FeatureAt(1)
	return pos1 == "数"
}

// numberMorph joins numeral tokens into one morph whose term is the value
// in Arabic digits (二〇二六 → 2026).
func (a *Analyzer) numberMorph(toks []tokenizer.Token, chunkStart int, mp *mapper, pos int) morph {
	first, last := &toks[0], &toks[len(toks)-1]
	from, to := chunkStart+first.Position, chunkStart+last.Position+len(last.Surface)
	var surface strings.Builder
	for i := range toks {
		surface.WriteString(toks[i].Surface)
	}
	// 1,200 is 1200; 3.5 stays as written, but 5.0 is 5 (PCIe 5.0 is
	// PCIe 5 to a reader).
	term, ok := normalizeNumber(strings.ReplaceAll(surface.String(), ",", ""))
	if !ok {
		term = surface.String()
	}
	if whole, frac, dot := strings.Cut(term, "."); dot && whole != "" && frac != "" && strings.Trim(frac, "0") == "" {
		term = whole
	}
	s, e := mp.span(from, to)
	return morph{tok: first, surface: surface.String(), start: s, end: e, pos: pos, term: term, reading: term, number: true}
}

// seriesNumber returns the number of a series written with a zero before
// it after a Latin word and a point (vol.05, No.09) without that zero,
// when toks[i:j] is such a number: readers type vol.5 for the fifth of a
// series the site numbers vol.05 (47 of livedoor's titles do), and the
// zero is no part of the number. Glued to the letters or cut by a hyphen
// it stays (IS03, SH-01E: a model), and so does a number a letter follows
// (No.06D) or of more digits (No.007).
func seriesNumber(toks []tokenizer.Token, i, j int, term string) (string, bool) {
	if j != i+1 || i < 2 || len(term) != 2 || term[0] != '0' || term[1] < '1' || term[1] > '9' || toks[i].Surface != term {
		return "", false
	}
	adjacent := func(a, b int) bool { return toks[b].Position == toks[a].Position+len(toks[a].Surface) }
	if toks[i-1].Surface != "." || !adjacent(i-2, i-1) || !adjacent(i-1, i) || !isLetters(toks[i-2].Surface) {
		return "", false
	}
	if j < len(toks) && adjacent(i, j) {
		if r, _ := utf8.DecodeRuneInString(toks[j].Surface); r < utf8.RuneSelf && (isLetters(string(r)) || '0' <= r && r <= '9') {
			return "", false
		}
	}
	return term[1:], true
}

// kanjiMonth returns the month in Arabic digits when k is one of the IPA
// dictionary's month words, 一月 to 十二月, which kagome keeps whole where
// it splits 12月 and 二十五日 into number and counter. walk indexes the
// word as 12 and 月, so 十二月 and 12月 are one phrase.
func kanjiMonth(k *tokenizer.Token) (string, bool) {
	num, ok := strings.CutSuffix(k.Surface, "月")
	if !ok || num == "" || strings.ContainsAny(num, "0123456789") {
		return "", false
	}
	if pos1, _ := k.FeatureAt(1); pos1 != "副詞可能" {
		return "", false
	}
	v, ok := normalizeNumber(num)
	if !ok || len(v) > 2 || v == "0" || v == "00" || len(v) == 2 && v > "12" {
		return "", false
	}
	return v, true
}

// monthMorphs emits a kanji month word as its number and 月 at pos and
// pos+1, read as 12月 is read, and returns the last position taken.
func (a *Analyzer) monthMorphs(k *tokenizer.Token, digits string, at int, mp *mapper, pos, shift int, readings bool, fn func(*morph)) int {
	split := at + len(k.Surface) - len("月")
	s, e := mp.span(at, split)
	num := morph{tok: k, surface: k.Surface[:len(k.Surface)-len("月")], start: s, end: e, pos: pos, rpos: pos - shift,
		term: digits, reading: digits, number: true}
	fn(&num)
	pos++
	s, e = mp.span(split, at+len(k.Surface))
	month := morph{tok: k, surface: "月", start: s, end: e, pos: pos, rpos: pos - shift, term: "月"}
	if readings {
		month.reading = NormalizeReading("ツキ") // as kagome reads the 月 of 12月
	}
	fn(&month)
	return pos
}

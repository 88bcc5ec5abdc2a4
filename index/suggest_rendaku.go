package index

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// Compounds as they are said: the second word of a compound often takes
// the voiced form of its first kana (時計 トケイ alone, 腕時計 ウデドケイ),
// which the reading field, reading each word alone, does not give a run
// the analyzer joins (腕|時計: ウデトケイ). A reader who typed うでどけい
// had found 腕時計 only through the look-up of a slip, and on the way,
// in romaji or with a letter pending (udedo, うでd), 腕立て alone.

// rendakuKana are the kana sequential voicing voices.
const rendakuKana = "カキクケコサシスセソタチツテトハヒフヘホ"

// voicedJoins returns the readings of a run the analyzer joined, toks its
// indexed tokens, with the first kana of one word of two kanji or more
// after the first voiced, one word at a time; only a common noun (時計,
// not a verbal noun such as 交換 or 使用, Sino-Japanese words that seldom
// voice: 先交換 is no センゴウカン), not a word whose reading has a voiced
// kana already (Lyman's law: 武装 stays ブソウ), nor a single kanji, which
// the analyzer voices itself (see analyzer/rendaku.go).
func voicedJoins(toks []analyzer.Token) []string {
	var out []string
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		if utf8.RuneCountInString(t.Surface) < 2 || !allKanji(t.Surface) || !strings.HasPrefix(t.POS, "名詞,一般") || hasVoicedKana(t.Reading) {
			continue
		}
		first, size := utf8.DecodeRuneInString(t.Reading)
		if !strings.ContainsRune(rendakuKana, first) {
			continue
		}
		var b strings.Builder
		for i, u := range toks {
			if u.Reading == "" {
				return nil
			}
			if i == k {
				b.WriteString(norm.NFC.String(string(first) + "\u3099"))
				b.WriteString(u.Reading[size:])
				continue
			}
			b.WriteString(u.Reading)
		}
		out = append(out, analyzer.NormalizeReading(b.String()))
	}
	return out
}

// hasVoicedKana reports whether a reading has a voiced kana (ガ, ズ, ボ;
// not the half-voiced パ).
func hasVoicedKana(reading string) bool {
	return strings.ContainsFunc(norm.NFD.String(reading), func(r rune) bool { return r == '\u3099' })
}

package analyzer

import (
	"strings"
	"unicode/utf8"
)

// An adverb of two or more kanji and a final と or に (意外と, 意外に,
// 一気に, 堂々と) is the noun it is written with and a particle, and kagome
// reads it either way by what comes before: 意外と at a sentence's start is
// one adverb, 使える意外と is 意外 and the particle と. A query typed as
// the reader remembers the words then missed the sentence it came from
// (`iPhone 意外と知らない技` found none of the tips article titled
// iPhoneで使える意外と知らない技). Such an adverb is indexed as its noun,
// in the main field and the reading field alike (意外, イガイ), so it meets
// the noun however either side was segmented; its surface stays, so the
// words a query stresses with (本当に) are still known as such.

// adverbStem returns the noun of kanji an adverb's surface is written
// with before its final と or に, and true; "", false for other surfaces
// (特に: one kanji is too short to stand for the adverb; ずっと, kana).
func adverbStem(surface string) (string, bool) {
	stem, ok := strings.CutSuffix(surface, "と")
	if !ok {
		stem, ok = strings.CutSuffix(surface, "に")
	}
	if !ok || utf8.RuneCountInString(stem) < 2 || !isAllHan(stem) {
		return "", false
	}
	return stem, true
}

// adverbReading returns reading, the dictionary's reading of an adverb
// adverbStem takes to its noun, without the final ト or ニ of the
// particle; reading itself when it does not end so.
func adverbReading(reading string) string {
	if r, ok := strings.CutSuffix(reading, "ト"); ok && r != "" {
		return r
	}
	if r, ok := strings.CutSuffix(reading, "ニ"); ok && r != "" {
		return r
	}
	return reading
}

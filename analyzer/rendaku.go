package analyzer

import (
	"strings"
	"unicode/utf8"
)

// Sequential voicing (rendaku). A kanji that starts the second part of a
// compound or name often takes the voiced form of its first kana: 田 is
// タ alone and ダ in 里田 (サトダ), 島 シマ and ジマ in 川島, 藤 トウ and
// ドウ in 須藤. kagome splits a name it does not know into single kanji
// and reads each alone, so the shingler's joined reading of 里|田 is
// サトタ, and a reader who types さとだまい for 里田まい found nothing. A
// joined run of kanji words is therefore also indexed under the readings
// that voice the first kana of one of its single kanji after the first
// token, one kanji at a time, unless that kanji's reading already has a
// voiced kana (Lyman's law: 藤 フジ stays フジ, not ブジ).

// voiced maps a voiceless kana to its voiced form.
var voiced = map[rune]rune{
	'カ': 'ガ', 'キ': 'ギ', 'ク': 'グ', 'ケ': 'ゲ', 'コ': 'ゴ',
	'サ': 'ザ', 'シ': 'ジ', 'ス': 'ズ', 'セ': 'ゼ', 'ソ': 'ゾ',
	'タ': 'ダ', 'チ': 'ヂ', 'ツ': 'ヅ', 'テ': 'デ', 'ト': 'ド',
	'ハ': 'バ', 'ヒ': 'ビ', 'フ': 'ブ', 'ヘ': 'ベ', 'ホ': 'ボ',
}

// voicedKana are the voiced kana, whose presence in a reading blocks the
// voicing of its first.
const voicedKana = "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ"

// hasVoiced reports whether s holds a voiced kana.
func hasVoiced(s string) bool { return strings.ContainsAny(s, voicedKana) }

// maxRendaku bounds the voiced readings of one joined run: a run joins
// at most MaxShingle tokens, so at most three of them may voice.
const maxRendaku = MaxShingle - 1

// rendakuReadings returns the readings of run, whose tokens' own readings
// joined are its reading, with the first kana of one single kanji after
// the first token voiced: 里|田 gives サトダ. nil when no token of run
// may voice or a token has no reading.
func rendakuReadings(run []morph) []string {
	var out []string
	for k := 1; k < len(run) && len(out) < maxRendaku; k++ {
		m := run[k]
		if !isSingleKanji(m) || m.reading == "" || hasVoiced(m.reading) {
			continue
		}
		first, size := utf8.DecodeRuneInString(m.reading)
		v, ok := voiced[first]
		if !ok {
			continue
		}
		var b strings.Builder
		for i, t := range run {
			if t.reading == "" {
				return nil
			}
			if i == k {
				b.WriteRune(v)
				b.WriteString(t.reading[size:])
				continue
			}
			b.WriteString(t.reading)
		}
		out = append(out, NormalizeReading(b.String()))
	}
	return out
}

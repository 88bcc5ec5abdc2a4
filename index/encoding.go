package index

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// Text that is not UTF-8 is refused everywhere; when it is in one of the
// legacy Japanese encodings a Japanese writer's tools still produce (an
// Excel export, an old form posting in Shift_JIS, a mail in ISO-2022-JP),
// the refusal says which, and how to convert it, rather than only
// "invalid UTF-8".

// LegacyEncoding names the legacy Japanese encoding b is most likely
// written in, "Shift_JIS", "EUC-JP" or "ISO-2022-JP", or "" when b is
// UTF-8, mostly UTF-8 with a stray byte, or reads as neither: its bytes
// that are no UTF-8 must outnumber the kana and kanji that are, decode in
// that encoding without a replacement character, and decode mostly to
// kana, kanji and Japanese punctuation (EUC-JP read as Shift_JIS is
// half-width katakana; Shift_JIS is no EUC-JP at all).
func LegacyEncoding(b []byte) string {
	if bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) {
		// (ESC $ B switches to JIS X 0208, where kana and kanji are; a
		// terminal's ESC ( B, as tput sgr0 writes it, alone is no sign.)
		return "ISO-2022-JP"
	}
	// Legacy bytes read as UTF-8 are mostly invalid, and the few
	// sequences that happen to be valid are Latin or Greek letters
	// (\x91S\x8c\xc5\x91\xcc is 全固体 in Shift_JIS, and holds Ő and
	// U+0313), hardly ever kana or kanji.
	invalid, japaneseUTF8 := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case japaneseRune(r):
			japaneseUTF8++
		}
		i += n
	}
	if invalid == 0 || invalid <= japaneseUTF8 {
		return ""
	}
	best, bestScore := "", 0
	for _, enc := range []struct {
		name string
		enc  encoding.Encoding
	}{{"Shift_JIS", japanese.ShiftJIS}, {"EUC-JP", japanese.EUCJP}} {
		text, err := enc.enc.NewDecoder().Bytes(b)
		if err != nil || bytes.ContainsRune(text, utf8.RuneError) {
			continue
		}
		japaneseRunes, other := 0, 0
		for _, r := range string(text) {
			switch {
			case r < utf8.RuneSelf:
			case japaneseRune(r):
				japaneseRunes++
			default:
				other++
			}
		}
		if japaneseRunes > other && japaneseRunes > bestScore {
			best, bestScore = enc.name, japaneseRunes
		}
	}
	return best
}

// japaneseRune reports kana (not half-width), kanji, and the punctuation,
// enclosed and full-width forms of Japanese text.
func japaneseRune(r rune) bool {
	return 0x3000 <= r && r <= 0x30ff || // punctuation, hiragana, katakana
		0x2460 <= r && r <= 0x24ff || // ①
		0x3200 <= r && r <= 0x33ff || // ㈱, ㍿
		0xff01 <= r && r <= 0xff5e || // full-width ASCII
		unicode.Is(unicode.Han, r)
}

// ConvertHint says how to convert text in a legacy encoding that
// LegacyEncoding named to UTF-8.
func ConvertHint(name string) string {
	from := name
	if name == "Shift_JIS" {
		from = "CP932" // (Windows' Shift_JIS, with its extra characters: ①, ㈱, 髙)
	}
	return "the text looks like " + name + ": convert it to UTF-8 (iconv -f " + from + " -t UTF-8)"
}

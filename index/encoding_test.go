package index

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// legacyLine is an article line written for these tests.
const legacyLine = `{"id":"a","title":"シフトJISで書いた記事","body":"日本語の本文です。①㈱","published":"2026-04-01T09:00:00+09:00"}`

func mustEncode(tb testing.TB, enc encoding.Encoding, s string) []byte {
	tb.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestLegacyEncoding(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"an article in Shift_JIS", mustEncode(t, japanese.ShiftJIS, legacyLine), "Shift_JIS"},
		{"Windows' characters of Shift_JIS (CP932)", mustEncode(t, japanese.ShiftJIS, "①㈱髙橋"), "Shift_JIS"},
		{"a query in Shift_JIS, as an old form posts it", mustEncode(t, japanese.ShiftJIS, "全固体電池"), "Shift_JIS"},
		{"an article in EUC-JP", mustEncode(t, japanese.EUCJP, strings.ReplaceAll(legacyLine, "①㈱", "")), "EUC-JP"},
		{"an article in ISO-2022-JP", mustEncode(t, japanese.ISO2022JP, legacyLine), "ISO-2022-JP"},
		{"UTF-8", []byte(legacyLine), ""},
		{"UTF-8 with a stray byte", []byte(`{"title":"日本語の本文` + "\xff" + `"}`), ""},
		{"Latin-1", []byte("caf\xe9 cr\xe8me"), ""},
		{"ASCII", []byte(`{"title":"t"}`), ""},
		{"an escape of a terminal, no ISO-2022-JP", []byte("\x1b[31m赤"), ""},
		{"a terminal's reset, as tput sgr0 writes it", []byte("完了\x1b(B\x1b[m"), ""},
		{"nothing", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LegacyEncoding(tt.in); got != tt.want {
				t.Errorf("LegacyEncoding(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestDecodeArticleSaysWhatToFix: a line in a legacy Japanese encoding,
// with a second byte order mark, two objects or a DOS end-of-file mark is
// told so, not only in the decoder's words.
func TestDecodeArticleSaysWhatToFix(t *testing.T) {
	tests := []struct {
		name string
		line []byte
		want string
	}{
		{"Shift_JIS", mustEncode(t, japanese.ShiftJIS, legacyLine), "looks like Shift_JIS: convert it to UTF-8 (iconv -f CP932 -t UTF-8)"},
		{"EUC-JP", mustEncode(t, japanese.EUCJP, strings.ReplaceAll(legacyLine, "①㈱", "")), "looks like EUC-JP: convert it to UTF-8 (iconv -f EUC-JP -t UTF-8)"},
		{"ISO-2022-JP", mustEncode(t, japanese.ISO2022JP, legacyLine), "looks like ISO-2022-JP"},
		{"a second byte order mark", []byte("\ufeff" + legacyLine), "byte order mark (U+FEFF) stands where a value should start"},
		{"two objects on a line", []byte(legacyLine + " " + legacyLine), "a second JSON object follows the first"},
		{"a DOS end-of-file mark after the object", []byte(legacyLine + "\x1a"), "end-of-file mark of old Windows tools"},
		{"a DOS end-of-file mark alone", []byte("\x1a"), "end-of-file mark of old Windows tools"},
		{"NULs a crash left", []byte("\x00\x00\x00\x00"), "a NUL byte (U+0000) stands where a value should start"},
		{"NULs after the object", []byte(legacyLine + "\x00\x00"), "a NUL byte (U+0000)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeArticle(tt.line)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("DecodeArticle(%q) = %v, want it to say %q", tt.line, err, tt.want)
			}
		})
	}
}

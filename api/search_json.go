package api

import (
	"math"
	"strconv"
	"unicode/utf8"

	"sagasu/index"
)

// jsonAppender is a response that writes its own JSON, byte for byte what
// encoding/json (HTML not escaped) would write, without reflection. ok
// false means a value has no JSON (a NaN score, a year past 9999):
// encoding/json then encodes it and reports the error as it always has.
type jsonAppender interface {
	appendJSON(b []byte) (out []byte, ok bool)
}

// appendJSON writes a search's answer: a search's time through HTTP went
// a tenth to encoding/json, most of it reading its Japanese strings rune
// by rune and the fields by reflection.
func (r *searchResponse) appendJSON(b []byte) ([]byte, bool) {
	ok := true
	b = append(b, `{"total":`...)
	b = strconv.AppendUint(b, r.Total, 10)
	b = append(b, `,"relaxed":`...)
	b = strconv.AppendBool(b, r.Relaxed)
	b = append(b, `,"all_words":`...)
	b = strconv.AppendUint(b, r.AllWords, 10)
	b = append(b, `,"took_ms":`...)
	b, ok = appendJSONFloat(b, r.TookMS)
	if !ok {
		return b, false
	}
	b = append(b, `,"page":`...)
	b = strconv.AppendInt(b, int64(r.Page), 10)
	b = append(b, `,"per_page":`...)
	b = strconv.AppendInt(b, int64(r.PerPage), 10)
	b = append(b, `,"hits":`...)
	if r.Hits == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Hits {
			if i > 0 {
				b = append(b, ',')
			}
			if b, ok = appendHitJSON(b, &r.Hits[i]); !ok {
				return b, false
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"facets":{"category":`...)
	b = appendFacetValues(b, r.Facets.Category)
	b = append(b, `,"month":`...)
	b = appendFacetValues(b, r.Facets.Month)
	b = append(b, `},"next_cursor":`...)
	b = appendJSONString(b, r.NextCursor)
	b = append(b, "}\n"...) // (json.Encoder ends a value with a newline)
	return b, true
}

func appendHitJSON(b []byte, h *index.Hit) ([]byte, bool) {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, h.ID)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, h.Title)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, h.URL)
	b = append(b, `,"category":`...)
	b = appendJSONString(b, h.Category)
	b = append(b, `,"tags":`...)
	b = appendJSONStrings(b, h.Tags)
	b = append(b, `,"published":"`...)
	b, err := h.Published.AppendText(b) // (what its MarshalJSON quotes)
	if err != nil {
		return b, false
	}
	b = append(b, `","score":`...)
	b, ok := appendJSONFloat(b, h.Score)
	if !ok {
		return b, false
	}
	b = append(b, `,"title_html":`...)
	b = appendJSONString(b, h.TitleHTML)
	b = append(b, `,"snippet_html":`...)
	b = appendJSONString(b, h.SnippetHTML)
	return append(b, '}'), true
}

func appendFacetValues(b []byte, vs []index.FacetValue) []byte {
	if vs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"value":`...)
		b = appendJSONString(b, v.Value)
		b = append(b, `,"count":`...)
		b = strconv.AppendInt(b, int64(v.Count), 10)
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONFloat writes f as encoding/json writes a float64 (as
// JavaScript would: no exponent from 1e-6 to 1e21); NaN and the
// infinities have no JSON.
func appendJSONFloat(b []byte, f float64) ([]byte, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-07 is written e-7.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

// appendJSONString writes s quoted as encoding/json writes it with HTML
// escaping off: ", \ and the control characters below U+0020 escaped
// (\b \f \n \r \t by name), U+2028 and U+2029 escaped for JavaScript,
// each byte of invalid UTF-8 as \ufffd; everything else as it is. A
// three-byte character (kana, kanji) is checked in place rather than
// decoded.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		if i+2 < len(s) && c >= 0xE1 && c <= 0xEF && c != 0xED && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 &&
			(c != 0xE2 || s[i+1] != 0x80 || s[i+2]&0xFE != 0xA8) {
			// A well-formed three-byte character (E0 and ED, whose
			// second bytes are restricted, are decoded below) that is
			// not U+2028 or U+2029 (E2 80 A8, E2 80 A9).
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

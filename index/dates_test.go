package index

import (
	"strings"
	"testing"
)

// TestDateWrittenOtherwise: a date written as Japanese writers write it
// is refused with its ISO form in the message.
func TestDateWrittenOtherwise(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2026年", "2026"},
		{"2026年4月", "2026-04"},
		{"2026年4月1日", "2026-04-01"},
		{"2026 年 12 月 31 日", "2026-12-31"},
		{"2026/04/01", "2026-04-01"},
		{"2026/4/1", "2026-04-01"},
		{"2026/4", "2026-04"},
		{"2026.04.01", "2026-04-01"},
		{"2026-4-1", "2026-04-01"},
		{"20260401", "2026-04-01"},
		{"令和8年", "2026"},
		{"令和元年5月1日", "2019-05-01"},
		{"平成31年4月", "2019-04"},
		{"昭和64年1月7日", "1989-01-07"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseDate(tt.in, false)
			if err == nil || !strings.Contains(err.Error(), "write it "+tt.want+" (") {
				t.Errorf("ParseDate(%q) = %v, want an error that says to write it %s", tt.in, err, tt.want)
			}
		})
	}
	// Not dates in any form: the usual message, with no form to suggest.
	for _, in := range []string{"2026/13/01", "2026/02/30", "2026/04-01", "令和0年", "2026年13月", "きのう", "202604"} {
		_, err := ParseDate(in, false)
		if err == nil || strings.Contains(err.Error(), "write it") {
			t.Errorf("ParseDate(%q) = %v, want an error with no form to write", in, err)
		}
	}
}

// TestDateDashesFolded: a date typed with the dashes Japanese input
// writes for its hyphens is the date written with -, in from, to and
// published: alike.
func TestDateDashesFolded(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"full-width hyphen-minus", "２０２６－０４", "2026-04"},
		{"macOS full-width minus sign", "２０２６−０４−０１", "2026-04-01"},
		{"minus sign in half width", "2026−04−01", "2026-04-01"},
		{"long-vowel mark of a kana-mode IME", "２０２６ー０４ー０１", "2026-04-01"},
		{"half-width long-vowel mark", "2026ｰ04", "2026-04"},
		{"hyphen", "2026‐04", "2026-04"},
		{"en dash", "2026–04–01", "2026-04-01"},
		{"em dash", "2026—04", "2026-04"},
		{"an offset's minus sign", "2026-04-01T09:00:00−05:00", "2026-04-01T09:00:00-05:00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, end := range []bool{false, true} {
				got, err := ParseDate(tt.in, end)
				want, werr := ParseDate(tt.want, end)
				if err != nil || werr != nil || !got.Equal(want) {
					t.Errorf("ParseDate(%q, %v) = %v, %v; want %v as for %q", tt.in, end, got, err, want, tt.want)
				}
			}
		})
	}
}

// TestDateTimeToWrite: a time nearly in RFC 3339 is refused with the
// time to write; one without an offset is told it needs one.
func TestDateTimeToWrite(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"offset without its colon", "2026-04-01T09:00:00+0900", "write it 2026-04-01T09:00:00+09:00 ("},
		{"offset of hours alone", "2026-04-01T09:00:00-05", "write it 2026-04-01T09:00:00-05:00 ("},
		{"no seconds", "2026-04-01T09:00Z", "write it 2026-04-01T09:00:00Z ("},
		{"no seconds, lower-case z", "2026-04-01t09:00z", "write it 2026-04-01T09:00:00Z ("},
		{"comma before the fraction", "2026-04-01T09:00:00,5+09:00", "write it 2026-04-01T09:00:00.5+09:00 ("},
		{"a space for the T, as SQL writes it", "2026-04-01 09:00:00+09:00", "write it 2026-04-01T09:00:00+09:00 ("},
		{"as PostgreSQL writes a timestamptz", "2026-04-01 09:00:00.25+09", "write it 2026-04-01T09:00:00.25+09:00 ("},
		{"as RSS writes a pubDate", "Wed, 01 Apr 2026 09:00:00 +0900", "write it 2026-04-01T09:00:00+09:00 ("},
		{"as RSS writes a pubDate in GMT, without the weekday", "1 Apr 2026 00:00:00 GMT", "write it 2026-04-01T00:00:00Z ("},
		{"a zone's abbreviation is not guessed", "Wed, 01 Apr 2026 09:00:00 JST", "use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
		{"no seconds nor offset", "2026-04-01T09:00", "a time takes seconds and an offset"},
		{"no offset", "2026-04-01T09:00:00", "a time takes seconds and an offset"},
		{"a T alone", "2026-04-01T", "a time takes seconds and an offset"},
		{"an hour that does not exist", "2026-04-01T25:00Z", "the hour is 00–23"},
		{"an offset that does not exist", "2026-04-01T09:00:00+2400", "use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
		{"three digits after the year", "2026-004", "use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
		{"three digits after the month", "2026-04-001", "use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
		{"month out of range", "2026-13", "there is no month 13"},
		{"day out of range", "2026-02-30", "February 2026 has no day 30"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDate(tt.in, false)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseDate(%q) = %v, want an error that says %q", tt.in, err, tt.want)
			}
		})
	}
}

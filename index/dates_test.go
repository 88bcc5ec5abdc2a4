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

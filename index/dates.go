package index

import (
	"fmt"
	"time"
)

// ParseDate reads a date bound as people write it: 2026, 2026-04,
// 2026-04-01 (in JST) or a full RFC 3339 time, to the second. A bound at the start (end ==
// false) is the first instant of the period; at the end it is the last, so
// to=2026-04 includes all of April.
func ParseDate(s string, end bool) (time.Time, error) {
	for _, layout := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{time.RFC3339, nil},
		{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
	} {
		t, err := time.ParseInLocation(layout.layout, goRFC3339(s), JST)
		if err != nil || layout.layout == time.RFC3339 && !strictRFC3339(s) {
			continue // (an offset of +24:00 is none, as for published)
		}
		if end && layout.next != nil {
			t = layout.next(t).Add(-time.Nanosecond)
		}
		if layout.next == nil {
			// To the second, as a published date is kept: from=…12:00:00.5
			// had left out the article written at 12:00:00.999.
			t = t.Truncate(time.Second)
		}
		if y := t.In(JST).Year(); y < minPublishYear || y > maxPublishYear {
			// (In JST, as a published date is checked: 1899-12-31T15:00:00Z
			// is 1900 there.)
			return time.Time{}, fmt.Errorf("year %d (in JST) is outside %d–%d", y, minPublishYear, maxPublishYear)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339", truncate(s, 40))
}

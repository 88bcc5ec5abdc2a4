package index

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// ParseDate reads a date bound as people write it: 2026, 2026-04,
// 2026-04-01 (in JST) or a full RFC 3339 time, to the second. A bound at the start (end ==
// false) is the first instant of the period; at the end it is the last, so
// to=2026-04 includes all of April.
func ParseDate(s string, end bool) (time.Time, error) {
	s = foldDate(s)
	var impossible string // (a date of the right shape that does not exist)
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
		if why := impossibleDate(s, err); why != "" && impossible == "" {
			impossible = why
		}
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
	if impossible != "" {
		return time.Time{}, fmt.Errorf("%q is not a date: %s", truncate(s, 40), impossible)
	}
	if why := timeFix(s); why != "" {
		return time.Time{}, fmt.Errorf("%q is not a date: %s", truncate(s, 40), why)
	}
	if iso := isoFor(s); iso != "" {
		// (2026年4月, 2026/04/01, 令和8年: the writer learns the form.)
		return time.Time{}, fmt.Errorf("%q is not a date in the form taken: write it %s (YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339)", truncate(s, 40), iso)
	}
	return time.Time{}, fmt.Errorf("%q is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339", truncate(s, 40))
}

// impossibleDate says which part of s, written in the shape time.Parse
// expected, names a month, day or time that does not exist (2026-02-29,
// 24:00), from the error time.Parse returned; "" when the shape itself
// is wrong. Telling the writer of 2026-02-30 to "use YYYY-MM-DD" had
// told them nothing.
func impossibleDate(s string, err error) string {
	var pe *time.ParseError
	if !errors.As(err, &pe) {
		return ""
	}
	two := func(i int) (int, bool) { // the two digits at s[i:]
		if len(s) < i+2 {
			return 0, false
		}
		n, err := strconv.Atoi(s[i : i+2])
		return n, err == nil && s[i] != '+' && s[i] != '-'
	}
	// The two digits read as a month or a day must be all of it: 2026-004
	// had been told there is no month 00.
	ends := func(i int) bool { return len(s) == i || s[i] == '-' || s[i] == 'T' || s[i] == 't' }
	switch pe.Message {
	case ": month out of range":
		if m, ok := two(5); ok && ends(7) {
			return fmt.Sprintf("there is no month %02d (01–12)", m)
		}
	case ": day out of range":
		y, errY := strconv.Atoi(s[:min(4, len(s))])
		m, okM := two(5)
		d, okD := two(8)
		if errY == nil && okM && okD && m >= 1 && m <= 12 && ends(10) && s[7] == '-' {
			days := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
			return fmt.Sprintf("%s %d has no day %02d (01–%d)", time.Month(m), y, d, days)
		}
	case ": hour out of range":
		return "the hour is 00–23 (midnight is 00:00 of the next day)"
	case ": minute out of range":
		return "the minute is 00–59"
	case ": second out of range":
		return "the second is 00–59 (60 only for a leap second)"
	}
	return ""
}

// Dates as Japanese writers also write them (2026年4月1日, 2026/04/01,
// 令和8年4月) are not read as dates: from, to and published: take the ISO
// forms alone, which a link or a script writes alike. isoFor turns such
// a date into the ISO form, for the message that refuses it to show.

var (
	kanjiDate = regexp.MustCompile(`^([0-9]{4}) ?年 ?(?:([0-9]{1,2}) ?月 ?(?:([0-9]{1,2}) ?日)?)?$`)
	sepDate   = regexp.MustCompile(`^([0-9]{4})([/.-])([0-9]{1,2})(?:([/.-])([0-9]{1,2}))?$`)
	packed    = regexp.MustCompile(`^([0-9]{4})([0-9]{2})([0-9]{2})$`)
	eraDate   = regexp.MustCompile(`^(令和|平成|昭和|大正|明治) ?(元|[0-9]{1,2}) ?年 ?(?:([0-9]{1,2}) ?月 ?(?:([0-9]{1,2}) ?日)?)?$`)
)

// eraStart is the western year before the first of each era's years:
// 令和元年 (1) is 2019.
var eraStart = map[string]int{"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}

// isoFor is s, a date in one of the other ways of writing one, in the
// ISO form (2026-04-01, 2026-04, 2026), or "" when s is none of them.
// The year of an era is counted from its first year (令和8年 is 2026),
// whatever the day the era began.
func isoFor(s string) string {
	var y, m, d string
	switch {
	case kanjiDate.MatchString(s):
		g := kanjiDate.FindStringSubmatch(s)
		y, m, d = g[1], g[2], g[3]
	case sepDate.MatchString(s):
		g := sepDate.FindStringSubmatch(s)
		if g[4] != "" && g[4] != g[2] {
			return "" // (2026/04-01)
		}
		y, m, d = g[1], g[3], g[5]
	case packed.MatchString(s):
		g := packed.FindStringSubmatch(s)
		y, m, d = g[1], g[2], g[3]
	case eraDate.MatchString(s):
		g := eraDate.FindStringSubmatch(s)
		n := 1
		if g[2] != "元" {
			n, _ = strconv.Atoi(g[2])
		}
		if n < 1 {
			return ""
		}
		y, m, d = strconv.Itoa(eraStart[g[1]]+n), g[3], g[4]
	default:
		return ""
	}
	out := y
	for _, part := range []struct {
		v   string
		max int
	}{{m, 12}, {d, 31}} {
		if part.v == "" {
			break
		}
		n, _ := strconv.Atoi(part.v)
		if n < 1 || n > part.max {
			return ""
		}
		if part.max == 31 {
			if _, err := time.Parse("2006-01-02", fmt.Sprintf("%s-%02d", out, n)); err != nil {
				return "" // (2026/02/30: no such day to write)
			}
		}
		out += fmt.Sprintf("-%02d", n)
	}
	return out
}

package index

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

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

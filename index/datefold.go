package index

import (
	"regexp"
	"strings"
	"time"
)

// foldDate reads a date bound as the query reads every word: width
// folded (２０２６－０４), the minus sign and the hyphens NFKC keeps as -
// (macOS's Japanese input writes − for - in full width), and, as a date
// has no long vowel, a ー or any dash typed for a hyphen as - (a kana-mode
// IME writes ー for the - key: ２０２６ー０４). from and to had refused
// ２０２６−０４ while published: took it, and both refused ２０２６ー０４.
func foldDate(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 'ー' || strings.ContainsRune(dashes, r) {
			return '-'
		}
		return r
	}, normQuery(s))
}

// nearRFC3339 matches a day and a time written nearly as RFC 3339 writes
// them: a space between them (as SQL and Python's str write a time), the
// seconds or the offset left out, the offset without its colon or its
// minutes (+0900 as strftime's %z writes it, +09 as PostgreSQL and ISO
// 8601 do), a comma before the fraction.
var nearRFC3339 = regexp.MustCompile(`^([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ]([0-9]{2}:[0-9]{2})(:[0-9]{2})?([.,][0-9]+)?([Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?$`)

// timeFix says what a date with a time that RFC 3339 does not take
// lacks, with the time to write when it can be told ("" when s is no
// such date): "use RFC 3339" had not said what 2026-04-01T09:00Z or
// 2026-04-01T09:00:00+0900 lack.
func timeFix(s string) string {
	if fixed := rfc3339For(s); fixed != "" {
		return "write it " + fixed + " (RFC 3339: a time to the second, and an offset of hours and minutes with a colon)"
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == 't') && !strings.ContainsAny(s[10:], "+-Zz") {
		// (2026-04-01T09:00, 2026-04-01T: the zone cannot be guessed)
		return "a time takes seconds and an offset, as RFC 3339 writes it (2026-04-01T09:00:00+09:00, or Z for UTC); or give the day alone, YYYY-MM-DD"
	}
	return ""
}

// rfc3339For is s, a day and a time nearly in RFC 3339 with its offset
// given, as RFC 3339 writes it: seconds added, the offset with its colon
// and minutes, a point before the fraction; "" when s is no such time, or
// is already written so.
func rfc3339For(s string) string {
	if t, ok := feedDate(s); ok {
		return t.Format(time.RFC3339)
	}
	g := nearRFC3339.FindStringSubmatch(s)
	if g == nil || g[5] == "" {
		return ""
	}
	day, hm, sec, frac, off := g[1], g[2], g[3], g[4], g[5]
	if sec == "" {
		sec = ":00"
	}
	frac = strings.Replace(frac, ",", ".", 1)
	switch len(off) {
	case 1:
		off = "Z"
	case 3: // +09
		off += ":00"
	case 5: // +0900
		off = off[:3] + ":" + off[3:]
	}
	fixed := day + "T" + hm + sec + frac + off
	if _, err := time.Parse(time.RFC3339, fixed); err != nil || fixed == s || !strictRFC3339(fixed) {
		return ""
	}
	return fixed
}

// feedDate reads a date as RSS's pubDate and mail write it (RFC 1123 and
// 822: Wed, 01 Apr 2026 09:00:00 +0900, the weekday optional), with a
// numeric offset or GMT; a zone's abbreviation (JST, EST) is not read,
// as Go would take one it does not know for UTC.
func feedDate(s string) (time.Time, bool) {
	if rest, ok := strings.CutSuffix(s, " GMT"); ok {
		s = rest + " +0000"
	} else if rest, ok := strings.CutSuffix(s, " UT"); ok {
		s = rest + " +0000"
	}
	for _, layout := range []string{"Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700", "2 Jan 2006 15:04 -0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

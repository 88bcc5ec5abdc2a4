package index

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// The roundup of a span of days, and which year's roundup of a week. A
// reader who types a span of days with a roundup word or with ニュース
// (8月7日から13日のニュース, 8月7日〜13日 まとめ) asks for the week's roundup
// that covers those days, which its site titles with the week (【週間まと
// め】8月第2週) and not with the days: the span's words matched apps' lists
// and other days' roundups as well, and the week's had ranked 8th. Sites
// count the weeks of a month their own way, so the roundup is known by
// when it came out: a weekly roundup (titled with 週) published from two
// days before the span's last day to a week after it; of the archive's
// years, the newest that has one, or the year typed (2028年8月7日から13日).
//
// A week typed without a year (週間まとめ 8月第4週) names a roundup of
// every year the archive sums up, and another year's, with the words once
// more, had tied with the newest or ranked above it: the bonus of the week
// (see askedWeek) goes to the newest roundup titled with it, or to that of
// the year typed (2028年8月第4週).

// spanTyped matches, folded, a span of days typed as a month, a day and a
// last day (8月7日から13日, 8月7日〜13日, 7月31日から8月6日, 8月7〜13日), the
// month, the first day, the last day's month if typed, and the last day
// captured.
var spanTyped = regexp.MustCompile(`(?:^|[^0-9])(1[0-2]|0?[1-9])月(3[01]|[12][0-9]|0?[1-9])日?\s*(?:から|〜|~|-)\s*(?:(1[0-2]|0?[1-9])月)?(3[01]|[12][0-9]|0?[1-9])日`)

// maxSpanDays is the longest span, first and last day counted, read as a
// week's: longer, it asks for a month or a season.
const maxSpanDays = 10

// daySpan is a span of days typed: its last day's month and day, and its
// length in days.
type daySpan struct {
	month, day, days int
}

// askedSpan returns the span of days, typed with a roundup word (asks,
// see asksRoundups) or with ニュース, that text asks the week's roundup of.
// ok is false when it asks for none.
func askedSpan(text string, asks bool) (daySpan, bool) {
	text = analyzer.Fold(text)
	if !asks && !strings.Contains(text, "ニュース") {
		return daySpan{}, false
	}
	m := spanTyped.FindStringSubmatch(text)
	if m == nil {
		return daySpan{}, false
	}
	mo, _ := strconv.Atoi(m[1])
	from, _ := strconv.Atoi(m[2])
	toMonth := mo
	if m[3] != "" {
		toMonth, _ = strconv.Atoi(m[3])
	}
	to, _ := strconv.Atoi(m[4])
	// (In a year of 365 days; a span over a year's end runs into the next.)
	first := time.Date(2001, time.Month(mo), from, 0, 0, 0, 0, time.UTC)
	last := time.Date(2001, time.Month(toMonth), to, 0, 0, 0, 0, time.UTC)
	if last.Before(first) {
		last = last.AddDate(1, 0, 0)
	}
	days := int(last.Sub(first).Hours()/24) + 1
	if days < 2 || days > maxSpanDays || last.Day() != to {
		return daySpan{}, false
	}
	return daySpan{month: toMonth, day: to, days: days}, true
}

// covers reports whether a weekly roundup published at p covers the span:
// from two days before its last day to a week after it, in p's year.
func (s daySpan) covers(p time.Time) bool {
	p = p.In(JST)
	end := time.Date(p.Year(), time.Month(s.month), s.day, 0, 0, 0, 0, JST)
	return !p.Before(end.AddDate(0, 0, -2)) && p.Before(end.AddDate(0, 0, 8))
}

// roundupsScanned is how many of the newest roundups a span's, a week's
// or a day's are looked for among.
const roundupsScanned = 200

// newestRoundup returns the id of the roundup that titled matches (with
// digest), q finds and pick accepts the publication of: of the newest
// year that has one, the earliest. It is "" when none does.
//
// The bonus is q again (see roundupBonus), so a roundup q does not find
// gains nothing by it, and had taken it from the one q finds: an archive
// of several sites has weeks each counts its own way, and the newest
// weekly roundup out within days of a span's end may sum up the week
// before it (10月5日から11日のニュース had picked a 10月第1週 published on
// the 9th, which names neither day, and the week's own roundup, which
// opens （10月5日～11日）, ranked 4th).
func (ix *Index) newestRoundup(q, digest, titled query.Query, pick func(time.Time) bool) string {
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(q, digest, titled), roundupsScanned, 0, false)
	req.SortByCustom(sortOrder(SortNewest))
	req.Fields = []string{fieldPublished}
	res, err := ix.b.Search(req)
	if err != nil {
		return ""
	}
	id, year := "", 0
	for _, h := range res.Hits {
		p, err := time.Parse(time.RFC3339, str(h.Fields[fieldPublished]))
		if err != nil || !pick(p) {
			continue
		}
		if y := p.In(JST).Year(); year == 0 || y == year {
			id, year = h.ID, y
		}
	}
	return id
}

// spanRoundup returns the id of the weekly roundup that covers s (see
// daySpan.covers) and q finds, published in year when it is not 0.
func (ix *Index) spanRoundup(q, digest query.Query, s daySpan, year int) string {
	week := bleve.NewTermQuery("週")
	week.SetField(fieldTitle)
	return ix.newestRoundup(q, digest, week, func(p time.Time) bool {
		return s.covers(p) && (year == 0 || p.In(JST).Year() == year)
	})
}

// weekRoundup returns the id of the newest roundup titled with the week
// month月第week週 that q finds, or of the year typed when it is not 0.
func (ix *Index) weekRoundup(q, digest query.Query, month, week string, year int) string {
	named := bleve.NewPhraseQuery([]string{month, "月", "第", week, "週"}, fieldTitle)
	return ix.newestRoundup(q, digest, named, func(p time.Time) bool {
		return year == 0 || p.In(JST).Year() == year
	})
}

// weekYearTyped matches, folded, a year typed before a week of a month
// (2028年8月第4週, 2028年8月の2週目), the year captured.
var weekYearTyped = regexp.MustCompile(`(?:^|[^0-9])([0-9]{4})年\s*(?:1[0-2]|0?[1-9])月\s*の?\s*(?:第\s*[1-5]\s*週|[1-5]\s*週目)`)

// askedWeekYear returns the year typed before the week of text (see
// weekYearTyped), or 0 when none is, or none the archive may hold.
func askedWeekYear(text string) int {
	return typedYear(weekYearTyped, text)
}

// spanRoundupBoost is how many times more the week's roundup that covers
// a span of days counts its score: thirty times in all, as its title
// names the week and not the days, which a list of the days has in its
// title and body (おすすめアプリ特集：8月7日〜13日編 had scored twenty times
// the roundup that opens 8月7日から13日までの1週間の…).
const spanRoundupBoost = 29.0

// roundupBonus returns what adds to q's score for the roundup id: q
// again, boost times.
func roundupBonus(q query.Query, id string, boost float64) query.Query {
	one := bleve.NewDocIDQuery([]string{id})
	one.SetBoost(0.001)
	b := bleve.NewBooleanQuery()
	b.AddMust(q, one)
	return boosted(b, boost)
}

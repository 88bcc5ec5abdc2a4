package index

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"
)

// A day typed without its year. A reader who remembers the day of a story
// seldom remembers its year: AWS 3月11日 障害 asks for the outage reported
// on the 11th of March, and the report, published that day, writes only
// 11日午前 (news names the day of the month alone); it had found the week's
// roundup, which writes 3月11日, and not the report. So a month and a day
// typed as a word of their own also find the articles published on that
// day in any year the archive has articles of that month, weighed as a
// typed year's day is (publishedBoost), beside those that name it.

// monthDayWord matches, folded, a month and a day typed without a year
// (3月11日, 03月11日), its month and day captured.
var monthDayWord = regexp.MustCompile(`^(1[0-2]|0?[1-9])月(3[01]|[12][0-9]|0?[1-9])日$`)

// maxMonthKeys bounds the month keys read for the years of a month: one a
// month from minPublishYear to maxPublishYear.
const maxMonthKeys = 12 * (maxPublishYear - minPublishYear + 1)

// monthDayUnit matches the articles that name the month and day text
// types, or were published on that day in any year with articles of that
// month; nil when text is no such word. In kanji numerals (三月十一日) it
// is read as the analyzer reads its numbers.
func (c *compiler) monthDayUnit(text string) query.Query {
	m := monthDayWord.FindStringSubmatch(text)
	if m == nil && strings.ContainsFunc(text, isHan) && strings.Contains(text, "月") {
		m = monthDayWord.FindStringSubmatch(strings.Join(c.terms(text), ""))
	}
	if m == nil {
		return nil
	}
	mo, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	qs := []query.Query{c.phrase(text, exact(1))}
	for _, y := range c.yearsOfMonth(mo) {
		from := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, JST)
		if from.Day() != d {
			continue // (2月29日 of a year that has none)
		}
		qs = append(qs, publishedIn(from, from.AddDate(0, 0, 1)))
	}
	return disjunction(qs)
}

// yearsOfMonth returns the years in which articles were published in
// month (1–12), from the month keys of the index (keyMonth, read as the
// month facet reads them); none when the compiler counts no index.
func (c *compiler) yearsOfMonth(month int) []int {
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return nil
	}
	var out []int
	for _, k := range rc.prefixed(keyMonth, fieldKeys, maxMonthKeys) {
		if n, ok := monthNumber(strings.TrimPrefix(k, keyMonth)); ok && n%12+1 == month {
			out = append(out, n/12)
		}
	}
	return out
}

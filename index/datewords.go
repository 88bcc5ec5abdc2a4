package index

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Dates typed in the search box. A reader who adds 2026年2月 to 決算 asks
// for the earnings news of that month: an article published then, or one
// that names the month (a fiscal year's results, a plan for then). So a
// year or a month of a year typed as a word of its own is found either
// way, and a relaxed search counts it only beside the other words (the
// same date is in many articles' text).

// dateWord matches a year, a month of a year or a day, as written in
// Japanese (folded: full-width digits are ASCII). In kanji numerals
// (二〇二六年, 二千二十六年十二月) it is read as the analyzer reads its
// numbers. A day is found as a month is (2025年6月5日 発売 had found only
// the article whose text said 6月5日, not the launch reported that day).
// A day or a month typed with slashes after its year (2026/9/2, 2026/09)
// is the same date: 2026/9/2 テックニュース had been a word 2026 that only
// a month's roundup wrote, and found nothing of the day's.
var dateWord = regexp.MustCompile(`^([0-9]{4})(?:年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?|/([0-9]{1,2})(?:/([0-9]{1,2}))?)$`)

// publishedBoost weighs an article published in the date typed against
// one that names it in its text.
const publishedBoost = 0.5

// typedDate returns the JST time span a date word names (a year, a month
// or a day), or false when text is no such word or no date the archive
// may hold.
func typedDate(text string) (from, to time.Time, ok bool) {
	m := dateWord.FindStringSubmatch(text)
	if m == nil {
		return
	}
	y, _ := strconv.Atoi(m[1])
	if y < minPublishYear || y > maxPublishYear {
		return
	}
	if m[4] != "" { // (2026/9/2: the month and the day after slashes)
		m[2], m[3] = m[4], m[5]
	}
	if m[2] == "" {
		from = time.Date(y, 1, 1, 0, 0, 0, 0, JST)
		return from, from.AddDate(1, 0, 0), true
	}
	mo, _ := strconv.Atoi(m[2])
	if mo < 1 || mo > 12 {
		return
	}
	from = time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, JST)
	if m[3] == "" {
		return from, from.AddDate(0, 1, 0), true
	}
	d, _ := strconv.Atoi(m[3])
	if d < 1 || d > from.AddDate(0, 1, -1).Day() {
		return time.Time{}, time.Time{}, false // (2026年2月30日)
	}
	from = from.AddDate(0, 0, d-1)
	return from, from.AddDate(0, 0, 1), true
}

// dateUnit matches articles published in the date text names or naming it
// in their text (a day without its year: see monthDayUnit); nil when text
// is no date word.
func (c *compiler) dateUnit(text string) query.Query {
	from, to, ok := typedDate(text)
	if !ok && strings.ContainsFunc(text, isHan) && strings.Contains(text, "年") {
		// Kanji numerals, as the analyzer reads them (二〇二六年 is
		// 2026|年): the same date.
		from, to, ok = typedDate(strings.Join(c.terms(text), ""))
	}
	if !ok {
		return c.monthDayUnit(text)
	}
	qs := []query.Query{publishedIn(from, to), c.phrase(text, exact(1))}
	if strings.Contains(text, "/") {
		// 2026/9/2 names the day an article writes 2026年9月2日.
		qs = append(qs, c.phrase(inKanji(from, to), exact(1)))
	}
	if from.Month() == time.January && to.Sub(from) > 31*24*time.Hour {
		// A year names its fiscal year too: 2028年 finds the plan for
		// 2028年度.
		qs = append(qs, c.phrase(strconv.Itoa(from.Year())+"年度", exact(1)))
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// bareYear is a year typed as four digits alone, without 年.
var bareYear = regexp.MustCompile(`^(19|2[01])[0-9]{2}$`)

// yearUnit is dateUnit for a year typed as a number alone (日立 テレビ
// 2012), as readers add the year they remember without 年: the articles
// published in it, and those with the number as typed, as a year (2012年)
// or otherwise (ロンドン2012). nil for other text, and for a number no
// article was published in (2100 is a number). A year typed alone, or
// after a Latin name (Windows 2000), stays a number (see plain).
func (c *compiler) yearUnit(text string) query.Query {
	if !bareYear.MatchString(text) {
		return nil
	}
	from, to, ok := typedDate(text + "年")
	if !ok {
		return nil
	}
	published := publishedIn(from, to)
	if !c.matches(published) {
		return nil
	}
	// The number as typed is in 2012年 and 2012年度 too.
	return bleve.NewDisjunctionQuery(published, c.phrase(text, exact(1)))
}

// publishedIn matches the articles published from from to to (to
// excluded), weighed publishedBoost.
func publishedIn(from, to time.Time) query.Query {
	incl, excl := true, false
	published := bleve.NewDateRangeInclusiveQuery(from, to, &incl, &excl)
	published.SetField(fieldPublished)
	published.SetBoost(publishedBoost)
	return published
}

// inKanji writes the year, month or day from to to spans as a Japanese
// text writes it (2026年, 2026年9月, 2026年9月2日).
func inKanji(from, to time.Time) string {
	switch days := to.Sub(from).Hours() / 24; {
	case days <= 1:
		return fmt.Sprintf("%d年%d月%d日", from.Year(), from.Month(), from.Day())
	case days <= 31:
		return fmt.Sprintf("%d年%d月", from.Year(), from.Month())
	}
	return fmt.Sprintf("%d年", from.Year())
}

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

// The roundup of a day. A site that sums up its news by the day titles
// each roundup with its day (【デイリーまとめ】7月5日：…), and a reader who
// types a day with a roundup word (7月5日のまとめ, 5月13日 まとめ) or with
// ニュース (7月20日のニュース) asks for that day's. An archive has many
// more articles that name the day, a phone on sale from 7月20日 or a
// fortnight's apps from 7月30日〜8月5日, some of them in their titles and
// several times over in their bodies; they had ranked above the roundup:
// 7月5日のまとめ 3rd, 7月20日のニュース 7th, and, in the sets before,
// 5月13日のまとめ and 6月10日のまとめ 3rd, 3月16日のまとめ 2nd. For such a
// query the roundups whose titles name the day count the query's score
// dayRoundupBoost times more; a span of days (12月7日から11日のニュース)
// asks for a week (see askedSpan).
//
// Readers type the day with a slash too (8/4 まとめ, 8/4のニュース, 2028/8/4
// まとめ), as a month and a day, and the day's roundup had ranked 2nd, under
// another set's roundup of a day. Read so only when the slash stands
// alone, after the start, a space or an opening bracket, between a month
// and a day: not within a word or a number (TCP/IP, 24/7, 人口の1/3), nor a
// version or a ratio (1/3.5, 1/2/3).

// dayTyped matches, folded, a day typed as a month and a day (7月5日,
// 12月31日, 07月05日), its month and day captured; not the first day of a
// span (7月5日から, 7月5日〜).
var dayTyped = regexp.MustCompile(`(?:^|[^0-9])(1[0-2]|0?[1-9])月(3[01]|[12][0-9]|0?[1-9])日(?:$|[^0-9〜~\-か])`)

// dayRoundupBoost is how many times more the roundup of the day asked for
// counts its score: five times in all, as articles that name the day in
// their titles and bodies had scored up to two and a half times the
// roundup's (7月20日のニュース, its title weighed down as a roundup's).
const dayRoundupBoost = 4.0

// daySlashTyped matches, folded, a day typed with a slash (8/4, 12/31,
// 2028/8/4), its month and day captured; not a number with more after it.
var daySlashTyped = regexp.MustCompile(`(?:^|[\s(「『【])(?:[0-9]{4}/)?(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])(?:$|[^0-9A-Za-z/.:%〜~\-])`)

// askedDay returns the month and the day, as the title field has them
// (digits with no leading zero), that text asks the roundup of: a day
// typed with a roundup word (asks, see asksRoundups) or with ニュース. ok
// is false when it asks for none.
func askedDay(text string, asks bool) (month, day string, ok bool) {
	text = analyzer.Fold(text)
	if !asks && !strings.Contains(text, "ニュース") {
		return "", "", false
	}
	if spanTyped.MatchString(text) {
		// (8月31日から9月6日のニュース: its last day, 9月6日, is no day
		// asked for; see askedSpan.)
		return "", "", false
	}
	m := dayTyped.FindStringSubmatch(text)
	if m == nil {
		m = daySlashTyped.FindStringSubmatch(text)
	}
	if m == nil {
		return "", "", false
	}
	mo, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	return strconv.Itoa(mo), strconv.Itoa(d), true
}

// A day typed with its year (2028年8月14日のまとめ) asks for that year's
// roundup of the day, and an archive of several years has a roundup
// titled with the day in each (【デイリーまとめ】8月14日：… of 2024 and of
// 2028): both had the bonus, and the other year's, with the day in its
// text once more, had ranked first. The bonus then goes to the roundup
// of the day published in the year typed.
//
// A day typed without a year (9月10日のまとめ, 9/10 テックニュース) asks,
// as a week so typed does (see weekRoundup), for the newest roundup of
// the day: every year's had the bonus, and an older one, or a livedoor
// column titled with the day (【週末映画まとめ読み】…＜9月24日号＞), had
// ranked above the newest (9月10日のまとめ and 9月24日のまとめ 2nd). The
// bonus goes to the newest roundup titled with the day.

// dayYearTyped matches, folded, a year typed before a month and a day
// (2028年8月14日, 2028年 8月14日) or with slashes (2028/8/14), the year
// captured.
var dayYearTyped = regexp.MustCompile(`(?:^|[^0-9])([0-9]{4})(?:年\s*(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])日|/(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])(?:$|[^0-9/]))`)

// askedDayYear returns the year typed before the day of text (see
// dayYearTyped), or 0 when none is, or none the archive may hold.
func askedDayYear(text string) int {
	return typedYear(dayYearTyped, text)
}

// typedYear returns the year that re captures first in text, folded, or
// 0 when re matches none or captures a year the archive may not hold.
func typedYear(re *regexp.Regexp, text string) int {
	m := re.FindStringSubmatch(analyzer.Fold(text))
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	if y < minPublishYear || y > maxPublishYear {
		return 0
	}
	return y
}

// dayRoundup returns the id of the newest roundup titled with the day
// month月day日 that q finds, or of the year typed when it is not 0; ""
// when none of the newest roundups is.
func (ix *Index) dayRoundup(q, digest query.Query, month, day string, year int) string {
	named := bleve.NewPhraseQuery([]string{month, "月", day, "日"}, fieldTitle)
	return ix.newestRoundup(q, digest, named, func(p time.Time) bool {
		return year == 0 || p.In(JST).Year() == year
	})
}

// dayRoundupBonus returns what adds to q's score for the roundups
// (digest) whose titles name the day month月day日, published in year when
// it is not 0: q again, dayRoundupBoost times.
func dayRoundupBonus(q, digest query.Query, month, day string, year int) query.Query {
	named := bleve.NewPhraseQuery([]string{month, "月", day, "日"}, fieldTitle)
	b := bleve.NewBooleanQuery()
	b.AddMust(q, boosted(digest, 0.001), boosted(named, 0.001))
	if year != 0 {
		from := time.Date(year, 1, 1, 0, 0, 0, 0, JST)
		incl, excl := true, false
		in := bleve.NewDateRangeInclusiveQuery(from, from.AddDate(1, 0, 0), &incl, &excl)
		in.SetField(fieldPublished)
		in.SetBoost(0.001)
		b.AddMust(in)
	}
	return boosted(b, dayRoundupBoost)
}

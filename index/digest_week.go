package index

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// The roundup of a week. A site that sums up its news by the week titles
// each roundup with the week of the month (【週間まとめ】8月第2週：…), and
// a reader who types a week with a roundup word or with ニュース asks for
// that week's, however the week is said: as the title says it (8月第2週の
// まとめ) or as readers count it (8月の2週目のまとめ, 3月1週目のまとめ, 1月
// 2週目 テックニュース). Typed so, the query's words are the month, the
// number and 週, which every weekly roundup of the month has in its title
// and body, and the roundups of other weeks of the month had ranked above
// the one asked for (8月の2週目のまとめ 3rd, under the roundups of the
// third and the fourth week, one of them of another year). For such a
// query the roundups whose titles name the week count the query's score
// weekRoundupBoost times more, as a day's roundup does for its day (see
// askedDay).

// weekTyped matches, folded, a week of a month typed as the titles write
// it (8月第2週) or as readers count it (8月2週目, 8月の2週目), the month
// and the week captured.
var weekTyped = regexp.MustCompile(`(?:^|[^0-9])(1[0-2]|0?[1-9])月\s*の?\s*(?:第\s*([1-5])\s*週|([1-5])\s*週目)`)

// weekRoundupBoost is how many times more the roundup of the week asked
// for counts its score: five times in all, as a day's roundup does.
const weekRoundupBoost = 4.0

// askedWeek returns the month and the week, as the title field has them
// (digits with no leading zero), that text asks the roundup of: a week
// typed with a roundup word (asks, see asksRoundups) or with ニュース. ok
// is false when it asks for none.
func askedWeek(text string, asks bool) (month, week string, ok bool) {
	text = analyzer.Fold(text)
	if !asks && !strings.Contains(text, "ニュース") {
		return "", "", false
	}
	m := weekTyped.FindStringSubmatch(text)
	if m == nil {
		return "", "", false
	}
	mo, _ := strconv.Atoi(m[1])
	w := m[2]
	if w == "" {
		w = m[3]
	}
	return strconv.Itoa(mo), w, true
}

// weekRoundupBonus returns what adds to q's score for the roundups
// (digest) whose titles name the week month月第week週: q again,
// weekRoundupBoost times.
func weekRoundupBonus(q, digest query.Query, month, week string) query.Query {
	named := bleve.NewPhraseQuery([]string{month, "月", "第", week, "週"}, fieldTitle)
	b := bleve.NewBooleanQuery()
	b.AddMust(q, boosted(digest, 0.001), boosted(named, 0.001))
	return boosted(b, weekRoundupBoost)
}

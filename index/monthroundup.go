package index

import (
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// The roundup of a month. A site that sums up its news by the day, the
// week and the month has, for a month, one roundup of it and a score of
// daily and weekly ones published in it, whose titles name a day of it
// (【デイリーまとめ】3月29日：…) or a week (【週間まとめ】3月第1週：…). A
// reader who types a month and a roundup word (2028年3月 まとめ, 3月の
// まとめ) asks for the month's: the daily roundups, with the month in their
// titles and as many words, had ranked beside it or above it (2028年3月
// まとめ: the month's 3rd, under two daily ones; 2027年12月 まとめ 2nd).
// For such a query the roundups whose titles name no day nor week count
// the query's score once more.

// monthTyped matches, folded, a month typed with no day after it: 3月,
// 2028年3月, 12月の (not 3月16日, nor 3月第1週, which asks for a week).
var monthTyped = regexp.MustCompile(`(?:^|[^0-9])(?:1[0-2]|0?[1-9])月(?:$|[^0-9日])`)

// narrowerSpan are the title words of a roundup of a day or a week: the
// counter of a day (3月29日 is 3|月|29|日), a week's, and the names of
// daily and weekly roundups.
var narrowerSpan = []string{"日", "週", "週間", "デイリー", "ウィークリー", "今日", "きょう"}

// monthRoundupBoost is how many times more a month's roundup counts its
// score for a query that asks for one.
const monthRoundupBoost = 1.0

// asksMonth reports whether text names a month and no day or week of it.
func asksMonth(text string) bool {
	text = analyzer.Fold(text)
	return !strings.Contains(text, "週") && monthTyped.MatchString(text)
}

// monthRoundupBonus returns what adds to q's score for the roundups
// (digest) whose titles name no day nor week: q again, monthRoundupBoost
// times.
func monthRoundupBonus(q, digest query.Query) query.Query {
	b := bleve.NewBooleanQuery()
	b.AddMust(q, boosted(digest, 0.001))
	for _, w := range narrowerSpan {
		t := bleve.NewTermQuery(w)
		t.SetField(fieldTitle)
		b.AddMustNot(t)
	}
	return boosted(b, monthRoundupBoost)
}

package index

import (
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// What a query asks of the roundups and the notices of corrections (see
// digest.go) in words that do not name them: a notice correcting an
// article, asked for by saying the article was wrong, and the roundup of
// a month, asked for by the month.

// Corrections asked for in other words. A reader who remembers that an
// article got something wrong types so (給湯機の補助の金額を間違えた記事,
// 水素トラックの走れる距離の誤り, …を誤った記事) and is looking for the
// notice that corrects it, which says 訂正 (【訂正】…, おわびして訂正しま
// す) and seldom the reader's word. Such a notice's title counts as a
// roundup's does, as a body (see demoteDigestTitles), so the story it
// corrects, with the subject in its title, had come first: 給湯機の補助の
// 金額を間違えた記事 ranked the subsidy's story above its 【訂正】, and
// 中国ロケットの回収場所を間違えた記事 ranked the correction 5th among the
// stories on recovered boosters. A query that says an article was wrong
// counts the match of the notices titled 訂正 several times over, and
// ranks their titles as titles; the words of the query are required as
// before, and a notice gains only in proportion to its match of them.

// wrongMarks are, folded, the starts of the words that say an article was
// wrong: 間違える and 間違い in any form (間違えた, 間違って), 誤る (誤った),
// 誤り, 誤報; in kana too.
var wrongMarks = []string{"間違", "まちが", "誤っ", "誤り", "あやまり", "あやまっ", "誤報"}

// notWrongMarks are words that contain a wrong mark and say nothing of an
// article: 誤り訂正 and its kin, of codes and qubits, in kana too.
var notWrongMarks = []string{"誤り訂正", "誤り検出", "誤り率", "誤り耐性", "あやまりていせい", "あやまりけんしゅつ"}

// correctionBoost weighs the notices titled 訂正 that match a query that
// says an article was wrong: their score counted this many times more, so
// that one matching the words ranks above the story it corrects, whose
// title has them (the story had scored six times the notice).
const correctionBoost = 8.0

// asksCorrection reports whether a query says an article was wrong (see
// wrongMarks), and not only as part of a word on error correction.
func asksCorrection(text string) bool {
	text = analyzer.Fold(text)
	for _, n := range notWrongMarks {
		text = strings.ReplaceAll(text, n, " ")
	}
	for _, m := range wrongMarks {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// correctionBonus returns what adds to q's score for a query that says an
// article was wrong: q again, correctionBoost times, for the notices
// titled 訂正 (【訂正】…), whose title adds next to nothing itself.
func correctionBonus(q query.Query) query.Query {
	t := bleve.NewTermQuery("訂正")
	t.SetField(fieldTitle)
	t.SetBoost(0.001)
	return boosted(bleve.NewConjunctionQuery(q, t), correctionBoost)
}

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

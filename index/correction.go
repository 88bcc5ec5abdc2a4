package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

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
// counts the notices titled 訂正 that match it several times over, and
// ranks their titles as titles; the words of the query are required as
// before, so a correction on another subject gains nothing.

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

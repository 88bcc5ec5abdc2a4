package index

import (
	"testing"
)

// TestKatakanaLatinName: a name of two Latin words typed in katakana with
// a space (アローズ ミー) finds the articles that write it in Latin letters
// (ARROWS Me), not only the one that writes both katakana words; two
// katakana words that are no such name stay two words anywhere.
func TestKatakanaLatinName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "me", Title: "ドコモ、「ARROWS Me F-11D」を発表", Body: "富士通製のARROWS Meは防水とワンセグに対応する。", Published: day("2026-05-01")},
		Article{ID: "me-review", Title: "ARROWS Meを1週間使ってみた", Body: "ARROWS Meは3.7インチの画面で片手に収まる。", Published: day("2026-05-02")},
		Article{ID: "me-kana", Title: "アローズ ミーの評判", Body: "アローズ ミーは小さくて軽い。", Published: day("2026-05-03")},
		Article{ID: "x", Title: "ARROWS X LTEを発表", Body: "ARROWS X LTEはクアッドコアのCPUを載せる。", Published: day("2026-05-04")},
		Article{ID: "acro", Title: "au、Xperia acro HDに新色", Body: "Xperia acro HDにブルーを追加する。", Published: day("2026-05-05")},
		Article{ID: "arc", Title: "Xperia arcの後継機", Body: "Xperia arcは薄さが売りだった。", Published: day("2026-05-06")},
		Article{ID: "case", Title: "スマホを守るには", Body: "スマホは落とすと割れる。革のケースがよい。", Published: day("2026-05-07")},
		Article{ID: "case2", Title: "手帳型のケース", Body: "スマホに手帳型のケースを付けた。", Published: day("2026-05-08")},
	)
	checkSearchSet(t, ix, []setCase{
		{"both words written in Latin letters by most articles", "アローズ ミー", []string{"me", "me-kana", "me-review"}},
		{"no article has the katakana together", "エクスペリア アクロ", []string{"acro"}},
		{"with other words", "アローズ ミー 防水", []string{"me"}},
		{"two words no name sounds like stay apart", "スマホ ケース", []string{"case", "case2"}},
	})
}

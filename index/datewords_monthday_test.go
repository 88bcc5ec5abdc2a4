package index

import "testing"

// A month and a day typed without a year find the articles published on
// that day in any year, beside those that name it: news writes the day of
// its own report as 11日 alone.
func TestSearchMonthDay(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "report", Title: "クラウドで大規模な障害", Body: "11日午前、仮想サーバーに接続しにくくなった。", Published: day("2025-03-11")},
		Article{ID: "roundup", Title: "今週のまとめ", Body: "3月11日にクラウドの障害があった。", Published: day("2025-03-15")},
		Article{ID: "next", Title: "クラウドの障害から復旧", Body: "12日夕方までに復旧した。", Published: day("2025-03-12")},
		Article{ID: "earlier", Title: "クラウドの障害を振り返る", Body: "一年前の教訓をまとめた。", Published: day("2024-03-11")},
		Article{ID: "leap", Title: "閏日のクラウド障害", Body: "29日に課金が止まった。", Published: day("2024-02-29")},
		Article{ID: "other", Title: "新しい端末を発表", Body: "11日に発売する。", Published: day("2025-04-01")},
	)
	checkSearchSet(t, ix, []setCase{
		{"published that day, or naming it", "クラウド 3月11日 障害", []string{"report", "roundup", "earlier"}},
		{"full width", "クラウド　３月１１日　障害", []string{"report", "roundup", "earlier"}},
		{"kanji numerals", "クラウド 三月十一日 障害", []string{"report", "roundup", "earlier"}},
		{"alone", "3月11日", []string{"report", "roundup", "earlier"}},
		{"another day", "クラウド 3月12日 障害", []string{"next"}},
		{"a leap day", "2月29日 障害", []string{"leap"}},
		{"a day no year has", "2月30日 障害", []string{"report", "roundup", "next", "earlier", "leap"}},
	})
}

package index

import (
	"fmt"
	"testing"
)

func TestAsksMonth(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a month of a year", "2028年3月 まとめ", true},
		{"a month alone", "3月のまとめ", true},
		{"two digits", "12月の振り返り", true},
		{"full width", "２０２８年３月　まとめ", true},
		{"a day", "3月16日のまとめ", false},
		{"a day in full width", "３月１６日　まとめ", false},
		{"a week", "3月第1週 まとめ", false},
		{"a week counted with 目", "3月の1週目のまとめ", false},
		{"a year alone", "2028年 まとめ", false},
		{"no month", "月間まとめ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asksMonth(tt.text); got != tt.want {
				t.Errorf("asksMonth(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestMonthRoundupFirst: a month and a roundup word rank the month's
// roundup above the daily and weekly ones published in it, whose titles
// name the month too; a day or a week typed still finds its own.
func TestMonthRoundupFirst(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "day16", Title: "【デイリーまとめ】3月16日：水道の漏水を衛星で調査、EVから送電網へ", Category: "まとめ",
			Body: "3月16日のニュースのまとめです。水道の漏水を衛星で調べる調査が進みました。EVの電気を送電網に戻す実証も始まります。", Published: day("2028-03-16")},
		{ID: "day29", Title: "【デイリーまとめ】3月29日：ルーターのライセンス違反で和解、パネル型パッケージ", Category: "まとめ",
			Body: "3月29日のニュースのまとめです。ルーターのライセンス違反で和解しました。パネル型のパッケージの試作も始まりました。", Published: day("2028-03-29")},
		{ID: "week1", Title: "【週間まとめ】3月第1週：地下水の上限、ゲームエンジンの料金", Category: "まとめ",
			Body: "3月第1週の主なニュースを振り返ります。地下水のくみ上げに上限が設けられます。ゲームエンジンの料金も発表されました。", Published: day("2028-03-08")},
		{ID: "month", Title: "【3月の振り返り】培養肉の指針、ライセンスの変更、同時通訳", Category: "まとめ",
			Body: "2028年3月のニュースを振り返ります。培養肉の指針が決まりました。ライセンスの変更もありました。同時通訳のAIも使われました。", Published: day("2028-03-31")},
	}
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("filler-%d", i), Title: fmt.Sprintf("量子暗号の実験 %d", i),
			Category: "量子", Body: "量子暗号の通信実験が進む。", Published: day("2028-03-02")})
	}
	mustPut(t, ix, arts...)
	tests := []struct {
		name, query, first string
	}{
		{"a month of a year", "2028年3月 まとめ", "month"},
		{"a month alone", "3月のまとめ", "month"},
		{"a day", "3月16日のまとめ", "day16"},
		{"a week", "3月第1週 まとめ", "week1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.query}))
			if len(got) == 0 || got[0] != tt.first {
				t.Errorf("%s = %v, want %s first", tt.query, got, tt.first)
			}
		})
	}
}

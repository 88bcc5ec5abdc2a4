package index

import (
	"fmt"
	"testing"
)

func TestAskedWeek(t *testing.T) {
	tests := []struct {
		name, text  string
		asks        bool // a roundup word typed (see asksRoundups)
		month, week string
		ok          bool
	}{
		{"counted by the reader", "8月の2週目のまとめ", true, "8", "2", true},
		{"counted, no の", "3月1週目のまとめ", true, "3", "1", true},
		{"as the titles write it", "8月第2週のまとめ", true, "8", "2", true},
		{"with ニュース", "1月2週目 テックニュース", false, "1", "2", true},
		{"full width", "１２月の３週目　まとめ", true, "12", "3", true},
		{"a year before", "2028年8月第4週 週間まとめ", true, "8", "4", true},
		{"no roundup word", "8月の2週目 発売", false, "", "", false},
		{"a day", "8月14日のまとめ", true, "", "", false},
		{"a month alone", "8月のまとめ", true, "", "", false},
		{"weeks, not a week of a month", "8月 2週間 まとめ", true, "", "", false},
		{"no such week", "8月の7週目のまとめ", true, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			month, week, ok := askedWeek(tt.text, tt.asks)
			if month != tt.month || week != tt.week || ok != tt.ok {
				t.Errorf("askedWeek(%q, %v) = %q, %q, %v; want %q, %q, %v", tt.text, tt.asks, month, week, ok, tt.month, tt.week, tt.ok)
			}
		})
	}
}

// TestWeekRoundupFirst: a week typed with まとめ or ニュース, as the
// titles write it or as readers count it, ranks that week's roundup above
// the roundups of the other weeks of the month, which have the month, a
// number and 週 too; a week typed alone asks for no roundup.
func TestWeekRoundupFirst(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "week2", Title: "【週間まとめ】8月第2週：ラジオのFM一本化、踏切にAIカメラ", Category: "まとめ",
			Body: "8月7日から13日までの1週間の主なテックニュースです。ラジオ局のFM一本化が報じられました。踏切にAIカメラが付きます。", Published: day("2028-08-14")},
		{ID: "week3", Title: "【週間まとめ】8月第3週：新型スマホ2機種、量子暗号の標準", Category: "まとめ",
			Body: "8月14日から20日までの1週間の主なテックニュースです。新型スマホ2機種が発表され、2週間後に発売されます。量子暗号の標準も2つ公表されました。", Published: day("2028-08-21")},
		{ID: "week4", Title: "【週間まとめ】8月第4週：ラジオ局の停波が決定、電子ペーパーの新型2機種", Category: "まとめ",
			Body: "8月21日から27日までの1週間の主なテックニュースです。ラジオ局の停波が2週間の審査で決まりました。電子ペーパーの新型2機種も出ます。", Published: day("2028-08-28")},
		{ID: "sale", Title: "新型スマホを8月2日に発売、発売から2週目も品薄", Category: "スマホ",
			Body: "新型スマホを8月2日に発売した。発売から2週目に入っても品薄が続く。", Published: day("2028-08-16")},
	}
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("filler-%d", i), Title: fmt.Sprintf("量子暗号の実験 %d", i),
			Category: "量子", Body: "量子暗号の通信実験が進む。", Published: day("2028-08-02")})
	}
	mustPut(t, ix, arts...)
	checkSearchFirst(t, ix, []typedCase{
		{"a week counted by the reader", "8月の2週目のまとめ", "week2"},
		{"counted, with ニュース", "8月2週目 テックニュース", "week2"},
		{"as the titles write it", "8月第2週のまとめ", "week2"},
		{"another week", "8月の4週目のまとめ", "week4"},
		{"a week alone", "8月の2週目 発売", "sale"},
	})
}

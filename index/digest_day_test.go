package index

import (
	"fmt"
	"testing"
)

func TestAskedDay(t *testing.T) {
	tests := []struct {
		name, text string
		asks       bool // a roundup word typed (see asksRoundups)
		month, day string
		ok         bool
	}{
		{"a day and まとめ", "7月5日のまとめ", true, "7", "5", true},
		{"a day and ニュース", "7月20日のニュース", false, "7", "20", true},
		{"full width", "７月２０日　まとめ", true, "7", "20", true},
		{"leading zeros", "07月05日 まとめ", true, "7", "5", true},
		{"two digits", "12月31日のテックニュース", false, "12", "31", true},
		{"a year before", "2028年7月12日 まとめ", true, "7", "12", true},
		{"no roundup word", "7月20日 発売", false, "", "", false},
		{"a span of days", "12月7日から11日のニュース", false, "", "", false},
		{"a span with a wave dash", "7月5日〜11日 まとめ", true, "", "", false},
		{"a span over a month's end", "8月31日から9月6日のニュース", false, "", "", false},
		{"a span over a month's end with a wave dash", "7月31日〜8月6日 まとめ", true, "", "", false},
		{"a month alone", "7月のまとめ", true, "", "", false},
		{"no such month", "13月5日のまとめ", true, "", "", false},
		{"a slash and まとめ", "8/4 まとめ", true, "8", "4", true},
		{"a slash and ニュース", "8/4のニュース", false, "8", "4", true},
		{"a slash, full width", "８／４　まとめ", true, "8", "4", true},
		{"a slash after the year", "2028/8/14 まとめ", true, "8", "14", true},
		{"a slash in brackets", "【7/5】まとめ", true, "7", "5", true},
		{"a fraction in a word", "人口の1/3のニュース", false, "", "", false},
		{"round the clock", "24/7 ニュース", false, "", "", false},
		{"a protocol's name", "TCP/IP まとめ", true, "", "", false},
		{"a ratio with a point", "1/3.5 まとめ", true, "", "", false},
		{"three numbers", "1/2/3 まとめ", true, "", "", false},
		{"a slash, no roundup word", "8/4 発売", false, "", "", false},
		{"a slash, no such day", "8/32 まとめ", true, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			month, day, ok := askedDay(tt.text, tt.asks)
			if month != tt.month || day != tt.day || ok != tt.ok {
				t.Errorf("askedDay(%q, %v) = %q, %q, %v; want %q, %q, %v", tt.text, tt.asks, month, day, ok, tt.month, tt.day, tt.ok)
			}
		})
	}
}

// TestDayRoundupFirst: a day typed with まとめ or ニュース ranks that day's
// roundup above the articles that name the day more often, in their
// titles and bodies (a phone on sale that day, a fortnight's apps), and
// above the roundups of other days; a day typed alone asks for no
// roundup.
func TestDayRoundupFirst(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "day5", Title: "【デイリーまとめ】7月5日：月着陸船が完成、ロボット掃除機が日本上陸", Category: "まとめ",
			Body: "きょうのテックニュースを振り返ります。月着陸船の組み立てが完了しました。アームの付いたロボット掃除機も発売されました。", Published: day("2028-07-05")},
		{ID: "day20", Title: "【デイリーまとめ】7月20日：露光装置の保守、ナトリウムイオン電池", Category: "まとめ",
			Body: "きょうのテックニュースを振り返ります。露光装置の保守が許可制になります。ナトリウムイオン電池も発表されました。", Published: day("2028-07-20")},
		{ID: "phone", Title: "新型スマホを7月20日に発売、予約は7月5日から", Category: "スマホ",
			Body: "新型スマホを7月20日に発売する。予約は7月5日に始める。発売日には店頭でのイベントも開く。価格は据え置き。", Published: day("2012-07-01")},
		{ID: "apps", Title: "おすすめアプリ特集：6月29日〜7月5日編", Category: "アプリ",
			Body: "6月29日から7月5日までに出たアプリのまとめ。ニュースアプリの新作を紹介する。", Published: day("2012-07-06")},
	}
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("filler-%d", i), Title: fmt.Sprintf("量子暗号の実験 %d", i),
			Category: "量子", Body: "量子暗号の通信実験が進む。", Published: day("2028-07-02")})
	}
	mustPut(t, ix, arts...)
	checkSearchFirst(t, ix, []typedCase{
		{"a day and まとめ", "7月5日のまとめ", "day5"},
		{"a day and ニュース", "7月20日のニュース", "day20"},
		{"a day and まとめ apart", "7月20日 まとめ", "day20"},
		{"a day alone", "7月20日 発売", "phone"},
		{"a day with a slash", "7/5 まとめ", "day5"},
		{"a slash and ニュース", "7/20のニュース", "day20"},
	})
}

func TestAskedDayYear(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"a year before the day", "2028年8月14日のまとめ", 2028},
		{"full width", "２０２８年８月１４日のまとめ", 2028},
		{"a space after the year", "2028年 8月14日 まとめ", 2028},
		{"no year", "8月14日のまとめ", 0},
		{"a year and a month", "2028年8月のまとめ", 0},
		{"no year the archive holds", "1850年8月14日のまとめ", 0},
		{"a year with slashes", "2028/8/14 まとめ", 2028},
		{"a year and a fraction", "2028/8/143 まとめ", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := askedDayYear(tt.text); got != tt.want {
				t.Errorf("askedDayYear(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

// TestDayRoundupOfTheYear: a day typed with its year and まとめ ranks the
// roundup of that day published in that year above the roundup of the same
// day of another year, which names the day more often; the day alone
// ranks the newest roundup of the day first, as a week alone does, above
// an older one and a column titled with the day.
func TestDayRoundupOfTheYear(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "day2024", Title: "【デイリーまとめ】8月14日：耐量子暗号の標準を公表、AI規制が始動", Category: "まとめ",
			Body: "8月14日のテックニュースです。8月14日に耐量子暗号の標準が公表されました。8月14日から欧州のAI規制も始まります。", Published: day("2024-08-14")},
		{ID: "day2028", Title: "【デイリーまとめ】8月14日：料金所の障害、潮流発電が商用運転", Category: "まとめ",
			Body: "きょうのテックニュースです。料金所のシステムに障害が起きました。潮流発電の商用運転も始まりました。", Published: day("2028-08-14")},
		{ID: "column", Title: "【週末映画まとめ読み】夏の話題作を一気に ＜8月14日号＞", Category: "映画",
			Body: "8月14日号の映画まとめです。8月14日公開の話題作と、8月14日から始まる特集上映を紹介する。", Published: day("2012-08-14")},
	}
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("filler-%d", i), Title: fmt.Sprintf("量子暗号の実験 %d", i),
			Category: "量子", Body: "量子暗号の通信実験が進む。", Published: day("2028-07-02")})
	}
	mustPut(t, ix, arts...)
	checkSearchFirst(t, ix, []typedCase{
		{"the day of 2028", "2028年8月14日のまとめ", "day2028"},
		{"the day of 2024", "2024年8月14日のまとめ", "day2024"},
		{"full width", "２０２８年８月１４日のまとめ", "day2028"},
		{"the day alone", "8月14日のまとめ", "day2028"},
		{"the day with a slash", "8/14 テックニュース", "day2028"},
		{"the day and ニュース", "8月14日のニュース", "day2028"},
		{"the day of 2012", "2012年8月14日のまとめ", "column"},
	})
}

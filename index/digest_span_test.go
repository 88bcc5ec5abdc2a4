package index

import (
	"fmt"
	"testing"
)

func TestAskedSpan(t *testing.T) {
	tests := []struct {
		name string
		text string
		asks bool // a roundup word typed (see asksRoundups)
		want daySpan
		ok   bool
	}{
		{"から and ニュース", "8月7日から13日のニュース", false, daySpan{8, 13, 7}, true},
		{"a wave dash and まとめ", "8月7日〜13日 まとめ", true, daySpan{8, 13, 7}, true},
		{"full width", "８月７日～１３日　まとめ", true, daySpan{8, 13, 7}, true},
		{"over a month's end", "7月31日から8月6日のまとめ", true, daySpan{8, 6, 7}, true},
		{"no 日 after the first", "8月7〜13日 まとめ", true, daySpan{8, 13, 7}, true},
		{"no roundup word", "8月7日から13日 セール", false, daySpan{}, false},
		{"a day alone", "8月7日のまとめ", true, daySpan{}, false},
		{"a month's length", "8月1日から31日のまとめ", true, daySpan{}, false},
		{"backwards", "8月13日から7日のまとめ", true, daySpan{}, false},
		{"no such day", "2月27日から30日のまとめ", true, daySpan{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := askedSpan(tt.text, tt.asks)
			if got != tt.want || ok != tt.ok {
				t.Errorf("askedSpan(%q, %v) = %+v, %v; want %+v, %v", tt.text, tt.asks, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestAskedWeekYear(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"as titles write it", "2028年8月第4週 まとめ", 2028},
		{"counted by the reader", "２０２５年８月の２週目のまとめ", 2025},
		{"no year", "週間まとめ 8月第4週", 0},
		{"a year and a day", "2028年8月14日のまとめ", 0},
		{"no year the archive holds", "1850年8月第4週 まとめ", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := askedWeekYear(tt.text); got != tt.want {
				t.Errorf("askedWeekYear(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

// TestSpanAndWeekRoundups: a span of days typed with まとめ or ニュース
// ranks the weekly roundup that came out after those days above the apps'
// lists and the other weeks' roundups that name the days too; a week
// typed without a year ranks the newest roundup of that week above
// another year's that names it more often, and with a year that year's.
// (The days' words are required: the week's roundup says them, as a site's
// weekly roundup opens.) A later year's roundup out within days of the
// span's end that sums up another week and names neither day takes no
// bonus from the week's that does.
func TestSpanAndWeekRoundups(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "wk1", Title: "【週間まとめ】8月第1週：量子暗号の標準、月面の探査車", Category: "まとめ",
			Body: "7月31日から8月6日までの1週間の主なテックニュースです。量子暗号の標準が決まりました。", Published: day("2028-08-07")},
		{ID: "sale", Title: "新型スマホの割引、7月31日から8月6日まで　8月6日の発売日には店頭イベント", Category: "スマホ",
			Body: "7月31日から8月6日まで割引する。8月6日には店頭でイベントを開く。8月6日のニュースとして伝えた。", Published: day("2028-07-30")},
		{ID: "wk2", Title: "【週間まとめ】8月第2週：ラジオのFM一本化、踏切にAIカメラ", Category: "まとめ",
			Body: "8月7日から13日までの1週間の主なテックニュースです。ラジオ局のFM一本化が報じられました。", Published: day("2028-08-14")},
		{ID: "wk3", Title: "【週間まとめ】8月第3週：8月7日から13日の続報、量子暗号の標準", Category: "まとめ",
			Body: "今週の主なテックニュースです。8月7日から13日に報じたラジオの続報です。8月13日の発表の詳細も。", Published: day("2028-08-21")},
		{ID: "apps", Title: "おすすめアプリ特集：8月7日〜13日編", Category: "アプリ",
			Body: "8月7日から13日までに出たアプリのまとめ。ニュースアプリの新作を8月13日まで紹介する。", Published: day("2028-08-14")},
		{ID: "wk4old", Title: "【週間まとめ】8月第4週：8月第4週の話題、週間まとめ", Category: "まとめ",
			Body: "8月第4週の週間まとめです。8月第4週はスマホの新型が出ました。", Published: day("2025-08-25")},
		{ID: "wk4", Title: "【週間まとめ】8月第4週：ラジオ局の停波が決定", Category: "まとめ",
			Body: "今週の主なテックニュースです。ラジオ局の停波が決まりました。", Published: day("2028-08-28")},
		{ID: "wk1later", Title: "【週間まとめ】8月第1週：ロケットの打ち上げ、新型スマホ", Category: "まとめ",
			Body: "8月の最初の週の主なテックニュースです。ロケットの打ち上げがありました。", Published: day("2029-08-11")},
	}
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("filler-%d", i), Title: fmt.Sprintf("量子暗号の実験 %d", i),
			Category: "量子", Body: "量子暗号の通信実験が進む。", Published: day("2028-08-02")})
	}
	mustPut(t, ix, arts...)
	checkSearchFirst(t, ix, []typedCase{
		{"a span and ニュース", "8月7日から13日のニュース", "wk2"},
		{"a span and まとめ", "8月7日〜13日 まとめ", "wk2"},
		{"a span over a month's end", "7月31日から8月6日のニュース", "wk1"},
		{"a span with its year", "2028年8月7日から13日のまとめ", "wk2"},
		{"a week without a year", "週間まとめ 8月第4週", "wk4"},
		{"a week with its year", "2025年8月第4週 週間まとめ", "wk4old"},
		{"a span alone", "8月7日から13日 アプリ", "apps"},
	})
}

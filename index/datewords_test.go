package index

import (
	"testing"
	"time"
)

func TestTypedDate(t *testing.T) {
	for _, tt := range []struct {
		text     string
		from, to string // JST days; empty: no date
	}{
		{"2026年", "2026-01-01", "2027-01-01"},
		{"2026年2月", "2026-02-01", "2026-03-01"},
		{"2026年02月", "2026-02-01", "2026-03-01"},
		{"2025年12月", "2025-12-01", "2026-01-01"},
		{"2026年13月", "", ""},
		{"2026年0月", "", ""},
		{"1800年", "", ""},
		{"2026年2月期", "", ""},
		{"2025年6月5日", "2025-06-05", "2025-06-06"},
		{"2024年2月29日", "2024-02-29", "2024-03-01"},
		{"2025年12月31日", "2025-12-31", "2026-01-01"},
		{"2026年2月29日", "", ""},
		{"2026年4月31日", "", ""},
		{"2026年2月0日", "", ""},
		{"2026年2月5日号", "", ""},
		{"2月", "", ""},
		{"2026", "", ""},
		{"2026/9/2", "2026-09-02", "2026-09-03"},
		{"2026/09/02", "2026-09-02", "2026-09-03"},
		{"2026/9", "2026-09-01", "2026-10-01"},
		{"2026/2/30", "", ""},
		{"2026/13", "", ""},
		{"2026/9/2/1", "", ""},
		{"2026/", "", ""},
		{"2026年9/2", "", ""},
		{"1/2026", "", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			from, to, ok := typedDate(tt.text)
			if tt.from == "" {
				if ok {
					t.Errorf("typedDate(%q) = %v, %v; want no date", tt.text, from, to)
				}
				return
			}
			wantFrom, _ := time.ParseInLocation(time.DateOnly, tt.from, JST)
			wantTo, _ := time.ParseInLocation(time.DateOnly, tt.to, JST)
			if !ok || !from.Equal(wantFrom) || !to.Equal(wantTo) {
				t.Errorf("typedDate(%q) = %v, %v, %v; want %v, %v", tt.text, from, to, ok, wantFrom, wantTo)
			}
		})
	}
}

// A date typed beside other words finds the articles published then and
// those that name it.
func TestSearchTypedDate(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "feb", Title: "半導体大手が決算を発表", Body: "売上高は前年同期比で増えた。", Published: day("2026-02-10")},
		Article{ID: "names", Title: "装置メーカーの見通し", Body: "2026年2月期の決算見通しを据え置いた。", Published: day("2025-11-01")},
		Article{ID: "nov", Title: "通信大手が決算を発表", Body: "売上高は横ばいだった。", Published: day("2025-11-02")},
		Article{ID: "jan", Title: "新しい工場を発表", Body: "2026年に稼働する。", Published: day("2026-01-20")},
		Article{ID: "fiscal", Title: "電池工場の計画", Body: "2028年度に量産を始める。", Published: day("2025-06-01")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"2026年2月 決算", []string{"feb", "names"}},
		{"２０２６年２月　決算", []string{"feb", "names"}},
		{"2026年 決算", []string{"feb", "names"}},
		{"2025年 決算", []string{"nov", "names"}},
		{"2026年 発表", []string{"feb", "jan"}},
		{"2026年2月", []string{"feb", "names"}},
		{"2028年", []string{"fiscal"}},
		{"2028年 量産", []string{"fiscal"}},
		{"二〇二六年 決算", []string{"feb", "names"}},
		{"二千二十六年 決算", []string{"feb", "names"}},
		{"二〇二六年二月", []string{"feb", "names"}},
		{"二〇二六年二月 決算", []string{"feb", "names"}},
		{"2026年2月10日 決算", []string{"feb"}},
		{"2025年11月2日 決算", []string{"nov"}},
		{"2026年1月20日", []string{"jan"}},
		{"2026/2/10 決算", []string{"feb"}},
		{"2026/2 決算", []string{"feb", "names"}},
		{"２０２６／２／１０　決算", []string{"feb"}},
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
			t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
		}
	}
	// No article of that month: the other words decide, the date alone
	// finds nothing.
	res := mustSearch(t, ix, Request{Query: "2024年5月 決算"})
	if got := ids(res); !sameSet(got, []string{"feb", "nov", "names"}) || !res.Relaxed {
		t.Errorf("Search(2024年5月 決算) = %v (relaxed %v), want the 決算 articles, relaxed", got, res.Relaxed)
	}
}

// A year typed as a number alone beside other words (日立 テレビ 2012)
// finds the articles published that year, those that name it and those
// with the number as typed; alone or after a Latin name it is a number.
func TestSearchBareYear(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "published", Title: "電機大手が新しいテレビを発表", Body: "今年の五輪に合わせて画質を上げた。", Published: day("2012-01-20")},
		Article{ID: "later", Title: "電機大手が次のテレビを発表", Body: "省エネ性能を高めた。", Published: day("2013-01-20")},
		Article{ID: "names", Title: "テレビの売れ行きを振り返る", Body: "2012年は五輪で売れた。", Published: day("2014-02-01")},
		Article{ID: "typed", Title: "ロンドン2012を映したテレビ", Body: "大会の中継で使われた。", Published: day("2015-03-01")},
		Article{ID: "office", Title: "Office新版の使い方", Body: "表計算のテレビ番組表テンプレートが増えた。", Published: day("2013-05-01")},
		Article{ID: "office2013", Title: "Office 2013を発売", Body: "テレビ会議の機能を加えた。", Published: day("2013-06-01")},
	)
	checkSearchSet(t, ix, []setCase{
		{"published, named or typed", "テレビ 2012", []string{"published", "names", "typed"}},
		{"full width", "テレビ　２０１２", []string{"published", "names", "typed"}},
		{"another year", "テレビ 2013", []string{"later", "office", "office2013"}},
		{"after a Latin name, its number", "office 2013", []string{"office2013"}},
		{"alone, the number", "2012", []string{"names", "typed"}},
	})
}

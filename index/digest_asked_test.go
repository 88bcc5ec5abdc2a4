package index

import (
	"fmt"
	"slices"
	"testing"
)

func TestAsksCorrection(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a past verb", "給湯機の補助の金額を間違えた記事", true},
		{"a verb in kana", "補助の金額をまちがえた記事", true},
		{"誤る", "発売日を誤った記事", true},
		{"a noun", "水素トラックの走れる距離の誤り", true},
		{"誤報", "株価の誤報", true},
		{"full width", "ＥＶの航続距離の誤り", true},
		{"error correction", "量子誤り訂正", false},
		{"error correction among other words", "表面符号 誤り訂正 実験", false},
		{"error correction in kana", "ふじつう あやまりていせい", false},
		{"error correction and a mistake", "誤り訂正の記事の誤り", true},
		{"no such word", "給湯機の補助の金額", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asksCorrection(tt.text); got != tt.want {
				t.Errorf("asksCorrection(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestCorrectionAskedInOtherWords: a query that says an article was wrong
// ranks the notice correcting it above the story, whose title has the
// words; the story stays first when the query does not say so, and a
// notice on another subject stays below the story.
func TestCorrectionAskedInOtherWords(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "story", Title: "経産省、給湯機の買い替え補助を拡充　1台に最大10万円", Category: "エネルギー",
			Body: "経済産業省は給湯機の買い替えを支援する補助を拡充する。昼に沸かす機種を対象に、1台あたり最大10万円の補助金を出す。申請は4月から販売店で受け付ける。", Published: day("2028-03-06")},
		{ID: "notice", Title: "【訂正】補助額は「最大10万円」ではなく「最大13万円」", Category: "エネルギー",
			Body: "3月6日の給湯機の補助の記事で、補助額を最大10万円としていましたが、正しくは最大13万円でした。おわびして訂正します。", Published: day("2028-03-07")},
		{ID: "other", Title: "【訂正】ロケットの回収場所は「海上」ではなく「陸上」", Category: "宇宙",
			Body: "ロケットの記事で、1段目の回収場所を海上としていましたが、正しくは陸上の着陸場でした。おわびして訂正します。", Published: day("2028-03-08")},
	}
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("filler-%d", i), Title: fmt.Sprintf("量子暗号の実験 %d", i),
			Category: "量子", Body: "量子暗号の通信実験が進む。", Published: day("2028-03-01")})
	}
	mustPut(t, ix, arts...)
	tests := []struct {
		name, query string
		want        []string // the first hits, in order
	}{
		{"a verb says it was wrong", "給湯機の補助の金額を間違えた記事", []string{"notice", "story"}},
		{"a noun says it was wrong", "給湯機の補助の誤り", []string{"notice"}},
		{"no such word", "給湯機の補助", []string{"story", "notice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.query}))
			if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
				t.Errorf("%s = %v, want %v first", tt.query, got, tt.want)
			}
		})
	}
}

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
	checkSearchFirst(t, ix, []typedCase{
		{"a month of a year", "2028年3月 まとめ", "month"},
		{"a month alone", "3月のまとめ", "month"},
		{"a day", "3月16日のまとめ", "day16"},
		{"a week", "3月第1週 まとめ", "week1"},
	})
}

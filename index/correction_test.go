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

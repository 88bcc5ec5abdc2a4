package index

import (
	"slices"
	"testing"

	"sagasu/analyzer"
)

// TestCompoundTypedWholeWrittenApart: a kanji compound typed whole finds
// and ranks the articles that write its words with a particle or a verb
// between (電池の寿命, 自動運転の車) as articles about it, not below every
// article that says the compound once.
func TestCompoundTypedWholeWrittenApart(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "camera-review", Title: "小型カメラの新製品を試す", Body: "高倍率ズームと高速連写が売り。画面は3型で見やすい。電池寿命は公称で約400枚。動画は4Kで撮れる。暗い場所でもノイズが少ない。", Published: day("2026-05-01")},
		Article{ID: "battery-life", Title: "全固体電池の寿命を延ばす新材料、大学が発見", Body: "充電と放電を繰り返しても全固体電池の寿命が縮みにくい電解質を見つけた。試作したセルは従来の2倍の回数に耐えた。", Published: day("2026-05-02")},
		Article{ID: "battery-apart", Title: "電池の値下がり続く", Body: "電池の価格が下がった。製品の寿命とは関係がない。", Published: day("2026-05-03")},
		Article{ID: "av-whole", Title: "自動運転車の保険、損保が発売", Body: "自動運転車の事故に備える保険を発売した。", Published: day("2026-05-04")},
		Article{ID: "av-apart", Title: "解説：自動運転の車が事故を起こしたら", Body: "自動運転の車が事故を起こしたとき、責任は誰が負うのか。", Published: day("2026-05-05")},
		Article{ID: "av-truck", Title: "自動運転のトラック、高速道路で実験", Body: "自動運転に対応した新型トラックが走った。", Published: day("2026-05-06")},
		Article{ID: "weather", Title: "週末の天気", Body: "晴れる見込み。", Published: day("2026-05-09")},
		Article{ID: "baseball", Title: "開幕戦", Body: "逆転で勝った。", Published: day("2026-05-09")},
		Article{ID: "film", Title: "新作映画", Body: "来月公開。", Published: day("2026-05-09")},
	)
	tests := []struct {
		name, query string
		first       string   // the article ranked first
		found, not  []string // also found; not found
	}{
		{"particle between, about it, above the compound said once", "電池寿命", "battery-life", []string{"camera-review", "battery-apart"}, nil},
		{"a synonym's compound written apart is found, below it whole", "自動運転車", "av-whole", []string{"av-apart"}, []string{"av-truck"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.query}))
			if len(got) == 0 || got[0] != tt.first {
				t.Fatalf("%s = %v, want %s first", tt.query, got, tt.first)
			}
			for _, id := range tt.found {
				if !slices.Contains(got, id) {
					t.Errorf("%s = %v, want %s among them", tt.query, got, id)
				}
			}
			for _, id := range tt.not {
				if slices.Contains(got, id) {
					t.Errorf("%s = %v, want no %s", tt.query, got, id)
				}
			}
		})
	}
}

// TestApartJoins: a join opens between words that stand alone, not beside
// a suffix or a prefix, and a long compound opens none.
func TestApartJoins(t *testing.T) {
	type tok struct{ surface, pos string }
	for _, tt := range []struct {
		name string
		toks []tok
		want []int
	}{
		{"two words", []tok{{"電池", "名詞,一般"}, {"寿命", "名詞,一般"}}, []int{1}},
		{"a noun of one kanji", []tok{{"自動運転", "名詞"}, {"車", "名詞,一般"}}, []int{1}},
		{"before a suffix", []tok{{"睡眠", "名詞,サ変接続"}, {"不足", "名詞,サ変接続"}, {"解消", "名詞,サ変接続"}, {"法", "名詞,接尾,一般"}}, []int{1, 2}},
		{"after a prefix", []tok{{"新", "接頭詞,名詞接続"}, {"工場", "名詞,一般"}}, nil},
		{"one word", []tok{{"電池", "名詞,一般"}}, nil},
		{"too many joins", []tok{{"東京", "名詞,固有名詞"}, {"都", "名詞,接尾"}, {"電池", "名詞,一般"}, {"寿命", "名詞,一般"}, {"調査", "名詞,サ変接続"}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]analyzer.Token, len(tt.toks))
			for i, x := range tt.toks {
				toks[i] = analyzer.Token{Term: x.surface, Surface: x.surface, POS: x.pos, Position: i + 1}
			}
			if got := apartJoins(toks); !slices.Equal(got, tt.want) {
				t.Errorf("apartJoins(%v) = %v, want %v", tt.toks, got, tt.want)
			}
		})
	}
}

package index

import "testing"

func TestPassingMention(t *testing.T) {
	roundup := "今週の主なニュースを振り返る。\n" +
		"JAXAのH3ロケット7号機が種子島から打ち上げられ、みちびきを軌道に投入した。\n" +
		"米OpenAIの新モデルはコーディングのベンチマークで首位となり、開発者の間で試用が広がった。\n" +
		"KDDIは衛星とスマホの直接通信を始めた。利用できる地域は順に広げる。\n" +
		"ラピダスは千歳の試作ラインで2ナノメートルのトランジスタの動作を確認した。\n" +
		"理研と富士通は256量子ビットの超伝導量子コンピューターを公開した。\n" +
		"来週は任天堂の決算発表が予定されている。"
	story := "JAXAはH3ロケット7号機を種子島宇宙センターから打ち上げた。\n" +
		"H3ロケットは2段式で、7号機はみちびきを載せた。\n" +
		"JAXAは次の打ち上げを来月に予定する。\n" +
		"種子島では見物客が集まった。\n" +
		"H3ロケットの打ち上げ成功は5回目になる。"
	// Five stories in five like paragraphs: each is a fifth of the text.
	even := "ラピダスの千歳工場の周辺に半導体関連の企業が進出している。\n" +
		"大和物流はランサムウェア攻撃の調査報告を公表した。\n" +
		"GoogleのPixel 10 Proのレビューが出そろい、望遠カメラの評価が高い。\n" +
		"KDDIの衛星直接通信は登山者の間で利用が広がっている。\n" +
		"任天堂のNintendo Switch 2は世界で1500万台を超えた。"
	pixel := []string{"レビュー", "カメラ", "Pixel", "望遠", "Google"}
	tests := []struct {
		name, title string
		body        string
		reasons     []string
		want        bool
	}{
		{"a roundup's one paragraph", "週間まとめ：H3ロケット7号機など", roundup, []string{"H3ロケット", "JAXA", "種子島", "打ち上げる"}, true},
		{"an article on the story", "H3ロケット7号機、打ち上げ成功", story, []string{"H3ロケット", "JAXA", "種子島", "打ち上げる"}, false},
		{"too few words found", "週間まとめ", roundup, []string{"H3ロケット", "衛星"}, false},
		{"a short text", "H3", "JAXAのH3ロケットが種子島から。\n別の話。", []string{"H3ロケット", "JAXA", "種子島"}, false},
		{"no reasons", "週間まとめ", roundup, nil, false},
		{"even paragraphs under a title without the words", "今日のニュースまとめ 9月12日", even, pixel, true},
		{"even paragraphs under a title with them", "Pixel 10 Proのレビュー", even, pixel, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := passingMention(tt.title, tt.body, tt.reasons); got != tt.want {
				t.Errorf("passingMention = %v, want %v", got, tt.want)
			}
		})
	}
}

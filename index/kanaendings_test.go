package index

import "testing"

// TestVerbEndingsInKana: a verb typed in kana with its ending (the past,
// the て form, ていた, the polite forms) finds the articles that write it
// in kanji, whose reading fields hold its stem only, and not those with
// other words that share the stem's first kana or read as the ending
// without its last kana (していた is no シテイ, 指定).
func TestVerbEndingsInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "shake", Title: "新型機が市場を揺るがした一年", Body: "低価格の新型機が業界を揺るがした。各社は値下げで応じた。", Published: day("2011-05-10")},
		Article{ID: "develop", Title: "新しい電池を開発した研究所", Body: "研究所は燃えにくい電池を開発した。量産は来年になる。", Published: day("2011-05-11")},
		Article{ID: "active", Title: "海外で活躍していた選手が帰国", Body: "欧州のクラブで活躍していた選手が国内のチームに加わった。", Published: day("2011-05-12")},
		Article{ID: "field", Title: "田んぼの水を見回る", Body: "農家は毎朝、田の水を見回った。", Published: day("2011-05-13")},
		Article{ID: "garden", Title: "名勝に指定された庭園", Body: "地元の庭師が活躍の場を広げる。庭園は国の名勝に指定された。", Published: day("2011-05-14")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
		relaxed bool // (the first hit is want's first all the same)
	}{
		{"past of a verb in su keeps its shi", "ゆるがした", []string{"shake"}, false},
		{"polite past", "ゆるがしました", []string{"shake"}, false},
		{"noun with suru, past", "かいはつした", []string{"develop"}, false},
		{"noun with suru, te-iru past", "かつやくしていた", []string{"active", "garden"}, false},
		{"a word beside it", "かいはつした でんち", []string{"develop"}, false},
		{"an ending alone is no stem", "かつやく していた", []string{"active", "garden"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			got := ids(res)
			if res.Relaxed != tt.relaxed || !sameSet(got, tt.want) || got[0] != tt.want[0] {
				t.Errorf("%s = %v (relaxed %v), want %v (relaxed %v)", tt.q, got, res.Relaxed, tt.want, tt.relaxed)
			}
		})
	}
}

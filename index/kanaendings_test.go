package index

import "testing"

// TestVerbEndingsInKana: a verb typed in kana with its ending (the past,
// the て form, ていた, the polite forms) finds the articles that write it
// in kanji, whose reading fields hold its stem only, and not those with
// other words that share the stem's first kana or only the ending.
func TestVerbEndingsInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "shake", Title: "新型機が市場を揺るがした一年", Body: "低価格の新型機が業界を揺るがした。各社は値下げで応じた。", Published: day("2011-05-10")},
		Article{ID: "develop", Title: "新しい電池を開発した研究所", Body: "研究所は燃えにくい電池を開発した。量産は来年になる。", Published: day("2011-05-11")},
		Article{ID: "active", Title: "海外で活躍していた選手が帰国", Body: "欧州のクラブで活躍していた選手が国内のチームに加わった。", Published: day("2011-05-12")},
		Article{ID: "field", Title: "田んぼの水を見回る", Body: "農家は毎朝、田の水を見回った。", Published: day("2011-05-13")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"past of a verb in su keeps its shi", "ゆるがした", []string{"shake"}},
		{"polite past", "ゆるがしました", []string{"shake"}},
		{"noun with suru, past", "かいはつした", []string{"develop"}},
		{"noun with suru, te-iru past", "かつやくしていた", []string{"active"}},
		{"a word beside it", "かいはつした でんち", []string{"develop"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if res.Relaxed || !sameSet(ids(res), tt.want) {
				t.Errorf("%s = %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
			}
		})
	}
}

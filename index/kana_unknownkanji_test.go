package index

import "testing"

// TestUnknownKanjiInKana: kana typed for a word with a kanji the
// dictionary has no word of its own for finds it (かあつ is 加圧, which
// kagome cuts 加|圧 and had left 圧 unread), and not the articles that
// write another word with that kanji (高圧) or its first kanji alone.
func TestUnknownKanjiInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "training", Title: "加圧トレーニングで筋力アップ", Body: "腕と脚の付け根をベルトで締める加圧トレーニングを体験した。", Published: day("2011-05-10")},
		Article{ID: "gas", Title: "高圧ガスの保安検査", Body: "高圧ガスを扱う工場で検査があった。", Published: day("2011-05-11")},
		Article{ID: "canada", Title: "日加の首脳が会談", Body: "加の首相と外相が来日した。", Published: day("2011-05-12")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"かあつ", []string{"training"}},
		{"かあつ とれーにんぐ", []string{"training"}},
	} {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if res.Relaxed || !sameSet(ids(res), tt.want) {
				t.Errorf("%s = %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
			}
		})
	}
}

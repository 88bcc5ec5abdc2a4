package index

import "testing"

// TestRendakuNameInKana: kana typed for a name kagome splits into single
// kanji finds it when the reader voices the second kanji as the name is
// said (さとだ is 里田, which kagome reads サト|タ; it had been read as
// 差 and 戸田, サ|トダ, the fewer pieces).
func TestRendakuNameInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "couple", Title: "田中＆里田の交際、アプローチは里田から", Body: "エースの田中とタレント・里田まいの交際が公のものとなった。", Published: day("2010-11-30")},
		Article{ID: "farm", Title: "里山の田んぼで稲刈り", Body: "里の田で稲を刈る体験に親子で参加した。", Published: day("2010-10-01")},
		Article{ID: "race", Title: "戸田が首位、2位との差は3秒", Body: "差を広げた戸田は独走した。", Published: day("2010-10-02")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"さとだ", []string{"couple"}},
		{"さとだ 交際", []string{"couple"}},
	} {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if res.Relaxed || !sameSet(ids(res), tt.want) {
				t.Errorf("%s = %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
			}
		})
	}
}

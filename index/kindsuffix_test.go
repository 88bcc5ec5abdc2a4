package index

import "testing"

// TestKindSuffixOptional: 式 or 型 written onto a katakana word beside
// another word finds the articles that write the kind with the other
// suffix or none (スライド式テンキー: the phone whose article says
// スライド型テンキー and スライドテンキー); typed alone with its word it
// stays required.
func TestKindSuffixOptional(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "phone", Title: "スライド型テンキー搭載スマートフォンを発表", Body: "シャープのスライドテンキースマートフォン第3弾。", Published: day("2012-05-15")},
		Article{ID: "keyboard", Title: "スライド式キーボードのスマホ", Body: "スライド式のキーボードとテンキーを備える。", Published: day("2012-05-16")},
		Article{ID: "slides", Title: "プレゼンのスライド作り", Body: "見やすいスライドの作り方。", Published: day("2012-05-17")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"the other suffix", "スライド式テンキー", []string{"keyboard", "phone"}},
		{"no suffix", "スライド型 キーボード", []string{"keyboard"}},
		{"alone, as typed", "スライド式", []string{"keyboard"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); res.Relaxed || !sameSet(got, tt.want) {
				t.Errorf("%s = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

package index

import "testing"

// A common noun of kanji typed inside a longer word finds the articles
// that write it in katakana for stress.
func TestSearchStressedKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "stressed", Title: "【オトナ女子映画部】冬に観たい恋愛映画", Body: "オトナ女子におすすめの三本。", Published: day("2025-01-10")},
		Article{ID: "kanji", Title: "大人の女子会で映画を観る", Body: "大人女子映画部のような集まり。", Published: day("2025-01-11")},
		Article{ID: "body", Title: "カラダ作りの基本", Body: "毎日の運動で体を作る。", Published: day("2025-01-12")},
	)
	checkSearchSet(t, ix, []setCase{
		{"a compound typed whole", "大人女子映画部", []string{"stressed", "kanji"}},
		{"with another word", "大人女子映画部 恋愛", []string{"stressed"}},
		{"the noun alone, as before", "大人 映画", []string{"stressed", "kanji"}},
		{"a one-kanji noun read with three kana", "体作り 基本", []string{"body"}},
	})
}

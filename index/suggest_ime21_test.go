package index

import (
	"testing"
)

// TestSuggestGivenNameByItsReading: a given name with 興, which the
// dictionary reads only キョウ as a common word, is found by its reading
// in names (山本興平: やまもとこうへい; 亀田興毅 had been keyed カメダキョウ
// アツシ, and かめだこうき offered 亀田 抗議).
func TestSuggestGivenNameByItsReading(t *testing.T) {
	ix := mustSuggestOver(t, articlesOf("n",
		"山本興平が初優勝", "山本興平の新記録", "山本興平に聞く", "山本選手の練習",
	)...)
	checkSlips(t, ix, []typedCase{
		{"the name in kana", "やまもとこうへい", "山本興平"},
		{"the name begun", "やまもとこうへ", "山本興平"},
		{"in romaji", "yamamotokouhei", "山本興平"},
	}, nil)
}

package index

import (
	"testing"
)

// TestRoleTitleAfterName: a role written after a person's name as a title
// (北島選手, ザッケローニ監督) only ranks: the articles that name the person
// without it are found; after a common word (サッカー選手) it is what the
// reader looks for, and stays required.
func TestRoleTitleAfterName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "kitajima", Title: "北島康介、3度目の五輪へ", Body: "競泳の北島康介はロンドン五輪で3大会連続の金メダルを目指す。", Published: day("2026-05-01")},
		Article{ID: "kitajima-village", Title: "北島が練習を公開", Body: "北島は笑顔を見せた。日本の選手は選手村に入った。", Published: day("2026-05-02")},
		Article{ID: "swimmers", Title: "競泳の選手が合宿", Body: "日本代表の選手が合宿に入った。", Published: day("2026-05-03")},
		Article{ID: "zac", Title: "ザッケローニが会見", Body: "日本代表のザッケローニは会見で語った。", Published: day("2026-05-04")},
		Article{ID: "soccer-player", Title: "サッカー選手が引退", Body: "サッカー選手の引退会見が開かれた。", Published: day("2026-05-05")},
		Article{ID: "soccer", Title: "サッカーの試合", Body: "サッカーの試合のあと、監督が引退を示唆した。", Published: day("2026-05-06")},
		Article{ID: "izawa", Title: "LINEヤフーが増益", Body: "出澤剛社長は投資を続ける考えを示した。", Published: day("2026-05-07")},
		Article{ID: "sawa", Title: "澤が代表に復帰", Body: "澤穂希が試合に出た。", Published: day("2026-05-08")},
	)
	checkSearchSet(t, ix, []setCase{
		{"a surname and a role", "北島選手", []string{"kitajima", "kitajima-village"}},
		{"a full name and a role beside another word", "北島康介選手 五輪", []string{"kitajima"}},
		{"a katakana name the dictionary does not know", "ザッケローニ監督 会見", []string{"zac"}},
		{"a role after a common word stays required", "サッカー選手 引退", []string{"soccer-player"}},
	})
	// A surname of one kanji is too often a piece of another word
	// (出|澤, read 出る|澤): the role stays required, so the article on
	// 澤穂希, which has no 社長, is no match of every word.
	if got := mustSearch(t, ix, Request{Query: "出澤社長"}); !got.Relaxed {
		t.Errorf("Search(出澤社長) = %v, not relaxed; want the role required (relaxed: no article has 澤 and 社長 side by side)", ids(got))
	}
}

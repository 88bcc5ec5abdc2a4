package index

import (
	"fmt"
	"testing"
)

// TestSuggestRepeatedKanjiAsWritten: a word with a repeated kanji that
// only the articles' bodies have is shown with 々, as they write it
// (様々, 少々, 元々), not as the term the analyzer folds it to (様様 had
// been shown for the 1,085 livedoor articles with 様々); a word whose
// kanji repeat across two words stays as written.
func TestSuggestRepeatedKanjiAsWritten(t *testing.T) {
	var arts []Article
	for i, body := range []string{
		"様々な機能を試した。", "様々な意見が出た。", "様々な色がある。",
		"少々お待ちください。", "少々高い。", "少々時間がかかる。",
		"元々の計画を変えた。", "元々好きだった。", "元々の値段。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("r%d", i), Title: fmt.Sprintf("記事%d", i), Body: body, Published: day("2026-05-01")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSuggestFirst(t, ix, 5, []typedCase{
		{"in kana", "さまざま", "様々"},
		{"converted", "様々", "様々"},
		{"on the way", "しょうしょ", "少々"},
		{"romaji", "motomo", "元々"},
	})
}

package index

import "testing"

// TestPairBonuses: of the articles with every word typed, those that
// have two neighbouring words side by side, as typed, come first.
func TestPairBonuses(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "apart", Title: "週末の話題", Body: "3Dプリンターの活用が広がる。映画の撮影現場では小道具を作っている。", Published: day("2026-05-01")},
		Article{ID: "together", Title: "週末の興行成績", Body: "今週は3D映画が上位を占めた。撮影現場の話も聞いた。", Published: day("2026-05-02")},
		Article{ID: "draft-apart", Title: "新人が活躍", Body: "ドラフトで指名された選手が、プロ野球の開幕戦で本塁打を打った。", Published: day("2026-05-03")},
		Article{ID: "draft", Title: "注目選手の指名", Body: "今年のプロ野球ドラフト会議は十月に開かれる。指名の行方が注目される。", Published: day("2026-05-04")},
	)
	for _, tt := range []struct {
		name, q, first string
		total      int
	}{
		{"a Latin word and a kanji word", "3D 映画", "together", 2},
		{"two kanji words", "プロ野球 ドラフト", "draft", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); len(got) != tt.total || got[0] != tt.first {
				t.Errorf("%s = %v, want %d hits, %s first", tt.q, got, tt.total, tt.first)
			}
		})
	}
}

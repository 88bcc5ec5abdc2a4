package index

import "testing"

// TestVerbStemAsNoun: kagome reads まとめ読み typed alone as まとめ and the
// verb 読む, and in a title's 【週末映画まとめ読み】 as まとめ and the noun
// 読み; the phrase, the word and its exclusion find the title as written.
func TestVerbStemAsNoun(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "roundup", Title: "【週末映画まとめ読み】新作映画が公開", Body: "今週の映画の話題を集めた。", Published: day("2026-01-02")},
		Article{ID: "film", Title: "新作映画が公開", Body: "映画の新作が公開された。", Published: day("2026-01-03")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{`"まとめ読み"`, []string{"roundup"}},
		{"まとめ読み", []string{"roundup"}},
		{"映画 -まとめ読み", []string{"film"}},
		{`映画 -"まとめ読み"`, []string{"film"}},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
			t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

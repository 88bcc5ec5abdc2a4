package index

import (
	"slices"
	"testing"
)

// TestDoubtedSynonymInside: a word kagome does not know that has synonyms
// (コミケ, コミックマーケット) is found inside the longer katakana word an
// article writes it onto, as one without synonyms is, after the articles
// that write it alone; a word that only shares its first characters
// (コミック) is not found.
func TestDoubtedSynonymInside(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "onto", Title: "即売会向けのコミケカタログアプリを公開", Body: "夏の即売会に向けて、サークルの配置を調べられるアプリの新版が出た。", Published: day("2026-04-01")},
		Article{ID: "alone1", Title: "コミケの待機列が短くなった", Body: "コミケの運営は入場の方法を変えた。", Published: day("2026-04-02")},
		Article{ID: "alone2", Title: "コミケで話題のスマホアプリ", Body: "会場でコミケの地図を見られるアプリが人気だ。", Published: day("2026-04-03")},
		Article{ID: "alone3", Title: "冬のコミケに向けた準備", Body: "寒さに備えて上着を持っていこう。", Published: day("2026-04-04")},
		Article{ID: "synonym", Title: "コミックマーケットの来場者が過去最多", Body: "三日間で多くの人が訪れた。", Published: day("2026-04-05")},
		Article{ID: "comic", Title: "コミックの新刊をアプリで読む", Body: "電子書籍のアプリが増えている。", Published: day("2026-04-06")},
	)
	for _, tt := range []struct {
		name, q    string
		want, not  []string
		firstAmong string // ranks before onto when set
	}{
		{"alone, its synonym and onto a longer word", "コミケ", []string{"onto", "alone1", "alone2", "alone3", "synonym"}, []string{"comic"}, "alone1"},
		{"beside another word", "コミケ アプリ", []string{"onto", "alone2"}, []string{"comic", "alone1"}, ""},
		{"typed in hiragana", "こみけ", []string{"onto", "alone1"}, []string{"comic"}, "alone1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.q}))
			for _, id := range tt.want {
				if !slices.Contains(got, id) {
					t.Errorf("Search(%s) = %v, want %s among them", tt.q, got, id)
				}
			}
			for _, id := range tt.not {
				if slices.Contains(got, id) {
					t.Errorf("Search(%s) = %v, want no %s", tt.q, got, id)
				}
			}
			if tt.firstAmong != "" && slices.Index(got, tt.firstAmong) > slices.Index(got, "onto") {
				t.Errorf("Search(%s) = %v, want %s before onto, which has the word only inside another", tt.q, got, tt.firstAmong)
			}
		})
	}
}

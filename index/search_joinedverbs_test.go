package index

import (
	"slices"
	"testing"
)

// TestSearchJoinedVerbs: a compound verb typed whole in kanji (読み聞かせ)
// finds the articles that write it, whole or in another of its verbs'
// forms (読み聞かせる), not those with its verbs apart (本を読む, 話を
// 聞く), however often they have them; where fewer than three articles
// write it whole (食べ比べ), its verbs apart still find what there is.
func TestSearchJoinedVerbs(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "ehon", Title: "図書館で絵本の読み聞かせを楽しむ", Body: "土曜の午後、親子で参加できる。", Published: day("2026-04-01")},
		Article{ID: "nemae", Title: "寝る前の習慣", Body: "寝る前に読み聞かせをすると子どもが落ち着くという。", Published: day("2026-04-02")},
		Article{ID: "volunteer", Title: "ボランティアの一日", Body: "小学校で読み聞かせをした。絵本は三冊。", Published: day("2026-04-03")},
		Article{ID: "decade", Title: "読み聞かせを続けて十年", Body: "毎週木曜に公民館で。", Published: day("2026-04-10")},
		Article{ID: "plain", Title: "昔話を声に出して", Body: "祖母は毎晩、孫に昔話を読み聞かせる。", Published: day("2026-04-04")},
		Article{ID: "apart1", Title: "本を読む人、話を聞く人", Body: "本を読む。人の話を聞く。読むことと聞くことは違う。", Published: day("2026-04-05")},
		Article{ID: "apart2", Title: "読む力と聞く力", Body: "新聞を読む。ラジオを聞く。絵本を読む子も多い。", Published: day("2026-04-06")},
		Article{ID: "apart3", Title: "読むか聞くか", Body: "小説を読むか、朗読を聞くか。", Published: day("2026-04-07")},
		Article{ID: "kurabe", Title: "ご当地プリンの食べ比べ", Body: "三つの店のプリンを並べた。", Published: day("2026-04-08")},
		Article{ID: "kurabeApart", Title: "朝食を食べる", Body: "去年と比べると、パンを食べる人が増えた。", Published: day("2026-04-09")},
	)
	checkSearchSet(t, ix, []setCase{
		{"the compound alone", "読み聞かせ", []string{"ehon", "nemae", "volunteer", "decade", "plain"}},
		{"full width and a space around it", "　読み聞かせ　", []string{"ehon", "nemae", "volunteer", "decade", "plain"}},
		{"beside another word", "読み聞かせ 絵本", []string{"ehon", "volunteer"}},
		{"written whole by too few articles", "食べ比べ", []string{"kurabe", "kurabeApart"}},
	})
	got := ids(mustSearch(t, ix, Request{Query: "読む 聞く"}))
	for _, id := range []string{"apart1", "apart2", "apart3"} {
		if !slices.Contains(got, id) {
			t.Errorf("読む 聞く: hits %v, want %s among them: the verbs typed apart find them apart", got, id)
		}
	}
	res := mustSearch(t, ix, Request{Query: "読み聞かせ 絵本"})
	if got := ids(res); res.Relaxed || len(got) == 0 || got[0] != "ehon" {
		t.Errorf("読み聞かせ 絵本: hits %v (relaxed %v), want ehon first, not relaxed", got, res.Relaxed)
	}
}

package index

import (
	"fmt"
	"testing"
	"time"
)

// TestSuggestCompoundCountsIgnoreTheClock: a build counts the articles
// whose bodies have a title's compounds by the work it does, not by the
// clock, so a build on a busy machine (each count slowed here) counts
// every compound an idle machine's build counts. Cut by a budget of 2 s,
// the slowed build had left the last compounds with their titles' count.
func TestSuggestCompoundCountsIgnoreTheClock(t *testing.T) {
	compounds := []string{"携帯電話", "宇宙旅行", "音楽配信", "電子書籍", "個人情報", "企業買収", "新型車両", "住宅ローン", "海外旅行", "地方銀行"}
	var arts []Article
	for i, c := range compounds {
		for j := range 2 {
			arts = append(arts, Article{ID: fmt.Sprintf("t-%d-%d", i, j), Title: fmt.Sprintf("%sの話題 %d", c, j), Body: "話題になった。", Published: day("2026-06-01")})
		}
		for j := range 3 {
			arts = append(arts, Article{ID: fmt.Sprintf("b-%d-%d", i, j), Title: fmt.Sprintf("日記 %d %d", i, j), Body: fmt.Sprintf("今日は%sについて考えた。", c), Published: day("2026-05-01")})
		}
	}
	ix := mustOpen(t)
	ix.sug.countPause = 250 * time.Millisecond // 2.5 s for the ten counts
	mustSuggestFrom(t, ix, arts...)
	if si := ix.sug.cur.Load(); si == nil || si.uncounted {
		t.Fatalf("the slowed build left compounds uncounted")
	}
	for _, c := range compounds {
		got, err := ix.Suggest(t.Context(), c, 8)
		if err != nil {
			t.Fatal(err)
		}
		if i := indexOf(got, c); i < 0 || got[i].Count != 3 {
			t.Errorf("Suggest(%s) = %v, want %s counted in the 3 bodies that write it", c, texts(got), c)
		}
	}
}

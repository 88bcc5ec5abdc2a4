package index

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"testing"
)

// Relaxed searches: when a query whose words no article has all lists the
// articles with most of them (not by a bare number, nor while articles of
// other categories have every word), and how that list ranks: most words
// first, a rare word above a common word in a title, a compound the
// synonyms keep whole by its words, a name typed in kana by its pieces.

// TestCompoundWithSynonymRelaxed: a compound the synonyms keep whole
// that no article has falls back on its words, marked relaxed; a katakana
// word stays whole.
func TestCompoundWithSynonymRelaxed(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "sun", Title: "太陽光の発電量", Body: "太陽光で発電する。", Published: day("2026-05-01")},
		Article{ID: "panel", Title: "パネルの新型", Body: "パネルを並べる。", Published: day("2026-05-02")},
		Article{ID: "qubit", Title: "量子ビットの数", Body: "量子ビットを増やす。", Published: day("2026-05-03")},
	)
	if res := mustSearch(t, ix, Request{Query: "太陽光パネル"}); !sameSet(ids(res), []string{"sun", "panel"}) || !res.Relaxed {
		t.Errorf("太陽光パネル: %v (relaxed %v), want both words' articles, relaxed", ids(res), res.Relaxed)
	}
	if res := mustSearch(t, ix, Request{Query: "ビットコイン"}); len(res.Hits) != 0 {
		t.Errorf("ビットコイン: %v, want nothing", ids(res))
	}
}

// TestKanaNameRelaxed: a name typed in kana that no article reads whole
// (森下悠里 is indexed モリシタ|ユウリ, the reader types ゆり) relaxes to its
// pieces rather than finding nothing; which piece ranks first is BM25's
// to say.
func TestKanaNameRelaxed(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "morishita", Title: "森下悠里さんを撮影", Body: "グラビアの森下悠里さんが登場した。", Published: day("2026-05-01")},
		Article{ID: "lily", Title: "ユリの花が見頃", Body: "庭のユリが咲いた。", Published: day("2026-05-02")},
	)
	res := mustSearch(t, ix, Request{Query: "もりしたゆり"})
	if !res.Relaxed || !slices.Contains(ids(res), "morishita") {
		t.Errorf("もりしたゆり: relaxed %v, hits %v; want relaxed, morishita among them", res.Relaxed, ids(res))
	}
}

// TestKanaSentenceRelaxed: katakana words in a sentence of kana (ナスネって
// どんなレコーダー) are words a relaxed search may drop, not one katakana
// word it must find whole.
func TestKanaSentenceRelaxed(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "nasne", Title: "ナスネで録画", Body: "ナスネはネットワークに置く録画機器だ。", Published: day("2026-05-01")},
		Article{ID: "recorder", Title: "ブルーレイの新機種", Body: "ディスクに焼ける機種が出た。", Published: day("2026-05-02")},
	)
	res := mustSearch(t, ix, Request{Query: "ナスネってどんなレコーダー"})
	if !res.Relaxed || !slices.Contains(ids(res), "nasne") {
		t.Errorf("ナスネってどんなレコーダー: relaxed %v, hits %v; want relaxed, nasne among them", res.Relaxed, ids(res))
	}
}

// TestRelaxedByRareWords: in a relaxed search a rare word counts for more
// than a common word in a title (ELUGAという名前の由来: the article on
// ELUGA before the titles with 名前).
func TestRelaxedByRareWords(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{{ID: "eluga", Title: "薄型スマホの新機種", Body: "新しいELUGAは薄い。", Published: day("2026-05-01")}}
	for i := range 30 {
		arts = append(arts, Article{ID: fmt.Sprintf("name-%d", i), Title: fmt.Sprintf("名前の話 %d", i), Body: "子供につけた話。", Published: day("2026-05-02")})
	}
	for i := range 300 {
		arts = append(arts, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("今日の天気 %d", i), Body: "晴れのち曇り。", Published: day("2026-05-03")})
	}
	mustPut(t, ix, arts...)
	res := mustSearch(t, ix, Request{Query: "ELUGAという名前"})
	if got := ids(res); !res.Relaxed || len(got) == 0 || got[0] != "eluga" {
		t.Errorf("ELUGAという名前: relaxed %v, hits %v; want relaxed, eluga first", res.Relaxed, got)
	}
}

// TestRelaxedNotByANumber: a relaxed search needs more than a bare number
// (はやぶさ3 finds はやぶさ2, not every article with a 3 in it).
func TestRelaxedNotByANumber(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "hayabusa", Title: "はやぶさ2が帰還", Body: "探査機はやぶさ2のカプセルが地球に戻った。", Published: day("2026-05-01")},
		Article{ID: "three", Title: "3年ぶりの新型", Body: "3年ぶりに刷新した。", Published: day("2026-05-02")},
	)
	res := mustSearch(t, ix, Request{Query: "はやぶさ3"})
	if got := ids(res); !res.Relaxed || !slices.Equal(got, []string{"hayabusa"}) {
		t.Errorf("はやぶさ3: relaxed %v, hits %v; want relaxed, [hayabusa]", res.Relaxed, got)
	}
	res = mustSearch(t, ix, Request{Query: "3 7"})
	if got := ids(res); !slices.Equal(got, []string{"three"}) {
		t.Errorf("3 7: hits %v; want [three] (numbers alone still relax)", got)
	}
}

// TestCommonUnitsSkipMost: a relaxed search of words most articles have
// does not rank the articles missing only one first (that clause stepped
// through them all); one of rarer words does.
func TestCommonUnitsSkipMost(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 20 {
		body := "今日の天気。"
		if i < 15 {
			body += "市場は好調だ。"
		}
		if i == 0 {
			body += "量子ビットの実験。"
		}
		arts = append(arts, Article{ID: fmt.Sprintf("c%02d", i), Title: "記事", Body: body, Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	tc := &readerCounter{ctx: t.Context(), ix: ix.b}
	defer tc.close()
	for q, want := range map[string]bool{"天気 市場 火星 木星": true, "量子ビット 火星 木星": false} {
		tq, err := (&compiler{an: ix.an, syn: ix.syn, tc: tc}).compile(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := ix.commonUnits(t.Context(), tq); got != want {
			t.Errorf("commonUnits(%s) = %v, want %v", q, got, want)
		}
		tq.common = want
		js, _ := json.Marshal(tq.build(nil, true, true))
		if most := minClause.Match(js); most == want {
			t.Errorf("%s: a clause with a minimum: %v, want %v", q, most, !want)
		}
	}
}

var minClause = regexp.MustCompile(`"min":[1-9]`)

func TestRelaxedWhenNoArticleHasEveryWord(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, ruleFixtures...)
	res := mustSearch(t, ix, Request{Query: "テスラ 電気自動車 火星"})
	if !res.Relaxed || len(res.Hits) == 0 || res.Hits[0].ID != "tesla" {
		t.Errorf("relaxed = %v, hits %v; want relaxed with tesla first", res.Relaxed, ids(res))
	}
	if res := mustSearch(t, ix, Request{Query: "テスラ 電気自動車"}); res.Relaxed || !slices.Equal(ids(res), []string{"tesla"}) {
		t.Errorf("strict match relaxed = %v, hits %v", res.Relaxed, ids(res))
	}
	// A single unknown word has nothing to relax to.
	if res := mustSearch(t, ix, Request{Query: "火星"}); res.Relaxed || res.Total != 0 {
		t.Errorf("火星: relaxed %v, total %d", res.Relaxed, res.Total)
	}
	// Runs of single kanji a particle parts are two words (独女の結昏 had
	// been one unit, nothing to relax to).
	mustPut(t, ix, Article{ID: "dokujo", Title: "独女の本音", Body: "独女が語る休日の過ごし方。", Published: day("2026-03-20")})
	if res := mustSearch(t, ix, Request{Query: "独女の結昏"}); !res.Relaxed || !slices.Contains(ids(res), "dokujo") {
		t.Errorf("独女の結昏: relaxed %v, hits %v; want relaxed with dokujo", res.Relaxed, ids(res))
	}
}

// TestRelaxedNotWhenOtherCategoriesMatch: a search in one category that
// no article of it matches is not relaxed while articles of other
// categories have every word (the category facet shows where they are);
// and a relaxed search that finds nothing either leaves the facets of the
// words, not of the words taken apart.
func TestRelaxedNotWhenOtherCategoriesMatch(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "a1", Title: "量子暗号の実証", Body: "量子暗号の通信を実証した。", Category: "量子", Published: day("2026-05-01")},
		{ID: "a2", Title: "量子暗号の標準", Body: "量子暗号の標準が決まった。", Category: "量子", Published: day("2026-05-02")},
		{ID: "b1", Title: "暗号資産の規制", Body: "暗号資産の規制が強まる。", Category: "金融", Published: day("2026-05-03")},
		{ID: "c1", Title: "電池の新工場", Body: "電池の工場が稼働した。", Category: "電池", Published: day("2026-05-04")},
	}
	mustPut(t, ix, arts...)
	res := mustSearch(t, ix, Request{Query: "量子 暗号", Categories: []string{"金融"}})
	if res.Relaxed || res.Total != 0 {
		t.Errorf("in 金融: relaxed %v, hits %v; want no hits, not relaxed", res.Relaxed, ids(res))
	}
	if got := res.Facets.Category; len(got) != 1 || got[0].Value != "量子" || got[0].Count != 2 {
		t.Errorf("in 金融: category facet %+v, want 量子 2 (the articles with both words)", got)
	}
	res = mustSearch(t, ix, Request{Query: "量子 暗号", Categories: []string{"電池"}})
	if res.Relaxed || res.Total != 0 || len(res.Facets.Category) != 1 {
		t.Errorf("in 電池: relaxed %v, hits %v, facet %+v; want no hits and the facet of the words", res.Relaxed, ids(res), res.Facets.Category)
	}
	// No article has every word: relaxed, in the category asked for.
	res = mustSearch(t, ix, Request{Query: "暗号 規制 火星", Categories: []string{"金融"}})
	if !res.Relaxed || !slices.Equal(ids(res), []string{"b1"}) {
		t.Errorf("relaxed in 金融: relaxed %v, hits %v; want b1, relaxed", res.Relaxed, ids(res))
	}
	res = mustSearch(t, ix, Request{Query: "暗号 規制 火星", Categories: []string{"電池"}})
	if res.Relaxed || res.Total != 0 || len(res.Facets.Category) != 0 || len(res.Facets.Month) != 0 {
		t.Errorf("relaxed in 電池: relaxed %v, hits %v, facets %+v; want nothing, the facets of the words", res.Relaxed, ids(res), res.Facets)
	}
}

// TestRelaxedRanksMostWordsFirst: when no article has every word, one
// that misses only one ranks above those that have one word many times,
// and a word the query marks optional (まま) finds nothing alone.
func TestRelaxedRanksMostWordsFirst(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "stand", Title: "手ぶらで使える新アイテム", Body: "タブレットを立てるスタンドが登場した。立ったまま画面を見られる。", Published: day("2026-05-01")},
		{ID: "stand-only", Title: "スタンドの歴史", Body: "スタンドの名前の由来。スタンドは多い。スタンドを巡る。", Published: day("2026-05-02")},
		{ID: "mama", Title: "このままでいいの？", Body: "このまま続けるか迷う。", Published: day("2026-05-03")},
	}
	mustPut(t, ix, arts...)
	res := mustSearch(t, ix, Request{Query: "タブレット スタンド 三脚 立ったまま"})
	if !res.Relaxed || len(res.Hits) == 0 || res.Hits[0].ID != "stand" || slices.Contains(ids(res), "mama") {
		t.Errorf("relaxed = %v, hits %v; want relaxed, stand first, mama absent", res.Relaxed, ids(res))
	}
	// One word in the title and all through the body is still one word
	// missing more than two words once in the body.
	mustPut(t, ix,
		Article{ID: "actress", Title: "女優デビュー、女優として", Body: "女優になった。女優の仕事。女優の夢。女優業。", Published: day("2026-05-04")},
		Article{ID: "both", Title: "新作の話題", Body: "この映画に出る女優が決まった。", Published: day("2026-05-05")},
		Article{ID: "movie", Title: "映画の日", Body: "映画館に行く。", Published: day("2026-05-06")},
	)
	res = mustSearch(t, ix, Request{Query: "映画 女優 QWZX"})
	if !res.Relaxed || len(res.Hits) == 0 || res.Hits[0].ID != "both" {
		t.Errorf("relaxed = %v, hits %v; want relaxed, both first", res.Relaxed, ids(res))
	}
}

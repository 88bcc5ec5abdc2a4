package index

import (
	"slices"
	"testing"
)

// Categories and tags: the facets, which a category filter narrows but
// for the category counts; a label spelt alike but for width, case, a
// final ー or the marks between words is one, in a filter, in tag: and
// category:, in the facets, suggestions and related articles; and a tag
// stands in for a word the text lacks.

func TestSearchFacets(t *testing.T) {
	ix := mustFixtures(t)
	res := mustSearch(t, ix, Request{})
	wantMonths := []FacetValue{{"2026-01", 1}, {"2026-02", 0}, {"2026-03", 2}, {"2026-04", 2}, {"2026-05", 2}}
	if !slices.Equal(res.Facets.Month, wantMonths) {
		t.Errorf("month facet = %v, want %v", res.Facets.Month, wantMonths)
	}
	if res.Facets.Category[0].Count != 2 || len(res.Facets.Category) != 4 {
		t.Errorf("category facet = %v", res.Facets.Category)
	}

	// Selecting a category filters hits and months, not the category counts.
	res = mustSearch(t, ix, Request{Categories: []string{"電池"}})
	if res.Total != 2 {
		t.Errorf("Total = %d, want 2", res.Total)
	}
	if !slices.Equal(res.Facets.Month, []FacetValue{{"2026-03", 2}}) {
		t.Errorf("month facet with category = %v", res.Facets.Month)
	}
	cats := map[string]int{}
	for _, c := range res.Facets.Category {
		cats[c.Value] = c.Count
	}
	if cats["AI"] != 2 || cats["電池"] != 2 || cats["自動運転"] != 2 || cats["量子"] != 1 {
		t.Errorf("category facet ignores its own filter: got %v", cats)
	}

	// But it does follow the query and the dates.
	res = mustSearch(t, ix, Request{Query: "量産", Categories: []string{"AI"}})
	if res.Total != 0 || len(res.Facets.Category) != 1 || res.Facets.Category[0] != (FacetValue{"電池", 2}) {
		t.Errorf("category facet for 量産 = %v (total %d)", res.Facets.Category, res.Total)
	}
	if res := mustSearch(t, ix, Request{Query: "存在しない単語"}); len(res.Facets.Month) != 0 || len(res.Facets.Category) != 0 {
		t.Errorf("facets of an empty result = %+v", res.Facets)
	}
}

// TestCategoriesSpeltAlike: categories that differ only in width, case,
// a final ー or the marks between words are one facet bucket, one suggestion and one category for
// related articles, with the count a filter on it returns.
func TestCategoriesSpeltAlike(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a1", Title: "生成AIの新モデル", Body: "新しい生成AIのモデルが出た。", Category: "AI", Published: day("2026-05-01")},
		Article{ID: "a2", Title: "生成AIの規制", Body: "生成AIの規制案がまとまった。", Category: "AI", Published: day("2026-05-02")},
		Article{ID: "a3", Title: "生成AIの電力", Body: "生成AIのデータセンターが電力を使う。", Category: "ＡＩ", Published: day("2026-05-03")},
		Article{ID: "a4", Title: "生成AIと教育", Body: "学校で生成AIを使う授業が始まった。", Category: "ai", Published: day("2026-05-04")},
		Article{ID: "r1", Title: "ロボットの手", Body: "ロボットの手が卵をつかむ。", Category: "ロボティクス", Published: day("2026-05-05")},
		Article{ID: "s1", Title: "ロケットの打ち上げ", Body: "新型ロケットが打ち上げられた。", Category: "宇宙・航空", Published: day("2026-05-06")},
		Article{ID: "s2", Title: "衛星の軌道", Body: "衛星が軌道に入った。", Category: "宇宙・航空", Published: day("2026-05-07")},
		Article{ID: "s3", Title: "旅客機の燃料", Body: "旅客機の燃料が変わる。", Category: "宇宙航空", Published: day("2026-05-08")},
	)
	res := mustSearch(t, ix, Request{})
	want := []FacetValue{{"AI", 4}, {"宇宙・航空", 3}, {"ロボティクス", 1}}
	if !slices.Equal(res.Facets.Category, want) {
		t.Errorf("category facet = %v, want %v", res.Facets.Category, want)
	}
	if res := mustSearch(t, ix, Request{Categories: []string{"宇宙航空"}}); res.Total != 3 {
		t.Errorf("category=宇宙航空 found %d, want 3, as its facet bucket counts", res.Total)
	}
	if res := mustSearch(t, ix, Request{Categories: []string{"ＡＩ"}}); res.Total != 4 {
		t.Errorf("category=ＡＩ found %d, want 4", res.Total)
	}
	related, err := ix.Related(t.Context(), RelatedRequest{ID: "a4", SameCategory: true})
	if err != nil || len(related) != 3 {
		t.Errorf("related to a4 (ai) in its category = %v, %v; want a1, a2, a3", related, err)
	}
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	sug, err := ix.Suggest(t.Context(), "a", 20)
	if err != nil {
		t.Fatal(err)
	}
	var cats []Suggestion
	for _, s := range sug {
		if s.Kind == "category" {
			cats = append(cats, s)
		}
	}
	if len(cats) != 1 || cats[0].Text != "AI" || cats[0].Count != 4 {
		t.Errorf("category suggestions for a = %v, want AI with 4", cats)
	}
}

// TestLabelsFolded: tag: and category: find a label however its width,
// case or final ー are written (the query is width-folded, the labels are
// kept as written).
func TestLabelsFolded(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "gpu", Title: "新型GPUの発表", Body: "新型の発表。", Tags: []string{"GPU", "ＮＩＳＴ"}, Category: "ＡＩ・データ", Published: day("2026-04-01")},
		Article{ID: "other", Title: "新型車の発表", Body: "新型の発表。", Tags: []string{"EV"}, Category: "クルマ", Published: day("2026-04-02")},
	)
	for _, q := range []string{"tag:gpu", "tag:GPU", "tag:NIST", "tag:ＮＩＳＴ", `category:"ＡＩ・データ"`, "category:AI・データ", "category:ai・データ 発表"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !slices.Equal(got, []string{"gpu"}) {
			t.Errorf("Search(%s) = %v, want [gpu]", q, got)
		}
	}
}

// TestTagStandsInForAWordOfSeveral: a word of a longer query that an
// article has as a tag and not in its text still finds it.
func TestTagStandsInForAWordOfSeveral(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "rtx", Title: "最上位グラフィックボードが発売", Body: "消費電力は575Wに達する。", Tags: []string{"GPU"}, Published: day("2026-04-01")},
		Article{ID: "travel", Title: "旅行の消費が増加", Body: "観光客の消費額が伸びた。電力会社も好調。", Published: day("2026-04-02")},
	)
	res := mustSearch(t, ix, Request{Query: "GPUの消費電力"})
	if got := ids(res); len(got) == 0 || got[0] != "rtx" || res.Relaxed {
		t.Errorf("Search(GPUの消費電力) = %v (relaxed %v), want rtx first, not relaxed", got, res.Relaxed)
	}
}

// TestTagWithParticles: a word with particles after it (とは, って) still
// finds the article that has it only as a tag.
func TestTagWithParticles(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "text", Title: "ペロブスカイト太陽電池の量産", Body: "ペロブスカイト太陽電池を量産する。", Published: day("2026-05-01")},
		Article{ID: "tag", Title: "薄い電池の新工場", Body: "曲がる電池を作る。", Tags: []string{"ペロブスカイト太陽電池"}, Published: day("2026-05-02")},
	)
	for _, q := range []string{"ペロブスカイト太陽電池", "ペロブスカイト太陽電池とは", "ペロブスカイト太陽電池って"} {
		if res := mustSearch(t, ix, Request{Query: q}); !sameSet(ids(res), []string{"text", "tag"}) {
			t.Errorf("%s: %v, want the tagged article too", q, ids(res))
		}
	}
}

// TestCategoryFilterFolded: the category parameter matches the index's
// categories spelt alike but for width, case and a final ー, as the
// category: syntax does (category=ai had found nothing in AI).
func TestCategoryFilterFolded(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "ai", Title: "生成AIの新モデル", Body: "新しいモデルが出た。", Category: "AI", Published: day("2026-05-01")},
		Article{ID: "qc", Title: "量子の新モデル", Body: "新しいモデルが出た。", Category: "量子コンピューター", Published: day("2026-05-02")},
		Article{ID: "other", Title: "電池の新モデル", Body: "新しいモデルが出た。", Category: "電池", Published: day("2026-05-03")},
		Article{ID: "space", Title: "宇宙の新モデル", Body: "新しいモデルが出た。", Category: "宇宙・航空", Published: day("2026-05-04")},
	)
	for _, tt := range []struct {
		cat  string
		want []string
	}{
		{"AI", []string{"ai"}},
		{"ai", []string{"ai"}},
		{"ＡＩ", []string{"ai"}},
		{"量子コンピュータ", []string{"qc"}},
		{"ロボット", nil},
		{"宇宙・航空", []string{"space"}},
		{"宇宙航空", []string{"space"}}, // (the marks between words left out)
		{"宇宙／航空", []string{"space"}},
		{"宇宙", nil},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: "モデル", Categories: []string{tt.cat}})); !sameSet(got, tt.want) {
			t.Errorf("category=%s: %v, want %v", tt.cat, got, tt.want)
		}
		if got := ids(mustSearch(t, ix, Request{Query: "モデル category:" + tt.cat})); !sameSet(got, tt.want) {
			t.Errorf("category:%s: %v, want %v", tt.cat, got, tt.want)
		}
	}
	// A spelling written now is found at once, not when the names read a
	// moment before are read again.
	mustPut(t, ix, Article{ID: "ai-wide", Title: "全角のAIモデル", Body: "新しいモデルが出た。", Category: "Ａi", Published: day("2026-05-05")})
	if got := ids(mustSearch(t, ix, Request{Query: "モデル", Categories: []string{"AI"}})); !sameSet(got, []string{"ai", "ai-wide"}) {
		t.Errorf("category=AI right after Ａi was written: %v, want ai and ai-wide", got)
	}
}

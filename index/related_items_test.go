package index

import (
	"slices"
	"testing"
)

// TestByItem: a roundup's list goes round its stories, best hits first
// in each round; hits spread over stories, sharing only a roundup's form
// or faint go after, in their order.
func TestByItem(t *testing.T) {
	items := []map[string]bool{
		{"iphone": true, "アップル": true, "画面": true},
		{"なでしこ": true, "決勝": true, "銀メダル": true},
		{"ドコモ": true, "料金": true, "定額": true},
	}
	hit := func(id string, score float64, terms ...string) RelatedHit {
		return RelatedHit{ID: id, Score: score, Terms: terms}
	}
	tests := []struct {
		name string
		hits []RelatedHit
		want []string
	}{
		{"round the stories", []RelatedHit{
			hit("nadeshiko-1", 3, "なでしこ", "決勝"), hit("nadeshiko-2", 2.8, "なでしこ", "銀メダル"),
			hit("nadeshiko-3", 2.7, "なでしこ", "決勝"), hit("iphone-1", 2, "iphone", "アップル"),
			hit("docomo-1", 1.8, "ドコモ", "料金", "定額"), hit("iphone-2", 1.5, "iphone", "画面"),
		}, []string{"nadeshiko-1", "iphone-1", "docomo-1", "nadeshiko-2", "iphone-2", "nadeshiko-3"}},
		{"spread over stories after", []RelatedHit{
			hit("nadeshiko-1", 3, "なでしこ", "決勝"), hit("video", 2.5, "iphone", "アップル", "料金", "定額"),
			hit("docomo-1", 1.8, "ドコモ", "料金"),
		}, []string{"nadeshiko-1", "docomo-1", "video"}},
		{"one word after", []RelatedHit{
			hit("nadeshiko-1", 3, "なでしこ", "決勝"), hit("apple", 2.5, "アップル", "今週"),
			hit("docomo-1", 1.8, "ドコモ", "料金"),
		}, []string{"nadeshiko-1", "docomo-1", "apple"}},
		{"faint after", []RelatedHit{
			hit("nadeshiko-1", 3, "なでしこ", "決勝"), hit("nadeshiko-2", 2.8, "なでしこ", "銀メダル"),
			hit("docomo-1", 0.9, "ドコモ", "料金"),
		}, []string{"nadeshiko-1", "nadeshiko-2", "docomo-1"}},
		{"no hits", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			for _, h := range byItem(tt.hits, items) {
				got = append(got, h.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("byItem = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRelatedRoundupGoesRoundItsStories: a weekly roundup of three
// stories lists an article on each before a second one on any, whichever
// story the archive has most to say about; an article is no roundup.
func TestRelatedRoundupGoesRoundItsStories(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "week", Category: "週刊まとめ", Title: "週刊テックまとめ：全固体電池の新工場、H3ロケット打ち上げ、生成AIの新モデル",
			Body:      "今週の主なニュースを振り返る。\n■電池：トヨタが全固体電池の量産工場を九州に建設すると発表した。固体電解質を自社で作り、電気自動車の航続距離を延ばす。充電時間も短くなり、2028年に量産を始める。\n■宇宙：H3ロケット5号機が種子島宇宙センターから打ち上げられ、気象衛星を予定の軌道に投入した。\n■AI：国産の生成AIモデルの新版が公開され、日本語の長文読解の成績が上がった。",
			Published: day("2026-03-20")},
		Article{ID: "battery-1", Title: "トヨタ、全固体電池の量産工場を九州に建設", Body: "トヨタは全固体電池の量産工場を九州に建設すると発表した。固体電解質を自社で作り、電気自動車の航続距離を延ばす。充電時間も短くなる。2028年に量産を始める。", Published: day("2026-03-18")},
		Article{ID: "battery-2", Title: "全固体電池の固体電解質、量産工場を建設", Body: "全固体電池に使う固体電解質の量産工場を九州に建設する。電気自動車の航続距離が延び、充電時間も短くなる。トヨタは2028年の量産を目指す。", Published: day("2026-03-17")},
		Article{ID: "battery-3", Title: "全固体電池、九州の工場で量産へ", Body: "全固体電池の量産が九州の工場で始まる。固体電解質を使い、電気自動車の航続距離を延ばし、充電時間を短くする。トヨタが発表した。", Published: day("2026-03-16")},
		Article{ID: "rocket", Title: "H3ロケット5号機、打ち上げ成功", Body: "H3ロケット5号機が種子島宇宙センターから打ち上げられ、気象衛星を予定の軌道に投入した。", Published: day("2026-03-19")},
		Article{ID: "ai", Title: "国産の生成AIモデル、新版を公開", Body: "国産の生成AIモデルの新版が公開され、日本語の長文読解の成績が上がった。", Published: day("2026-03-19")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "week", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	got := relatedIDs(hits)
	if len(got) < 3 || !slices.Contains(got[:3], "rocket") || !slices.Contains(got[:3], "ai") || !slices.ContainsFunc(got[:3], func(id string) bool { return id == "battery-1" || id == "battery-2" || id == "battery-3" }) {
		t.Errorf("related(week) = %v, want one article of each story first", got)
	}
	hits, err = ix.Related(t.Context(), RelatedRequest{ID: "battery-1", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); len(got) < 2 || got[0] != "battery-2" && got[0] != "battery-3" || got[1] != "battery-2" && got[1] != "battery-3" {
		t.Errorf("related(battery-1) = %v, want the other battery articles first", got)
	}
}

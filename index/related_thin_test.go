package index

import (
	"fmt"
	"slices"
	"testing"
)

// A source the archive has no neighbour of: every other article shares a
// word of it or two, none its subject, and its list ends at three (see
// thinCover); a draft of the same text, and a source with neighbours, are
// listed as before.

// thinFixtures: a diary of sixteen everyday things, each written once in
// one of sixteen other articles on other subjects.
func thinFixtures() []Article {
	words := []string{"公園", "図書館", "駅前", "商店街", "祭り", "花火", "野菜", "果物",
		"自転車", "写真", "音楽", "料理", "旅行", "映画", "温泉", "動物"}
	src := Article{ID: "diary", Title: "ある日曜日の日記", Category: "日記", Published: day("2026-04-05")}
	for _, w := range words {
		src.Body += "今日は" + w + "のことを考えた。"
	}
	arts := []Article{src}
	others := []string{"半導体", "通信", "保険", "鉄鋼", "物流", "化学", "銀行", "証券",
		"造船", "繊維", "医薬", "電力", "建設", "航空", "農業", "漁業"}
	for i, w := range words {
		o := others[i]
		arts = append(arts, Article{
			ID: fmt.Sprintf("other-%02d", i), Title: o + "業界の決算", Category: o, Published: day("2026-03-01"),
			Body: o + "業界の各社が決算を発表した。" + o + "の需要は堅調で、" + w + "の広告も出した。" + o + "各社は来期の投資を増やす。",
		})
	}
	return arts
}

func TestRelatedThin(t *testing.T) {
	ix := mustOpen(t)
	arts := thinFixtures()
	mustPut(t, ix, append(slices.Clone(relatedFixtures), arts...)...)
	tests := []struct {
		name string
		req  RelatedRequest
		want func(n int) bool
		says string
	}{
		{"no neighbour: ends at three", RelatedRequest{ID: "diary"}, func(n int) bool { return n == minRelatedShown }, "three"},
		{"no neighbour, a longer list too", RelatedRequest{ID: "diary", Size: 10}, func(n int) bool { return n == minRelatedShown }, "three"},
		{"the same text as a draft: as before", RelatedRequest{Title: arts[0].Title, Body: arts[0].Body}, func(n int) bool { return n == DefaultRelatedSize }, "five"},
		{"a source with neighbours", RelatedRequest{ID: "other-00"}, func(n int) bool { return n > minRelatedShown }, "more than three"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Related(t.Context(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.want(len(hits)) {
				t.Errorf("related = %v (%d), want %s", relatedIDs(hits), len(hits), tt.says)
			}
		})
	}
}

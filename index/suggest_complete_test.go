package index

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// The last word completed as one word with the others: a name and its
// number typed apart, and kana that read as a category's word.

// TestSuggestNameAndNumber: a name and its number typed apart complete
// the labels and titles that write them with a space (iPhone 17).
func TestSuggestNameAndNumber(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("ip-%d", i), Title: fmt.Sprintf("新型スマホの評判%d", i), Body: "新型の評判をまとめた。", Tags: []string{"iPhone 17", "Nintendo Switch 2"}, Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"iphone 1", "iPhone 17"},
		{"iPhone 17", "iPhone 17"},
		{"ｉＰｈｏｎｅ　１７", "iPhone 17"},
		{"nintendo switch 2", "Nintendo Switch 2"}, // three words, the last a number
		{"Nintendo Switch 2", "Nintendo Switch 2"},
	} {
		got, err := ix.Suggest(ctx, tt.q, 5)
		if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%q) = %v, %v; want %s", tt.q, texts(got), err, tt.want)
		}
	}
}

// TestSuggestCategoryIsAWord: kana that reads as a category whose word
// the suggestions show as the category completes it, not as two words
// typed together (はんどうたい had offered 反動 帯域 first).
func TestSuggestCategoryIsAWord(t *testing.T) {
	arts := copiesOf(4, "chip", "新工場", "半導体の新工場が稼働した。", "2026-06-01")
	for i := range arts {
		arts[i].Category = "半導体"
	}
	arts = append(arts, copiesOf(2, "net", "通信", "通信の反動で帯域が足りない。", "2026-06-02")...)
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"はんどうた", "はんどうたい", "handoutai"} {
		got, err := ix.Suggest(t.Context(), q, 5)
		if err != nil || len(got) == 0 || got[0].Text != "半導体" {
			t.Errorf("Suggest(%s) = %v, %v; want 半導体 first", q, texts(got), err)
		}
	}
}

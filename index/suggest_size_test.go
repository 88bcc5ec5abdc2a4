package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestSuggestSizeAfterMerging: entries merged as one word (the tag
// 量子コンピューター and the word 量子コンピュータ) do not shorten the list: a
// smaller size gives the first suggestions of a larger one, and as many
// as asked for while there are more.
func TestSuggestSizeAfterMerging(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"量子", "量", "りょ", "自動", "全", "ぜ", "耐", "生成", "g", "ス", "量子 こ"} {
		t.Run(q, func(t *testing.T) {
			all, err := ix.Suggest(t.Context(), q, MaxSuggestSize)
			if err != nil {
				t.Fatal(err)
			}
			for _, size := range []int{1, 3, 5, 8} {
				got, err := ix.Suggest(t.Context(), q, size)
				if err != nil {
					t.Fatal(err)
				}
				want := texts(all)[:min(size, len(all))]
				if !slices.Equal(texts(got), want) {
					t.Errorf("Suggest(%s, %d) = %v, want the first of size %d: %v", q, size, texts(got), MaxSuggestSize, want)
				}
			}
		})
	}
}

// TestSuggestUnknownRomajiBefore: romaji before the last word that reads
// as no word of the archive (kagawa) is not shown beside completions no
// article has with it; the completions of the last word come alone, as
// a search relaxed for the other word finds them.
func TestSuggestUnknownRomajiBefore(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"kagawa shi", "kagawa じど", "mogumogu 自"} {
		got, err := ix.Suggest(t.Context(), q, 8)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Errorf("Suggest(%s) = nothing, want the last word completed", q)
		}
		for _, s := range got {
			if strings.HasPrefix(s.Text, strings.Fields(q)[0]) {
				t.Errorf("Suggest(%s) offers %q, which no article has", q, s.Text)
			}
		}
	}
	// A word the archive has before the last still goes with it.
	got, err := ix.Suggest(t.Context(), "tesla じど", 8)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range got {
		if s.Kind == kindTerm && !strings.HasPrefix(strings.ToLower(s.Text), "tesla ") {
			t.Errorf("Suggest(tesla じど) offers %q, want tesla before each word", s.Text)
		}
	}
}

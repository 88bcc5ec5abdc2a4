package index

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitLinks(t *testing.T) {
	tests := []struct {
		name, body, main string
	}{
		{"no list", "本文だけ。", "本文だけ。"},
		{"related articles", "本文。\n\n■関連記事\n・別の記事\n・もう一つ", "本文。\n\n"},
		{"related links in brackets", "本文。\n【関連リンク】\n・公式サイト", "本文。\n"},
		{"the last heading", "本文。\n■関連記事\n・a\n本文の続き。\n■関連リンク\n・b", "本文。\n■関連記事\n・a\n本文の続き。\n"},
		{"a heading inside a sentence is text", "関連記事を読むと、詳しく分かる。", "関連記事を読むと、詳しく分かる。"},
		{"nothing but a list", "■関連記事\n・a", "■関連記事\n・a"},
		{"a long headline in the list", "本文。\n■関連記事\n・" + strings.Repeat("長", 120), "本文。\n"},
		{"a paragraph under the heading", "本文。\n■関連情報\n" + strings.Repeat("段落", 60), "本文。\n■関連情報\n" + strings.Repeat("段落", 60)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			main, tail := splitLinks(tt.body)
			if main != tt.main || main+tail != tt.body {
				t.Errorf("splitLinks(%q) = %q, %q; want main %q", tt.body, main, tail, tt.main)
			}
		})
	}
}

// TestLinkListsNotSearched: the list of links at the end of a body is kept
// and shown, but its headlines find nothing.
func TestLinkListsNotSearched(t *testing.T) {
	ix := mustOpen(t)
	body := "新しい炊飯器が発売された。\n\n■関連記事\n・洗濯機の売れ筋ランキング\n・掃除機の選び方"
	mustPut(t, ix,
		Article{ID: "rice", Title: "炊飯器の新製品", Body: body, Published: day("2026-05-01")},
		Article{ID: "washer", Title: "洗濯機の売れ筋", Body: "洗濯機が売れている。", Published: day("2026-05-02")},
	)
	a, err := ix.Get(t.Context(), "rice")
	if err != nil || a.Body != body {
		t.Fatalf("Get = %q, %v; want the whole body", a.Body, err)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "洗濯機"})); !slices.Equal(got, []string{"washer"}) {
		t.Errorf("洗濯機 = %v, want only the article about it", got)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "炊飯器"})); !slices.Equal(got, []string{"rice"}) {
		t.Errorf("炊飯器 = %v", got)
	}
	var exported []Article
	if _, err := ix.Export(t.Context(), ExportRequest{Query: "炊飯器", Body: true}, func(a *Article) error {
		exported = append(exported, *a)
		return nil
	}); err != nil || len(exported) != 1 || exported[0].Body != body {
		t.Errorf("Export = %v, %v; want the whole body", exported, err)
	}
}

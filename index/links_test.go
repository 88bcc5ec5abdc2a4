package index

import (
	"fmt"
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
		{"a heading that names the subject stays", "本文。\n■Googleに関連した記事を読む\n・検索の話\n・地図の話", "本文。\n■Googleに関連した記事を読む\n"},
		{"and with もっと見る", "本文。\n\n■孫社長に関連した記事をもっと見る\n・a\n\n【広告】商品名\n販売元：Amazon.co.jp", "本文。\n\n■孫社長に関連した記事をもっと見る\n"},
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

func TestSplitPopular(t *testing.T) {
	tests := []struct {
		name, body, main, related string
	}{
		{"popular headlines", "本文。\n\n■人気記事ランキング\n・別の話\n・もう一つ", "本文。\n\n", ""},
		{"popular after related", "本文。\n■関連記事\n・同じ話\n【アクセスランキング】\n・別の話", "本文。\n", "■関連記事\n・同じ話\n"},
		{"popular before related", "本文。\n【おすすめ記事】\n・別の話\n■関連記事\n・同じ話", "本文。\n", "■関連記事\n・同じ話"},
		{"a site's recommended articles", "本文。\n【MOVIE ENTER おすすめ記事】\n・別の映画の話\n・もう一つ", "本文。\n", ""},
		{"a section's newest, after a mark", "本文。\n■ビデオSALON　イベント・製品レポート 最新記事\n・a\n・b", "本文。\n", ""},
		{"a feature's newest, in angle brackets", "本文。\n＜特集最新記事＞\n・a", "本文。\n", ""},
		{"a sentence ending in 最新ニュース is text", "本文。\n■今日の天気と最新ニュース。\n・a", "本文。\n■今日の天気と最新ニュース。\n・a", ""},
		{"a sentence about rankings is text", "本文。\n■ランキングから注目ニュースを逃さない\n・機能の説明", "本文。\n■ランキングから注目ニュースを逃さない\n・機能の説明", ""},
		{"a paragraph after the heading", "本文。\n■注目\n" + strings.Repeat("段落", 60), "本文。\n■注目\n" + strings.Repeat("段落", 60), ""},
		{"nothing but the list", "■人気記事\n・a", "■人気記事\n・a", ""},
		{"a column's other articles", "本文。\n■デジ通の記事をもっと見る\n・テレビの話\n・ウルトラブックとは何か", "本文。\n■デジ通の記事をもっと見る\n", ""},
		{"a section's, with brackets", "本文。\n■【最新口コミ モノ・トレンド zigsow】の記事をもっと読む\n・a", "本文。\n■【最新口コミ モノ・トレンド zigsow】の記事をもっと読む\n", ""},
		{"related after a named subject", "本文。\n■電子書籍に関連した記事を読む\n・a\n・b", "本文。\n■電子書籍に関連した記事を読む\n", "・a\n・b"},
		{"a column's articles in kana, its name left out", "本文。\n■の記事をもっとみる\n・別の話\n・もう一つ", "本文。\n■の記事をもっとみる\n", ""},
		{"a column's articles, then related ones", "本文。\n■関連記事\n・同じ話\n■RING CUBEの記事をもっと見る\n・別の話", "本文。\n", "■関連記事\n・同じ話\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			main, tail := splitLinksAndPopular(tt.body)
			if main != tt.main || main+tail != tt.body {
				t.Errorf("splitLinksAndPopular(%q) = %q, %q; want main %q", tt.body, main, tail, tt.main)
			}
			if got := relatedLists(main, tail); got != tt.related {
				t.Errorf("relatedLists(%q) = %q, want %q", tail, got, tt.related)
			}
		})
	}
}

// TestPopularListsNotSearchedNorRelating: the site's popular headlines
// under an article neither find it nor relate it to the articles they
// name.
func TestPopularListsNotSearchedNorRelating(t *testing.T) {
	ix := mustOpen(t)
	popular := "\n\n■人気記事ランキング\n・洗濯機の売れ筋ランキング\n・掃除機の選び方と洗濯機の手入れ"
	var arts []Article
	rice := []string{"土鍋の釜で米を炊く炊飯器。", "保温を高めた炊飯器。", "玄米も炊ける炊飯器。", "一合炊きの小型炊飯器。", "圧力で炊く炊飯器。", "炊飯器の釜を軽くした。"}
	washer := []string{"ドラム式の洗濯機。", "縦型の洗濯機。", "乾燥まで一台の洗濯機。", "洗剤を自動で入れる洗濯機。", "静かな洗濯機。", "小型の洗濯機。"}
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("rice-%d", i), Title: fmt.Sprintf("炊飯器の新製品 %d", i),
			Body: rice[i] + "米の味を引き出す。" + popular, Published: day("2026-05-01")})
		arts = append(arts, Article{ID: fmt.Sprintf("washer-%d", i), Title: fmt.Sprintf("洗濯機の売れ筋 %d", i),
			Body: washer[i] + "掃除機と洗濯機の売れ行きが伸びた。", Published: day("2026-05-02")})
	}
	mustPut(t, ix, arts...)
	for _, h := range mustSearch(t, ix, Request{Query: "洗濯機", PerPage: 20}).Hits {
		if strings.HasPrefix(h.ID, "rice") {
			t.Errorf("洗濯機 found %s, whose list of popular headlines has it", h.ID)
		}
	}
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "rice-0", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if strings.HasPrefix(h.ID, "washer") {
			t.Errorf("related(rice-0) has %s, named only in its popular headlines (%v)", h.ID, relatedIDs(hits))
		}
	}
}

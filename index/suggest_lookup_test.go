package index

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// How the entries a prefix finds are ordered: a word typed as such that
// few articles use waits for the words its letters read as, rare
// readings rank low, and short prefixes are remembered within bounds.

// TestSuggestMemoBounded: prefixes that match few keys are not
// remembered, so distinct requests cannot grow memory without end.
func TestSuggestMemoBounded(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, r := range "亜唖娃阿哀愛挨姶逢葵茜穐悪握渥旭葦芦鯵梓圧斡扱宛姐虻飴絢綾鮎或粟袷安庵按暗案闇鞍杏" {
		ix.Suggest(ctx, string(r)+"ぬ", 5)
	}
	n := 0
	ix.sug.cur.Load().memo.Range(func(_, _ any) bool { n++; return true })
	if n > len(ix.sug.cur.Load().keys)/memoMinKeys {
		t.Errorf("memo holds %d prefixes, more than the keys allow", n)
	}
}

// TestSuggestTypedWordOutnumbered: a Latin word as typed that few
// articles have comes after the word its romaji reads as, which many
// have.
func TestSuggestTypedWordOutnumbered(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("fj-latin-%d", i), Title: fmt.Sprintf("サーバーの記事%d", i), Body: "URLはfujitsuで始まる。", Published: day("2026-06-01")})
	}
	for i := range 40 {
		arts = append(arts, Article{ID: fmt.Sprintf("fj-%d", i), Title: fmt.Sprintf("決算の記事%d", i), Body: "富士通が決算を発表した。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	if got, err := ix.Suggest(ctx, "fujitsu", 8); err != nil || len(got) == 0 || got[0].Text != "富士通" {
		t.Errorf("Suggest(fujitsu) = %v, %v; want 富士通 first", texts(got), err)
	}
}

// TestSuggestRareLatinAfterReadings: romaji that reads as common words
// (ren: 恋愛, 連絡) offers them before a Latin word few articles use
// that starts with the same letters (an author's handle, a misspelling).
func TestSuggestRareLatinAfterReadings(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 40 {
		arts = append(arts, Article{ID: fmt.Sprintf("a-%d", i), Title: fmt.Sprintf("相談室 %d", i),
			Body: "恋愛の相談と連絡の方法について。", Published: day("2026-06-01")})
	}
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("h-%d", i), Title: fmt.Sprintf("寄稿 %d", i), Body: "文 @renxyz 恋愛のこと", Published: day("2026-06-02")})
	}
	mustSuggestFrom(t, ix, arts...)
	got, _ := ix.Suggest(t.Context(), "ren", 8)
	at := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "renxyz" })
	for _, w := range []string{"恋愛", "連絡"} {
		if i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == w }); i < 0 || at >= 0 && at < i {
			t.Errorf("ren → %v, want %s, and before renxyz", texts(got), w)
		}
	}
}

// TestSuggestRareLatinTitleWaits: two Latin letters that start a word of
// one title (jig.jp) and read as the kana of words many articles use
// (じ: 自動運転) offer those words first.
func TestSuggestRareLatinTitleWaits(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	arts := []Article{{ID: "jig", Title: "jig.jpが新サービス", Body: "新しいサービスを始めた。", Published: day("2026-06-05")}}
	for i := range 3 * weakTyped {
		arts = append(arts, Article{ID: fmt.Sprintf("car-%d", i), Title: fmt.Sprintf("自動運転の実験%d", i), Body: "自動運転の実験が始まった。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Suggest(ctx, "ji", 5)
	if err != nil || len(got) == 0 || got[0].Kind == kindTitle {
		t.Errorf("Suggest(ji) = %v, %v; want 自動運転 and the words first, not the title of one article", texts(got), err)
	}
}

// TestSuggestRareReadings: a word's reading inside compounds (会社 as
// ガイシャ of 株式会社) finds it only typed whole and below the words that
// read so, while a word's other everyday reading (日本 as ニホン and
// ニッポン) finds it as its reading does.
func TestSuggestRareReadings(t *testing.T) {
	ctx := context.Background()
	ix := mustSuggestOver(t, append(copiesOf(6, "co", "会社の決算", "日本の会社が決算を発表した。", "2026-06-01"),
		copiesOf(2, "car", "外車の販売", "外車の販売が伸びた。", "2026-06-02")...)...)
	first := func(q string) []string {
		got, err := ix.Suggest(ctx, q, 5)
		if err != nil {
			t.Fatal(err)
		}
		return texts(got)
	}
	if got := first("がい"); slices.Contains(got, "会社/term") {
		t.Errorf("Suggest(がい) = %v, want no 会社", got)
	}
	if got := first("がいしゃ"); len(got) == 0 || got[0] != "外車/term" {
		t.Errorf("Suggest(がいしゃ) = %v, want 外車 first", got)
	}
	for _, q := range []string{"かい", "にほん", "にっぽん"} {
		if got := first(q); len(got) == 0 || got[0] != map[string]string{"かい": "会社/term", "にほん": "日本/term", "にっぽん": "日本/term"}[q] {
			t.Errorf("Suggest(%s) = %v", q, got)
		}
	}
}

// TestSuggestLowerCaseEnglishWaits: letters that start a word the
// articles write in lower-case Latin letters (English: high) and that
// read as a much commoner word (東日本) offer that one first; a name
// written with a capital keeps its place (Tesla).
func TestSuggestLowerCaseEnglishWaits(t *testing.T) {
	var arts []Article
	for i := range 40 {
		arts = append(arts, Article{ID: fmt.Sprintf("g-%d", i), Title: fmt.Sprintf("東日本の春%d", i), Body: "東日本で花が咲いた。テスラの新型も見た。", Published: day("2026-01-02")})
	}
	for i := range 8 {
		arts = append(arts, Article{ID: fmt.Sprintf("e-%d", i), Title: fmt.Sprintf("新曲「high and low」%d", i), Body: "新曲 high and low が出た。Teslaも登場。", Published: day("2026-01-03")})
	}
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "hig", 8)
	if err != nil || len(got) == 0 || got[0].Text != "東日本" {
		t.Errorf("Suggest(hig) = %v, %v; want 東日本 first", texts(got), err)
	}
	if got, err := ix.Suggest(t.Context(), "tes", 8); err != nil || len(got) == 0 || got[0].Text != "Tesla" {
		t.Errorf("Suggest(tes) = %v, %v; want Tesla first", texts(got), err)
	}
}

package index

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// What a search request may hold: the word limit (a quoted sentence is
// one phrase, a word typed again counts once, a pasted headline is
// searched by its first words) and the requests refused, each with its
// code.

// TestLongPhraseAccepted: a quoted sentence is one phrase, not words
// counted against the search box's limit.
func TestLongPhraseAccepted(t *testing.T) {
	ix := mustFixtures(t)
	q := `"` + strings.Repeat("量子ビットの誤り訂正で新しい成果が出た。", 6) + `"`
	if _, err := ix.Search(t.Context(), Request{Query: q}); err != nil {
		t.Errorf("Search(a quoted sentence of %d characters) = %v", len([]rune(q)), err)
	}
}

// TestRepeatedWordCountsOnce: the word limit counts a word typed again
// once, as the search does.
func TestRepeatedWordCountsOnce(t *testing.T) {
	ix := mustFixtures(t)
	q := strings.Repeat("全固体電池の量産 ", 40)
	if _, err := ix.Search(t.Context(), Request{Query: q}); err != nil {
		t.Errorf("Search(40 × 全固体電池の量産) = %v, want no error", err)
	}
}

func TestSearchRejects(t *testing.T) {
	ix := mustFixtures(t)
	if _, err := ix.Search(t.Context(), Request{Query: strings.Repeat("ﷺ", 22)}); err == nil || !strings.Contains(err.Error(), "NFKC") {
		t.Errorf("22 × ﷺ: %v, want an error that says the words are counted after NFKC", err)
	}
	tests := []struct {
		name string
		r    Request
		code string
	}{
		{"query too long", Request{Query: strings.Repeat("あ", MaxQueryRunes+1)}, "query_too_long"},
		{"a pasted paragraph of 80 words", Request{Query: strings.Repeat("by with the of ", 20)}, "query_too_long"},
		{"characters NFKC writes as 88 words", Request{Query: strings.Repeat("ﷺ", 22)}, "query_too_long"},
		{"invalid UTF-8", Request{Query: "a\xffb"}, "invalid_utf8"},
		{"control character", Request{Query: "a\x00b"}, "invalid_query"},
		{"per_page too big", Request{PerPage: MaxPerPage + 1}, "invalid_parameter"},
		{"negative page", Request{Page: -1}, "invalid_parameter"},
		{"past the window", Request{Page: MaxWindow/10 + 1}, "result_window_exceeded"},
		{"from after to", Request{From: day("2026-05-01"), To: day("2026-04-01")}, "invalid_range"},
		{"unknown sort", Request{Sort: Sort(9)}, "invalid_sort"},
		{"too many categories", Request{Categories: make([]string, MaxCategories+1)}, "too_many_categories"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ix.Search(t.Context(), tt.r)
			var re *RequestError
			if !errors.As(err, &re) || !errors.Is(err, ErrInvalidRequest) {
				t.Fatalf("Search = %v, want a RequestError", err)
			}
			if re.Code != tt.code || re.Msg == "" {
				t.Errorf("code = %q (%v), want %q", re.Code, err, tt.code)
			}
		})
	}
	// The last page inside the window is fine.
	if _, err := ix.Search(t.Context(), Request{Page: MaxWindow / 10}); err != nil {
		t.Errorf("page %d: %v", MaxWindow/10, err)
	}
}

// TestLongHeadlineAsQuery: a headline pasted whole that analyses into more
// words than a query may have is searched by its first words and finds its
// article, where it had answered query_too_long; so is a run of words
// without a space.
func TestLongHeadlineAsQuery(t *testing.T) {
	ix := mustOpen(t)
	title := "【レビュー】NTTドコモの新型スマートフォンと人気のタブレットを一週間使い比べてわかったバッテリーの持ちとカメラの画質と通信速度と画面の見やすさと持ちやすさと重さと価格と付属品と保証とアプリの数の違いを徹底的に検証してみた結果とおすすめの選び方と買い替えの時期"
	mustPut(t, ix,
		Article{ID: "review", Title: title, Body: "二つの端末を使い比べた。", Published: day("2026-04-01")},
		Article{ID: "other", Title: "新型タブレットの発表", Body: "各社が新型タブレットを発表した。", Published: day("2026-04-02")},
	)
	tc := &readerCounter{ctx: t.Context(), ix: ix.b}
	defer tc.close()
	c := ix.compiler(tc)
	if n, err := ParseQuery(title); err != nil || c.queryTokens(n) <= maxQueryTokens {
		t.Fatalf("the title has %d words (%v); the test needs more than %d", c.queryTokens(n), err, maxQueryTokens)
	}
	res := mustSearch(t, ix, Request{Query: title})
	if got := ids(res); len(got) == 0 || got[0] != "review" {
		t.Errorf("the headline as a query = %v, want its article first", got)
	}
	if _, err := ix.Search(t.Context(), Request{Query: strings.Repeat("a1あ", 40)}); err != nil {
		t.Errorf("a run of 120 words: %v, want its first words searched", err)
	}
	// Cut inside a bracket it opened (a lead paragraph's （第2四半期）):
	// still its first words, not query_too_long.
	for _, open := range []string{"（", "(", `"`, "「"} {
		q := "【レビュー】NTTドコモの新型スマートフォン" + open + strings.TrimPrefix(title, "【レビュー】NTTドコモの新型スマートフォン")
		if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) == 0 || got[0] != "review" {
			t.Errorf("the headline with %s open = %v, want its article first", open, got)
		}
	}
	// Phrases in quotes before the cut stay phrases: cut inside the last
	// one, the query had lost every quote and found the words anywhere.
	backwards := `"価格 重さ 持ちやすさ 見やすさ 画面 通信速度 画質 カメラ 持ち バッテリー 一週間 タブレット"`
	q := strings.Repeat(backwards+" ", 3) + title
	if got := ids(mustSearch(t, ix, Request{Query: q, Relax: RelaxOff})); len(got) != 0 {
		t.Errorf("phrases of the headline's words backwards and the headline = %v, want none", got)
	}
	// What the long query excludes at its end stays excluded.
	for _, q := range []string{title + " -端末", title + "　－端末", "-端末 " + title} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); slices.Contains(got, "review") {
			t.Errorf("the headline and -端末 = %v, want review (its body says 端末) excluded", got)
		}
	}
}

// TestRepeatedWordsCountOnce: a word typed again, or excluded again, is
// one word of the limit (-量子 forty times had been refused as 40 words).
func TestRepeatedWordsCountOnce(t *testing.T) {
	ix := mustSample(t)
	for _, q := range []string{strings.Repeat("暗号 ", 40), strings.TrimSpace(strings.Repeat("-量子 ", 40)), strings.TrimSpace(strings.Repeat(`-"量子" -"電池" `, 17))} {
		if _, err := ix.Search(t.Context(), Request{Query: q}); err != nil {
			t.Errorf("%.30s…: %v, want it searched", q, err)
		}
	}
}

package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Which words are offered beside the others, and with what count: the
// articles that have them together, as a search for them finds them.

// TestSuggestContextNeverTogether: words no article has together get no
// completion after them; kana not yet converted is no context.
func TestSuggestContextNeverTogether(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	mustPut(t, ix,
		Article{ID: "cats", Title: "猫の写真展", Body: "猫の写真を集めた展示。", Published: day("2026-06-01")},
		Article{ID: "dogs", Title: "犬の写真展", Body: "犬の写真を集めた展示。", Published: day("2026-06-01")})
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.Suggest(ctx, "猫 犬 し", 5); len(got) != 0 {
		t.Errorf("猫 犬 し = %v, want nothing (no article has 猫 and 犬)", texts(got))
	}
	got, _ := ix.Suggest(ctx, "猫 し", 5)
	if len(got) == 0 {
		t.Errorf("猫 し = nothing, want 写真 and others")
	}
	// The count is that of a search for both words: one article has 猫
	// and 写真, though more have 写真.
	if i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "猫 写真" }); i < 0 || got[i].Count != 1 {
		t.Errorf("猫 し = %v, want 猫 写真 counted 1, the article that has both", got)
	}
	if got, _ := ix.Suggest(ctx, "zzzq し", 5); len(got) != 0 {
		t.Errorf("zzzq し = %v, want nothing (no article has zzzq)", texts(got))
	}
	if got, _ := ix.Suggest(ctx, "neko し", 5); len(got) == 0 {
		t.Errorf("neko し = nothing, want completions (neko is romaji not yet converted)")
	}
}

// TestSuggestPairOfCompound: a compound after a word is counted by the
// articles that write it whole beside the word, not its parts anywhere
// (タクシーの運転手 is no タクシー運転手), and a pair spelt as a tag is
// shown as the pair, with the articles that have the two.
func TestSuggestPairOfCompound(t *testing.T) {
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("p-%d", i), Title: fmt.Sprintf("記事%d", i), Body: "自動運転のタクシーが走る。タクシーの運転手が見守る。", Published: day("2026-01-02")})
	}
	arts = append(arts,
		Article{ID: "driver", Title: "タクシー運転手の声", Body: "自動運転の時代にタクシー運転手が語る。", Published: day("2026-01-03")},
		Article{ID: "tagged", Title: "新サービス", Body: "自動運転のタクシーを始める。", Tags: []string{"自動運転タクシー"}, Published: day("2026-01-04")})
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "自動運転 たく", 8)
	if err != nil || len(got) == 0 || got[0].Text != "自動運転 タクシー" || got[0].Count != 6 {
		t.Fatalf("Suggest(自動運転 たく) = %v, %v; want 自動運転 タクシー (6 articles) first", got, err)
	}
	for _, s := range got {
		if s.Text == "自動運転 タクシー運転手" && s.Count != 1 {
			t.Errorf("自動運転 タクシー運転手 counted %d articles, want 1", s.Count)
		}
		if s.Text == "自動運転タクシー" {
			t.Errorf("Suggest(自動運転 たく) = %v: the tag again beside the pair", got)
		}
	}
}

// TestSuggestAfterNameWithSynonyms: a word completed after a name is
// one that articles have beside any spelling of the name, as a search
// for the two finds them (任天堂 sw: Switch, which articles write beside
// Nintendo), and Latin letters after a name typed in Latin letters that
// also read as kana complete as Latin words, the name as typed.
func TestSuggestAfterNameWithSynonyms(t *testing.T) {
	var arts []Article
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("k-%d", i), Title: fmt.Sprintf("任天堂の決算%d", i), Body: "任天堂とニンテンドーの新作。スマホ向けも。", Published: day("2026-01-02")})
	}
	arts = append(arts,
		Article{ID: "sw", Title: "Nintendo Switch 2が発売", Body: "Nintendoの新型機に行列。", Published: day("2026-01-03")},
		Article{ID: "swift", Title: "Swiftの新版", Body: "Swiftで書く。", Published: day("2026-01-03")})
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct{ q, want string }{
		{"任天堂 sw", "任天堂 Switch"},
		{"nintendo swi", "Nintendo Switch"},
	} {
		got, err := ix.Suggest(t.Context(), tt.q, 8)
		if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%s) = %v, %v; want %s", tt.q, texts(got), err, tt.want)
		}
	}
}

// TestSuggestAfterRareWord: after a word few articles have, more of the
// words that start with the letters typed are checked beside it than the
// twelve commonest in the archive (AWS し: AWS 障害, in articles with no
// word the commoner ones).
func TestSuggestAfterRareWord(t *testing.T) {
	common := []string{"仕事", "紹介", "写真", "新作", "使用", "出場", "試合", "自分", "時間", "社長", "主演", "情報", "詳細", "新型", "市場", "収入"}
	var arts []Article
	for i := range 300 { // (AWS in under a fiftieth of the archive)
		arts = append(arts, Article{ID: fmt.Sprintf("c-%d", i), Title: fmt.Sprintf("話題%d", i), Body: strings.Join(common, "と") + "の話。", Published: day("2026-01-02")})
	}
	for i := range 5 {
		arts = append(arts, Article{ID: fmt.Sprintf("aws-%d", i), Title: fmt.Sprintf("AWSで障害%d", i), Body: "AWSの障害で多くのサービスが止まった。", Published: day("2026-01-03")})
	}
	arts = append(arts, Article{ID: "other", Title: "障害物競走", Body: "運動会の障害物競走。", Published: day("2026-01-03")})
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "AWS し", 8)
	if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "AWS 障害" }) {
		t.Errorf("Suggest(AWS し) = %v, %v; want AWS 障害", texts(got), err)
	}
}

// TestSuggestModelAfterLatinName: a word starting with a number is
// offered after a Latin name only where the articles write the two side
// by side, as a search reads them: a model (iphone 1 had offered iPhone
// 107SH, of articles that name the two apart, which no search finds).
func TestSuggestModelAfterLatinName(t *testing.T) {
	var arts []Article
	for i := range 5 {
		arts = append(arts, Article{ID: fmt.Sprintf("apart-%d", i), Title: fmt.Sprintf("シャープ107SHの評判%d", i), Body: "iPhoneの対抗機種。シャープの107SHも出た。", Published: day("2026-01-02")})
	}
	for i := range 30 {
		arts = append(arts, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("天気%d", i), Body: "週末は晴れる。", Published: day("2026-01-04")})
	}
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "iphone 1", 8)
	if err != nil || slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "iPhone 107SH" }) {
		t.Errorf("Suggest(iphone 1) = %v, %v; want no iPhone 107SH", texts(got), err)
	}
	if res := mustSearch(t, ix, Request{Query: "iPhone 107SH", Relax: RelaxOff}); res.Total != 0 {
		t.Errorf("search iPhone 107SH = %d articles; the test needs none", res.Total)
	}
}

package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Kana that run on past a word before the IME converts them: a particle
// and a word completed after it (全固体電池のりょう, 婚活のこ), the kana of
// two words (てすらろぼた), but not after a word of one kanji (あと: 跡)
// nor for kana with a typo in one word; and the count such a pair shows.

// TestSuggestPastParticle covers kana an IME has not converted that run
// on past a word: with a particle after it (ぜんこたいでんちの, 全固体電池のりょう)
// or none (the kana of two words), typed in kana or in romaji before
// conversion, the first word is read as the word the
// articles use and the kana after a particle complete a word of their own
// beside it. Each had offered nothing.
func TestSuggestPastParticle(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q, want string
	}{
		{"kana and a particle", "ぜんこたいでんちの", "全固体電池"},
		{"kana, a particle, kana", "ぜんこたいでんちのりょう", "全固体電池 量産"},
		{"kana, a particle, a pending letter", "ぜんこたいでんちのr", "全固体電池 量産"},
		{"converted, a particle, kana", "全固体電池のりょう", "全固体電池 量産"},
		{"katakana, a particle, kana", "てすらのろぼ", "テスラ ロボタクシー"},
		{"two words of kana", "てすらろぼた", "テスラ ロボタクシー"},
		{"after another word", "NVIDIA じどううんてんの", "NVIDIA 自動運転"},
		{"romaji, a particle, romaji", "zenkotaidenchinoryou", "全固体電池 量産"},
		{"romaji of two words", "tesurarobota", "テスラ ロボタクシー"},
		{"a word that begins with a particle's kana", "ぜんこたいでんちとよた", "全固体電池 トヨタ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(ctx, tt.q, 5)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(got, func(g Suggestion) bool { return g.Text == tt.want }) {
				t.Errorf("Suggest(%q) = %v, want %s in the top 5", tt.q, texts(got), tt.want)
			}
		})
	}
	// A particle typed as a word of its own is nothing to complete after.
	alone, err := ix.Suggest(ctx, "ぜんこ", 5)
	if err != nil || len(alone) == 0 {
		t.Fatalf("Suggest(ぜんこ) = %v, %v", texts(alone), err)
	}
	for _, q := range []string{"の ぜんこ", "を ぜんこ", "のの ぜんこ", "について ぜんこ"} {
		if got, err := ix.Suggest(ctx, q, 5); err != nil || !slices.Equal(texts(got), texts(alone)) {
			t.Errorf("Suggest(%q) = %v, %v; want %v, as for ぜんこ", q, texts(got), err, texts(alone))
		}
	}
	// A particle alone after a word is no word of its own, and kana that
	// start with no word are left as typed.
	for _, q := range []string{"の", "のの", "ぬぬぬぬ"} {
		if got, err := ix.Suggest(ctx, q, 5); err != nil || len(got) > 0 && q == "ぬぬぬぬ" {
			t.Errorf("Suggest(%q) = %v, %v; want no error and nothing for kana that read as no word", q, texts(got), err)
		}
	}
}

// TestSuggestPairCountsArticles: the count a pair of words shows is the
// articles a search for them finds, when the archive is in no random
// order (its articles with both words written first, as livedoor came a
// category at a time): from the first twenty the estimate had been ten
// times too many.
func TestSuggestPairCountsArticles(t *testing.T) {
	var arts []Article
	for i := range 300 {
		a := Article{ID: fmt.Sprintf("a%03d", i), Title: fmt.Sprintf("暮らしの話 %d", i), Body: "結婚について考える。", Published: day("2026-05-01")}
		if i < 40 {
			a.Body = "独女の結婚について考える。"
		} else if i < 120 {
			a.Body = "独女の仕事について考える。"
		}
		arts = append(arts, a)
	}
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "独女 けっこ", 5)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "独女 結婚" })
	if i < 0 {
		t.Fatalf("Suggest(独女 けっこ) = %v, want 独女 結婚", texts(got))
	}
	if total := mustSearch(t, ix, Request{Query: "独女 結婚"}).Total; got[i].Count != int(total) {
		t.Errorf("独女 結婚 shows %d articles, a search finds %d", got[i].Count, total)
	}
}

// TestSuggestRunOnNotOneKanji: kana that run on past a word are read as
// that word first only when it is more than one kanji: あと reads as 跡,
// and あとこうてい had offered 跡 向上 and 跡 公表.
func TestSuggestRunOnNotOneKanji(t *testing.T) {
	var arts []Article
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("r-%d", i), Title: fmt.Sprintf("跡地の記事%d", i), Body: "城の跡が見つかった。跡を調べて品質が向上した。公表は来月。", Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"あとこうて", "あとこうてい"} {
		if got, err := ix.Suggest(t.Context(), q, 8); err != nil || slices.ContainsFunc(got, func(s Suggestion) bool { return strings.HasPrefix(s.Text, "跡 ") }) {
			t.Errorf("Suggest(%s) = %v, %v; want no pair with 跡", q, texts(got), err)
		}
	}
}

// TestSuggestTypoNotTwoWords: kana with a typo in a word (すまーとほん) that
// read as one word and the start of another (スマート 本体) offer the word
// nearly as typed first, when more articles have it; kana of two words
// (てすらろぼた) stay two.
func TestSuggestTypoNotTwoWords(t *testing.T) {
	var arts []Article
	arts = append(arts, copiesOf(6, "phone", "記事", "スマートフォンの新機種が出た。", "2026-06-01")...)
	arts = append(arts, copiesOf(3, "smart", "記事", "スマートな本体の新機種が出た。", "2026-06-02")...)
	arts = append(arts, copiesOf(3, "tesla", "記事", "テスラのロボタクシーが走る。", "2026-06-03")...)
	ix := mustSuggestOver(t, arts...)
	for q, want := range map[string]string{"すまーとほん": "スマートフォン", "てすらろぼた": "テスラ ロボタクシー"} {
		got, err := ix.Suggest(t.Context(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Text != want {
			t.Errorf("Suggest(%s) = %v, want %s first", q, texts(got), want)
		}
	}
}

// TestSuggestAfterParticle: kana typed after converted text and a particle
// complete a word beside the text (婚活のこ: 婚活 コツ), ahead of words
// that read with the particle (残り, のこり); kana after one kanji are
// more often its word's own (上がる) than a particle and a word beside it
// (上 ガールズ).
func TestSuggestAfterParticle(t *testing.T) {
	ix := mustOpen(t)
	bodies := []string{
		"婚活のコツを聞いた。", "婚活のコツと言葉。", "婚活で心が折れる。", "婚活の残り時間。",
		"残り物には福がある。", "残りの人生。", "残り三日。",
		"上ガールズの新曲。", "値が上がる。", "上ガールズが出演。",
	}
	var arts []Article
	for i, b := range bodies {
		arts = append(arts, Article{ID: fmt.Sprintf("p%d", i), Title: fmt.Sprintf("記事%d", i), Body: b, Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q  string
		want     string // first, or "" for none
		unwanted string
	}{
		{"a word beside, not one read with the particle", "婚活のこ", "婚活 コツ", ""},
		{"a syllable still being typed", "婚活のk", "", "婚活 残り"},
		{"the kana of a word after one kanji", "上がる", "", "上 ガールズ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(ctx, tt.q, 8)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" && (len(got) == 0 || got[0].Text != tt.want) {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.q, texts(got), tt.want)
			}
			if tt.unwanted != "" && slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.unwanted }) {
				t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
			}
		})
	}
}

package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// What was typed, read as words: the marks around a word, a number with
// its letters, and earlier words in romaji, kana or katakana read as the
// words they stand for.

// TestSuggestConvertsContext: earlier words typed in romaji or kana are
// the words they read as, shown and counted as such.
func TestSuggestConvertsContext(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"zenkotaidenchi to", "ぜんこたいでんち と"} {
		got, err := ix.Suggest(ctx, q, 5)
		if err != nil || len(got) == 0 || got[0].Text != "全固体電池 トヨタ" {
			t.Errorf("Suggest(%q) = %v, %v; want 全固体電池 トヨタ first", q, texts(got), err)
		}
	}
	// Kana kagome reads as a verb (りょうし: りょうする) is the word that
	// reads so, not a word of grammar to drop; an emoji before a word is
	// no part of it.
	// deetasentaa: ー typed as its vowel again.
	for q, want := range map[string]string{"りょうし こ": "量子コンピュータ", "😊jidou": "自動運転", "！ろぼ": "ロボタクシー", "deetasentaa de": "データセンター 電力"} {
		got, err := ix.Suggest(ctx, q, 5)
		if err != nil || !slices.ContainsFunc(got[:min(3, len(got))], func(s Suggestion) bool { return s.Text == want }) {
			t.Errorf("Suggest(%q) = %v, %v; want %s in the top three", q, texts(got), err, want)
		}
	}
	// A particle stays what it is (から is no 空).
	if got, err := ix.Suggest(ctx, "東京 から あ", 5); err != nil || len(got) == 0 || !strings.HasPrefix(got[0].Text, "東京 から ") {
		t.Errorf("Suggest(東京 から あ) = %v, %v; want completions after 東京 から", texts(got), err)
	}
}

// TestSuggestRomajiContext: a word typed in romaji before another is
// the word it reads as however the romaji ends (jidouunten: a final n is
// ん once a space follows; kinyuu: one n for ん), and kana that kagome reads
// as particles (てすら: て, すら) is the name that reads so.
func TestSuggestRomajiContext(t *testing.T) {
	var arts []Article
	for i, body := range []string{
		"自動運転のタクシーが走る。データセンターの消費電力が増える。",
		"テスラはロボタクシーを広げる。金融機関は自動運転の保険を見直す。",
		"データセンターの消費電力と自動運転のタクシー。テスラのロボタクシー。金融機関。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("c-%d", i), Title: fmt.Sprintf("記事%d", i), Body: body, Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, tc := range []struct{ q, want string }{
		{"jidouunten ta", "自動運転 タクシー"},
		{"zidouunnten ta", "自動運転 タクシー"},
		{"kinyuu k", "金融 機関"},
		{"tesura ろぼ", "テスラ ロボタクシー"},
		{"てすら ろぼ", "テスラ ロボタクシー"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			got, err := ix.Suggest(context.Background(), tc.q, 5)
			if err != nil || !slices.ContainsFunc(got[:min(3, len(got))], func(s Suggestion) bool { return s.Text == tc.want }) {
				t.Errorf("Suggest(%q) = %v, %v; want %s in the top three", tc.q, texts(got), err, tc.want)
			}
		})
	}
}

// TestSuggestKatakanaContextAsWritten: a word typed in katakana before
// the one being completed is converted text, kept as written, not a
// kanji word read the same (アサヒ ら: アサヒ ランサムウェア, not 朝日 楽天).
func TestSuggestKatakanaContextAsWritten(t *testing.T) {
	var arts []Article
	for i := range 8 {
		arts = append(arts, Article{ID: fmt.Sprintf("asahi-%d", i), Title: fmt.Sprintf("朝日の記事%d", i), Body: "朝日新聞と楽天の提携。朝日が昇る。", Published: day("2026-01-02")})
	}
	arts = append(arts,
		Article{ID: "beer1", Title: "アサヒにランサムウェア攻撃", Body: "アサヒグループがランサムウェアの被害を受けた。", Published: day("2026-01-03")},
		Article{ID: "beer2", Title: "アサヒ、出荷を再開", Body: "アサヒはランサムウェアの被害から復旧した。", Published: day("2026-01-04")})
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "アサヒ ら", 8)
	if err != nil || len(got) == 0 || got[0].Text != "アサヒ ランサムウェア" {
		t.Errorf("Suggest(アサヒ ら) = %v, %v; want アサヒ ランサムウェア first", texts(got), err)
	}
}

// TestSuggestTypedMarks: a number with the letters after it (3D, 5G) is a
// word typed from its number, and the quote that opens a phrase or the
// punctuation and emoji after a word leave the word to complete.
func TestSuggestTypedMarks(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 3 {
		arts = append(arts,
			Article{ID: fmt.Sprintf("3d-%d", i), Title: fmt.Sprintf("3D映画の新作%d", i), Body: "3D映画が公開された。", Published: day("2026-06-01")},
			Article{ID: fmt.Sprintf("5g-%d", i), Title: fmt.Sprintf("5G対応の新型スマホ%d", i), Body: "5Gに対応した。", Published: day("2026-06-02")},
			Article{ID: fmt.Sprintf("car-%d", i), Title: fmt.Sprintf("自動運転の実験%d", i), Body: "自動運転の実験が始まった。", Published: day("2026-06-03")},
			Article{ID: fmt.Sprintf("de-%d", i), Title: fmt.Sprintf("ト\u3099イツの話%d", i), Body: "ド\u200bイツの自動車。", Published: day("2026-06-04")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"3d", "3D映画"},
		{"３Ｄ", "3D映画"},
		{"3D映", "3D映画"},
		{"5g", "5G対応"},
		{"「じどう", "自動運転"},
		{`"自動`, "自動運転"},
		{"じどううんてん、", "自動運転"},
		{"自動運転！", "自動運転"},
		{"自動運転😊", "自動運転"},
		{"自動運転™", "自動運転"},
		{"し\u3099と\u3099う", "自動運転"}, // (a voicing mark typed apart)
		{"自\u200b動", "自動運転"},
		{"ト\u3099イ", "ドイツ"},
		{"ﾄﾞｲ", "ドイツ"},
		{"<b>じどう", ""},    // (markup is no word to echo: not "b> 自動運転"; b is a word)
		{"a‹じどう", "自動運転"}, // (a, in no article, is not echoed either)
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, err := ix.Suggest(ctx, tt.q, 5)
			if err != nil || tt.want != "" && !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
				t.Errorf("Suggest(%q) = %v, %v; want %s", tt.q, texts(got), err, tt.want)
			}
			if slices.ContainsFunc(got, func(s Suggestion) bool { return strings.ContainsAny(s.Text, "<>‹") }) {
				t.Errorf("Suggest(%q) = %v, echoing markup", tt.q, texts(got))
			}
			for _, s := range got {
				if s.Kind == "term" && strings.ContainsFunc(s.Text, func(r rune) bool { return r == '\u200b' || r == '\u3099' }) {
					t.Errorf("Suggest(%q) offers %q, with a character that shows nothing", tt.q, s.Text)
				}
			}
		})
	}
}

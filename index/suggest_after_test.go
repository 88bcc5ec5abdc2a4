package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The last word completed on its own after the others: kana typed right
// after converted text, Latin letters after a Latin word, and a name
// typed before a word echoed as the articles spell it.

// TestSuggestNameInTwoScriptsAsContext: a name typed in Latin letters
// before a word is echoed as the articles spell it (google: Google) and
// is not paired with itself in its other script (apple a: no Apple
// アップル).
func TestSuggestNameInTwoScriptsAsContext(t *testing.T) {
	var arts []Article
	for i := range 6 {
		b := "アップルはアプリを発表した。グーグルは量子の研究を進める。トヨタは全固体電池を量産する。"
		if i < 2 {
			b += "Appleの新型も。Googleの量子チップ。Toyotaの計画。"
		}
		arts = append(arts, Article{ID: fmt.Sprintf("n-%d", i), Title: fmt.Sprintf("記事%d", i), Body: b, Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	if got, err := ix.Suggest(t.Context(), "google り", 8); err != nil || len(got) == 0 || !strings.HasPrefix(got[0].Text, "Google ") {
		t.Errorf("Suggest(google り) = %v, %v; want Google … first", texts(got), err)
	}
	// Romaji of a name most articles write in katakana is still read as
	// it (toyota ze: トヨタ 全固体電池, not the few that write Toyota).
	if got, err := ix.Suggest(t.Context(), "toyota ze", 8); err != nil || len(got) == 0 || got[0].Text != "トヨタ 全固体電池" {
		t.Errorf("Suggest(toyota ze) = %v, %v; want トヨタ 全固体電池 first", texts(got), err)
	}
	for _, q := range []string{"apple a", "Apple あ"} {
		got, err := ix.Suggest(t.Context(), q, 8)
		if err != nil || slices.ContainsFunc(got, func(s Suggestion) bool {
			return strings.EqualFold(s.Text, "Apple アップル") || strings.EqualFold(s.Text, "Apple Apple")
		}) {
			t.Errorf("Suggest(%s) = %v, %v; want no Apple paired with itself", q, texts(got), err)
		}
	}
}

// TestSuggestKanaRightAfterConverted: kana typed right after converted
// text with no space, that make no word with it, complete a word after
// it as with a space (全固体電池とよ → 全固体電池 トヨタ); one kana does not
// (it is more often the rest of a word being typed).
func TestSuggestKanaRightAfterConverted(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	got, _ := ix.Suggest(t.Context(), "全固体電池とよ", 5)
	if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "全固体電池 トヨタ" }) {
		t.Errorf("全固体電池とよ → %v, want 全固体電池 トヨタ", texts(got))
	}
	got, _ = ix.Suggest(t.Context(), "量子こ", 5)
	if len(got) == 0 || !strings.HasPrefix(got[0].Text, "量子コンピュータ") {
		t.Errorf("量子こ → %v, want 量子コンピュータ first", texts(got))
	}
	// After a name typed in Latin letters, which is no romaji waiting
	// for the IME once kana follow it.
	ix = mustOpen(t)
	mustSuggestFrom(t, ix, append(copiesOf(3, "h3", "JAXAの新型ロケット", "JAXAはH3ロケットの打ち上げに成功した。", "2026-06-01"),
		copiesOf(2, "moon", "月面探査の計画", "JAXAは月面探査の計画を示した。", "2026-06-02")...)...)
	for _, q := range []string{"JAXAげつ", "jaxaげつめん"} {
		got, _ = ix.Suggest(t.Context(), q, 5)
		if len(got) == 0 || got[0].Text != "JAXA 月面探査" {
			t.Errorf("%s → %v, want JAXA 月面探査 first", q, texts(got))
		}
	}
	// Kana typed onto letters that start a word of letters and katakana
	// (AIえ of AIエージェント) complete it as written.
	ix = mustOpen(t)
	mustSuggestFrom(t, ix, copiesOf(3, "agent", "AIエージェントの導入", "AIエージェントが業務を代行する。", "2026-06-01")...)
	for _, q := range []string{"AIえ", "AIえーj", "AIえーじぇ"} {
		got, _ = ix.Suggest(t.Context(), q, 5)
		if len(got) == 0 || got[0].Text != "AIエージェント" {
			t.Errorf("%s → %v, want AIエージェント first", q, texts(got))
		}
	}
	// A name no word spells is echoed as typed, not folded.
	ix = mustOpen(t)
	mustSuggestFrom(t, ix, copiesOf(3, "h3", "新型ロケットの記事", "H3ロケットの打ち上げが成功した。H3の打ち上げは三回目。", "2026-06-01")...)
	got, _ = ix.Suggest(t.Context(), "H3せいこ", 5)
	if !slices.ContainsFunc(got, func(s Suggestion) bool { return strings.HasPrefix(s.Text, "H3 ") }) {
		t.Errorf("H3せいこ → %v, want H3 and a word after it, as typed", texts(got))
	}
}

// TestSuggestLatinAfterLatin: Latin letters after a word of Latin letters
// complete the Latin words that go with it first (google ch: Google
// Chrome, not the words read チ that more articles have beside Google),
// and the words they read as when no Latin word does (iphone kai: 買取).
func TestSuggestLatinAfterLatin(t *testing.T) {
	var arts []Article
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("c-%d", i), Title: fmt.Sprintf("Googleの注意点%d", i),
			Body: "Googleの検索結果をチェックし、注意して地域の中心を調べる。", Published: day("2026-01-02")})
	}
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("g-%d", i), Title: fmt.Sprintf("Google Chromeの新版%d", i),
			Body: "GoogleのブラウザChromeが更新された。", Published: day("2026-01-03")})
	}
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("i-%d", i), Title: fmt.Sprintf("iPhoneの買取価格%d", i),
			Body: "iPhoneの買取が増えた。", Published: day("2026-01-04")})
	}
	ix := mustSuggestOver(t, arts...)
	if got, err := ix.Suggest(t.Context(), "google ch", 8); err != nil || len(got) == 0 || got[0].Text != "Google Chrome" {
		t.Errorf("Suggest(google ch) = %v, %v; want Google Chrome first", texts(got), err)
	}
	if got, err := ix.Suggest(t.Context(), "iphone kai", 8); err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "iPhone 買取" }) {
		t.Errorf("Suggest(iphone kai) = %v, %v; want iPhone 買取", texts(got), err)
	}
}

// TestSuggestKanaWordThenLatin: kana that read as a word, then Latin
// letters typed as such, are the word and a Latin word beside it
// (ちゃっとgp: チャット GPS), not a piece of the kana before a particle
// glued to a letter (ちゃっg …).
func TestSuggestKanaWordThenLatin(t *testing.T) {
	var arts []Article
	for i := range 5 {
		arts = append(arts, Article{ID: fmt.Sprintf("c-%d", i), Title: fmt.Sprintf("チャットの新機能%d", i),
			Body: "チャットでGPSの位置を共有できる。ポイントもたまる。", Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "ちゃっとgp", 8)
	if err != nil || len(got) == 0 || got[0].Text != "チャット GPS" {
		t.Errorf("Suggest(ちゃっとgp) = %v, %v; want チャット GPS first", texts(got), err)
	}
}

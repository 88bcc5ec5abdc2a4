package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSuggestSoundsAsTyped: kana with a sound of foreign words (てぃ, うぇ,
// ゔぁ) completes the katakana words that have it before the far commoner
// kanji words the folded readings also give (提供 is テイキョウ, 上 ウエ);
// and an unfinished syllable typed in romaji reads as typed before it
// reads as an English spelling without its long vowel (kon is コン…, not
// 購入, コウニュウ), while a name typed so still finds the name (toky).
func TestSuggestSoundsAsTyped(t *testing.T) {
	var arts []Article
	add := func(n int, title, body string) { arts = appendCopies(arts, n, title, body) }
	add(12, "新サービスを提供", "各社が新しいサービスを提供した。上半期の業績は好調だ。")
	add(10, "商品の購入方法", "ネットで購入する人が増えた。")
	add(2, "ティッシュの新製品", "柔らかいティッシュを発売した。")
	add(2, "ウェブ版を公開", "ウェブで申し込める。")
	add(2, "ヴァイオリンの名器", "ヴァイオリンの演奏会を開いた。")
	add(2, "コンテンツ配信の新事業", "動画コンテンツを配信する。")
	add(1, "東京で展示会", "東京で開かれた。")
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct{ typed, first, notBefore string }{
		{"てぃ", "ティッシュ", "提供"},
		{"thi", "ティッシュ", "提供"},
		{"うぇ", "ウェブ", "上半期"},
		{"ゔぁ", "ヴァイオリン", ""},
		{"kon", "コンテンツ", "購入"},
		{"toky", "東京", ""},
	} {
		t.Run(tt.typed, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 8)
			if err != nil {
				t.Fatal(err)
			}
			at := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == tt.first })
			if at < 0 || tt.notBefore != "" && slices.ContainsFunc(got[:at], func(s Suggestion) bool { return strings.Contains(s.Text, tt.notBefore) }) {
				t.Errorf("Suggest(%q) = %v, want %s before any %s", tt.typed, texts(got), tt.first, tt.notBefore)
			}
		})
	}
}

// TestSuggestLatinNameBySound: a Latin name typed that the articles write
// in katakana is offered so, first (disney: ディズニー, not only the two
// articles' Disney; pixar: ピクサー, not ピアノ of ぴぁ), as a search finds it
// by sound; not a word that sounds alike when the Latin word begun or the
// kana the letters read as have more articles (disn, nagato).
func TestSuggestLatinNameBySound(t *testing.T) {
	var arts []Article
	add := func(n int, title, body string) { arts = appendCopies(arts, n, title, body) }
	add(6, "ディズニーの新作映画", "ディズニーが新作を発表した。")
	add(2, "Disney Mobileの新機種", "Disney Mobileを発売した。")
	add(3, "ピクサーの短編", "ピクサーが制作した。")
	add(5, "ピアノの演奏会", "ピアノを弾いた。")
	add(5, "長友が先発", "長友が出場した。")
	add(2, "ノーカット版を放送", "ノーカットで放送した。")
	add(2, "ディジョンの旅", "ディジョンを訪れた。")
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct{ typed, first, absent string }{
		{"disney", "ディズニー", ""},
		{"pixar", "ピクサー", ""},
		{"nagato", "長友", "ノーカット"},
		{"disn", "Disney", "ディジョン"},
	} {
		t.Run(tt.typed, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 8)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || got[0].Text != tt.first || tt.absent != "" && slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.absent }) {
				t.Errorf("Suggest(%q) = %v, want %s first and no %s", tt.typed, texts(got), tt.first, tt.absent)
			}
		})
	}
}

// TestSuggestVuLoanwords: kana with ヴ, which only loanwords have, offers
// no word of kanji read alike (ゔい is no 部位, read ブイ).
func TestSuggestVuLoanwords(t *testing.T) {
	var arts []Article
	for i := range 10 {
		arts = append(arts, Article{ID: fmt.Sprintf("b%02d", i), Title: fmt.Sprintf("筋肉の部位を鍛える（%d）", i), Body: "部位ごとに鍛える。", Published: day("2026-04-01")})
	}
	for i := range 2 {
		arts = append(arts, Article{ID: fmt.Sprintf("v%02d", i), Title: fmt.Sprintf("ヴィンテージ家具（%d）", i), Body: "ヴィンテージの椅子。", Published: day("2026-04-01")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, typed := range []string{"ゔい", "ヴイ", "vui"} {
		got, err := ix.Suggest(t.Context(), typed, 8)
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "部位" }) {
			t.Errorf("Suggest(%q) = %v, want no 部位", typed, texts(got))
		}
	}
	if got, _ := ix.Suggest(t.Context(), "ぶい", 8); !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "部位" }) {
		t.Errorf("Suggest(ぶい) = %v, want 部位", texts(got))
	}
}

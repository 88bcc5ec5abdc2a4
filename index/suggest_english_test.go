package index

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// TestSuggestEnglish: English typed for a topic suggests the word the
// articles use for it, from the fifth letter on (spaces do not count),
// however many words it has.
func TestSuggestEnglish(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	texts := func(q string) []string {
		out, err := ix.Suggest(context.Background(), q, 8)
		if err != nil {
			t.Fatalf("Suggest(%q): %v", q, err)
		}
		var got []string
		for _, s := range out {
			got = append(got, s.Text)
		}
		return got
	}
	tests := []struct {
		name, typed, want string
		in                bool
	}{
		{"five letters", "semic", "半導体", true},
		{"the whole word", "semiconductor", "半導体", true},
		{"fewer than five letters", "semi", "半導体", false},
		{"four letters before a space", "data", "データセンター", false},
		{"the fifth letter after a space", "data c", "データセンター", true},
		{"three words", "large language mo", "大規模言語モデル", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tt.typed); slices.Contains(got, tt.want) != tt.in {
				t.Errorf("Suggest(%q) = %q, want %q in it: %v", tt.typed, got, tt.want, tt.in)
			}
		})
	}
}

// TestSuggestUnwrittenLatinName: a Latin name of a synonym group that no
// article writes in Latin letters suggests the group's words the
// articles write, from the third letter (doc: ドコモ; sony: ソニー, not 挿入).
func TestSuggestUnwrittenLatinName(t *testing.T) {
	ix := mustSuggestOver(t, append(append(copiesOf(3, "dcm", "ドコモの新料金", "ドコモが新料金を発表した。", "2026-06-01"),
		copiesOf(3, "fb", "フェイスブックの新機能", "フェイスブックが新機能を公開した。", "2026-06-02")...),
		append(copiesOf(3, "sny", "ソニーの新型カメラ", "ソニーが新型カメラを発表した。", "2026-06-03"),
			copiesOf(1, "ins", "カードの挿入口", "カードの挿入口を広げた。", "2026-06-04")...)...)...)
	for q, want := range map[string]string{"doc": "ドコモ", "docom": "ドコモ", "docomo": "ドコモ", "ｆａｃｅｂｏｏｋ": "フェイスブック", "sony": "ソニー"} {
		got, err := ix.Suggest(t.Context(), q, 5)
		if err != nil || len(got) == 0 || got[0].Text != want {
			t.Errorf("Suggest(%s) = %v, %v; want %s first", q, texts(got), err, want)
		}
	}
}

// TestSuggestUnwrittenKanaName: the katakana name of a synonym group that
// no article writes suggests the group's words the articles write, by its
// reading from the third kana (でぃーぷし: DeepSeek).
func TestSuggestUnwrittenKanaName(t *testing.T) {
	ix := mustSuggestOver(t, copiesOf(3, "ds", "DeepSeekの新モデル", "中国のDeepSeekが新モデルを公開した。", "2026-06-01")...)
	for _, q := range []string{"でぃーぷ", "でぃーぷしーく", "ディープシ"} {
		got, err := ix.Suggest(t.Context(), q, 5)
		if err != nil || len(got) == 0 || got[0].Text != "DeepSeek" {
			t.Errorf("Suggest(%s) = %v, %v; want DeepSeek first", q, texts(got), err)
		}
	}
}

// TestSuggestLatinBesideEnglish: words that articles write in Latin
// letters and that start with an English word being typed come right
// after the glossary's first word for it, when the glossary's Japanese
// words would fill the box.
func TestSuggestLatinBesideEnglish(t *testing.T) {
	var arts []Article
	for i, w := range []string{"量子", "量子コンピュータ", "量子ビット", "量子チップ", "量子暗号", "量子計算", "量子鍵配送", "量子センサー", "量子技術"} {
		arts = append(arts, copiesOf(6, fmt.Sprintf("q%d", i), w+"の新展開", w+"の研究が進んだ。", "2026-06-01")...)
	}
	arts = append(arts, copiesOf(1, "qs", "QuantumScapeの新工程", "QuantumScapeが新工程を導入した。", "2026-06-02")...)
	arts = append(arts, copiesOf(1, "qx", "Quantum社の新型", "Quantumが新型を出した。", "2026-06-03")...)
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "quantum", 8)
	if err != nil {
		t.Fatal(err)
	}
	var g []string
	for _, s := range got {
		g = append(g, s.Text)
	}
	if len(g) < 3 || g[0] != "量子" || !slices.Contains(g[:3], "QuantumScape") || !slices.Contains(g[:3], "Quantum") {
		t.Errorf("Suggest(quantum) = %q, want 量子 first, then Quantum and QuantumScape", g)
	}
}

package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSuggestPastATypo: a word nothing completes as typed is completed as
// the word meant, two letters swapped or a slip near its end; a word of
// nothing like any stays without suggestions.
func TestSuggestPastATypo(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ typed, want string }{
		{"tesal", "Tesla"},    // swapped
		{"teslq", "Tesla"},    // a slip on the last key
		{"じどううんでん", "自動運転"},   // voiced where it is not
		{"ろぼたくしい", "ロボタクシー"},  // ー typed as い
		{"じとううんてん", "自動運転"},   // a voicing mark slipped off
		{"ろほたくしー", "ロボタクシー"},  // off, early
		{"ぜんごたいでんち", "全固体電池"}, // and on
		{"zzqxwv", ""},        // nothing like any word
		{"tes", "Tesla"},      // (as typed: no typo)
	} {
		t.Run(tt.typed, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 3)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
				t.Errorf("Suggest(%q) = %v, want %q in the top 3", tt.typed, texts(got), tt.want)
			}
		})
	}
}

// TestSuggestPastATypoOfATag: a tag no body writes (Kwaxio, of articles
// that name the product in katakana) is looked past a typo as a word is.
func TestSuggestPastATypoOfATag(t *testing.T) {
	arts := copiesOf(3, "kw", "記事", "新しい翻訳機が発売された。", "2026-06-01")
	for i := range arts {
		arts[i].Tags = []string{"Kwaxio"}
	}
	ix := mustSuggestOver(t, arts...)
	for _, typed := range []string{"kwaxoi", "kwaixo", "kwaxio"} {
		got, err := ix.Suggest(t.Context(), typed, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "Kwaxio" }) {
			t.Errorf("Suggest(%q) = %v, want the tag Kwaxio", typed, texts(got))
		}
	}
}

// TestSuggestNoSwappedKanji: a sentence typed unspaced that nothing
// completes is never offered with two of its characters swapped (新しいi
// had offered し新 イー, 昼寝は何分がいい 昼は寝何分 一般): kanji comes a
// word at a time, converted, and is no typo of a key pressed out of turn.
func TestSuggestNoSwappedKanji(t *testing.T) {
	var arts []Article
	arts = append(arts, copiesOf(3, "em", "記事", "イー・モバイルの新型端末。しかし新機種は高い。", "2026-06-01")...)
	arts = append(arts, copiesOf(3, "sh", "記事", "震災の話題と惑星の話題。変化が起きた。", "2026-06-02")...)
	ix := mustSuggestOver(t, arts...)
	for _, typed := range []string{"新しいi", "新しいiP", "震災で変わった"} {
		got, err := ix.Suggest(t.Context(), typed, 8)
		if err != nil {
			t.Fatal(err)
		}
		rs := []rune(typed)
		for i := 0; i+1 < len(rs); i++ {
			v := slices.Clone(rs)
			v[i], v[i+1] = v[i+1], v[i]
			swapped := string(v[:i+2])
			for _, s := range got {
				if strings.HasPrefix(strings.ReplaceAll(s.Text, " ", ""), swapped) {
					t.Errorf("Suggest(%q) offers %q, with %q swapped", typed, s.Text, string(rs[i:i+2]))
				}
			}
		}
	}
}

// TestSuggestPastAMissingSokuon: kana, or romaji typed to its end, with a
// small っ left out (ぶらくべり for ブラックベリー, two of them in まくぶく)
// completes the word that reads so with it, where the box had emptied
// from the kana after the slip on; kana that reads as a word as typed
// keeps it.
func TestSuggestPastAMissingSokuon(t *testing.T) {
	var arts []Article
	for i, body := range []string{
		"ブラックベリーの新機種が出た。", "ブラックベリーを使う。", "ブラックベリーの販売終了。",
		"マックブックの新型。", "マックブックを買った。", "マックブックが軽い。",
		"ハリウッド映画の公開。", "ハリウッドの俳優。", "ハリウッドで撮影。",
		"きっぷを買う。", "切符の値段。", "切符売り場。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("s%d", i), Title: "記事", Body: body, Published: day("2026-05-01")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSlips(t, ix, []typedCase{
		{"one left out, kana", "ぶらくべり", "ブラックベリー"},
		{"one left out, on the way", "ぶらくべ", "ブラックベリー"},
		{"two left out", "まくぶく", "マックブック"},
		{"romaji to its end", "burakuberi", "ブラックベリー"},
		{"romaji, two left out", "makubuku", "マックブック"},
		{"near its end", "はりうど", "ハリウッド"},
		{"typed with it", "ぶらっくべ", "ブラックベリー"},
	}, []typedCase{
		{"no word with a っ either", "ぶらくべぞ", ""},
		{"a っ before な is no slip", "まくなく", ""},
	})
}

func TestDoubles(t *testing.T) {
	for _, tt := range []struct {
		name string
		r    rune
		want bool
	}{
		{"k row", 'く', true},
		{"voiced b row", 'べ', true},
		{"p row", 'ぽ', true},
		{"ふ of スタッフ", 'ふ', true},
		{"a vowel", 'あ', false},
		{"な row", 'な', false},
		{"ん", 'ん', false},
		{"ー", 'ー', false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := doubles(tt.r); got != tt.want {
				t.Errorf("doubles(%q) = %v, want %v", tt.r, got, tt.want)
			}
		})
	}
}

package index

import (
	"slices"
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

package index

import (
	"slices"
	"strings"
	"testing"
)

// TestLatinInside: hiragana, then Latin letters typed as such, then the
// rest; not a syllable being typed.
func TestLatinInside(t *testing.T) {
	for _, tt := range []struct{ name, w, head, rest string }{
		{"letters and kana after", "もりしんqrsね", "もりしん", "qrsね"},
		{"letters last", "もりしんqrs", "もりしん", "qrs"},
		{"a syllable begun", "じどうsh", "", ""},
		{"one letter", "じどうk", "", ""},
		{"kana only", "じどう", "", ""},
		{"letters first", "qrsね", "", ""},
		{"katakana first", "モリシンqrs", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			head, rest := latinInside(tt.w)
			if head != tt.head || rest != tt.rest {
				t.Errorf("latinInside(%q) = %q, %q, want %q, %q", tt.w, head, rest, tt.head, tt.rest)
			}
		})
	}
}

// TestSuggestLettersInsideKana: a name of kanji, letters and katakana
// typed with its letters as letters between kana that read otherwise than
// the dictionary reads its kanji (もりしんQRSね for 杜信QRSネット銀行) is
// completed from the letters on, first.
func TestSuggestLettersInsideKana(t *testing.T) {
	ix := mustSuggestOver(t, articlesOf("q",
		"杜信QRSネット銀行が新サービス", "杜信QRSネット銀行の決算", "QRSネット銀行に聞く",
		"森の新緑", "森の新作", "もりの新商品", "森で心身を休める",
	)...)
	for _, tt := range []struct{ typed, want string }{
		{"もりしんQRSね", "QRSネット"},
		{"もりしんQRSねっと", "QRSネット"},
		{"もりしんQRS", "QRS"},
	} {
		t.Run(tt.typed, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || !strings.Contains(got[0].Text, tt.want) {
				t.Errorf("Suggest(%q) = %v, want a word with %s first", tt.typed, texts(got), tt.want)
			}
		})
	}
	got, err := ix.Suggest(t.Context(), "しんりんqrs", 5)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(got, func(s Suggestion) bool { return strings.Contains(s.Text, "QRS") }) {
		t.Errorf("Suggest(しんりんqrs) = %v, want the letters' words", texts(got))
	}
}

package index

import (
	"strings"
	"testing"
)

// TestLatinInside: hiragana, then Latin letters typed as such, then the
// rest; not a syllable being typed.
func TestLatinInside(t *testing.T) {
	checkSplits(t, "latinInside", latinInside, []splitCase{
		{"letters and kana after", "もりしんqrsね", "もりしん", "qrsね"},
		{"letters last", "もりしんqrs", "", ""},
		{"a syllable begun", "じどうsh", "", ""},
		{"a syllable begun after letters", "もりしんqrsn", "", ""},
		{"one letter", "じどうk", "", ""},
		{"kana only", "じどう", "", ""},
		{"letters first", "qrsね", "", ""},
		{"katakana first", "モリシンqrs", "", ""},
	})
}

// splitCase is a case of a function that splits its input in two.
type splitCase struct{ name, in, first, second string }

// checkSplits checks, in a subtest for each case, that f, named name,
// splits the case's input into its two parts.
func checkSplits(t *testing.T, name string, f func(string) (string, string), cases []splitCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			first, second := f(tt.in)
			if first != tt.first || second != tt.second {
				t.Errorf("%s(%q) = %q, %q, want %q, %q", name, tt.in, first, second, tt.first, tt.second)
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
}

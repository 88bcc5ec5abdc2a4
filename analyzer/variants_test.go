package analyzer

import (
	"slices"
	"testing"
)

func TestVariantSpellings(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "one kanji with one old form", in: "倖田来未", want: []string{"倖田來未"}},
		{name: "one kanji with two forms", in: "渡辺", want: []string{"渡邉", "渡邊"}},
		{name: "two kanji, each alone then both", in: "高沢", want: []string{"髙沢", "高澤", "髙澤"}},
		{name: "no variant", in: "全固体電池", want: nil},
		{name: "kana and Latin", in: "くみ Kumi", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := VariantSpellings(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("VariantSpellings(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestVariantSpellingsBounded: a word of many such kanji yields no more
// than maxVariantSpellings spellings.
func TestVariantSpellingsBounded(t *testing.T) {
	if got := VariantSpellings("辺辺辺辺辺辺"); len(got) != maxVariantSpellings {
		t.Errorf("VariantSpellings of six 辺 = %d spellings, want %d", len(got), maxVariantSpellings)
	}
}

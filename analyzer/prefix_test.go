package analyzer_test

import (
	"slices"
	"testing"

	"sagasu/analyzer"
)

// TestPrefixReadings: the reading field holds a one-kanji prefix and the
// run it starts under each reading the dictionary has for the prefix, so
// kana typed for 大掃除 (おおそうじ) finds it as ダイソウジ's does.
func TestPrefixReadings(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"大 read オオ", "年末の大掃除はしない", []string{"オオソウジ", "ダイソウジ", "オオ", "ダイ"}, nil},
		{"大 read ダイ", "大人気の商品", []string{"ダイニンキ", "オオニンキ"}, nil},
		{"小 read コ", "週末の小旅行", []string{"ショウリョコウ", "コリョコウ"}, nil},
		{"a noun of one kanji is no prefix", "大は小を兼ねる", nil, []string{"オオ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReadingTerms(t, a, tt.text, tt.want, tt.not)
		})
	}
}

// checkReadingTerms fails t unless the reading terms a indexes for text
// include every one of want and none of not.
func checkReadingTerms(t *testing.T, a *analyzer.Analyzer, text string, want, not []string) {
	t.Helper()
	var got []string
	for _, tok := range a.IndexedTokens(text, true) {
		got = append(got, tok.Term)
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("reading terms of %q = %q, want %s among them", text, got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("reading terms of %q = %q, want no %s", text, got, w)
		}
	}
}

// TestPronounSuffixReadings: a one-kanji suffix after a pronoun is also
// read as the dictionary reads it as a common suffix (等 of 僕等: ラ), and
// so is the run with its pronoun; not 等 after a noun (平等, 一等).
func TestPronounSuffixReadings(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"僕等 read ボクラ", "映画『僕等がいた』の後篇", []string{"ボクラ", "ボクトウ", "ラ"}, nil},
		{"彼等 read カレラ", "彼等の主張", []string{"カレラ"}, nil},
		{"等 after a noun stays トウ", "野菜等の価格", nil, []string{"ヤサイラ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReadingTerms(t, a, tt.text, tt.want, tt.not)
		})
	}
}

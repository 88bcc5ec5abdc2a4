package index

import (
	"slices"
	"testing"
)

// TestLatinSpellings: the spellings of a katakana word's sounds include
// the one English writes.
func TestLatinSpellings(t *testing.T) {
	tests := []struct{ kana, want string }{
		{"ルビー", "ruby"},
		{"ジャバ", "java"},
		{"ニーサ", "nisa"},
		{"テム", "temu"},
		{"テム", "tem"},
		{"ポヴォ", "povo"},
		{"メタ", "meta"},
		{"サーバー", "server"},
		{"ラマ", "lama"},
		{"ファン", "fan"},
		{"スイッチ", "switch"},
		{"マッチ", "match"},
		{"クイック", "quick"},
		{"ツイン", "twin"},
		{"チェック", "check"},
	}
	for _, tt := range tests {
		t.Run(tt.kana+" "+tt.want, func(t *testing.T) {
			got := latinSpellings(tt.kana)
			if !slices.Contains(got, tt.want) || len(got) > maxLatinSpellings {
				t.Errorf("latinSpellings(%s) = %v, want %s among at most %d", tt.kana, got, tt.want, maxLatinSpellings)
			}
		})
	}
	if got := latinSpellings("ヶ月"); got != nil {
		t.Errorf("latinSpellings(ヶ月) = %v, want none", got)
	}
}

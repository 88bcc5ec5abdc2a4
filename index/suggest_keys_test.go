package index

import "testing"

// TestSplitTyping: converted text and the kana typed after it, the long
// vowel of a katakana word kept with the word.
func TestSplitTyping(t *testing.T) {
	tests := []struct{ in, head, tail string }{
		{"量子こ", "量子", "こ"},
		{"独女けっこ", "独女", "けっこ"},
		{"ベンチャーきぎょう", "ベンチャー", "きぎょう"},
		{"サーバーせ", "サーバー", "せ"},
		{"べんちゃー", "", "べんちゃー"},
		{"ベンチャー", "", "ベンチャー"},
		{"ベンチャーー", "", "ベンチャーー"},
	}
	for _, tt := range tests {
		if head, tail := splitTyping(tt.in); head != tt.head || tail != tt.tail {
			t.Errorf("splitTyping(%q) = %q, %q; want %q, %q", tt.in, head, tail, tt.head, tt.tail)
		}
	}
}

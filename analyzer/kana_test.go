package analyzer

import "testing"

func TestStemKatakana(t *testing.T) {
	tests := []struct{ in, want string }{
		{"コンピューター", "コンピュータ"},
		{"サーバー", "サーバ"},
		{"バー", "バー"},                  // too short
		{"カー", "カー"},                  // too short
		{"量子コンピューター", "量子コンピュータ"},     // a compound ending in a long katakana word
		{"東京タワー", "東京タワー"},            // its katakana word is short
		{"ラーメン", "ラーメン"},              // no ー at the end
		{"スーパーコンピューター", "スーパーコンピュータ"}, // several
	}
	for _, tt := range tests {
		if got := stemKatakana(tt.in); got != tt.want {
			t.Errorf("stemKatakana(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

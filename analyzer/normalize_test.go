package analyzer

import (
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii upper", "AbC", "abc"},
		{"full-width", "ＡＩ１２３", "ai123"},
		{"half-width katakana with voicing mark", "ｶﾞｿﾘﾝ", "ガソリン"},
		{"ideographic space", "a\u3000b", "a b"},
		{"format characters removed", "ソフト\u200bバンク\ufeff", "ソフトバンク"},
		{"variation selectors and keycaps removed", "辻\U000E0100堂 1\ufe0f\u20e3", "辻堂 1"},
		{"trade mark a space", "Sagasu\u2122", "sagasu "},
		{"line separators", "a\r\nb\u2028c", "a\n\nb\nc"},
		{"invalid bytes", "a\xffb\xe3\x81", "a\ufffdb\ufffd\ufffd"},
		{"square expands", "㍿", "株式会社"},
		{"degrees Celsius are 度", "−5℃", "-5度"},
		{"°C with the degree sign too", "20°C", "20度"},
		{"a word after the degree sign is no Celsius", "0°Celsius", "0°celsius"},
		{"kana unchanged", "ひらがなカタカナ漢字", "ひらがなカタカナ漢字"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(normalize([]byte(tt.in), false).text); got != tt.want {
				t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSpanMapsBack(t *testing.T) {
	in := "ＡＢＣ１２３とabc㍿ﾃｽﾗ"
	n := normalize([]byte(in), false)
	if got, want := string(n.text), "abc123とabc株式会社テスラ"; got != want {
		t.Fatalf("text = %q, want %q", got, want)
	}
	// folded substring -> original substring it must map to
	tests := []struct {
		folded, orig string
	}{
		{"abc", "ＡＢＣ"},
		{"b", "Ｂ"},
		{"123", "１２３"},
		{"と", "と"},
		{"株式", "㍿"},
		{"会社", "㍿"},
		{"テスラ", "ﾃｽﾗ"},
		{"ス", "ｽ"},
	}
	for _, tt := range tests {
		t.Run(tt.folded, func(t *testing.T) {
			i := indexOf(string(n.text), tt.folded)
			m := mapper{runs: n.runs}
			s, e := m.span(i, i+len(tt.folded))
			if got := in[s:e]; got != tt.orig {
				t.Errorf("span(%q) = %q, want %q", tt.folded, got, tt.orig)
			}
		})
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

package analyzer_test

import (
	"slices"
	"testing"
)

// TestKatakanaBeforeTte: a katakana word's final ス before the particle
// って is the word's, not the verb スる that kagome reads of it and the っ
// (ニュー|スっ|て had been indexed as ニュー), and a verb kagome knows with
// a katakana stem stays one.
func TestKatakanaBeforeTte(t *testing.T) {
	a := mustAnalyzer(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a known word", "ニュースって", []string{"ニュース"}},
		{"a known word with a question", "ガスってなに", []string{"ガス", "なに"}},
		{"a word kagome does not know", "ロールプレスって何", []string{"ロールプレス", "何"}},
		{"before った", "ニュースったら", []string{"ニュース"}},
		{"in a sentence", "昨日のニュースってどう思う", []string{"昨日", "ニュース", "どう", "思う"}},
		{"a word kagome reads whole", "スペースって何", []string{"スペース", "何"}},
		{"a verb with a katakana stem", "授業をサボって", []string{"授業", "サボる"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := terms(a, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("terms(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestKatakanaBeforeTteOffsets: the word given back its ス is marked on
// its own characters, in full width and half width alike.
func TestKatakanaBeforeTteOffsets(t *testing.T) {
	a := mustAnalyzer(t)
	for _, text := range []string{"今日のニュースって", "今日のﾆｭｰｽって"} {
		ts := a.Analyze([]byte(text))
		found := false
		for _, tk := range ts {
			if string(tk.Term) == "ニュース" {
				found = true
				if got := text[tk.Start:tk.End]; got != "ニュース" && got != "ﾆｭｰｽ" {
					t.Errorf("%s: ニュース marks %q", text, got)
				}
			}
		}
		if !found {
			t.Errorf("%s: no ニュース in %s", text, dump([]byte(text), ts))
		}
	}
}

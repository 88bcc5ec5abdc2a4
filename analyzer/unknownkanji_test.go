package analyzer_test

import (
	"testing"
)

// TestUnknownKanjiReadings: a kanji the dictionary has no word of its own
// for, which kagome leaves unknown inside a word (圧 of 加|圧), is read as
// the dictionary's two-kanji words read it (気圧, 電圧: アツ), so the word's
// joined reading is indexed and kana typed for it (かあつ) finds it; not a
// kanji standing alone, nor one in a name (its name readings stay).
func TestUnknownKanjiReadings(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"圧 after 加", "加圧トレーニングの効果", []string{"アツ", "カアツ", "トレーニング"}, nil},
		{"圧 inside a longer run", "加圧式の消火器を点検した", []string{"カアツ", "カアツシキ"}, nil},
		{"a known compound reads as before", "高圧ガスの保安", []string{"コウアツ"}, nil},
		{"圧 alone has no word to read", "圧はかかる", nil, []string{"アツ"}},
		{"a name keeps its name readings", "指原莉乃が卒業", []string{"サスハラリノ"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReadingTerms(t, a, tt.text, tt.want, tt.not)
		})
	}
}

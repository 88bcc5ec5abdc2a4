package analyzer_test

import (
	"slices"
	"testing"
)

// TestCoinedCompoundsAreWords: two or three kanji kagome reads one by one
// (婚|活) are a word of the text for relating it, as their characters alone
// are not; a joined term with a longer word in it is not one (代独身 of
// 30代独身, 東京都 of 東京|都).
func TestCoinedCompoundsAreWords(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"marriage hunting", "婚活に疲れた。", []string{"婚活"}, nil},
		{"after a number and a word", "30代独身女性、婚活パーティーに疲れた", []string{"婚活", "独身"}, []string{"代独身", "代独身女性"}},
		{"strong yen", "円高が進む", []string{"円高"}, nil},
		{"a word and a suffix", "東京都の会社", []string{"東京"}, []string{"東京都"}},
		{"a price's counter and suffix", "7万円台の新型スマホ", []string{"新型", "スマホ"}, []string{"円台"}},
		{"a period's counter", "3月期の決算と3カ月の売上", []string{"決算", "売上"}, []string{"月期", "カ月"}},
		{"a count's counter and suffix", "100台超を販売した円高", []string{"円高"}, []string{"台超"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms, content := a.TermsAndContent(tt.text, nil, nil)
			for _, w := range tt.want {
				if !slices.Contains(terms, w) {
					t.Errorf("terms %v lack %s", terms, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(terms, w) {
					t.Errorf("terms %v have %s", terms, w)
				}
			}
			if content == 0 {
				t.Errorf("no content words in %q", tt.text)
			}
		})
	}
}

// TestHeadWordsOfWholeWords: words IPA keeps whole but readers find by their
// head (電池 of 蓄電池) are split by the shipped user dictionary, the whole
// word kept too; a place IPA cuts after a prefix (お|台場) is whole too.
func TestHeadWordsOfWholeWords(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"storage battery", "家庭用蓄電池を発売", []string{"蓄電池", "電池"}},
		{"dry cell", "乾電池で動く", []string{"乾電池", "電池"}},
		{"photonic quantum", "光量子方式の計算機", []string{"光量子", "量子"}},
		{"optical communication", "光通信の部品", []string{"光通信", "通信"}},
		{"a place after a prefix", "お台場で実証", []string{"お台場", "台場"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := terms(a, tt.text)
			for _, w := range tt.want {
				if !slices.Contains(terms, w) {
					t.Errorf("terms %v lack %s", terms, w)
				}
			}
		})
	}
}

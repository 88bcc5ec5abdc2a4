package analyzer_test

import (
	"slices"
	"strings"
	"testing"

	"sagasu/analyzer"
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

// TestPiecesOfUnits: a word the text writes only inside a longer name or
// model number, or as a unit after a number, is a piece (related articles
// show the whole or nothing); written once on its own, it is a word.
func TestPiecesOfUnits(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text    string
		pieces, words []string
	}{
		{"a name with a middle dot", "リナ・モルガン主演の映画", []string{"リナ", "モルガン"}, []string{"主演", "映画"}},
		{"the name also on its own", "リナ・モルガン主演。モルガンは語る", []string{"リナ"}, []string{"モルガン"}},
		{"a model number's prefix", "新機種QX-07Tと旧機種ZQ07", []string{"qx", "zq"}, []string{"新", "機種"}},
		{"a word before a number", "iPhone4Sの発売", nil, []string{"iphone"}},
		{"a group's name and its number", "ZXY48の新曲", []string{"zxy"}, []string{"新曲"}},
		{"a unit after a number", "1.5GHzと75Mbps", []string{"ghz", "mbps"}, nil},
		{"a counter's word after it", "3次予選と2012年春夏", nil, []string{"予選", "春"}},
		{"katakana after a number", "5ギガワットの電力", nil, []string{"ギガ", "ワット"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w analyzer.Words
			a.TermsAndContent(tt.text, nil, &w)
			for _, p := range tt.pieces {
				if !w.Pieces[p] {
					t.Errorf("Pieces[%q] = false, want true (%v)", p, w.Pieces)
				}
			}
			for _, p := range tt.words {
				if piece, ok := w.Pieces[p]; !ok || piece {
					t.Errorf("Pieces[%q] = %v, %v, want false, true (%v)", p, piece, ok, w.Pieces)
				}
			}
		})
	}
}

// TestMannerWords: adjectival nouns, adverbs and adverbial nouns are noted
// apart from the nouns that say what a text is about.
func TestMannerWords(t *testing.T) {
	a := projectAnalyzer(t)
	var w analyzer.Words
	a.TermsAndContent("贅沢な料理を思わず今回も頼む", nil, &w)
	for term, want := range map[string]bool{"贅沢": true, "思わず": true, "今回": true, "料理": false, "頼む": false} {
		if w.Manner[term] != want {
			t.Errorf("Manner[%q] = %v, want %v (%v)", term, w.Manner[term], want, w.Manner)
		}
	}
}

// TestInsideKatakana: a katakana word the text writes only inside a longer
// run of katakana is noted with the run a reader sees (リビア of リビアン,
// which kagome reads リビア|ン); written once on its own, it is not.
func TestInsideKatakana(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		text, term, want string
	}{
		{"米リビアンは12日、新型車を公開した", "リビア", "リビアン"},
		{"ダウンタウンの浜田が司会", "タウン", "ダウンタウン"},
		{"ダウンタウンの浜田。タウン誌も", "タウン", ""},
		{"テスラの新型車", "テスラ", ""},
	}
	for _, tt := range tests {
		var w analyzer.Words
		a.TermsAndContent(tt.text, nil, &w)
		if got, ok := w.Inside[tt.term]; !ok || got != tt.want {
			t.Errorf("%s: Inside[%q] = %q, %v, want %q", tt.text, tt.term, got, ok, tt.want)
		}
	}
}

// TestRunsOfNamesAndSuffixes: Latin words of a name written apart stand
// in one run (Steve Jobs), lower-case English does not, and a suffix is
// marked (式 of 静電式).
func TestRunsOfNamesAndSuffixes(t *testing.T) {
	a := projectAnalyzer(t)
	runs := func(text string) []string {
		var w analyzer.Words
		a.TermsAndContent(text, nil, &w)
		var out []string
		for _, r := range w.Runs {
			s := ""
			for _, t := range r {
				s += t.Gap + t.Surface
				if t.Suffix {
					s += "/suffix"
				}
			}
			out = append(out, s)
		}
		return out
	}
	for text, want := range map[string]string{
		"故Steve Jobs氏が選ばれた":         "Steve Jobs",
		"London Olympic Watch 8日放送": "London Olympic Watch",
		"静電式タッチパネルを採用":              "式/suffixタッチパネル",
	} {
		if got := runs(text); !slices.ContainsFunc(got, func(r string) bool { return strings.Contains(r, want) }) {
			t.Errorf("%s: runs %q, want %q among them", text, got, want)
		}
	}
	if got := runs("the sale and new items"); len(got) != 0 {
		t.Errorf("lower-case English: runs %q, want none", got)
	}
}

// TestTermsContentAndQuery: one pass gives what TermsAndContent and Terms
// give apart, where they differ too (a coined compound is a related word,
// no query term; a counter after its number the other way round).
func TestTermsContentAndQuery(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct{ name, text string }{
		{"coined compound", "婚活に疲れた。"},
		{"counter after a number", "3月期の決算と3カ月の売上"},
		{"compound with parts", "全固体電池の量産ライン"},
		{"Latin and kana", "iPhone 17 Proを発表、ソフトバンクから"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms, query, content := a.TermsContentAndQuery(tt.text, nil, nil)
			wantTerms, wantContent := a.TermsAndContent(tt.text, nil, nil)
			if !slices.Equal(terms, wantTerms) || content != wantContent {
				t.Errorf("TermsContentAndQuery(%q) = %v, %d, want %v, %d", tt.text, terms, content, wantTerms, wantContent)
			}
			if want := a.Terms(tt.text); !slices.Equal(query, want) && len(query)+len(want) > 0 {
				t.Errorf("TermsContentAndQuery(%q) query = %v, want %v", tt.text, query, want)
			}
		})
	}
}

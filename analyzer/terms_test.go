package analyzer_test

import (
	"slices"
	"strings"
	"testing"
)

// TestSameTerms checks pairs of spellings a reader treats as the same word.
func TestSameTerms(t *testing.T) {
	a := mustAnalyzer(t)
	tests := []struct {
		name string
		a, b string
	}{
		{"full-width Latin and digits", "ｉＰｈｏｎｅ１５", "iPhone15"},
		{"upper and lower case", "ＡＩ", "ai"},
		{"half-width katakana", "ﾃｽﾗ", "テスラ"},
		{"half-width voiced katakana", "ｶﾞｿﾘﾝ", "ガソリン"},
		{"past and plain verb", "発表した", "発表する"},
		{"past and plain adjective", "速かった", "速い"},
		{"ideographic space", "量子　暗号", "量子 暗号"},
		{"zero-width space inside a word", "ソフト\u200bバンク", "ソフトバンク"},
		{"an ideographic variation selector", "葛\U000E0100飾区の辻\U000E0100堂", "葛飾区の辻堂"},
		{"a keycap digit", "1\ufe0f\u20e3位", "1位"},
		{"a trade mark after a name", "Sagasu\u2122", "Sagasu"},
		{"a combining voicing mark", "ト\u3099イツ", "ドイツ"},
		{"circled and squared forms", "㍿", "株式会社"},
		{"a version's zero decimals", "PCIe 5.0", "PCIe 5"},
		{"the 吉 written outside the BMP", "𠮷野家", "吉野家"},
		{"a kanji month the dictionary keeps whole", "十二月二十五日", "12月25日"},
		{"a kanji month after a year", "二〇二六年三月", "2026年3月"},
		{"a series number's zero after a word and a point", "女ひとり風呂vol.05「世田谷区", "女ひとり風呂 vol.5 世田谷区"},
		{"a full-width series number", "Ｎｏ．０９", "no.9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ga, gb := terms(a, tt.a), terms(a, tt.b)
			if len(ga) == 0 || !slices.Equal(ga, gb) {
				t.Errorf("terms(%q) = %q, terms(%q) = %q; want equal and non-empty", tt.a, ga, tt.b, gb)
			}
		})
	}
}

// TestSymbolNames: names that end in ++ or # are terms of their own, and
// symbols inside an expression are not names.
func TestSymbolNames(t *testing.T) {
	a := mustAnalyzer(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"C++ with a version", "C++26の規格", []string{"c++", "26", "規格"}},
		{"full-width C#", "Ｃ＃とＦ＃", []string{"c#", "f#"}},
		{"C apart from C++ and C#", "C言語とC++とC#", []string{"c", "言語", "c++", "c#"}},
		{"a word before ++", "Notepad++で", []string{"notepad++"}},
		{"an expression", "a++b", []string{"a", "b"}},
		{"# after a word", "AI#3", []string{"ai", "3"}},
		{"a hash tag", "#tag", []string{"tag"}},
		{"two #", "C##", []string{"c"}},
		{"a name with &", "H&MとＡＴ＆Ｔ", []string{"h&m", "at&t"}},
		{"long words beside &", "Johnson&Johnson", []string{"johnson", "johnson"}},
		{"two words with &", "Blu-ray&DVD", []string{"blu", "ray", "dvd"}},
		{"two short words with &", "BD&DVD", []string{"bd", "dvd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := terms(a, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("terms(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestJoinersTakeNoPosition: a hyphen or a point inside a Latin name, or
// a point between a Latin word and its number (vol.04, typed vol4), leaves
// its words side by side, as a phrase typed without it has them.
func TestJoinersTakeNoPosition(t *testing.T) {
	a := mustAnalyzer(t)
	for _, text := range []string{"Node.jsで", "USB-C端子", "ASP.NET", "B'zの新曲", "B’z", "vol.04「身内」", "No.1の座"} {
		ts := a.Analyze([]byte(text))
		if len(ts) < 2 || ts[1].Position != ts[0].Position+1 {
			t.Errorf("%s: %s; want the first two words side by side", text, dump([]byte(text), ts))
		}
	}
	// A point between digits is the number's own.
	if got := terms(a, "3.5"); !slices.Equal(got, []string{"3.5"}) {
		t.Errorf("3.5: %q", got)
	}
}

// TestVerbNounReading: a verb in the continuative form is also read as the
// noun it doubles as, except a one-kanji ichidan verb used as a verb that
// the dictionary has no noun of (信じて is no シンジ, which is 真司).
func TestVerbNounReading(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct{ text, want string }{
		{"自分を信じて", "シンジル"},
		{"考えて", "カンガエ"},
		{"寝かし付け", "ネカシツケ"},
		{"打合せ", "ウチアワセ"},
		{"はじまり", "ハジマリ"},
	}
	for _, tt := range tests {
		got := strings.Join(slices.DeleteFunc(a.ReadingTerms(tt.text), func(s string) bool { return s == "" || s == "ジブン" }), " ")
		if got != tt.want {
			t.Errorf("ReadingTerms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCompoundLongVowel: a user-dictionary compound that ends in a long
// katakana word shares its term with the spelling without the final ー.
func TestCompoundLongVowel(t *testing.T) {
	a := projectAnalyzer(t)
	if x, y := a.Terms("量子コンピューター"), a.Terms("量子コンピュータ"); len(x) == 0 || !slices.Equal(x, y) {
		t.Errorf("Terms: %q and %q, want the same", x, y)
	}
}

func TestDropped(t *testing.T) {
	a := mustAnalyzer(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"particles and auxiliaries", "全固体電池の量産を発表した", []string{"全", "全固体", "全固体電池", "固体", "電池", "量産", "発表"}},
		{"symbols tagged as nouns", "[AI] @x | a-b", []string{"ai", "x", "a", "b"}},
		{"emoji", "🚀🔋🤖", nil},
		{"kanji outside the BMP are words", "𩸽を焼く", []string{"𩸽", "焼く"}},
		{"words of other scripts", "방탄소년단のشكراとไทย", []string{"방탄소년단", "شكرا", "ไทย"}},
		{"symbols, and kana the dictionary calls symbols", "★☆→ヤマノ", []string{"ヤマ"}},
		{"stop words only", "することができる", nil},
		{"empty", "", nil},
		{"spaces only", " \u3000\t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := terms(a, tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestProperNounParts: a proper noun of kanji that kagome keeps whole in
// one sentence and splits in another is indexed by its words too, but
// never by one kanji.
func TestProperNounParts(t *testing.T) {
	a := mustAnalyzer(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a company kept whole in a sentence", "材料は出光興産と共同で", []string{"材料", "出光興産", "出光", "興産", "共同"}},
		{"a company kagome splits already", "出光興産", []string{"出光", "興産"}},
		{"no one-kanji part", "東京都内の店舗", []string{"東京", "都内", "店舗"}},
		{"a common noun kept whole after a name", "東日本大震災の被災地", []string{"東日本", "大震災", "大", "震災", "被災", "被災地", "地"}},
		{"a common noun kagome keeps whole alone", "大統領", []string{"大統領"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := terms(a, tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSomeTensAreNoNumber: 数十, 何百 are "some tens", not 10 or 100; digits
// after 数 are the count.
func TestSomeTensAreNoNumber(t *testing.T) {
	a := projectAnalyzer(t)
	for _, tt := range []struct {
		in, not string
	}{{"数十倍", "10"}, {"何百年", "100"}, {"数百万円", "1000000"}, {"数百万円", "10000"}} {
		if got := a.Terms(tt.in); slices.Contains(got, tt.not) {
			t.Errorf("Terms(%q) = %q, has %q", tt.in, got, tt.not)
		}
	}
	if got := a.Terms("三十分"); !slices.Contains(got, "30") {
		t.Errorf("Terms(三十分) = %q, want 30", got)
	}
	// A count after 数 (契約数, 口座数) is a number in digits.
	for in, want := range map[string]string{"契約数900万": "9000000", "口座数2700万に": "27000000", "出荷数3万台": "30000"} {
		if got := a.Terms(in); !slices.Contains(got, want) {
			t.Errorf("Terms(%q) = %q, want %s", in, got, want)
		}
	}
}

// TestKanjiApartNotJoined: kanji with a space between are two words (円
// and 高 of 高精細 are no 円高), while a katakana name runs on across its
// dot or space.
func TestKanjiApartNotJoined(t *testing.T) {
	a := projectAnalyzer(t)
	got := terms(a, "価格は11万9,980円　高精細な画面。トム・クルーズ")
	if slices.Contains(got, "円高") || !slices.Contains(got, "トムクルーズ") {
		t.Errorf("terms = %v, want no 円高 and トムクルーズ", got)
	}
}

// TestPartRunReadings: the reading field holds the readings of runs of a
// compound's parts, so kana typed for 全固体 finds 全固体電池.
func TestPartRunReadings(t *testing.T) {
	a := projectAnalyzer(t)
	var got []string
	for _, tok := range a.IndexedTokens("全固体電池の量産", true) {
		got = append(got, tok.Term)
	}
	for _, want := range []string{"ゼンコタイデンチ", "ゼン", "コタイ", "デンチ", "ゼンコタイ", "コタイデンチ"} {
		if !slices.Contains(got, want) {
			t.Errorf("reading terms %q: want %s among them", got, want)
		}
	}
}

// TestSmallKanaStartsNoWord: a word of hiragana kagome does not know keeps
// the kana before its first small kana (ちゅうごく, not ゅうごく).
func TestSmallKanaStartsNoWord(t *testing.T) {
	a := mustAnalyzer(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a word alone", "しゅくじょ", []string{"しゅくじょ"}},
		{"before a particle", "ちゅうごくの会社", []string{"ちゅうごく", "会社"}},
		{"after a particle", "今日はちゅうもん", []string{"今日", "ちゅうもん"}},
		{"a word the dictionary has", "いっしょにしょくじ", []string{"いっしょ", "しょ", "くじ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := terms(a, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("terms(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSeriesNumberKeepsModelZeros: the zero of a series number goes only
// after a word and a point; a model's number keeps it.
func TestSeriesNumberKeepsModelZeros(t *testing.T) {
	a := projectAnalyzer(t)
	for _, tt := range []struct {
		name, in, want string
	}{
		{"glued to the letters", "IS03を発売", "03"},
		{"after a hyphen", "T-01Dの電池", "01"},
		{"a letter after it", "No.06Dの不具合", "06"},
		{"three digits", "No.007の記事", "007"},
		{"a date", "2012/05/01に", "05"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := a.Terms(tt.in); !slices.Contains(got, tt.want) {
				t.Errorf("Terms(%q) = %q, want %s", tt.in, got, tt.want)
			}
		})
	}
}

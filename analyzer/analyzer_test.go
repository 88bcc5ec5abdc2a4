package analyzer_test

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sagasu/analyzer"
)

var update = flag.Bool("update", false, "rewrite testdata/tokenize/*.golden")

// mustAnalyzer resolves the analyzer through bleve's registry, which also
// proves that it is registered under analyzer.Name.
func mustAnalyzer(tb testing.TB) analysis.Analyzer {
	tb.Helper()
	a, err := registry.NewCache().AnalyzerNamed(analyzer.Name)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// dump writes one token per line: term, byte range, position and the
// original bytes the range covers, so a reviewer sees the offsets land.
func dump(input []byte, ts analysis.TokenStream) []byte {
	var b bytes.Buffer
	for _, t := range ts {
		fmt.Fprintf(&b, "%s\t%d:%d\t%d\t%q\n", t.Term, t.Start, t.End, t.Position, input[t.Start:t.End])
	}
	return b.Bytes()
}

// projectAnalyzer is the analyzer with the project's user dictionary and
// name readings, read from the data folder (the analyzer package imports
// no project package).
func projectAnalyzer(tb testing.TB) *analyzer.Analyzer {
	tb.Helper()
	a, err := analyzer.New(analyzer.Options{
		UserDict:     string(mustRead(tb, "../data/userdict.csv")),
		NameReadings: string(mustRead(tb, "../data/names.txt")),
	})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// TestAnalyzeGolden checks the main and the reading field of every input
// in testdata/tokenize, with the project's user dictionary. Rewrite the
// goldens with -update after a deliberate change and review the diff.
func TestAnalyzeGolden(t *testing.T) {
	a := projectAnalyzer(t)
	inputs, err := filepath.Glob("testdata/tokenize/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src := mustRead(t, in)
			got := dump(src, a.Analyze(src))
			got = append(got, "# reading\n"...)
			got = append(got, dump(src, a.Reading().Analyze(src))...)
			golden := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if want := mustRead(t, golden); !bytes.Equal(got, want) {
				t.Errorf("%s:\n got:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

func terms(a analysis.Analyzer, s string) []string {
	var out []string
	for _, t := range a.Analyze([]byte(s)) {
		out = append(out, string(t.Term))
	}
	return out
}

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

// TestJoinersTakeNoPosition: a hyphen or a point inside a Latin name
// leaves its words side by side, as a phrase typed without it has them.
func TestJoinersTakeNoPosition(t *testing.T) {
	a := mustAnalyzer(t)
	for _, text := range []string{"Node.jsで", "USB-C端子", "ASP.NET", "B'zの新曲", "B’z"} {
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

// TestOffsetsOnOriginal checks that every token's byte range, cut out of the
// original text, folds to the token's surface: highlights on full-width text
// land on the full-width characters.
func TestOffsetsOnOriginal(t *testing.T) {
	a := mustAnalyzer(t)
	in := "ＮＶＩＤＩＡの新型ＧＰＵ「Ｂ２００」は３０％速い。"
	want := map[string]string{"nvidia": "ＮＶＩＤＩＡ", "gpu": "ＧＰＵ", "b": "Ｂ", "200": "２００", "30": "３０", "速い": "速い"}
	got := map[string]string{}
	for _, tk := range a.Analyze([]byte(in)) {
		got[string(tk.Term)] = in[tk.Start:tk.End]
	}
	for term, orig := range want {
		if got[term] != orig {
			t.Errorf("term %q covers %q, want %q (all: %q)", term, got[term], orig, got)
		}
	}
	in = "𠮷野家の牛丼"
	for _, tk := range a.Analyze([]byte(in)) {
		if string(tk.Term) == "吉野家" && in[tk.Start:tk.End] != "𠮷野家" {
			t.Errorf("term 吉野家 covers %q, want 𠮷野家", in[tk.Start:tk.End])
		}
	}
}

func TestLongTextIsChunked(t *testing.T) {
	a := mustAnalyzer(t)
	sentence := "量子コンピュータの実用化に向けた研究が進んでいる。"
	long := strings.Repeat(sentence, 400) + strings.Repeat("あ", 5000) + "最後"
	ts := a.Analyze([]byte(long))
	if len(ts) == 0 {
		t.Fatal("no tokens")
	}
	last := ts[len(ts)-1]
	if string(last.Term) != "最後" || long[last.Start:last.End] != "最後" {
		t.Errorf("last token = %q at %d:%d, want 最後 at the end", last.Term, last.Start, last.End)
	}
	prev := 0
	for _, tk := range ts {
		if tk.Position < prev {
			t.Fatalf("position %d after %d", tk.Position, prev)
		}
		prev = tk.Position
	}
}

// TestRunsPastAWordSkipped: a run of one letter, digit or katakana longer
// than any word is read for its first maxRun characters, the rest skipped
// (each maxRun of it took kagome a tenth of a millisecond); what follows
// it is read, at its own offsets; a shorter run, or one cut by a chunk's
// length, is read whole.
func TestRunsPastAWordSkipped(t *testing.T) {
	a := mustAnalyzer(t)
	for _, run := range []string{"a", "7", "ア"} {
		text := strings.Repeat(run, 5000) + "。量子"
		ts := a.Analyze([]byte(text))
		if len(ts) != 2 || string(ts[0].Term) != strings.Repeat(run, 32) || string(ts[1].Term) != "量子" || text[ts[1].Start:ts[1].End] != "量子" {
			var got []string
			for _, tk := range ts[:min(len(ts), 4)] {
				got = append(got, string(tk.Term))
			}
			t.Errorf("%s×5000: %d tokens %q…, want the first 32 (maxRun) and 量子", run, len(ts), got)
		}
	}
	word := "Internationalization"
	if ts := a.Analyze([]byte(word)); len(ts) != 1 || string(ts[0].Term) != strings.ToLower(word) {
		t.Errorf("%s: %v, want one token", word, ts)
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

func TestUserDict(t *testing.T) {
	a, err := analyzer.New(analyzer.Options{UserDict: "全固体電池,全固体 電池,ゼンコタイ デンチ,カスタム名詞\n生成ＡＩ,生成 AI,セイセイ エーアイ,カスタム名詞\n"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Terms("全固体電池と生成AIと生成ａｉ"), []string{"全固体電池", "生成ai", "生成ai"}; !slices.Equal(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
	in := "新型の全固体電池を量産"
	var got []string
	for _, tk := range a.Analyze([]byte(in)) {
		got = append(got, fmt.Sprintf("%s@%d=%s", tk.Term, tk.Position, in[tk.Start:tk.End]))
	}
	want := []string{"新型@1=新型", "全固体電池@3=全固体電池", "全固体@3=全固体", "電池@4=電池", "量産@6=量産"}
	if !slices.Equal(got, want) {
		t.Errorf("Analyze(%q) = %q, want %q", in, got, want)
	}
	// A compound whose part is a compound of the dictionary is indexed by
	// that part's parts: ビット finds 論理量子ビット as it finds 量子ビット.
	nested, err := analyzer.New(analyzer.Options{UserDict: "量子ビット,量子 ビット,リョウシ ビット,カスタム名詞\n論理量子ビット,論理 量子ビット,ロンリ リョウシビット,カスタム名詞\n"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := terms(nested, "論理量子ビット"), []string{"論理量子ビット", "論理", "量子", "ビット"}; !slices.Equal(got, want) {
		t.Errorf("terms(論理量子ビット) = %q, want %q", got, want)
	}
	if _, err := analyzer.New(analyzer.Options{UserDict: "壊れた,行"}); err == nil {
		t.Error("New accepted a malformed user dictionary")
	}
}

// keptOccurrences is the analyzer's maxOccurrences.
const keptOccurrences = 32

// TestOccurrencesCapped: a term repeated without end is indexed at its
// first keptOccurrences occurrences in each field, and the rest of the
// text still is.
func TestOccurrencesCapped(t *testing.T) {
	a := projectAnalyzer(t)
	// Below and above countAsYouGoBytes: capped after, and as they come.
	for _, n := range []int{2000, 4000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) { testOccurrencesCapped(t, a, n) })
	}
}

func testOccurrencesCapped(t *testing.T, a *analyzer.Analyzer, repeat int) {
	text := []byte(strings.Repeat("量子とアイス。", repeat) + "最後")
	count := func(ts analysis.TokenStream, term string) (n int) {
		for _, tk := range ts {
			if string(tk.Term) == term {
				n++
			}
		}
		return n
	}
	main := a.Analyze(text)
	tests := []struct {
		field string
		ts    analysis.TokenStream
		term  string
	}{
		{"main", main, "量子"},
		{"main", main, "アイス"},
		{"reading", a.Reading().Analyze(text), "リョウシ"},
		{"bigram", analyzer.Bigram{}.Analyze(text), "アイ"},
	}
	for _, tt := range tests {
		if n := count(tt.ts, tt.term); n != keptOccurrences {
			t.Errorf("%s: %s indexed %d times, want %d", tt.field, tt.term, n, keptOccurrences)
		}
	}
	if last := main[len(main)-1]; string(last.Term) != "最後" {
		t.Errorf("last term %q, want 最後", last.Term)
	}
}

// TestLongNameRunBounded: a run of thousands of name kanji is no name; the
// readings of its combinations would be millions of terms.
func TestLongNameRunBounded(t *testing.T) {
	a := projectAnalyzer(t)
	text := strings.Repeat("佑", 20000)
	if n := len(a.Reading().Analyze([]byte(text))); n > 10000 {
		t.Errorf("%d reading terms for 20,000 name kanji, want at most 10,000", n)
	}
	seen := map[string]int{}
	for _, tk := range a.IndexedTokens(text[:3*5000], true) {
		if seen[tk.Term]++; seen[tk.Term] > keptOccurrences {
			t.Fatalf("IndexedTokens lists %s more than %d times", tk.Term, keptOccurrences)
		}
	}
}

// TestShinglesBounded: random kanji are a shingle run without end, each
// joined term new; a text gives out at most maxShingles of them.
func TestShinglesBounded(t *testing.T) {
	a := projectAnalyzer(t)
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 40000 {
		b.WriteRune(rune(0x4e00 + r.IntN(0x9fa5-0x4e00)))
	}
	distinct := map[string]bool{}
	for _, tk := range a.Analyze([]byte(b.String())) {
		distinct[string(tk.Term)] = true
	}
	// The single kanji (at most 40,000) and the shingles (at most 20,000).
	if n := len(distinct); n > 60000 {
		t.Errorf("%d distinct terms for 40,000 random kanji, want at most 60,000", n)
	}
}

// TestDistinctTermsBounded: a long text of random katakana words is tens
// of thousands of distinct terms in each field; the first 30,000 are
// indexed, and the words met before still at every occurrence.
func TestDistinctTermsBounded(t *testing.T) {
	a := projectAnalyzer(t)
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	b.WriteString("量子コンピュータ。")
	for range 60000 {
		for range 4 {
			b.WriteRune(rune(0x30a2 + r.IntN(0x30f3-0x30a2)))
		}
		b.WriteByte(' ')
	}
	b.WriteString("量子コンピュータ。")
	text := []byte(b.String())
	for _, tt := range []struct {
		field string
		ts    analysis.TokenStream
		early string
	}{
		{"main", a.Analyze(text), "量子"},
		{"reading", a.Reading().Analyze(text), "リョウシ"},
	} {
		distinct, early := map[string]bool{}, 0
		for _, tk := range tt.ts {
			distinct[string(tk.Term)] = true
			if string(tk.Term) == tt.early {
				early++
			}
		}
		if n := len(distinct); n > 30000 || n < 20000 {
			t.Errorf("%s: %d distinct terms for 60,000 random katakana words, want 20,000 to 30,000", tt.field, n)
		}
		if early != 2 {
			t.Errorf("%s: %s indexed %d times, want both", tt.field, tt.early, early)
		}
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

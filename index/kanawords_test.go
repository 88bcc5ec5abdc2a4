package index

import (
	"context"
	"slices"
	"testing"

	"sagasu/analyzer"
)

func TestKanaWords(t *testing.T) {
	ix := mustOpen(t)
	// The readings of words the articles have.
	known := map[string]bool{}
	for _, w := range []string{"にんてんどう", "はんばい", "じどううんてん", "じどう", "うんてん", "れべる", "とよた", "でんき",
		"じどうしゃ", "でんきじどうしゃ", "かぶか", "ありがとう", "ねこ", "りょうさん", "ぜんこたいでんち", "とうきょう", "とうきょうと",
		"ろぼっ", "ろぼっと", "きばんもでる", "きょう", "きょうつう", "てすと", "ちゃっと", "えすえす", "じーぴー",
		"あね", "けっこん", "もの", "してぃ"} { // (ろぼっ: a fragment some article has)
		known[w] = true
	}
	reads := func(s string) bool { return known[s] }
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two words run together", "にんてんどうすいっち", []string{"にんてんどう", "すいっち"}},
		{"the particle between dropped", "すいっちのはんばい", []string{"すいっち", "はんばい"}},
		{"the fewest words", "じどううんてんのれべる", []string{"じどううんてん", "れべる"}},
		{"a compound after a name", "とよたのでんきじどうしゃ", []string{"とよた", "でんきじどうしゃ"}},
		{"fragments beside a particle", "あっぷるのあいふぉん", []string{"あっぷる", "あいふぉん"}},
		{"a compound and a noun", "ぜんこたいでんちのりょうさん", []string{"ぜんこたいでんち", "りょうさん"}},
		{"one word", "じどううんてん", nil},
		{"no word ends with っ", "ろぼっときばんもでる", []string{"ろぼっと", "きばんもでる"}}, // (not ろぼっ|と|きばんもでる)
		{"a particle after the last word", "じどううんてんのれべるの", []string{"じどううんてん", "れべる"}},
		{"a particle after one word", "ぜんこたいでんちの", []string{"ぜんこたいでんち"}},
		{"a question's ending after one word", "じどううんてんとは", []string{"じどううんてん"}},
		{"a word that ends like a particle", "とうきょうと", nil},                                // (東京都, which the articles have)
		{"words whose last kana is also a particle", "きょうつうてすと", []string{"きょうつう", "てすと"}}, // (not きょう|つうてす|と)
		{"one word the articles lack", "かわいい", nil},
		{"letters spelt out", "えすえすでぃー", nil},
		{"letters spelt out after a word", "ちゃっとじーぴーてぃー", []string{"ちゃっと", "じーぴーてぃー"}},
		{"words the dictionary reads", "ありがとうございます", nil},
		{"fragments alone", "ぴかちゅうらいちゅう", nil},
		{"katakana", "ニンテンドウスイッチ", nil},
		{"a word of two kana before の", "あねのけっこん", []string{"あね", "けっこん"}},
		{"two kana before の and a fragment", "もののけひめ", nil},
		{"kanji in it", "任天堂すいっち", nil},
		{"a loanword's kana, a fragment and a word", "でぃめんしてぃ", nil}, // (Dimensity by sound, not でぃめん|してぃ)
	}
	// With no words to read (no suggestion data yet), only fragments
	// beside particles are cut, never before a kana no word starts with
	// (ぜんこたい|で|んちのりょうさん).
	none := func(string) bool { return false }
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"あっぷるのあいふぉん", []string{"あっぷる", "あいふぉん"}},
		{"ぜんこたいでんちのりょうさん", nil},
		{"にんてんどうすいっち", nil},
	} {
		if got := kanaWords(tt.text, ix.an.Tokens, none, nil); !slices.Equal(got, tt.want) {
			t.Errorf("with no readings, kanaWords(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kanaWords(tt.text, ix.an.Tokens, reads, nil); !slices.Equal(got, tt.want) {
				t.Errorf("kanaWords(%q) = %q, want %q", tt.text, got, tt.want)
				for _, tk := range ix.an.Tokens(tt.text) {
					t.Logf("%s %s %s", tk.Surface, tk.POS, tk.Class)
				}
			}
		})
	}
}

// TestLoanwordSyllable: a small vowel after a kana of another vowel is
// spelt only in loanwords; one after a kana of its own vowel draws it out.
func TestLoanwordSyllable(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"でぃ", "でぃめんしてぃ", true},
		{"ふぁ", "ふぁーうぇい", true},
		{"うぃ", "うぃんどうず", true},
		{"しぇ", "しぇあ", true},
		{"ゔ", "ゔぃじょん", true},
		{"katakana", "ディメンシティ", true},
		{"a vowel drawn out", "すごぉい", false},
		{"ねぇ", "ねぇねぇ", false},
		{"small ya, yu, yo", "きょうしゅう", false},
		{"plain kana", "めんしてい", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := loanwordSyllable(tt.text); got != tt.want {
				t.Errorf("loanwordSyllable(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestKanaRunTogetherSearch(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "switch", Title: "任天堂のスイッチ2が発売", Body: "任天堂は新型ゲーム機スイッチ2の販売を始めた。", Published: day("2026-06-05")},
		Article{ID: "nintendo", Title: "任天堂の決算", Body: "任天堂はゲームソフトの売上が伸びた。", Published: day("2026-05-07")},
		Article{ID: "level", Title: "自動運転のレベル4が解禁", Body: "自動運転のレベル4の運行が始まった。", Published: day("2026-04-01")},
		Article{ID: "driving", Title: "自動運転の実証実験", Body: "自動運転バスが市街地を走った。", Published: day("2026-04-02")},
		Article{ID: "toyota-ev", Title: "トヨタの電気自動車", Body: "トヨタは新しい電気自動車を発表した。", Published: day("2026-04-03")},
		Article{ID: "ev", Title: "電気自動車の販売が増加", Body: "電気自動車の販売が伸びた。", Published: day("2026-04-04")},
		Article{ID: "light", Title: "照明のスイッチを販売", Body: "押しやすい照明のスイッチを販売する。", Published: day("2026-04-05")},
		Article{ID: "quantum", Title: "量子コンピュータの新チップ", Body: "量子コンピュータの誤り訂正が進んだ。", Published: day("2026-04-06")},
		Article{ID: "pc", Title: "コンピュータの販売", Body: "家庭用コンピュータが売れた。", Published: day("2026-04-07")},
	)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"にんてんどうすいっち", []string{"switch"}},
		{"すいっちのはんばい", []string{"switch", "light"}},
		{"じどううんてんのれべる", []string{"level"}},
		{"とよたのでんきじどうしゃ", []string{"toyota-ev"}},
		{"じどううんてん", []string{"level", "driving"}},
		{"じどううんてんの", []string{"level", "driving"}}, // (a particle typed after it)
		{"じどううんてんとは", []string{"level", "driving"}},
		{"とよたのでんきじどうしゃの", []string{"toyota-ev"}},
		{"にんてんどうすいっちのはんばい", []string{"switch"}},
		// A loanword typed without its long vowel beside another word.
		{"りょうしこんぴゅた", []string{"quantum"}},
		{"りょうしこんぴゅーた", []string{"quantum"}},
		{"ryoushikonpyuta", []string{"quantum"}},
		// Kana that reads as a word beside another, whose pieces kagome
		// guessed at (にん|てん|どう, どう a question's).
		{"にんてんどう 決算", []string{"nintendo"}},
	} {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if res.Relaxed || !sameSet(ids(res), tt.want) {
				t.Errorf("%s = %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
			}
		})
	}
}

// TestLoanwordKana: kana typed for a loanword finds what the katakana
// finds: the word in Latin letters and inside a longer katakana word.
func TestLoanwordKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "light", Title: "照明のスイッチを後付け", Body: "壁の照明のスイッチに貼るだけで使える。", Published: day("2026-04-01")},
		Article{ID: "latin", Title: "Nintendo Switch 2の販売が好調", Body: "任天堂のゲーム機Nintendo Switch 2の世界販売が伸びた。", Published: day("2026-04-02")},
		Article{ID: "compound", Title: "ニンテンドースイッチ2の抽選販売", Body: "ニンテンドースイッチ2の抽選販売に応募が殺到した。", Published: day("2026-04-03")},
		Article{ID: "kanji", Title: "漢字の書き取り", Body: "漢字の書き取りで一致しない字を直す。", Published: day("2026-04-04")},
	)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"スイッチ", []string{"light", "latin", "compound"}},
		{"すいっち", []string{"light", "latin", "compound"}},
		{"すいっち 販売", []string{"latin", "compound"}},
		{"かんじ", []string{"kanji"}}, // a kanji word reads so: no loanword
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		if res.Relaxed || !sameSet(ids(res), tt.want) {
			t.Errorf("%s = %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
		}
	}
}

// TestKanaStartOfReading: kana typed before conversion that no article
// has as a word finds the words whose reading starts with it (よみうり:
// 読売新聞社, which the dictionary reads whole), and kana that starts no
// reading still finds nothing.
func TestKanaStartOfReading(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "yomiuri", Title: "読売新聞社が提訴", Body: "読売新聞社はAI企業を訴えた。", Published: day("2026-01-02")},
		Article{ID: "paper", Title: "新聞の話", Body: "新聞を読む。", Published: day("2026-01-03")})
	for q, want := range map[string][]string{"よみうり": {"yomiuri"}, "よみうりしんぶん": {"yomiuri"}, "しんぶん": {"paper"}, "あいうえお": nil} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !slices.Equal(got, want) {
			t.Errorf("Search(%s) = %v, want %v", q, got, want)
		}
	}
}

// TestKanaRunRareWords: a piece of a kana run whose reading the index holds
// for a word too rare for the suggestion data is a word of the run, where
// the dictionary had read a particle inside it (ちゅう|が|いせいやく); not a
// piece after a word that starts like a particle (のしろ, 能代, of
// てんくう|の|しろ), and no cut at all of kana some article writes as typed.
func TestKanaRunRareWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "trial", Title: "中外製薬、治験を自宅から", Body: "中外製薬は希少疾患の治験で患者を全国から募る。", Published: day("2026-04-01")},
		Article{ID: "noshiro", Title: "能代の花火大会", Body: "秋田県能代市で花火大会が開かれた。", Published: day("2026-04-02")},
		Article{ID: "director", Title: "ふるいちやすし氏の新作", Body: "映像作家のふるいちやすし氏が新作を撮った。", Published: day("2026-04-03")},
		Article{ID: "furuichi", Title: "古市の商店街", Body: "古市の商店街に新しい店が開いた。", Published: day("2026-04-04")},
	)
	// The suggestion data's words (those of a larger index, without the rare
	// ones: 中外 and 古市 are in one article each).
	known := map[string]bool{}
	for _, w := range []string{"ちゅう", "せいやく", "ちけん", "てんくう", "しろ", "らぴゅた", "やすし"} {
		known[analyzer.ReadingPrefix(w)] = true
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a rare word before a word read", "ちゅうがいせいやく", []string{"ちゅうがい", "せいやく"}},
		{"no rare word that starts like a particle", "てんくうのしろらぴゅた", []string{"てんくう", "しろらぴゅた"}},
		{"kana an article writes as typed", "ふるいちやすし", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tc := &readerCounter{ctx: context.Background(), ix: ix.b}
			defer tc.close()
			c := ix.compiler(tc)
			c.words = func(reading string) []string {
				if known[reading] {
					return []string{reading}
				}
				return nil
			}
			if got := c.kanaRunWords(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("kanaRunWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

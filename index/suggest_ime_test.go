package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// imeStates returns what an IME shows while romaji is typed into it: the
// syllables finished so far in hiragana, then the letters of the one
// being typed (j, じ, じd, じど, じどう, …), after converted text before.
func imeStates(converted, romaji string) []string {
	var out []string
	for _, p := range prefixesOf(romaji) {
		kana, pending, ok := toKana(p)
		if !ok {
			continue
		}
		out = append(out, converted+toHiragana(kana)+pending)
	}
	return out
}

// TestSuggestIMEComposition follows the text an IME shows while a reader
// types romaji, keystroke by keystroke, on the sample articles: kana with
// the letters of an unfinished syllable after it (じどu, ぜんこt, 量子k) must
// keep the word they mean among the first three suggestions.
func TestSuggestIMEComposition(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		converted, romaji string
		want              string
		from              int // the first state that must already work
	}{
		{"", "jidouunten", "自動運転", 2},
		{"", "zenkotaidenchi", "全固体電池", 4},
		{"", "robotakushi-", "ロボタクシー", 4},
		{"", "tesura", "テスラ", 3},
		{"", "ryoushikonpyu-ta", "量子コンピュータ", 8},
		{"", "ryooshikonpyuuta", "量子コンピュータ", 8}, // oo for う and uu for ー in one word
		{"量子", "konpyu-ta", "量子コンピュータ", 1},
		{"耐量子", "angou", "耐量子暗号", 1},
		{"", "seiseiai", "生成AI", 5}, // the letters of AI as the IME shows them: せいせいあい
		{"", "seiseieeai", "生成AI", 5},
		{"H3", "roketto", "H3ロケット", 1}, // H3r: a syllable begun after a number
	}
	for _, tt := range tests {
		t.Run(tt.converted+tt.romaji, func(t *testing.T) {
			for i, s := range imeStates(tt.converted, tt.romaji) {
				if i+1 < tt.from {
					continue
				}
				got, err := ix.Suggest(ctx, s, 3)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.ContainsFunc(got, func(g Suggestion) bool { return g.Text == tt.want }) {
					t.Errorf("Suggest(%q) = %v, want %s in the top 3", s, texts(got), tt.want)
				}
			}
		})
	}
}

// kanaInputStates returns what the box holds while kana is typed with a
// kana keyboard, where a voicing mark is a key of its own after its kana
// (じ, じと, じど, じどう, …).
func kanaInputStates(kana string) []string {
	voiced := []rune("がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ")
	plain := []rune("かきくけこさしすせそたちつてとはひふへほはひふへほ")
	var out []string
	var b strings.Builder
	for _, r := range kana {
		if i := slices.Index(voiced, r); i >= 0 {
			out = append(out, b.String()+string(plain[i]))
		}
		b.WriteRune(r)
		out = append(out, b.String())
	}
	return out
}

// TestSuggestKanaInput follows a reader typing with a kana keyboard: the
// state before a voicing mark (じと of じど) keeps the word meant.
func TestSuggestKanaInput(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ kana, want string }{
		{"じどううんてん", "自動運転"},
		{"ろぼたくしー", "ロボタクシー"},
		{"ぜんこたいでんち", "全固体電池"},
	} {
		for _, s := range kanaInputStates(tt.kana)[2:] {
			got, err := ix.Suggest(ctx, s, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(got, func(g Suggestion) bool { return g.Text == tt.want }) {
				t.Errorf("Suggest(%q) = %v, want %s in the top 3", s, texts(got), tt.want)
			}
		}
	}
}

// TestSuggestLatinTypedInKana: Latin letters typed after converted text
// with the IME still in kana (生成あい) complete the word with them first
// (生成AI), above the words after it that the kana reads as (相次ぎ).
func TestSuggestLatinTypedInKana(t *testing.T) {
	var arts []Article
	for i := range 6 {
		arts = append(arts,
			Article{ID: fmt.Sprintf("ai-%d", i), Title: fmt.Sprintf("生成AIの活用%d", i), Body: "企業が生成AIを業務に使う。", Published: day("2026-05-01")},
			Article{ID: fmt.Sprintf("gen-%d", i), Title: fmt.Sprintf("画像生成の不具合が相次ぎ%d", i), Body: "画像生成の不具合が相次ぎ、利用者が戸惑った。", Published: day("2026-05-02")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"生成あ", "生成あい"} {
		got, err := ix.Suggest(t.Context(), q, 3)
		if err != nil || len(got) == 0 || got[0].Text != "生成AI" {
			t.Errorf("Suggest(%q) = %v, %v; want 生成AI first", q, texts(got), err)
		}
	}
}

// TestSuggestRomajiYoon: romaji typed up to the y of a contracted sound
// (hy, ky) completes the words that start with that sound (ひょう: 評価),
// not every word of its first kana (ひ: 被害, 飛行).
func TestSuggestRomajiYoon(t *testing.T) {
	ix := mustSuggestOver(t, wordArticles(3, "被害", "飛行", "評価", "企業", "教育")...)
	for q, want := range map[string][]string{"hy": {"評価"}, "ky": {"教育"}, "hyo": {"評価"}} {
		if words, got := suggestedWords(t, ix, q); !slices.Equal(words, want) {
			t.Errorf("Suggest(%s) = %v, want the words %v", q, texts(got), want)
		}
	}
}

// TestSuggestPendingD: a d being typed is ダ, デ, ド or ヅ, not ヂ, which
// readings fold to ジ (こうd had offered 工場 and 向上 before 高度).
func TestSuggestPendingD(t *testing.T) {
	var arts []Article
	for i, b := range []string{"工場を建てる。工場の向上。", "工場が動く。", "高度な技術。", "公道を走る。"} {
		arts = append(arts, Article{ID: fmt.Sprintf("d-%d", i), Title: fmt.Sprintf("記事%d", i), Body: b, Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"こうd", "koud"} {
		got, err := ix.Suggest(t.Context(), q, 8)
		if err != nil || len(got) == 0 || slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "工場" || s.Text == "向上" }) {
			t.Errorf("Suggest(%s) = %v, %v; want 高度 and 公道, not 工場", q, texts(got), err)
		}
	}
}

// TestSuggestSmallKanaStartsNoWord: li, la and xa type small kana, which
// start no word: the letters are a Latin word (li: LiDAR), not イ of 市場.
func TestSuggestSmallKanaStartsNoWord(t *testing.T) {
	ix := mustSuggestOver(t, wordArticles(3, "市場", "移行", "安全", "LiDAR", "Lab")...)
	for q, want := range map[string][]string{"li": {"LiDAR"}, "Li": {"LiDAR"}, "la": {"Lab"}, "xa": nil, "i": {"市場", "移行"}} {
		if words, got := suggestedWords(t, ix, q); !sameSet(words, want) {
			t.Errorf("Suggest(%s) = %v, want the words %v", q, texts(got), want)
		}
	}
}

// TestSuggestRomajiWithoutLongVowels: romaji typed as English spells
// Japanese, its long vowels left out, finds the word with any of its o-
// and u-syllables long, as a search does (kosoku: 高速, juden: 充電), after
// the words that read as typed.
func TestSuggestRomajiWithoutLongVowels(t *testing.T) {
	arts := wordArticles(4, "高速", "充電", "宇宙船", "急速")
	arts = append(arts, copiesOf(2, "jd", "記事", "受電について書いた。", "2026-06-01")...)
	ix := mustSuggestOver(t, arts...)
	for q, want := range map[string]string{"kosoku": "高速", "juden": "充電", "uchusen": "宇宙船", "kyusoku": "急速"} {
		if words, got := suggestedWords(t, ix, q); !slices.Contains(words, want) {
			t.Errorf("Suggest(%s) = %v, want %s", q, texts(got), want)
		}
	}
}

// TestSuggestIMEWithoutLongVowels: romaji typed without its long vowels
// into an IME shows kana without them (gokon: ごこん, ごこn), which find
// the word as the romaji does (合コン, 高速), after the words that read as
// typed (受電 before 充電).
func TestSuggestIMEWithoutLongVowels(t *testing.T) {
	arts := wordArticles(4, "高速", "充電", "宇宙船", "急速", "合コン", "五穀")
	arts = append(arts, copiesOf(2, "jd", "記事", "受電について書いた。", "2026-06-01")...)
	ix := mustSuggestOver(t, arts...)
	tests := []struct {
		name, q string
		want    []string // in this order among the words
	}{
		{"a syllable begun", "ごこn", []string{"合コン"}},
		{"whole", "ごこん", []string{"合コン"}},
		{"o long", "こそく", []string{"高速"}},
		{"u long", "きゅそく", []string{"急速"}},
		{"after the word as typed", "じゅでん", []string{"受電", "充電"}},
		{"with a contracted sound", "うちゅせん", []string{"宇宙船"}},
		{"katakana is converted", "コソク", nil},
		{"the words as typed first", "ごこ", []string{"五穀", "合コン"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, got := suggestedWords(t, ix, tt.q)
			var in []string
			for _, w := range words {
				if slices.Contains(tt.want, w) {
					in = append(in, w)
				}
			}
			if !slices.Equal(in, tt.want) {
				t.Errorf("Suggest(%s) = %v, want %v in this order", tt.q, texts(got), tt.want)
			}
		})
	}
}

// wordArticles returns n articles for each of words, each saying it.
func wordArticles(n int, words ...string) []Article {
	var arts []Article
	for i, w := range words {
		arts = append(arts, copiesOf(n, fmt.Sprintf("w%d", i), "記事", w+"について書いた。", "2026-06-01")...)
	}
	return arts
}

// suggestedWords returns the words (not titles, tags or categories)
// Suggest offers for q.
func suggestedWords(tb testing.TB, ix *Index, q string) ([]string, []Suggestion) {
	tb.Helper()
	got, err := ix.Suggest(context.Background(), q, 8)
	if err != nil {
		tb.Fatal(err)
	}
	var words []string
	for _, s := range got {
		if s.Kind == kindTerm {
			words = append(words, s.Text)
		}
	}
	return words, got
}

// TestSuggestWoLong: wo typed into an IME is を, so a loanword with ウォー
// (ウォークマン, ウォーター) typed as wo-… shows as をー…, which no word
// writes: read as ウォー, it completes the loanword. を alone stays the
// particle, and ヲタク keeps its own を.
func TestSuggestWoLong(t *testing.T) {
	ix := mustSuggestOver(t, wordArticles(3, "ウォークマン", "ウォーター", "ヲタク", "大阪")...)
	tests := []struct {
		name, q string
		want    string // "" for no word at all
	}{
		{"long mark", "をー", "ウォークマン"},
		{"long mark and kana", "をーく", "ウォークマン"},
		{"long mark and a syllable begun", "をーくm", "ウォークマン"},
		{"whole", "をーくまん", "ウォークマン"},
		{"another word", "をーた", "ウォーター"},
		{"katakana", "ヲーク", "ウォークマン"},
		{"を and kana", "をた", "ヲタク"},
		{"after a word", "ソニー をーく", "ウォークマン"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if words, got := suggestedWords(t, ix, tt.q); !slices.Contains(words, tt.want) {
				t.Errorf("Suggest(%s) = %v, want %s", tt.q, texts(got), tt.want)
			}
		})
	}
}

package index

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// How suggestions are counted and ordered: compounds by the articles
// that write them, rare Latin words in the order of their counts.

func indexOf(got []Suggestion, text string) int {
	return slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == text && s.Kind == kindTerm })
}

// TestSuggestCompoundCountsBodies: a compound titles join from words the
// index holds apart (携帯|電話) counts the articles whose bodies write it,
// so it ranks above a longer compound of a few titles; a compound of one
// title and no body (日本代表快勝) is no word to offer.
func TestSuggestCompoundCountsBodies(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("op-%d", i), Title: fmt.Sprintf("携帯電話事業者の決算 %d", i),
			Body: "各社の決算が出そろった。", Published: day("2026-06-01")})
	}
	for i := range 12 {
		arts = append(arts, Article{ID: fmt.Sprintf("ph-%d", i), Title: fmt.Sprintf("新しい端末 %d", i),
			Body: "この携帯電話は軽い。日本代表の試合も見られる。", Published: day("2026-05-01")})
	}
	arts = append(arts, Article{ID: "win", Title: "日本代表快勝の夜", Body: "試合は三対零で終わった。", Published: day("2026-06-02")})
	mustSuggestFrom(t, ix, arts...)

	got, _ := ix.Suggest(t.Context(), "けいたいでんわ", 8)
	whole, longer := indexOf(got, "携帯電話"), indexOf(got, "携帯電話事業者")
	if whole < 0 || longer >= 0 && longer < whole || got[whole].Count < 12 {
		t.Errorf("けいたいでんわ → %v; want 携帯電話 (in 12 bodies) first", texts(got))
	}
	for _, q := range []string{"日本代表", "にほんだいひょう"} {
		got, _ := ix.Suggest(t.Context(), q, 8)
		if indexOf(got, "日本代表快勝") >= 0 {
			t.Errorf("%s → %v; want no 日本代表快勝 (one title)", q, texts(got))
		}
	}
}

// TestSuggestRareLatinInCountOrder: Latin words few articles have, each
// outnumbered by the words their romaji reads as, come in the order of
// their counts (inserting each above the one before had listed them
// rarest first).
func TestSuggestRareLatinInCountOrder(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 60 {
		arts = append(arts, Article{ID: fmt.Sprintf("y-%d", i), Title: fmt.Sprintf("お知らせ %d", i),
			Body: "来週の予定を決めた。", Published: day("2026-06-01")})
	}
	for i, w := range map[string]int{"yolo": 5, "yomuca": 3, "yoshiki": 4} {
		for j := range w {
			arts = append(arts, Article{ID: fmt.Sprintf("l-%s-%d", i, j), Title: fmt.Sprintf("寄稿 %d", j),
				Body: "筆者は " + i + " です。", Published: day("2026-06-01")})
		}
	}
	mustSuggestFrom(t, ix, arts...)
	got, _ := ix.Suggest(t.Context(), "yo", 8)
	a, b, c := indexOf(got, "yolo"), indexOf(got, "yoshiki"), indexOf(got, "yomuca")
	if indexOf(got, "予定") != 0 || a < 0 || b < a || c < b {
		t.Errorf("yo → %v; want 予定, then yolo, yoshiki, yomuca in that order", texts(got))
	}
}

// TestSuggestNoSmallKanaStart: x and l, which an IME types small kana
// with, start no word in kana (xa is ぁ, folded to ア in readings).
func TestSuggestNoSmallKanaStart(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 10 {
		arts = append(arts, Article{ID: fmt.Sprintf("a-%d", i), Title: fmt.Sprintf("アプリ %d", i),
			Body: "新しいアプリと話題の映画。", Published: day("2026-06-01")})
	}
	for i := range 2 {
		arts = append(arts, Article{ID: fmt.Sprintf("x-%d", i), Title: fmt.Sprintf("端末 %d", i),
			Body: "Xperiaの新機種。", Published: day("2026-06-01")})
	}
	mustSuggestFrom(t, ix, arts...)
	for _, q := range []string{"x", "l", "xw"} {
		got, _ := ix.Suggest(t.Context(), q, 8)
		for _, w := range []string{"アプリ", "話題", "映画"} {
			if indexOf(got, w) >= 0 {
				t.Errorf("%s → %v; want no %s", q, texts(got), w)
			}
		}
	}
	if got, _ := ix.Suggest(t.Context(), "x", 8); indexOf(got, "Xperia") != 0 {
		t.Errorf("x → %v; want Xperia first", texts(got))
	}
}

// TestSuggestCompoundsWithKanjiPieces: a noun of one kanji that is no
// word alone (地, the suffix 賞) makes compounds with the words beside it
// (地デジ, アカデミー賞), as a name does with its number (AKB48), offered
// by their readings long vowels and all;
// no compound starts at a suffix (県菊陽), and one only ever the start of
// a longer one (東京スカイ of 東京スカイツリー) is not offered.
func TestSuggestCompoundsWithKanjiPieces(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 3 {
		arts = append(arts,
			Article{ID: fmt.Sprintf("tv-%d", i), Title: fmt.Sprintf("地デジ対応の新製品 %d", i), Body: "地デジの録画ができる。", Published: day("2026-06-01")},
			Article{ID: fmt.Sprintf("oscar-%d", i), Title: fmt.Sprintf("アカデミー賞の候補 %d", i), Body: "アカデミー賞の発表が近い。", Published: day("2026-06-01")},
			Article{ID: fmt.Sprintf("plant-%d", i), Title: fmt.Sprintf("熊本県菊陽町に新工場 %d", i), Body: "熊本県菊陽町で工場が稼働した。", Published: day("2026-06-01")},
			Article{ID: fmt.Sprintf("tower-%d", i), Title: fmt.Sprintf("東京スカイツリーの夜景 %d", i), Body: "東京スカイツリーに上った。", Published: day("2026-06-01")},
			Article{ID: fmt.Sprintf("more-%d", i), Title: fmt.Sprintf("録画の話 %d", i), Body: "地デジの録画。熊本県の工場。", Published: day("2026-06-01")},
			Article{ID: fmt.Sprintf("akb-%d", i), Title: fmt.Sprintf("AKB48の新曲 %d", i), Body: "AKB48が新曲を出す。", Published: day("2026-06-01")},
		)
	}
	mustSuggestFrom(t, ix, arts...)
	for _, tt := range []struct{ q, want string }{
		{"地デ", "地デジ"}, {"ちでじ", "地デジ"}, {"chidej", "地デジ"},
		{"アカデミー賞", "アカデミー賞"}, {"あかでみーしょう", "アカデミー賞"}, {"あかでみしょう", "アカデミー賞"},
		{"くまもとけん", "熊本県"}, {"とうきょうすか", "東京スカイツリー"},
		{"akb4", "AKB48"}, {"ＡＫＢ", "AKB48"},
	} {
		if got, _ := ix.Suggest(t.Context(), tt.q, 8); indexOf(got, tt.want) < 0 {
			t.Errorf("%s → %v; want %s", tt.q, texts(got), tt.want)
		}
	}
	for _, tt := range []struct{ q, unwanted string }{{"け", "県菊陽"}, {"けん", "県菊陽町"}, {"東京", "東京スカイ"}} {
		if got, _ := ix.Suggest(t.Context(), tt.q, 8); indexOf(got, tt.unwanted) >= 0 {
			t.Errorf("%s → %v; want no %s", tt.q, texts(got), tt.unwanted)
		}
	}
}

// TestSuggestKanaForSomeKanji: a word written with some of its kanji in
// kana (子ども beside 子供) is one suggestion, as the commoner spelling.
func TestSuggestKanaForSomeKanji(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("k-%d", i), Title: fmt.Sprintf("子供の教育 %d", i), Body: "子供の将来を考える。", Published: day("2026-06-01")})
	}
	for i := range 2 {
		arts = append(arts, Article{ID: fmt.Sprintf("h-%d", i), Title: fmt.Sprintf("子どもの遊び %d", i), Body: "子どもが遊ぶ。", Published: day("2026-06-01")})
	}
	mustSuggestFrom(t, ix, arts...)
	got, _ := ix.Suggest(t.Context(), "こども", 8)
	if indexOf(got, "子供") < 0 || indexOf(got, "子ども") >= 0 {
		t.Errorf("こども → %v; want 子供 once, not 子ども beside it", texts(got))
	}
	b := newSugBuilder(ix)
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"打ち上げ", "打上げ", true}, {"子ども", "子供", true}, {"友だち", "友達", true}, {"石けん", "石鹸", true},
		{"科学", "化学", false}, {"ひとり", "一人", false}, {"泉", "和泉", false}, {"ご用", "誤用", false},
		{"淳", "淳史", false}, {"ひろ美", "裕美", false}, {"日にち", "日々", false},
	} {
		if got := sameKanji(tt.a, tt.b) || b.kanaForKanji(tt.a, tt.b); got != tt.want {
			t.Errorf("%s and %s one word: %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSuggestKanjiPartOnly: a kanji word the articles only have inside a
// user-dictionary name (正義 of 孫正義) is no suggestion of its own; the
// name is.
func TestSuggestKanjiPartOnly(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("s-%d", i), Title: fmt.Sprintf("ソフトバンクの決算 %d", i),
			Body: "孫正義会長は投資の成果を語った。", Published: day("2026-06-01")})
	}
	mustSuggestFrom(t, ix, arts...)
	for _, q := range []string{"まさよし", "せいぎ", "正"} {
		if got, _ := ix.Suggest(t.Context(), q, 8); indexOf(got, "正義") >= 0 {
			t.Errorf("%s → %v; want no 正義 (only inside 孫正義)", q, texts(got))
		}
	}
	if got, _ := ix.Suggest(t.Context(), "そんまさ", 8); indexOf(got, "孫正義") < 0 {
		t.Errorf("そんまさ → %v; want 孫正義", texts(got))
	}
}

// TestSuffixStart: a joined run starts at a suffix when its first word is
// a single kanji the titles have mostly as a suffix, not when the kanji
// only begins a longer first word (長 of 長友|佑|都) or names a country
// beside another (日 of 日|米).
func TestSuffixStart(t *testing.T) {
	b := newSugBuilder(mustOpen(t))
	b.suffix["県"], b.suffix["長"], b.suffix["日"] = 5, 5, 5
	for term, want := range map[string]bool{"県菊陽町": true, "長友佑都": false, "菊陽町": false, "日放送": true, "日米": false, "日中": false} {
		if got := b.suffixStart(term); got != want {
			t.Errorf("suffixStart(%s) = %v, want %v", term, got, want)
		}
	}
}

// TestSuggestCompoundBudget: a build counts the compounds of the most
// titles first, at least one however short its budget; those past the
// budget keep their titles' count, and are counted by the builds that
// follow, without a write to start them.
func TestSuggestCompoundBudget(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("t-%d", i), Title: fmt.Sprintf("携帯電話の新機種 %d", i), Body: "新機種が出た。", Published: day("2026-06-01")})
	}
	for i := range 2 {
		arts = append(arts, Article{ID: fmt.Sprintf("s-%d", i), Title: fmt.Sprintf("宇宙旅行の予約 %d", i), Body: "予約が始まった。", Published: day("2026-06-01")})
	}
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("b-%d", i), Title: fmt.Sprintf("端末 %d", i), Body: "携帯電話を買った。", Published: day("2026-05-01")})
	}
	for i := range 5 {
		arts = append(arts, Article{ID: fmt.Sprintf("u-%d", i), Title: fmt.Sprintf("夢 %d", i), Body: "いつか宇宙旅行に行きたい。", Published: day("2026-05-01")})
	}
	ix.sug.compoundWork.Store(1)
	mustSuggestFrom(t, ix, arts...)
	count := func(typed, word string) int {
		got, _ := ix.Suggest(t.Context(), typed, 8)
		if i := indexOf(got, word); i >= 0 {
			return got[i].Count
		}
		return 0
	}
	if n := count("けいたいでんわ", "携帯電話"); n != 6 {
		t.Errorf("the compound of the most titles: 携帯電話 counted %d, want the 6 bodies", n)
	}
	deadline := time.Now().Add(30 * time.Second)
	for count("うちゅうりょこう", "宇宙旅行") != 5 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if n := count("うちゅうりょこう", "宇宙旅行"); n != 5 {
		t.Errorf("past the budget, after the builds that follow: 宇宙旅行 counted %d, want the 5 bodies", n)
	}
}

// TestSuggestSingleKanjiAfterWords: a single kanji that the articles
// write mostly as a suffix (性 of 安全性) comes after the words that start
// with its reading (せい: 政府, 生産), though more articles have it.
func TestSuggestSingleKanjiAfterWords(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 30 {
		arts = append(arts, Article{ID: fmt.Sprintf("s-%d", i), Title: fmt.Sprintf("電池の安全性を検証 %d", i),
			Body: "電池の安全性と信頼性、耐久性を調べた。", Published: day("2026-06-01")})
	}
	for i := range 5 {
		arts = append(arts, Article{ID: fmt.Sprintf("g-%d", i), Title: fmt.Sprintf("電池の話題 %d", i),
			Body: "政府は電池の生産を支援する。", Published: day("2026-06-02")})
	}
	mustSuggestFrom(t, ix, arts...)
	got, _ := ix.Suggest(t.Context(), "せい", 8)
	at := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "性" })
	for _, w := range []string{"政府", "生産"} {
		if i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == w }); i < 0 || at >= 0 && at < i {
			t.Errorf("せい → %v, want %s, and before 性", texts(got), w)
		}
	}
}

package index

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"unicode/utf8"
)

// The words and compounds taken from titles: words kagome splits
// joined whole, compounds by their readings, pieces of kanji left out,
// and any title built without a panic.

// TestSuggestJoinedWords: words kagome splits into single characters
// (独|女, 本田|圭|佑) are suggested whole, by reading too, but not their
// fragments; kana typed right after converted text completes in its
// context; fragments of longer words are no suggestions.
func TestSuggestJoinedWords(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i, body := range []string{
		"独女の婚活事情。本田圭佑選手のファンが多い。",
		"独女が語る婚活。本田圭佑が得点した。",
		"婚活に悩む独女。本田圭佑の移籍。",
		"量子コンピュータの研究。コミュニケーションズの新サービス。",
		"量子コンピュータの実用化。",
		"ログインに「パスキー」を使う。",
		"パスキーは便利だ。パスキーが広がる。",
		"パスキーの設定。",
		"サポートセンターに電話した。",
		"センターの窓口が混む。",
		"1兆円規模の投資。", "5000億円規模の計画。", "100億円規模の買収。",
		"再生可能エネルギーの導入。", "再生可能エネルギーが増える。", "再生可能エネルギーの比率。",
		"宇宙ステーションの補給。", "宇宙ステーションに滞在。", "宇宙ステーションの実験。",
		"全長約120mの船。", "全長約32mの機体。", "全長約6mの車。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("j%d", i), Title: "記事" + fmt.Sprint(i), Body: body, Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	has := func(q, want string) bool {
		got, err := ix.Suggest(ctx, q, 8)
		return err == nil && slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == want })
	}
	for _, tt := range []struct{ q, want string }{
		{"独女", "独女"},
		{"婚", "婚活"},
		{"ほんだけいすけ", "本田圭佑"},
		{"本田圭", "本田圭佑"},
		{"量子こ", "量子コンピュータ"},
		{"ぱすき", "パスキー"},     // joined from パ|スキー, the ー the term lost shown
		{"せんた", "センター"},     // known with and without the ー, shown as written
		{"再生", "再生可能エネルギー"}, // a user-dictionary compound that ends in a long vowel
		{"宇宙す", "宇宙ステーション"},
	} {
		if !has(tt.q, tt.want) {
			got, _ := ix.Suggest(ctx, tt.q, 8)
			t.Errorf("Suggest(%q) = %v, want %s among them", tt.q, texts(got), tt.want)
		}
	}
	for _, tt := range []struct{ q, unwanted string }{
		{"本田圭", "本田圭"},
		{"ー", "ーションズ"},
		{"ぱすき", "パスキ"},
		{"せんた", "センタ"},
		{"再生", "再生可能エネルギ"},
		{"えん", "円規模"},   // a counter joined to the word after it
		{"ぜんちょ", "全長約"}, // a word joined to the prefix of a number
	} {
		if has(tt.q, tt.unwanted) {
			got, _ := ix.Suggest(ctx, tt.q, 8)
			t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
		}
	}
}

// TestSuggestCountsArticles: a word repeated in one title counts once,
// and the repetition is no compound.
func TestSuggestCountsArticles(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	mustPut(t, ix, Article{ID: "hoge", Title: "ホゲ・ホゲ・ホゲ・ホゲ", Body: "テスト。", Published: day("2026-06-01")})
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := ix.Suggest(ctx, "ほげ", 8)
	for _, s := range got {
		if s.Count != 1 || s.Kind == kindTerm && s.Text != "ホゲ" {
			t.Errorf("ほげ → %+v, want ホゲ once, counted once", s)
		}
	}
}

// TestSuggestLongVowelInsideTag: a tag whose katakana word has a long
// vowel before another word (能動的サイバー防御) is offered while its
// reading is typed past that word (のうどうてきさいばーぼ had offered no
// word: the tag was keyed サイバボウギョ).
func TestSuggestLongVowelInsideTag(t *testing.T) {
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("n%d", i), Title: fmt.Sprintf("能動的サイバー防御法が成立%d", i), Body: "能動的サイバー防御を導入する。", Tags: []string{"能動的サイバー防御"}, Published: day("2026-03-01")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"のうどうてきさいばー", "のうどうてきさいばーぼ", "のうどうてきさいばーぼうぎょ"} {
		got, err := ix.Suggest(context.Background(), q, 5)
		if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "能動的サイバー防御" }) {
			t.Errorf("Suggest(%q) = %v, %v; want the tag 能動的サイバー防御", q, texts(got), err)
		}
	}
}

// TestSuggestTitlesNFKCExpands: a title with a character NFKC expands into
// several words (㍿ is 株式会社, two tokens over one character) builds.
func TestSuggestTitlesNFKCExpands(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "kk", Title: "㍿東京の新工場", Body: "㍿の新しい工場。", Published: day("2026-05-01")},
		Article{ID: "kk2", Title: "㍿ス網　㍻の記録", Body: "本文。", Published: day("2026-05-02")},
	)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, err := ix.Suggest(context.Background(), "かぶしき", 5); err != nil || len(got) == 0 {
		t.Errorf("Suggest(かぶしき) = %v, %v; want 株式会社 or the title", texts(got), err)
	}
}

// FuzzSuggestTitle: any title goes through the suggestion build's title
// pass (its words, compounds, verb forms and keys) without a panic.
// go test ./index -run XXX -fuzz FuzzSuggestTitle -fuzztime 60s
func FuzzSuggestTitle(f *testing.F) {
	for _, s := range []string{"㍿東京の新工場", "㍿ス網　㍻の記録", "ロケットの打ち上げ成功", "トム・クルーズが来日", "ﾃｽﾗの新型", "ﷺ", "ｶﾞｶﾞｶﾞ", "量産\u3000自動運転", "🚀打ち上げ", "書け", "\u3099\u309a", "A\u0301"} {
		f.Add(s)
	}
	ix := mustOpen(f)
	f.Fuzz(func(t *testing.T, title string) {
		if !utf8.ValidString(title) || len(title) > 1000 {
			return
		}
		b := newSugBuilder(ix)
		b.title("x", title, 1)
	})
}

// TestSuggestSpellingsAndReadings: a compound of titles is found by the
// dictionary's other reading of its words (日本代表 by にほんだい as well as
// にっぽんだい), and a word shows the spelling most articles use, whether
// titles or bodies have it (店舗, in one title and many bodies, is not
// shown as テンポ, in a few bodies).
func TestSuggestSpellingsAndReadings(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("jp-%d", i), Title: fmt.Sprintf("日本代表、第%d戦に勝利", i+1), Body: "サッカーの試合。", Published: day("2026-06-01")})
	}
	arts = append(arts, Article{ID: "shop-t", Title: "店舗の改装", Body: "店舗を改装した。", Published: day("2026-06-02")})
	for i := range 8 {
		arts = append(arts, Article{ID: fmt.Sprintf("shop-%d", i), Title: fmt.Sprintf("小売の記事%d", i), Body: "駅前の店舗が増えた。", Published: day("2026-05-01")})
	}
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("tempo-%d", i), Title: fmt.Sprintf("音楽の記事%d", i), Body: "曲のテンポが速い。", Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"にほんだい", "日本代表"},
		{"にっぽんだい", "日本代表"},
		{"店舗", "店舗"},
		{"てんぽ", "店舗"},
	} {
		got, err := ix.Suggest(ctx, tt.q, 8)
		if err != nil || len(got) == 0 || !slices.ContainsFunc(got[:min(3, len(got))], func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%q) = %v, %v; want %s in the top 3", tt.q, texts(got), err, tt.want)
		}
	}
}

// TestSuggestNoKanjiPieces: a single kanji that titles have only as a
// suffix (員 of 会社員) or a piece of joined words (独 of 独女) is no
// suggestion, however many articles have it so.
func TestSuggestNoKanjiPieces(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("d-%d", i), Title: fmt.Sprintf("会社員の独女が語る%d", i), Body: "独女の会社員が語る。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, unwanted string }{{"いん", "員"}, {"doku", "独"}, {"どく", "独"}} {
		got, err := ix.Suggest(ctx, tt.q, 8)
		if err != nil || slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.unwanted }) {
			t.Errorf("Suggest(%q) = %v, %v; want no %s", tt.q, texts(got), err, tt.unwanted)
		}
	}
	if got, _ := ix.Suggest(ctx, "どくじょ", 8); !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "独女" }) {
		t.Errorf("Suggest(どくじょ) = %v, want 独女", texts(got))
	}
}

func TestWithIterationMark(t *testing.T) {
	for in, want := range map[string]string{"時時": "時々", "人人": "人々", "日本": "日本", "ママ": "ママ", "様様な": "様々な"} {
		if got := withIterationMark(in); got != want {
			t.Errorf("withIterationMark(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSuggestCompoundsOfOlderTitles: the titles older than the newest
// (suggestTitles; three here) give their compounds, and nothing else: a
// compound two old titles write (転職活動) is offered, typed converted or
// by reading, but not one of a single old title (格安航空), an old title
// is no suggestion and its words do not count as a title's.
func TestSuggestCompoundsOfOlderTitles(t *testing.T) {
	ix := mustOpen(t)
	ix.sug.newestTitles = 3
	mustPut(t, ix,
		Article{ID: "o1", Title: "転職活動の始め方", Body: "転職活動は準備が大切。", Published: day("2020-01-01")},
		Article{ID: "o2", Title: "転職活動で失敗しない", Body: "転職活動の面接。", Published: day("2020-01-02")},
		Article{ID: "o3", Title: "既婚女性の本音", Body: "既婚女性に聞いた。", Published: day("2020-01-03")},
		Article{ID: "o4", Title: "既婚女性が語る", Body: "話を聞いた。", Published: day("2020-01-04")},
		Article{ID: "o5", Title: "格安航空の旅", Body: "格安航空で行く。", Published: day("2020-01-05")},
		Article{ID: "n1", Title: "新しい料金プラン", Body: "料金が下がる。", Published: day("2026-05-01")},
		Article{ID: "n2", Title: "料金の比較", Body: "料金を比べる。", Published: day("2026-05-02")},
		Article{ID: "n3", Title: "スマホの料金", Body: "既婚女性の料金。", Published: day("2026-05-03")},
	)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, typed, want string }{
		{"converted", "転職活", "転職活動"},
		{"by reading", "てんしょくかつ", "転職活動"},
		{"two older titles", "既婚女", "既婚女性"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := wantOffered(t, ix, tt.typed, tt.want)
			if slices.ContainsFunc(got, func(s Suggestion) bool { return s.Kind == kindTitle }) {
				t.Errorf("Suggest(%q) = %v, want no older title", tt.typed, texts(got))
			}
		})
	}
	if got, _ := ix.Suggest(t.Context(), "格安航", 8); slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "格安航空" }) {
		t.Errorf("Suggest(格安航) = %v, want no compound of one older title", texts(got))
	}
	got, err := ix.Suggest(t.Context(), "りょうきん", 8)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Kind == kindTitle && s.Text == "新しい料金プラン" }) {
		t.Errorf("Suggest(りょうきん) = %v, want the newest titles", texts(got))
	}
}

// TestSuggestCompoundsOfJoinedPieces: a run of single kanji the index
// joins (一|眼 of デジタル一眼レフ) and a katakana adverb (ニコニコ) are words
// of a title's compounds: 一眼レフ and ニコニコ動画 are offered, typed
// converted or by reading, where the run had ended at them (一眼 alone, or
// the fragment 眼レフ).
func TestSuggestCompoundsOfJoinedPieces(t *testing.T) {
	ix := mustSuggestOver(t,
		Article{ID: "c1", Title: "デジタル一眼レフの選び方", Body: "初めてのデジタル一眼レフ。", Published: day("2026-05-01")},
		Article{ID: "c2", Title: "新型デジタル一眼レフを発表", Body: "一眼レフの新型が出た。", Published: day("2026-05-02")},
		Article{ID: "c3", Title: "ニコニコ動画で生中継", Body: "ニコニコ動画の配信。", Published: day("2026-05-03")},
		Article{ID: "c4", Title: "ニコニコ動画の新機能", Body: "動画を見る。", Published: day("2026-05-04")},
	)
	for _, tt := range []struct{ name, typed, want string }{
		{"converted", "一眼レ", "一眼レフ"},
		{"by the dictionary's reading", "いちがんれ", "一眼レフ"},
		{"with the word before", "デジタル一", "デジタル一眼レフ"},
		{"an adverb in katakana", "ニコニコ動", "ニコニコ動画"},
		{"an adverb by reading", "にこにこど", "ニコニコ動画"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantOffered(t, ix, tt.typed, tt.want) })
	}
	for _, tt := range []struct{ name, typed, unwanted string }{
		{"no piece of the joined run", "眼レ", "眼レフ"},
		{"no adverb alone as a compound", "ニコニコ", "ニコニコ動画で"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantNotOffered(t, ix, tt.typed, tt.unwanted) })
	}
}

// wantNotOffered checks that the first eight suggestions for typed do
// not offer the word unwanted.
func wantNotOffered(t *testing.T, ix *Index, typed, unwanted string) {
	t.Helper()
	got, err := ix.Suggest(t.Context(), typed, 8)
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == unwanted && s.Kind == kindTerm }) {
		t.Errorf("Suggest(%q) = %v, want no %s", typed, texts(got), unwanted)
	}
}

// wantOffered checks that the first eight suggestions for typed offer
// the word want, and returns them.
func wantOffered(t *testing.T, ix *Index, typed, want string) []Suggestion {
	t.Helper()
	got, err := ix.Suggest(t.Context(), typed, 8)
	if err != nil {
		t.Fatal(err)
	}
	if !offersTerm(got, want) {
		t.Errorf("Suggest(%q) = %v, want the word %s", typed, texts(got), want)
	}
	return got
}

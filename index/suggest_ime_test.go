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

// TestSuggestWordsReadersType covers words the suggester used to miss or
// bury, or offered to no use: a noun of one kanji by its whole reading
// (not by every kana typed, nor by an unfinished syllable), a name
// romanised without its long vowels (tokyo), English words of grammar and
// boilerplate, a counter joined to the next word,
// a word by each of its dictionary readings, a loanword typed without its
// long vowel, an unfinished consonant that only doubles itself (hor is no
// ホッカイドウ), and a last word completed after another by what the
// articles have beside it, ahead of titles, with the other word spelt as
// the articles spell it.
func TestSuggestWordsReadersType(t *testing.T) {
	ix := mustOpen(t)
	bodies := []string{
		"嵐の新曲が話題。日本のファンが集まった。",
		"嵐のコンサート。日本各地で開催。",
		"嵐が出演するドラマ。",
		"北海道でホラー映画の撮影。北海道の夏。",
		"ホラーの名作を紹介する。",
		"ホラー好きの集い。北海道からも参加。",
		"量子の暗号の実証に成功。量子の研究。",
		"量子を使う暗号通信の実験。量子ビットを使う。",
		"暗号の標準化が進む。量子の時代。",
		"量子の世界と安全の話。",
		"安全な運転のために。", "安全対策を強化。", "安全性を確認。", "安全第一の工場。",
		"案内所の窓口。", "案内板を新設。", "観光案内の拠点。", "案内を配布。", "案内係を募集。",
		"NVIDIAのGPUが品薄。", "NVIDIA製GPUを搭載。", "GPUの需要が伸びる。",
		"iPhoneの新型を発表。", "iPhoneケースが人気。", "iPhoneを買い替えた。",
		"東京で会議。All rights reserved.", "東京の天気。All rights reserved.", "東京に本社。All rights reserved.",
		"5日放送の番組。", "6日放送の特集。", "7日放送の回。",
		"日米の首脳が会談。", "日米関係の行方。", "日米で協力。",
		"タイの工場が再開。", "タイで工場を増設。", "対抗策を練る。", "対抗馬が出た。", "対抗する。",
		"時は金なり。", "時を告げる。", "時が来た。",
		"生成AIの活用。独女の本音。", "生成AIで効率化。独女の悩み。", "生成AIの規制。独女が語る。",
		"ロボットの話。", "ロボット掃除機。",
		"トヨタとホンダが提携。", "トヨタの決算。", "トヨタが新車を発表。",
		"半導体の工場。", "半導体不足が続く。", "半導体の需要。",
	}
	var arts []Article
	for i, b := range bodies {
		arts = append(arts, Article{ID: fmt.Sprintf("w%d", i), Title: fmt.Sprintf("記事%d", i), Body: b, Published: day("2026-05-01")})
	}
	arts = append(arts, Article{ID: "t1", Title: "量子の暗号が変える安全保障", Body: "量子による暗号の解説。", Published: day("2026-05-02")},
		Article{ID: "t2", Title: "電池を量産\u3000自動運転の新型車に", Body: "電池の量産。", Published: day("2026-05-03")},
		Article{ID: "t3", Title: "新しいスマートフォンとディストリビューション", Body: "スマートフォン向けのディストリビューション。", Published: day("2026-05-04")},
		Article{ID: "t4", Title: "スマートフォンの出荷", Body: "スマートフォンが伸びた。ディストリビューションも。", Published: day("2026-05-05")},
		Article{ID: "t5", Title: "Linuxディストリビューションの新版", Body: "スマートフォンでも動く。", Published: day("2026-05-06")},
		Article{ID: "t6", Title: "ロケットの打ち上げ成功", Body: "打上げは予定通り。", Published: day("2026-05-07")},
		Article{ID: "t7", Title: "打ち上げを延期", Body: "打上げの延期。", Published: day("2026-05-08")},
		Article{ID: "t8", Title: "衛星を打ち上げた", Body: "アカウントの乗っ取りに注意。", Published: day("2026-05-09")})
	mustPut(t, ix, arts...)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	suggest := func(q string) []Suggestion {
		got, err := ix.Suggest(ctx, q, 8)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	has := func(got []Suggestion, want string) bool {
		return slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == want })
	}
	for _, tt := range []struct{ q, want string }{
		{"あらし", "嵐"},
		{"嵐", "嵐"},
		{"arashi", "嵐"},
		{"にほん", "日本"},  // the dictionary's other reading
		{"にっぽん", "日本"}, // the one kagome gives
		{"あいふぉん", "iPhone"},
		{"hor", "ホラー"},
		{"とき", "時"},
		{"tokyo", "東京"}, // as English writes トウキョウ
		{"toky", "東京"},
		{"robot", "ロボット"},
		{"せいせいa", "生成AI"}, // kana, then Latin letters typed as such
		{"生成あ", "生成AI"},   // converted, then Latin letters typed in kana
		{"生成あい", "生成AI"},
		{"どくじょ", "独女"}, // its characters' readings put together
		{"はんどう", "半導体"},
		{"半導", "半導体"},
		{"半導たい", "半導体"}, // 導 alone reads しるべ
		{"半導t", "半導体"},
		{"すま", "スマートフォン"},
		{"すまあ", "スマートフォン"}, // a long vowel typed doubled, as the IME shows it
		{"すまあt", "スマートフォン"},
		{"うちあげ", "打ち上げ"}, // the verb's form used as a noun
		{"uchiage", "打ち上げ"},
		{"でぃす", "ディストリビューション"},
		{"日米", "日米"}, // countries, not a counter
		{"にちべい", "日米"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if got := suggest(tt.q); !has(got, tt.want) {
				t.Errorf("Suggest(%q) = %v, want %s among them", tt.q, texts(got), tt.want)
			}
		})
	}
	for _, tt := range []struct{ q, unwanted string }{
		{"あら", "嵐"}, // one kanji: its whole reading, not every prefix
		{"hor", "北海道"},
		{"toky", "時"},     // トキ, but the キ is unfinished
		{"ri", "right"},   // of All rights reserved
		{"日放", "日放送"},     // a counter joined to the word after it
		{"量産", "量産 自動運転"}, // words apart in a title
		{"量産", "量産自動運転"},
		{"タイ こ", "対抗"},          // タイ as written, not read タイ
		{"トヨタ と", "トヨタ トヨタ"},    // the word typed before
		{"トヨタ と", "トヨタ トヨタ自動車"}, // and a word that starts with it
		{"ふぉ", "フォン"},           // a part of スマートフォン
		{"とり", "トリビューション"},      // a piece of ディス|トリビューション
		{"うちあげ", "打上げ"},         // one word with 打ち上げ
		{"うちあげ", "打ち上げた"},
	} {
		t.Run(tt.q+" without "+tt.unwanted, func(t *testing.T) {
			if got := suggest(tt.q); has(got, tt.unwanted) {
				t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
			}
		})
	}
	// 案内 and 安全 are in more articles than 暗号, but 暗号 is the word
	// beside 量子; the title that starts 量子暗号 comes after the words.
	got := suggest("量子 あん")
	if len(got) < 2 || got[0].Text != "量子 暗号" || got[0].Kind != kindTerm {
		t.Errorf(`Suggest("量子 あん") = %v, want 量子 暗号 first`, texts(got))
	}
	if !has(got, "量子の暗号が変える安全保障") {
		t.Errorf(`Suggest("量子 あん") = %v, want the title after the words`, texts(got))
	}
	if has(got, "量子 案内") {
		t.Errorf(`Suggest("量子 あん") = %v, want no word no article has beside 量子`, texts(got))
	}
	if got := suggest("nvidia g"); len(got) == 0 || got[0].Text != "NVIDIA GPU" {
		t.Errorf(`Suggest("nvidia g") = %v, want NVIDIA GPU, spelt as the articles do`, texts(got))
	}
}

// TestSuggestPastParticle covers kana an IME has not converted that run
// on past a word: with a particle after it (ぜんこたいでんちの, 全固体電池のりょう)
// or none (the kana of two words), typed in kana or in romaji before
// conversion, the first word is read as the word the
// articles use and the kana after a particle complete a word of their own
// beside it. Each had offered nothing.
func TestSuggestPastParticle(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q, want string
	}{
		{"kana and a particle", "ぜんこたいでんちの", "全固体電池"},
		{"kana, a particle, kana", "ぜんこたいでんちのりょう", "全固体電池 量産"},
		{"kana, a particle, a pending letter", "ぜんこたいでんちのr", "全固体電池 量産"},
		{"converted, a particle, kana", "全固体電池のりょう", "全固体電池 量産"},
		{"katakana, a particle, kana", "てすらのろぼ", "テスラ ロボタクシー"},
		{"two words of kana", "てすらろぼた", "テスラ ロボタクシー"},
		{"after another word", "NVIDIA じどううんてんの", "NVIDIA 自動運転"},
		{"romaji, a particle, romaji", "zenkotaidenchinoryou", "全固体電池 量産"},
		{"romaji of two words", "tesurarobota", "テスラ ロボタクシー"},
		{"a word that begins with a particle's kana", "ぜんこたいでんちとよた", "全固体電池 トヨタ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(ctx, tt.q, 5)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(got, func(g Suggestion) bool { return g.Text == tt.want }) {
				t.Errorf("Suggest(%q) = %v, want %s in the top 5", tt.q, texts(got), tt.want)
			}
		})
	}
	// A particle typed as a word of its own is nothing to complete after.
	alone, err := ix.Suggest(ctx, "ぜんこ", 5)
	if err != nil || len(alone) == 0 {
		t.Fatalf("Suggest(ぜんこ) = %v, %v", texts(alone), err)
	}
	for _, q := range []string{"の ぜんこ", "を ぜんこ", "のの ぜんこ", "について ぜんこ"} {
		if got, err := ix.Suggest(ctx, q, 5); err != nil || !slices.Equal(texts(got), texts(alone)) {
			t.Errorf("Suggest(%q) = %v, %v; want %v, as for ぜんこ", q, texts(got), err, texts(alone))
		}
	}
	// A particle alone after a word is no word of its own, and kana that
	// start with no word are left as typed.
	for _, q := range []string{"の", "のの", "ぬぬぬぬ"} {
		if got, err := ix.Suggest(ctx, q, 5); err != nil || len(got) > 0 && q == "ぬぬぬぬ" {
			t.Errorf("Suggest(%q) = %v, %v; want no error and nothing for kana that read as no word", q, texts(got), err)
		}
	}
}

// TestSuggestPairCountsArticles: the count a pair of words shows is the
// articles a search for them finds, when the archive is in no random
// order (its articles with both words written first, as livedoor came a
// category at a time): from the first twenty the estimate had been ten
// times too many.
func TestSuggestPairCountsArticles(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 300 {
		a := Article{ID: fmt.Sprintf("a%03d", i), Title: fmt.Sprintf("暮らしの話 %d", i), Body: "結婚について考える。", Published: day("2026-05-01")}
		if i < 40 {
			a.Body = "独女の結婚について考える。"
		} else if i < 120 {
			a.Body = "独女の仕事について考える。"
		}
		arts = append(arts, a)
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Suggest(t.Context(), "独女 けっこ", 5)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "独女 結婚" })
	if i < 0 {
		t.Fatalf("Suggest(独女 けっこ) = %v, want 独女 結婚", texts(got))
	}
	if total := mustSearch(t, ix, Request{Query: "独女 結婚"}).Total; got[i].Count != int(total) {
		t.Errorf("独女 結婚 shows %d articles, a search finds %d", got[i].Count, total)
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

// TestSuggestRunOnNotOneKanji: kana that run on past a word are read as
// that word first only when it is more than one kanji: あと reads as 跡,
// and あとこうてい had offered 跡 向上 and 跡 公表.
func TestSuggestRunOnNotOneKanji(t *testing.T) {
	var arts []Article
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("r-%d", i), Title: fmt.Sprintf("跡地の記事%d", i), Body: "城の跡が見つかった。跡を調べて品質が向上した。公表は来月。", Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"あとこうて", "あとこうてい"} {
		if got, err := ix.Suggest(t.Context(), q, 8); err != nil || slices.ContainsFunc(got, func(s Suggestion) bool { return strings.HasPrefix(s.Text, "跡 ") }) {
			t.Errorf("Suggest(%s) = %v, %v; want no pair with 跡", q, texts(got), err)
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

// TestSuggestTypoNotTwoWords: kana with a typo in a word (すまーとほん) that
// read as one word and the start of another (スマート 本体) offer the word
// nearly as typed first, when more articles have it; kana of two words
// (てすらろぼた) stay two.
func TestSuggestTypoNotTwoWords(t *testing.T) {
	var arts []Article
	arts = append(arts, copiesOf(6, "phone", "記事", "スマートフォンの新機種が出た。", "2026-06-01")...)
	arts = append(arts, copiesOf(3, "smart", "記事", "スマートな本体の新機種が出た。", "2026-06-02")...)
	arts = append(arts, copiesOf(3, "tesla", "記事", "テスラのロボタクシーが走る。", "2026-06-03")...)
	ix := mustSuggestOver(t, arts...)
	for q, want := range map[string]string{"すまーとほん": "スマートフォン", "てすらろぼた": "テスラ ロボタクシー"} {
		got, err := ix.Suggest(t.Context(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Text != want {
			t.Errorf("Suggest(%s) = %v, want %s first", q, texts(got), want)
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

// TestSuggestAfterParticle: kana typed after converted text and a particle
// complete a word beside the text (婚活のこ: 婚活 コツ), ahead of words
// that read with the particle (残り, のこり); kana after one kanji are
// more often its word's own (上がる) than a particle and a word beside it
// (上 ガールズ).
func TestSuggestAfterParticle(t *testing.T) {
	ix := mustOpen(t)
	bodies := []string{
		"婚活のコツを聞いた。", "婚活のコツと言葉。", "婚活で心が折れる。", "婚活の残り時間。",
		"残り物には福がある。", "残りの人生。", "残り三日。",
		"上ガールズの新曲。", "値が上がる。", "上ガールズが出演。",
	}
	var arts []Article
	for i, b := range bodies {
		arts = append(arts, Article{ID: fmt.Sprintf("p%d", i), Title: fmt.Sprintf("記事%d", i), Body: b, Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q  string
		want     string // first, or "" for none
		unwanted string
	}{
		{"a word beside, not one read with the particle", "婚活のこ", "婚活 コツ", ""},
		{"a syllable still being typed", "婚活のk", "", "婚活 残り"},
		{"the kana of a word after one kanji", "上がる", "", "上 ガールズ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(ctx, tt.q, 8)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" && (len(got) == 0 || got[0].Text != tt.want) {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.q, texts(got), tt.want)
			}
			if tt.unwanted != "" && slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.unwanted }) {
				t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
			}
		})
	}
}

// TestSuggestHonorific: a word titles write after お or ご, which the
// analyzer drops, is shown as written and found by its kana with the お.
func TestSuggestHonorific(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "h1", Title: "おサイフケータイ対応の新機種", Body: "おサイフケータイが使える。", Published: day("2026-05-01")},
		Article{ID: "h2", Title: "おサイフケータイで買い物", Body: "おサイフケータイで払う。", Published: day("2026-05-02")},
		Article{ID: "h3", Title: "お見合いパーティーに行った", Body: "お見合いの話。", Published: day("2026-05-03")},
		Article{ID: "h4", Title: "お見合いの作法", Body: "お見合いの席で。", Published: day("2026-05-04")},
		Article{ID: "w1", Title: "仕事の悩み", Body: "仕事が多い。", Published: day("2026-05-05")},
		Article{ID: "w2", Title: "仕事を探す", Body: "仕事を選ぶ。", Published: day("2026-05-06")},
		Article{ID: "w3", Title: "お仕事の流儀", Body: "仕事の話。", Published: day("2026-05-07")},
		Article{ID: "r1", Title: "おすすめの本", Body: "おすすめを紹介。", Published: day("2026-05-08")},
	)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"おさいふ", "おサイフケータイ"},
		{"おさいふけーたい", "おサイフケータイ"},
		{"さいふ", "おサイフケータイ"},
		{"おみあい", "お見合い"},
		{"見合い", "お見合い"},
		{"おしごと", "仕事"}, // as most titles write it
	} {
		got, err := ix.Suggest(ctx, tt.q, 8)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Text != tt.want {
			t.Errorf("Suggest(%q) = %v, want %s first", tt.q, texts(got), tt.want)
		}
	}
	// A word titles mostly write without the prefix is no word that
	// starts with お: not above おすすめ.
	got, err := ix.Suggest(ctx, "お", 8)
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "仕事" }); i >= 0 && i < slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "おすすめ" }) {
		t.Errorf("Suggest(お) = %v, want おすすめ above 仕事", texts(got))
	}
}

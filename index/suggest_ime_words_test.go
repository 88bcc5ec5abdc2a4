package index

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// Words as readers type them: a word by each of its readings, one kanji
// by its whole reading alone, a name romanised without its long vowels
// (tokyo), a loanword in kana, a word titles write after お, a word after
// another as the articles have the two together; and nothing of no use
// (English boilerplate, a counter joined to the next word, a piece of a
// longer word).

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

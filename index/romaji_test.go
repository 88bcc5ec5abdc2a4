package index

import (
	"slices"
	"testing"
)

func TestToKana(t *testing.T) {
	tests := []struct {
		in, kana, pending string
	}{
		{"jidou", "ジドウ", ""},
		{"jido", "ジド", ""},
		{"jidouu", "ジドウウ", ""},
		{"jidouunten", "ジドウウンテ", "n"},
		{"jidounten", "ジドウンテ", "n"},
		{"jidouuntenn", "ジドウウンテン", ""},
		{"robo", "ロボ", ""},
		{"robot", "ロボ", "t"},
		{"robotto", "ロボット", ""},
		{"zenko", "ゼンコ", ""},
		{"zenkotai", "ゼンコタイ", ""},
		{"tesura", "テスラ", ""},
		{"tes", "テ", "s"},
		{"shi", "シ", ""},
		{"si", "シ", ""},
		{"tsu", "ツ", ""},
		{"tu", "ツ", ""},
		{"konnnichiha", "コンニチハ", ""},
		{"kon'ya", "コンヤ", ""},
		{"jidō", "ジドウ", ""},
		{"kyoto", "キョト", ""},
		{"ky", "", "ky"},
		{"sh", "", "sh"},
		{"n", "", "n"},
		{"saba-", "サバー", ""},
		{"matcha", "マッチャ", ""},
		{"suma-towotchi", "スマートヲッチ", ""},
		{"whoretto", "ウォレット", ""},
		{"uxoretto", "ウォレット", ""},
		{"uloretto", "ウォレット", ""},
		{"fula", "ファ", ""},
		{"kwattoro", "クァットロ", ""},
		{"dhu-ku", "デューク", ""},
		{"zyenifa-", "ジェニファー", ""},
		{"jyetto", "ジェット", ""},
		{"syea", "シェア", ""},
		{"tyekku", "チェック", ""},
	}
	for _, tt := range tests {
		kana, pending, ok := toKana(tt.in)
		if !ok || kana != tt.kana || pending != tt.pending {
			t.Errorf("toKana(%q) = %q, %q, %v; want %q, %q", tt.in, kana, pending, ok, tt.kana, tt.pending)
		}
	}
	if _, _, ok := toKana("xqz"); ok {
		t.Error("toKana accepted xqz")
	}
	if got := nextKana["t"]; !slices.Contains(got, "タ") || !slices.Contains(got, "ット") || !slices.Contains(got, "ツ") {
		t.Errorf("nextKana[t] = %v", got)
	}
	if got := nextKana["r"]; slices.Contains(got, "ッ") || slices.Contains(got, "ッカ") || !slices.Contains(got, "ッラ") {
		t.Errorf("nextKana[r] = %v; a lone r may only be ッ before ラ行", got)
	}
	if got := nextKana["n"]; !slices.Contains(got, "ン") || !slices.Contains(got, "ナ") {
		t.Errorf("nextKana[n] = %v", got)
	}
}

func TestLongVowelSpellings(t *testing.T) {
	tests := []struct {
		kana string
		want []string
	}{
		{"ジドウ", []string{"ジドウ"}},
		{"ジドオ", []string{"ジドオ", "ジドウ", "ジドー"}},
		{"スマアト", []string{"スマアト", "スマート"}},
		{"テスラ", []string{"テスラ"}},
		{"リョオシコンピュウタ", []string{"リョオシコンピュウタ", "リョウシコンピュウタ", "リョーシコンピュータ", "リョウシコンピュータ"}},
	}
	for _, tt := range tests {
		if got := longVowelSpellings(tt.kana); !slices.Equal(got, tt.want) {
			t.Errorf("longVowelSpellings(%s) = %v, want %v", tt.kana, got, tt.want)
		}
	}
	english := []struct {
		kana string
		more bool
		want []string
	}{
		{"トキョ", false, []string{"トウキョ", "トオキョ"}}, // tokyo, as English writes it
		{"オサカ", false, []string{"オウサカ", "オオサカ"}},
		{"リョシ", false, []string{"リョウシ", "リョオシ"}},
		{"ト", true, []string{"トウ"}}, // toky: ト and an unfinished キョ
		{"ジドウ", false, nil},
	}
	for _, tt := range english {
		if got := englishSpellings(tt.kana, tt.more); !slices.Equal(got, tt.want) {
			t.Errorf("englishSpellings(%s, %v) = %v, want %v", tt.kana, tt.more, got, tt.want)
		}
	}
}

func TestEnglishReadings(t *testing.T) {
	for _, tt := range []struct {
		kana string
		want []string // among englishReadings(kana)
		not  []string
	}{
		{"トキョ", []string{"トウキョ", "トキョウ", "トウキョウ"}, []string{"トキョ"}},
		{"オサカ", []string{"オオサカ"}, nil},
		{"ホッカイド", []string{"ホッカイドウ"}, nil},
		{"フジツ", []string{"フジツウ"}, nil},
		{"コベ", []string{"コウベ"}, nil},
		{"ジドウ", nil, []string{"ジドウウ"}}, // already long
		{"カナ", nil, nil},
	} {
		got := englishReadings(tt.kana)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("englishReadings(%s) = %v, want %s among them", tt.kana, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("englishReadings(%s) = %v, want no %s", tt.kana, got, w)
			}
		}
		if tt.want == nil && tt.kana == "カナ" && len(got) != 0 {
			t.Errorf("englishReadings(%s) = %v, want none", tt.kana, got)
		}
	}
	if n := len(englishReadings("ソコトコノコホコ")); n > 1<<maxLongSyllables {
		t.Errorf("%d readings of eight o-syllables, want at most %d", n, 1<<maxLongSyllables)
	}
}

func TestRomajiVariants(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"jidou", []string{"jidou"}},
		{"annai", []string{"annai", "annnai"}},              // あんない as Hepburn writes it
		{"ohtani", []string{"ohtani", "ohtanni", "ootani"}}, // おおたに (or おほたんい)
		{"renai", []string{"renai", "rennai"}},              // れんあい typed without an IME
		{"kinyuu", []string{"kinyuu", "kinnyuu"}},
		{"ōsaka", []string{"ōsaka", "oosaka"}},
		{"ohio", []string{"ohio"}},
		{"wookuman", []string{"wookuman", "whookuman"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := romajiVariants(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("romajiVariants(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestRomajiBeforeSound: romaji that reads as a word the articles have is
// that word, not a Latin name it sounds a little like (handoutai is 半導体,
// not Honda; anzen 安全, not エンジン).
func TestRomajiBeforeSound(t *testing.T) {
	ix := mustOpen(t)
	mustSuggestFrom(t, ix,
		Article{ID: "chip", Title: "半導体の新工場が稼働", Body: "国内で半導体の量産が始まった。", Published: day("2026-05-01")},
		Article{ID: "honda", Title: "ホンダが新型車を発表", Body: "ホンダの新しいEV。", Published: day("2026-05-02")},
		Article{ID: "honda-2", Title: "ホンダ、ロケットの着陸実験に成功", Body: "ホンダの研究所が実験した。", Published: day("2026-05-02")},
		Article{ID: "honda-3", Title: "ホンダとGMの提携", Body: "ホンダは計画を見直した。", Published: day("2026-05-02")},
		Article{ID: "safety", Title: "自動運転の安全基準", Body: "安全の基準をまとめた。", Published: day("2026-05-03")},
		Article{ID: "engine", Title: "新型エンジンを開発", Body: "エンジンの効率を上げた。", Published: day("2026-05-04")},
		Article{ID: "rapidus", Title: "Rapidus、2ナノの試作ラインが稼働", Body: "Rapidusは千歳の工場で試作を始めた。", Published: day("2026-05-05")},
		Article{ID: "weekly", Title: "週間まとめ", Body: "ラピダスが稼働した。", Published: day("2026-05-06")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"handoutai", []string{"chip"}},
		{"anzen", []string{"safety"}},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
			t.Errorf("%s: hits %v, want %v", tt.q, got, tt.want)
		}
	}
	// A katakana name is also its Latin spelling.
	if got := ids(mustSearch(t, ix, Request{Query: "rapidasu"})); !slices.Contains(got, "rapidus") {
		t.Errorf("rapidasu: hits %v, want rapidus among them", got)
	}
}

// TestRomajiSynonyms: romaji that reads as a word of kanji finds that
// word's synonyms, as the same word typed in hiragana does.
func TestRomajiSynonyms(t *testing.T) {
	ix := mustOpen(t)
	mustSuggestFrom(t, ix,
		Article{ID: "pqc", Title: "耐量子暗号への移行が始まる", Body: "銀行が耐量子暗号を試す。", Published: day("2026-05-01")},
		Article{ID: "nist", Title: "耐量子計算機暗号の標準が決まる", Body: "NISTが耐量子計算機暗号の標準を公表した。", Published: day("2026-05-02")},
		Article{ID: "other", Title: "量子コンピュータの新型", Body: "量子ビットを増やした。", Published: day("2026-05-03")},
	)
	for _, q := range []string{"たいりょうしあんごう", "tairyoushiangou", "tairyousiangou"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !sameSet(got, []string{"pqc", "nist"}) {
			t.Errorf("%s: hits %v, want pqc and nist", q, got)
		}
	}
}

// TestRomajiNamesCategory: romaji that names a category by its reading
// ranks the category's articles as the kana does (jidou unten is
// 自動運転, not the air conditioner's 自動運転 mode).
func TestRomajiNamesCategory(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "bus", Title: "自動運転ソフトで海外展開", Body: "自動運転のソフトウェアを使ったバスの運行を海外で始める。", Category: "自動運転", Published: day("2026-01-10")},
		Article{ID: "taxi", Title: "東京で試験走行を開始", Body: "東京都心で自動運転タクシーの試験走行を始めた。", Category: "自動運転", Published: day("2026-01-10")},
		Article{ID: "aircon", Title: "エアコンの「自動運転」は節電になる？", Body: "エアコンの運転モードで「自動運転」を選ぶと節電になるのか。自動運転は室温が設定温度に達するまで強く冷やし、その後は弱い運転に切り替える。", Category: "家電", Published: day("2026-01-10")},
	)
	for _, q := range []string{"じどううんてん", "jidou unten", "jidouunten"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) != 3 || got[2] != "aircon" {
			t.Errorf("%s = %v, want the 自動運転 category's articles first", q, got)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"jidou unten", "ジドウウンテン"},
		{"kaden", "カデン"},
		{"xqz", ""},
	} {
		if got := romajiKana(tt.in); got != tt.want {
			t.Errorf("romajiKana(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRomajiOutnumbered: romaji of a name a few articles have in Latin
// letters (an address, a credit) also finds the many more that write it
// in Japanese.
func TestRomajiOutnumbered(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "credit", Title: "牛肉の検査", Body: "出典はasahiのサイト。", Published: day("2026-01-01")},
	}
	arts = append(arts, copiesOf(6, "asahi", "アサヒグループにサイバー攻撃", "アサヒグループホールディングスが攻撃を受けた。", "2026-01-03")...)
	mustPut(t, ix, arts...)
	got := ids(mustSearch(t, ix, Request{Query: "asahi", PerPage: 20}))
	if !slices.Contains(got, "credit") || !slices.Contains(got, "asahi-0") {
		t.Errorf("asahi = %v, want the credit and the アサヒ articles", got)
	}
}

// TestRomajiParticle: a particle typed in romaji between two words of
// romaji is left out, as の is in 最強の二人: the words find what they
// find without it, not the English no (No.1) nor a name the word before
// joined to it sounds like.
func TestRomajiParticle(t *testing.T) {
	ix := mustOpen(t)
	mustSuggestFrom(t, ix,
		Article{ID: "film", Title: "映画『最強のふたり』が公開", Body: "最強のふたりと呼ばれる男たちの物語。", Published: day("2026-05-01")},
		Article{ID: "no1", Title: "No.1のふたり", Body: "売上No.1を取ったふたりの話。", Published: day("2026-05-02")},
		Article{ID: "skin", Title: "スキンケアの基本", Body: "毎日のスキンケアで肌を守る。", Published: day("2026-05-03")},
		Article{ID: "shakin", Title: "シャキーンと目覚める", Body: "朝の番組シャキーン。", Published: day("2026-05-04")},
	)
	want := ids(mustSearch(t, ix, Request{Query: "saikyou futari"}))
	if len(want) == 0 || want[0] != "film" {
		t.Fatalf("saikyou futari: hits %v, want film first", want)
	}
	for _, q := range []string{"saikyou no futari", "saikyou to futari"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !slices.Equal(got, want) {
			t.Errorf("%s: hits %v, want %v as without the particle", q, got, want)
		}
	}
	// English keeps its no.
	if got := ids(mustSearch(t, ix, Request{Query: "no 1"})); !slices.Contains(got, "no1") {
		t.Errorf("no 1: hits %v, want no1 among them", got)
	}
}

// TestRomajiNa: the な that joins an adjective of kanji to its noun, typed
// in romaji between the two (kimyou na bouken, 奇妙な冒険), is left out as
// a particle is; searched, it had been a word no article has, and the
// query relaxed to the articles with either word.
func TestRomajiNa(t *testing.T) {
	ix := mustOpen(t)
	mustSuggestFrom(t, ix,
		Article{ID: "jojo", Title: "『ジョジョの奇妙な冒険』のスマホが登場", Body: "奇妙な冒険の世界を再現した。", Published: day("2026-05-01")},
		Article{ID: "odd", Title: "奇妙な出来事", Body: "街で奇妙な話を聞いた。", Published: day("2026-05-02")},
		Article{ID: "trip", Title: "冒険の旅へ", Body: "少年たちの冒険を描く。", Published: day("2026-05-03")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"na between two words of romaji", "kimyou na bouken", []string{"jojo"}},
		{"the same without it", "kimyou bouken", []string{"jojo"}},
		{"no, as before", "kimyou no bouken", []string{"jojo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !slices.Equal(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

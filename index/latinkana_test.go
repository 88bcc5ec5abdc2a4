package index

import (
	"fmt"
	"slices"
	"testing"
)

// TestLatinSpellings: the spellings of a katakana word's sounds include
// the one English writes.
func TestLatinSpellings(t *testing.T) {
	tests := []struct{ kana, want string }{
		{"ルビー", "ruby"},
		{"ジャバ", "java"},
		{"ニーサ", "nisa"},
		{"テム", "temu"},
		{"テム", "tem"},
		{"ポヴォ", "povo"},
		{"メタ", "meta"},
		{"サーバー", "server"},
		{"ラマ", "lama"},
		{"ファン", "fan"},
		{"スイッチ", "switch"},
		{"マッチ", "match"},
		{"クイック", "quick"},
		{"ツイン", "twin"},
		{"チェック", "check"},
		{"ツヅミ", "tsuzumi"}, // (ヅ and ヂ had no spelling)
		{"チヂミ", "chijimi"},
	}
	for _, tt := range tests {
		t.Run(tt.kana+" "+tt.want, func(t *testing.T) {
			got := latinSpellings(tt.kana)
			if !slices.Contains(got, tt.want) || len(got) > maxLatinSpellings {
				t.Errorf("latinSpellings(%s) = %v, want %s among at most %d", tt.kana, got, tt.want, maxLatinSpellings)
			}
		})
	}
	if got := latinSpellings("ヶ月"); got != nil {
		t.Errorf("latinSpellings(ヶ月) = %v, want none", got)
	}
}

// TestKatakanaModelSideBySide: a katakana name with its number, typed
// onto it or apart, ranks the articles that have the two side by side, in
// katakana or in Latin letters, above those with the word and a number
// elsewhere (a スマートスイッチ review with its model GS716Tv2 had come
// before Switch 2).
func TestKatakanaModelSideBySide(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "kata", Title: "任天堂、スイッチ2の販売好調", Body: "スイッチ2は発売4カ月で1000万台を超えた。", Published: day("2026-03-01")},
		Article{ID: "latin", Title: "Switch 2、発売4日で350万台", Body: "任天堂のNintendo Switch 2が好調だ。", Published: day("2026-03-02")},
		Article{ID: "full", Title: "「ニンテンドースイッチ２」発売", Body: "量販店に行列。スイッチ２を求める客が並んだ。", Published: day("2026-03-03")},
		Article{ID: "netgear", Title: "スマートスイッチのレビュー", Body: "NETGEARのスイッチ GS716Tv2 を試した。2台を接続し、スイッチの設定を確認した。スイッチは静かだ。", Published: day("2026-03-04")},
		Article{ID: "apart", Title: "任天堂のスイッチ、2年目の戦略", Body: "スイッチは2年目に入った。スイッチの販売は堅調。", Published: day("2026-03-05")},
	)
	for _, q := range []string{"スイッチ2", "スイッチ 2", "すいっち2", "ｽｲｯﾁ２"} {
		got := ids(mustSearch(t, ix, Request{Query: q}))
		if len(got) < 3 || !sameSet(got[:3], []string{"kata", "latin", "full"}) {
			t.Errorf("Search(%s) = %v, want kata, latin and full first", q, got)
		}
	}
}

// TestKatakanaModelName: a short katakana name typed with its number
// finds the articles that write the name in Latin letters.
func TestKatakanaModelName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "latin", Title: "Switch 2の販売が好調", Body: "任天堂のSwitch 2は1000万台を売った。", Published: day("2026-05-01")},
		Article{ID: "inside", Title: "新型ゲーム機", Body: "ニンテンドースイッチ2の在庫が戻った。", Published: day("2026-05-02")},
		Article{ID: "other", Title: "照明のスイッチ", Body: "壁のスイッチを交換した。", Published: day("2026-05-03")},
	)
	got := ids(mustSearch(t, ix, Request{Query: "スイッチ2"}))
	if !slices.Contains(got, "latin") || slices.Contains(got, "other") {
		t.Errorf("Search(スイッチ2) = %v, want latin and not other", got)
	}
	// スイッチ common in the articles: a model still, with its number.
	var common []Article
	for i := range rareName {
		common = append(common, Article{ID: fmt.Sprintf("common-%d", i), Title: "電源のスイッチ", Body: "スイッチを入れる。", Published: day("2026-04-01")})
	}
	mustPut(t, ix, common...)
	for _, q := range []string{"スイッチ2", "すいっち2"} {
		got = ids(mustSearch(t, ix, Request{Query: q}))
		if !slices.Contains(got, "latin") || slices.Contains(got, "other") {
			t.Errorf("Search(%s), スイッチ in %d articles = %v, want latin and not other", q, rareName, got)
		}
	}
}

// TestLatinModelInKatakana: a Latin name typed with its number finds the
// articles that write the name in katakana beside the number, not those
// with the katakana word and the number apart (1920ピクセル, 10インチ).
func TestLatinModelInKatakana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "latin", Title: "Pixel 10を発表", Body: "GoogleがPixel 10を発表した。", Published: day("2026-05-01")},
		Article{ID: "kata", Title: "ピクセル10を1カ月使ってみた", Body: "グーグルのピクセル10は電池が持つ。", Published: day("2026-05-02")},
		Article{ID: "pixels", Title: "画面の解像度", Body: "横1920ピクセルの画面で、10インチの機種もある。", Published: day("2026-05-03")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"Pixel 10", []string{"latin", "kata"}},
		{"pixel10", []string{"latin", "kata"}},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
			t.Errorf("%s: hits %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestLoanwordTypedInHiraganaIsOneWord: hiragana with the small vowels
// only loanwords have, typed before conversion, is one word when the
// articles have it in Latin letters or in katakana (うぃずふぉと: withPhoto),
// not the words its pieces read as (ウィズ and フォト).
func TestLoanwordTypedInHiraganaIsOneWord(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "withphoto", Title: "写真コンテストを開催", Body: "Web上のフォトコンテスト「withPhoto」の作品を募集する。", Published: day("2026-03-01")},
		Article{ID: "photo", Title: "フォトブックの作り方", Body: "フォトブックを作るウィズ社の新サービス。フォトを並べる。", Published: day("2026-03-02")},
		Article{ID: "report", Title: "ショーのフォトレポート", Body: "フォトレポートをお届けする。", Published: day("2026-03-03")},
		Article{ID: "party", Title: "婚活パーティーを開く", Body: "独身男女の婚活パーティーを開いた。", Published: day("2026-03-04")},
		Article{ID: "konkatsu", Title: "婚活のコツ", Body: "婚活のコツを聞いた。", Published: day("2026-03-05")},
	)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	res := mustSearch(t, ix, Request{Query: "うぃずふぉと"})
	if got := ids(res); len(got) == 0 || got[0] != "withphoto" || res.Relaxed {
		t.Errorf("うぃずふぉと = %v (relaxed %v), want withphoto first, strictly", got, res.Relaxed)
	}
	// But kana with a word of kanji in it is words (婚活 and パーティー).
	res = mustSearch(t, ix, Request{Query: "こんかつぱーてぃー"})
	if got := ids(res); len(got) == 0 || got[0] != "party" || res.Relaxed {
		t.Errorf("こんかつぱーてぃー = %v (relaxed %v), want party first, strictly", got, res.Relaxed)
	}
}

// TestKatakanaNameWithNumberInLatin: a katakana name few articles write
// so, typed with its number, finds the articles that write the name in
// Latin letters with the number, as the name alone does.
func TestKatakanaNameWithNumberInLatin(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "llm", Title: "NTT、国産LLM「tsuzumi 2」を提供開始", Body: "NTTはtsuzumi 2を提供する。1つのGPUで動く。", Published: day("2026-04-01")},
		Article{ID: "weather", Title: "週末の天気", Body: "晴れる見込み。", Published: day("2026-04-02")},
	)
	for _, q := range []string{"ツヅミ", "ツヅミ2", "ツヅミ 2"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) != 1 || got[0] != "llm" {
			t.Errorf("%s = %v, want llm", q, got)
		}
	}
}

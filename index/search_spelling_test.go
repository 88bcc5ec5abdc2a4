package index

import (
	"fmt"
	"slices"
	"testing"
)

// Spellings: a loanword written the rarer way also finds the usual
// spelling an edit away, below its own (ジョブス: ジョブズ), but not
// another word (アクオス is no アクセス); a typo finds the word meant as
// the articles write it, tag it or call it by a synonym (Telsa, nvidai,
// ランサムエア); English words find the katakana they sound like (dragon
// quest, capcom); and a katakana word is no kanji word read like it
// (サッカー is no 作家).

// TestUsualSpelling: a spelling few articles use also finds the one far
// more use, an edit away, below its own; katakana and English alike.
func TestUsualSpelling(t *testing.T) {
	tests := []struct{ name, rare, usual string }{
		{"katakana, voicing", "ジョブス", "ジョブズ"},
		{"English, two letters swapped", "andorid", "android"},
		{"English, a letter dropped", "iphon", "iphone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := mustOpen(t)
			arts := []Article{{ID: "rare", Title: tt.rare + "の話", Body: tt.rare + "の記事が出た。", Published: day("2026-05-01")}}
			for i := range usualSpelling {
				arts = append(arts, Article{ID: fmt.Sprintf("usual-%d", i), Title: tt.usual + "の言葉", Body: tt.usual + "が語った。", Published: day("2026-05-02")})
			}
			mustPut(t, ix, arts...)
			res := mustSearch(t, ix, Request{Query: tt.rare, PerPage: 20})
			if res.Total != uint64(len(arts)) || res.Hits[0].ID != "rare" {
				t.Errorf("%s: total %d, first %v; want all %d, the exact spelling first", tt.rare, res.Total, ids(res), len(arts))
			}
			// The usual spelling does not find the rare one.
			if res := mustSearch(t, ix, Request{Query: tt.usual, PerPage: 20}); res.Total != usualSpelling {
				t.Errorf("%s: total %d, want %d", tt.usual, res.Total, usualSpelling)
			}
		})
	}
}

// TestLatinPairAsOneLoanword: two English words, one of which no article
// has, are the one katakana word they sound like, though other articles
// have the other word (Meta Quest); a pair that sounds like nothing stays
// two words.
func TestLatinPairAsOneLoanword(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "dq", Title: "ドラゴンクエストの新作", Body: "ドラゴンクエストの新作が出た。", Published: day("2026-05-01")},
		Article{ID: "meta", Title: "Meta Quest 3を値下げ", Body: "MetaはQuest 3を値下げした。", Published: day("2026-05-02")},
	)
	if res := mustSearch(t, ix, Request{Query: "dragon quest"}); !slices.Equal(ids(res), []string{"dq"}) || res.Relaxed {
		t.Errorf("dragon quest: %v (relaxed %v), want dq", ids(res), res.Relaxed)
	}
	if res := mustSearch(t, ix, Request{Query: "meta qeust"}); len(res.Hits) == 0 || res.Hits[0].ID != "meta" {
		t.Errorf("meta qeust: %v, want meta first (the typo an edit away)", ids(res))
	}
}

// TestLatinFinalM: a Latin name ending in m finds the katakana that
// writes it ン, and the one that writes it ム; gh after a vowel is silent.
func TestLatinFinalM(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "capcom", Title: "カプコンが新作を発表", Body: "カプコンは新作を出す。", Published: day("2026-05-01")},
		Article{ID: "qualcomm", Title: "クアルコムの新型チップ", Body: "クアルコムは新型を出す。", Published: day("2026-05-02")},
		Article{ID: "fighter", Title: "ストリートファイターの大会", Body: "ストリートファイターの世界大会が開かれた。", Published: day("2026-05-03")},
	)
	for q, want := range map[string]string{"capcom": "capcom", "qualcomm": "qualcomm", "street fighter": "fighter"} {
		if res := mustSearch(t, ix, Request{Query: q}); !slices.Equal(ids(res), []string{want}) {
			t.Errorf("%s: %v, want %s", q, ids(res), want)
		}
	}
}

// TestSpellingVariant: the edits that write one loanword two ways, not
// the ones that make another word.
func TestSpellingVariant(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"ジョブス", "ジョブズ", true},
		{"ビッグカメラ", "ビックカメラ", true},
		{"フェースブック", "フェイスブック", true},
		{"ボウル", "ボール", true},
		{"サーバ", "サーバー", true},
		{"ベッド", "ベド", true},
		{"ウィンドウズ", "ウインドウズ", true},
		{"バラク・オバマ", "バラクオバマ", true},
		{"アクオス", "アクセス", false},
		{"パリス", "バリス", false}, // voicing only at the end or after ッ
		{"サイバー", "サーバー", false},
		{"グリーン", "クリーン", false},
		{"マイク", "マーク", false},
		{"コーチ", "コーチャ", false},
		{"ギャラクシー", "ギャラクター", false},
		{"コード", "コーデ", false},
		{"ドローン", "ドローンズ", false},
	} {
		if got := spellingVariant(tt.a, tt.b); got != tt.want {
			t.Errorf("spellingVariant(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := spellingVariant(tt.b, tt.a); got != tt.want {
			t.Errorf("spellingVariant(%s, %s) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
	// A word one article has does not find the word ten times as many
	// have that sounds otherwise.
	ix := mustOpen(t)
	arts := []Article{{ID: "aquos", Title: "フリースタイル アクオス", Body: "アクオスの新型。", Published: day("2026-05-01")}}
	for i := range usualSpelling {
		arts = append(arts, Article{ID: fmt.Sprintf("access-%d", i), Title: "アクセスの集中", Body: "アクセスが増えた。", Published: day("2026-05-02")})
	}
	mustPut(t, ix, arts...)
	if res := mustSearch(t, ix, Request{Query: "アクオス", PerPage: 20}); !slices.Equal(ids(res), []string{"aquos"}) {
		t.Errorf("アクオス: %v, want only the article that has it", ids(res))
	}
	// The same loanword written the rarer way finds the usual spelling
	// a few times as many articles have, below its own.
	arts = []Article{{ID: "jobs-rare", Title: "ジョブス氏の伝記", Body: "ジョブスの伝記が出た。", Published: day("2026-05-03")}}
	for i := range usualVariant {
		arts = append(arts, Article{ID: fmt.Sprintf("jobs-%d", i), Title: "ジョブズ氏の言葉", Body: "ジョブズが語った。", Published: day("2026-05-04")})
	}
	mustPut(t, ix, arts...)
	if got := ids(mustSearch(t, ix, Request{Query: "ジョブス", PerPage: 20})); len(got) != usualVariant+1 || got[0] != "jobs-rare" {
		t.Errorf("ジョブス: %v, want jobs-rare first and the %d with ジョブズ", got, usualVariant)
	}
}

func TestEIVariant(t *testing.T) {
	for in, want := range map[string]string{
		"ディスプレイ":  "ディスプレー",
		"ディスプレー":  "ディスプレイ",
		"プレーヤー":   "プレイヤー",
		"フェイスブック": "フェースブック",
		"メイン":     "メーン",
		"サーバー":    "",
		"ケイ":      "ケー",
		"アイス":     "",
	} {
		if got := eiVariant(in); got != want {
			t.Errorf("eiVariant(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTypoOfATag: a katakana word misspelt finds the articles tagged with
// the spelling meant, whatever their text calls it, beside those that
// write it.
func TestTypoOfATag(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "tagged", Title: "人型ロボットの量産", Body: "人型ロボットを工場に配備した。", Tags: []string{"ヒューマノイド"}, Published: day("2026-06-01")},
		Article{ID: "written", Title: "ヒューマノイドの新型", Body: "新しいヒューマノイドを発表した。", Published: day("2026-06-02")},
		Article{ID: "other", Title: "産業用ロボットの受注", Body: "産業用ロボットの受注が伸びた。", Published: day("2026-06-03")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "ヒューマノイト"})); !sameSet(got, []string{"tagged", "written"}) {
		t.Errorf("ヒューマノイト = %v, want the article tagged ヒューマノイド and the one that writes it", got)
	}
}

// TestUsualSpellingAboveAMention: a loanword typed the rarer way finds the
// usual spelling's articles as the word itself, at a lower weight: one
// with it in its title ranks above a passing mention of the typed
// spelling in a body.
func TestUsualSpellingAboveAMention(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{{ID: "mention", Title: "脳を鍛える新習慣", Body: "集中力を高める方法を紹介する。ジョブスも実践したという瞑想が人気だ。", Published: day("2026-05-03")}}
	for i := range usualVariant {
		arts = append(arts, Article{ID: fmt.Sprintf("jobs-%d", i), Title: "ジョブズ氏の伝記", Body: "アップルの創業者ジョブズを描いた伝記が売れている。", Published: day("2026-05-04")})
	}
	for i := range 60 { // (an archive, where neither word is common)
		arts = append(arts, Article{ID: fmt.Sprintf("other-%d", i), Title: "新製品の発表", Body: "各社が新製品を発表した。", Published: day("2026-05-05")})
	}
	mustPut(t, ix, arts...)
	got := ids(mustSearch(t, ix, Request{Query: "ジョブス", PerPage: 20}))
	if len(got) != usualVariant+1 || got[len(got)-1] != "mention" {
		t.Errorf("ジョブス: %v, want the %d articles titled ジョブズ before the passing mention", got, usualVariant)
	}
}

// TestKatakanaNotItsHomophones: a katakana word articles have as written
// does not find a kanji word read the same once its ー is dropped
// (サッカー is no 作家), while it still finds its other spellings by
// reading (ツィッター, ツイッター).
func TestKatakanaNotItsHomophones(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "soccer1", Title: "サッカー日本代表が勝利", Body: "サッカーの試合で日本が勝った。", Published: day("2026-05-01")},
		Article{ID: "soccer2", Title: "サッカー教室を開催", Body: "子ども向けのサッカー教室。", Published: day("2026-05-02")},
		Article{ID: "soccer3", Title: "女子サッカーの新リーグ", Body: "女子サッカーのリーグが始まる。", Published: day("2026-05-03")},
		Article{ID: "writer1", Title: "人気作家の新作", Body: "作家が新しい小説を出した。", Published: day("2026-05-04")},
		Article{ID: "writer2", Title: "作家の講演会", Body: "作家が創作を語った。", Published: day("2026-05-05")},
		Article{ID: "small1", Title: "ツィッターの新機能", Body: "ツィッターが投稿の編集を始めた。", Published: day("2026-05-06")},
		Article{ID: "small2", Title: "ツィッターで話題", Body: "ツィッターで動画が広まった。", Published: day("2026-05-07")},
		Article{ID: "small3", Title: "ツィッターの利用者", Body: "ツィッターの利用者が増えた。", Published: day("2026-05-08")},
		Article{ID: "large1", Title: "ツイッターの障害", Body: "ツイッターがつながりにくくなった。", Published: day("2026-05-09")},
		Article{ID: "large2", Title: "ツイッターの広告", Body: "ツイッターが広告を増やす。", Published: day("2026-05-10")},
		Article{ID: "large3", Title: "ツイッターの規約", Body: "ツイッターが規約を改めた。", Published: day("2026-05-11")},
	)
	tweets := []string{"small1", "small2", "small3", "large1", "large2", "large3"}
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"サッカー", []string{"soccer1", "soccer2", "soccer3"}},
		{"サッカ", []string{"soccer1", "soccer2", "soccer3"}},
		// Typed in hiragana with its ー, as the katakana word.
		{"さっかー", []string{"soccer1", "soccer2", "soccer3"}},
		// The reading joins the word's own spellings, kept.
		{"ツィッター", tweets},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestTypoMeantAsTagOrKatakana: an English word mistyped finds the
// articles about the word meant that are tagged with it or write it in
// katakana, not only those that write it in Latin letters.
func TestTypoMeantAsTagOrKatakana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "tagged", Title: "新型車の受注が好調", Body: "受注が伸びた。", Tags: []string{"Tesla"}, Published: day("2026-03-01")},
		Article{ID: "katakana", Title: "テスラが値下げ", Body: "テスラは主力車種を値下げした。", Published: day("2026-03-02")},
		Article{ID: "mention", Title: "中国のEV市場", Body: "BYDはTeslaを抜いた。", Published: day("2026-03-03")},
		Article{ID: "other", Title: "電池の新工場", Body: "新しい電池工場が稼働した。", Published: day("2026-03-04")},
	)
	got := ids(mustSearch(t, ix, Request{Query: "Telsa"}))
	if !sameSet(got, []string{"tagged", "katakana", "mention"}) {
		t.Errorf("Search(Telsa) = %v, want tagged, katakana and mention", got)
	}
}

// TestKatakanaTypoTakesSynonyms: a katakana typo one edit from a spelling
// also finds what the synonyms call that spelling.
func TestKatakanaTypoTakesSynonyms(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "rare", Title: "ランサムウエアの被害", Body: "ランサムウエアで工場が止まった。", Published: day("2026-03-01")},
		Article{ID: "usual", Title: "ランサムウェア対策", Body: "ランサムウェアの対策を強化する。", Published: day("2026-03-02")},
		Article{ID: "other", Title: "新しい工場", Body: "工場が稼働した。", Published: day("2026-03-03")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "ランサムエア"})); !sameSet(got, []string{"rare", "usual"}) {
		t.Errorf("Search(ランサムエア) = %v, want rare and usual", got)
	}
}

// TestLatinTypoOverKanaOfItsLetters: letters that read as kana no article
// has (nvidai, ン|ビ|ダイ) are a Latin word misspelt: the article that
// writes the word in Latin letters comes before one that writes it in
// katakana only.
func TestLatinTypoOverKanaOfItsLetters(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "latin", Title: "NVIDIA、次世代GPUを発表", Body: "米半導体大手のエヌビディアは新型GPUを発表した。エヌビディアのGPUはAI向けで高いシェアを握る。",
			Tags: []string{"NVIDIA", "GPU"}, Published: day("2026-03-01")},
		Article{ID: "kana", Title: "中国のAIに衝撃、米ハイテク株が急落", Body: "AI向け半導体を手がけるエヌビディアの株価が下落した。",
			Tags: []string{"NVIDIA", "中国"}, Published: day("2026-03-02")})
	if got := ids(mustSearch(t, ix, Request{Query: "nvidai"})); len(got) == 0 || got[0] != "latin" {
		t.Errorf("Search(nvidai) = %v, want latin first", got)
	}
}

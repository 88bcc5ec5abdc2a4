package index

import (
	"fmt"
	"slices"
	"testing"
)

// A reader's word against the words kagome cut the articles into: a
// katakana word inside a longer one or run together from two (ワイルズ,
// モンハンワイルズ), a user-dictionary word an article has as its parts,
// kana beside another word as particles or as a word (なら: 奈良), and a
// number with its counter or unit (7号機, 100Gbps).

// TestUserWordSplitInArticle: a user-dictionary word the query has whole
// finds an article where kagome read it as its parts (ペロブスカイト|太陽|
// 電池 before の), and not one that has the parts apart.
func TestUserWordSplitInArticle(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "split", Title: "ペロブスカイト太陽電池の量産", Body: "量産を始める。", Published: day("2026-05-01")},
		Article{ID: "apart", Title: "ペロブスカイトの研究", Body: "太陽の光と電池の話。", Published: day("2026-05-02")},
	)
	if res := mustSearch(t, ix, Request{Query: "ペロブスカイト太陽電池"}); !slices.Equal(ids(res), []string{"split"}) {
		t.Errorf("ペロブスカイト太陽電池: %v, want split", ids(res))
	}
}

// TestKanaWordBesideAnother: kana beside another word is left out when it
// is particles that read as nothing the articles have, and kept when its
// reading is a word (なら is 奈良, しか 鹿).
func TestKanaWordBesideAnother(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "nara", Title: "奈良の観光", Body: "奈良で観光客が増えた。", Published: day("2026-05-01")},
		Article{ID: "kyoto", Title: "京都の観光", Body: "京都で観光客が増えた。", Published: day("2026-05-02")},
		Article{ID: "shika", Title: "鹿が公園に", Body: "公園で鹿を見た。", Published: day("2026-05-03")},
		Article{ID: "park", Title: "公園の整備", Body: "公園を整備する。", Published: day("2026-05-04")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"観光 とは", []string{"nara", "kyoto"}},
		{"公園 について", []string{"shika", "park"}},
		{"なら 観光", []string{"nara"}},
		{"しか 公園", []string{"shika"}},
	} {
		if res := mustSearch(t, ix, Request{Query: tt.q}); !sameSet(ids(res), tt.want) || res.Relaxed {
			t.Errorf("%s: %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
		}
	}
}

// TestKatakanaRunTogether: a katakana word no article has, run together
// from two the articles have (or their synonyms), finds the articles with
// both; a half no article has finds nothing.
func TestKatakanaRunTogether(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "mh", Title: "カプコン「モンスターハンターワイルズ」、発売1カ月で1000万本", Body: "カプコンは「モンスターハンターワイルズ」の販売本数を発表した。", Published: day("2026-05-01")},
		Article{ID: "mh-rise", Title: "モンハンの新作", Body: "モンスターハンターの新作を遊んだ。", Published: day("2026-05-02")},
	)
	for q, want := range map[string][]string{"モンハンワイルズ": {"mh"}, "モンハンシティーズ": nil} {
		res := mustSearch(t, ix, Request{Query: q})
		if got := ids(res); !sameSet(got, want) || res.Relaxed && want != nil {
			t.Errorf("%s: %v (relaxed %v), want %v", q, got, res.Relaxed, want)
		}
	}
}

// TestUnknownKatakanaInsideFirst: a katakana word kagome does not know,
// which no article has alone but one has inside a longer word
// (ワイルズ of モンスターハンターワイルズ), finds that article first, not
// the articles on a word an edit away (ワイルド).
func TestUnknownKatakanaInsideFirst(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{{ID: "mh", Title: "カプコン「モンスターハンターワイルズ」発売", Body: "新作ゲームが発売された。", Published: day("2026-05-01")}}
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("wild-%d", i), Title: fmt.Sprintf("ワイルドな新作%d", i), Body: "ワイルドな装いが人気だ。", Published: day("2026-05-02")})
	}
	for i := range 40 { // (the characters of ワイルズ common in other words)
		arts = append(arts, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("ワイヤレスの新製品%d", i), Body: "ワイヤレスイヤホンとイルミネーションとルズベリー。", Published: day("2026-05-03")})
	}
	mustPut(t, ix, arts...)
	if got := ids(mustSearch(t, ix, Request{Query: "ワイルズ"})); len(got) == 0 || got[0] != "mh" {
		t.Errorf("ワイルズ: %v, want mh first", got)
	}
	// Typed in hiragana before conversion, whose reading finds nothing:
	// inside the longer word too.
	if got := ids(mustSearch(t, ix, Request{Query: "わいるず"})); len(got) == 0 || got[0] != "mh" {
		t.Errorf("わいるず: %v, want mh first", got)
	}
}

// TestLongKatakanaInsideLonger: a long katakana word some articles have
// alone also finds an article that has it only inside a longer one,
// which kagome cut elsewhere (ネットバンキング in インターネット|バンキング).
func TestLongKatakanaInsideLonger(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("net-%d", i), Title: fmt.Sprintf("ネットバンキングの不正%d", i), Body: "ネットバンキングで不正送金があった。", Published: day("2026-05-01")})
	}
	arts = append(arts, Article{ID: "internet", Title: "銀行が新しい暗号を試験", Body: "三菱の銀行はインターネットバンキングの通信に新しい暗号を使う。", Published: day("2026-05-02")})
	mustPut(t, ix, arts...)
	if got := ids(mustSearch(t, ix, Request{Query: "ネットバンキング", PerPage: 20})); !slices.Contains(got, "internet") || got[len(got)-1] != "internet" {
		t.Errorf("ネットバンキング: %v, want internet last, after the 4 that have the word alone", got)
	}
}

// TestNumberWithItsCounter: a number and the counter written onto it, or
// 第 and the number after it, are one word: 7号機 is no 5号機 in an article
// that also says 7機, 第4四半期 no 第2四半期 with a 4 elsewhere.
func TestNumberWithItsCounter(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "h3", Title: "H3ロケット5号機の打ち上げ成功", Body: "みちびき6号機を載せた。年内に7機体制を目指す。", Published: day("2026-06-01")},
		Article{ID: "q2", Title: "第2四半期は増収", Body: "4月からの半年で売上高が伸びた。", Published: day("2026-06-02")},
	)
	for _, tt := range []struct {
		q    string
		want []string // found by every word, not relaxed
	}{
		{"5号機", []string{"h3"}},
		{"H3 6号機", []string{"h3"}},
		{"7号機", nil},
		{"7号機 H3", nil},
		{"第2四半期", []string{"q2"}},
		{"第4四半期", nil},
		{"第4四半期 増収", nil},
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		if got := ids(res); !res.Relaxed && !sameSet(got, tt.want) || res.Relaxed && tt.want != nil {
			t.Errorf("%s: %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
		}
	}
}

// TestRateUnitNewspaperOrder: a data rate typed with its unit finds the
// articles that write it as newspapers do, 毎秒 before the number
// (100Gbps: 毎秒100ギガビット had found nothing).
func TestRateUnitNewspaperOrder(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "6g", Title: "6Gの屋外実験で毎秒100ギガビット超", Body: "通信速度は毎秒１００ギガビット（Ｇｂｐｓ）を超えた。", Published: day("2026-05-01")},
		Article{ID: "lan", Title: "10ギガビットのLAN", Body: "社内LANを10ギガビットにした。", Published: day("2026-05-02")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"100Gbps", []string{"6g"}},
		{"10Gbps", []string{"lan"}},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestTypedKanaInsideLongerKatakana: hiragana typed for a loanword finds
// it inside the longer katakana word of another article, as the word
// typed in katakana does (ふぃっしんぐ: フィッシングメール).
func TestTypedKanaInsideLongerKatakana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "alone", Title: "フィッシング報告が最多", Body: "フィッシングの報告が増えた。", Published: day("2026-03-01")},
		Article{ID: "inside", Title: "巧妙化する詐欺メール", Body: "生成AIで作られたフィッシングメールが増えている。", Published: day("2026-03-02")},
		Article{ID: "other", Title: "新しいメール機能", Body: "メールの検索が速くなった。", Published: day("2026-03-03")})
	for _, q := range []string{"フィッシング", "ふぃっしんぐ"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !sameSet(got, []string{"alone", "inside"}) {
			t.Errorf("Search(%s) = %v, want alone and inside", q, got)
		}
	}
}

// TestPiecesSideBySideBesideOtherWords: beside another required word, a
// word kagome splits (アカデミー|賞) counts its pieces side by side in the
// title no more than in the body, so the title with that word alone does
// not outrank the articles on both words; its pieces apart still rank
// below them side by side (イングランド代表 and 日本 elsewhere is no 日本代表).
func TestPiecesSideBySideBesideOtherWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "jewel", Title: "アカデミー賞を彩るダイヤモンド", Body: "授賞式の会場で女優たちがダイヤモンドを身につけた。新作のネックレスが話題になった。主演女優賞を受賞した女優も着けていた。", Published: day("2026-03-01")},
		Article{ID: "award", Title: "ストリープが主演女優賞を受賞", Body: "第84回アカデミー賞の授賞式が開かれ、メリル・ストリープが主演女優賞を受賞した。アカデミー賞の受賞は三度目。", Published: day("2026-03-02")},
		Article{ID: "japan", Title: "日本代表が快勝", Body: "サッカーの日本代表が親善試合で快勝した。", Published: day("2026-03-03")},
		Article{ID: "england", Title: "サッカー・イングランド代表を応援", Body: "英国のスポーツ用品会社が代表の新しいユニフォームを発表した。日本でも販売する。", Published: day("2026-03-04")},
	)
	for _, tt := range []struct{ q, first string }{
		{"アカデミー賞 受賞", "award"},
		{"サッカー 日本代表", "japan"},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); len(got) != 2 || got[0] != tt.first {
			t.Errorf("Search(%s) = %v, want %s first of 2", tt.q, got, tt.first)
		}
	}
}

// TestModelLetterNotGrammar: a letter before a number is a model's (a1,
// A4), not the English a, which beside other words is optional: the 1
// alone had found every article with a 1 in it.
func TestModelLetterNotGrammar(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a1", Title: "アウディA1が登場", Body: "アウディはA1を発表した。", Published: day("2026-05-01")},
		Article{ID: "a7", Title: "アウディA7の試乗", Body: "アウディA7に1日乗った。", Published: day("2026-05-02")},
	)
	for _, q := range []string{"アウディ a1", "a1"} {
		if res := mustSearch(t, ix, Request{Query: q}); !slices.Equal(ids(res), []string{"a1"}) {
			t.Errorf("%s: %v, want a1", q, ids(res))
		}
	}
}

// TestKnownWordSaidTwice: a katakana word kagome knows, said twice
// (ナイ|ナイ of ナイナイ), needs its halves side by side: not an article
// with the half alone, or a kanji read so (無い, 内).
func TestKnownWordSaidTwice(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "twice", Title: "ナイナイ矢部が語る", Body: "ナイナイの矢部が番組で語った。", Published: day("2026-05-01")},
		Article{ID: "once", Title: "番組内の話", Body: "時間が無いと語った。ナイトの話。", Published: day("2026-05-02")},
	)
	if res := mustSearch(t, ix, Request{Query: "ナイナイ"}); !slices.Equal(ids(res), []string{"twice"}) {
		t.Errorf("ナイナイ: %v, want twice", ids(res))
	}
}

// TestKatakanaCompoundCutAtNoWord: a katakana compound that kagome cuts
// at no word's end or keeps whole as a word it does not know
// (アイフォンアプリ) is its two words, side by side in any script
// (iPhoneアプリ), as if typed with a middle dot; an article with one of
// them alone is not found, and one that runs them together as typed
// comes first.
func TestKatakanaCompoundCutAtNoWord(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "latin", Title: "iPhoneアプリの新作", Body: "新しいiPhoneアプリを紹介する。", Published: day("2026-05-01")},
		Article{ID: "typed", Title: "アイフォンアプリの話", Body: "アイフォンアプリを使う。", Published: day("2026-05-02")},
		Article{ID: "app", Title: "アプリの話", Body: "アプリを使う。", Published: day("2026-05-03")},
		Article{ID: "phone", Title: "iPhoneの話", Body: "iPhoneを使う。", Published: day("2026-05-04")},
	)
	res := mustSearch(t, ix, Request{Query: "アイフォンアプリ"})
	if got := ids(res); !sameSet(got, []string{"latin", "typed"}) || got[0] != "typed" {
		t.Errorf("アイフォンアプリ: %v, want typed then latin", got)
	}
}

// TestSplitKatakanaInsideLonger: a katakana word kagome splits into two
// words it knows (ラン|サム, ミラー|レス), which a few articles write alone,
// also finds the articles that write it only inside a longer katakana
// word (ランサムウェア, ミラーレスカメラ), after those that write it alone;
// not when maxInsideDF articles write it alone.
func TestSplitKatakanaInsideLonger(t *testing.T) {
	few := []Article{
		{ID: "ransom-alone", Title: "病院のランサム被害が続く", Body: "電子カルテが止まった。", Published: day("2026-05-01")},
		{ID: "ransom-ware", Title: "物流会社がランサムウェアの被害", Body: "出荷を二週間止めた。", Published: day("2026-05-02")},
		{ID: "ransom-body", Title: "工場の生産が止まる", Body: "ランサムウェアによる攻撃を受けた。", Published: day("2026-05-03")},
		{ID: "mirrorless-alone", Title: "ミラーレス一眼の新製品", Body: "軽くて小さい。", Published: day("2026-05-04")},
		{ID: "mirrorless-camera", Title: "女性に人気のミラーレスカメラ", Body: "女優がCMに出ている。", Published: day("2026-05-05")},
		{ID: "run", Title: "市民マラソンのランナー", Body: "フルマラソンを走った。", Published: day("2026-05-06")},
	}
	many := []Article{{ID: "mirrorless-camera", Title: "女性に人気のミラーレスカメラ", Body: "女優がCMに出ている。", Published: day("2026-05-05")}}
	for i := range maxInsideDF {
		many = append(many, Article{ID: fmt.Sprintf("mirrorless-%d", i), Title: fmt.Sprintf("ミラーレス一眼の新製品%d", i), Body: "軽くて小さい。", Published: day("2026-05-04")})
	}
	for _, tt := range []struct {
		name, q  string
		articles []Article
		first    string
		want     []string // all of them
		absent   string
	}{
		{"ransom, written alone once", "ランサム", few, "ransom-alone", []string{"ransom-alone", "ransom-ware", "ransom-body"}, "run"},
		{"mirrorless inside a camera", "ミラーレス", few, "mirrorless-alone", []string{"mirrorless-alone", "mirrorless-camera"}, ""},
		{"beside another word", "ランサム 物流", few, "ransom-ware", []string{"ransom-ware"}, ""},
		{"written alone by many", "ミラーレス", many, "", nil, "mirrorless-camera"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := mustOpen(t)
			mustPut(t, ix, tt.articles...)
			got := ids(mustSearch(t, ix, Request{Query: tt.q, PerPage: 100}))
			if tt.want != nil && (!sameSet(got, tt.want) || got[0] != tt.first) {
				t.Errorf("%s: %v, want %v with %s first", tt.q, got, tt.want, tt.first)
			}
			if tt.absent != "" && slices.Contains(got, tt.absent) {
				t.Errorf("%s: %v, want no %s", tt.q, got, tt.absent)
			}
		})
	}
}

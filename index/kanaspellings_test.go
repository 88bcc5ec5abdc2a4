package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestTermVariants(t *testing.T) {
	tests := []struct {
		name, term string
		want       []string // among the variants
		not        []string
	}{
		{"ヴァ and バ", "ヴァーチャル", []string{"バーチャル"}, nil},
		{"バ and ヴァ", "バーチャル", []string{"ヴァーチャル"}, nil},
		{"ヴ and ブ", "ヴィーナス", []string{"ビーナス"}, nil},
		{"small ェ and full エ", "ウェハ", []string{"ウエハ"}, nil},
		{"full エ and small ェ", "ウエハ", []string{"ウェハ"}, nil},
		{"フィ and フイ", "フィルム", []string{"フイルム"}, nil},
		{"フォ and ホ", "ヘッドフォン", []string{"ヘッドホン"}, nil},
		{"ホ and フォ", "プラットホーム", []string{"プラットフォーム"}, nil},
		{"ホ first stays", "ホーム", nil, []string{"フォーム"}},
		{"ホ of a short word stays", "スマホ", nil, []string{"スマフォ"}},
		{"イヤ and イア", "ファイヤーフォックス", []string{"ファイアーフォックス", "ファイアーホックス"}, nil},
		{"イア and イヤ", "ダイアモンド", []string{"ダイヤモンド"}, nil},
		{"ア after a first イ stays", "イアホン", []string{"イアフォン"}, []string{"イヤホン"}},
		{"a full vowel after no such consonant stays", "パリ", nil, []string{"バリ", "パリ"}},
		{"no ィ after キ", "キイ", nil, []string{"キィ"}},
		{"a counter's ka", "カ月", []string{"ケ月", "か月", "箇月"}, []string{"カ月"}},
		{"a counter's ka, ヶ folded", "ケ所", []string{"カ所", "か所", "箇所"}, nil},
		{"no counter", "カ国語", nil, []string{"ケ国語"}},
		{"kanji alone", "量子", nil, nil},
		{"Latin", "nvidia", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := termVariants(tt.term)
			if len(got) > maxVariants {
				t.Errorf("termVariants(%s) = %d spellings, want at most %d", tt.term, len(got), maxVariants)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("termVariants(%s) = %v, want %s among them", tt.term, got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("termVariants(%s) = %v, want no %s", tt.term, got, n)
				}
			}
			if tt.want == nil && len(got) > 0 && tt.not == nil {
				t.Errorf("termVariants(%s) = %v, want none", tt.term, got)
			}
		})
	}
	if got := termVariants("ヴィヴィヴィヴィヴィヴィ"); len(got) > maxVariants {
		t.Errorf("termVariants of six ヴィ = %d spellings, want at most %d", len(got), maxVariants)
	}
}

// TestSearchFindsOtherSpellings: a word spelt one way finds the articles
// with its other spellings, ranked not far below those with its own.
func TestSearchFindsOtherSpellings(t *testing.T) {
	ix := mustOpen(t)
	groups := [][]string{{"バーチャル", "ヴァーチャル"}, {"ウェハー", "ウエハー"}, {"3カ月", "3ヶ月", "3か月", "3箇月"}, {"フィルム", "フイルム"},
		{"ヘッドホン", "ヘッドフォン"}, {"プラットフォーム", "プラットホーム"}, {"ファイアウォール", "ファイヤウォール"}}
	// The sounds the reading field does not fold (フォ and ホ, イア and
	// イヤ) are found, further below: the reading and the parts of the
	// word as typed match only its own spelling.
	const folded = 4
	var arts []Article
	for i, g := range groups {
		for j, s := range g {
			arts = append(arts, Article{ID: fmt.Sprintf("g%d-%d", i, j), Title: s + "の話題", Body: "今回は" + s + "について。", Published: day("2026-05-01")})
		}
	}
	mustPut(t, ix, arts...)
	for i, g := range groups {
		for j, q := range g {
			t.Run(q, func(t *testing.T) {
				got := mustSearch(t, ix, Request{Query: q})
				if len(got.Hits) != len(g) {
					t.Fatalf("Search(%s) = %v, want the %d articles of %v", q, ids(got), len(g), g)
				}
				for _, h := range got.Hits {
					if !strings.HasPrefix(h.ID, fmt.Sprintf("g%d-", i)) {
						t.Fatalf("Search(%s) = %v, want only the articles of %v", q, ids(got), g)
					}
				}
				if own := fmt.Sprintf("g%d-%d", i, j); got.Hits[0].ID != own && got.Hits[0].Score > got.Hits[slices.IndexFunc(got.Hits, func(h Hit) bool { return h.ID == own })].Score {
					t.Errorf("Search(%s) = %v, want %s first", q, ids(got), own)
				}
				// (The spelling typed also matches the word's phrase and
				// bigram alternatives; before, 3ヶ月 was not found by
				// 3カ月, and ウエハー scored 0.01 of ウェハー.)
				if r := got.Hits[len(g)-1].Score / got.Hits[0].Score; r < 0.25 && i < folded {
					t.Errorf("Search(%s): the last spelling scores %.2f of the first, want at least 0.25", q, r)
				}
			})
		}
	}
}

// TestCounterKeepsItsNumber: a number and a counter whose ka is written
// several ways are searched side by side in any of the ways (3か月 finds
// 3ヶ月), not as the counter anywhere beside the number anywhere (1ヶ月 in
// an article that says 3 of something else).
func TestCounterKeepsItsNumber(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "three", Title: "発売から3ヶ月で100万台", Body: "3ヶ月で販売を伸ばした。", Published: day("2026-05-01")},
		Article{ID: "three-long", Title: "3カ月間の実証実験", Body: "3カ月間続けた。", Published: day("2026-05-01")},
		Article{ID: "one", Title: "1ヶ月で3キロ痩せる", Body: "1ヶ月で3キロ減った。", Published: day("2026-05-02")},
	)
	for _, q := range []string{"3か月", "3カ月", "3ヶ月", "3箇月"} { // (no article writes 箇月)
		if got := ids(mustSearch(t, ix, Request{Query: q})); !sameSet(got, []string{"three", "three-long"}) {
			t.Errorf("Search(%s) = %v, want three and three-long", q, got)
		}
	}
	// One other spelling alone in the articles.
	one := mustOpen(t)
	mustPut(t, one, Article{ID: "three", Title: "発売から3ヶ月で100万台", Body: "3ヶ月で販売を伸ばした。", Published: day("2026-05-01")})
	if got := ids(mustSearch(t, one, Request{Query: "3箇月"})); !sameSet(got, []string{"three"}) {
		t.Errorf("Search(3箇月) = %v, want three (3ヶ月)", got)
	}
}

// TestSearchNameInOtherScript: a name found in the other script of a
// synonym pair (NVIDIA,エヌビディア) ranks with the articles that write it
// as typed: an article about it whose title has the other script comes
// before one that has the name as typed once in passing.
func TestSearchNameInOtherScript(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "about", Title: "NVIDIAの決算、売上高が過去最高", Body: "米半導体大手が決算を発表した。データセンター向けが伸びた。", Published: day("2026-05-01")},
		Article{ID: "passing", Title: "半導体株が軒並み上昇", Body: "東京市場では半導体関連が買われた。エヌビディアの決算を控え、商いは膨らんだ。国内の装置各社も上げた。", Published: day("2026-05-02")},
	)
	for _, q := range []string{"エヌビディア", "エヌビディアの決算"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) != 2 || got[0] != "about" {
			t.Errorf("Search(%s) = %v, want about first, then passing", q, got)
		}
	}
}

func TestTransliterated(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"エヌビディア", "NVIDIA", true},
		{"Tesla", "テスラ", true},
		{"ドコモ", "docomo", true},
		{"クアルコム", "Qualcomm", true},
		{"ハードディスク", "HDD", false}, // an abbreviation
		{"パソコン", "PC", false},
		{"テスラ", "テスラ", false},
	} {
		if got := transliterated(tt.a, tt.b); got != tt.want {
			t.Errorf("transliterated(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestUnitInOtherScript: a number with its unit spelt the other way (2nm,
// 2ナノ) is the same quantity: the article with both words in its title,
// its unit written otherwise, ranks above one that has the unit as typed
// in passing.
func TestUnitInOtherScript(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "about", Title: "サムスン、2ナノ半導体を量産", Body: "韓国の半導体大手は2ナノの量産を始めた。歩留まりを改善した。", Published: day("2026-05-01")},
		Article{ID: "passing", Title: "サムスン、新型スマホを発表", Body: "新しいスマホを発表した。搭載するSoCは2nmで作る。発売は秋の予定。", Published: day("2026-05-02")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "サムスン 2nm"})); len(got) != 2 || got[0] != "about" {
		t.Errorf("サムスン 2nm: %v, want about first", got)
	}
}

// TestModelRomanNumeral: a model of one letter and a number finds the
// articles that write the number in Roman numerals (GALAXY S3: S III,
// SIII); V2 is no VII.
func TestModelRomanNumeral(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "spaced", Title: "GALAXY S IIIが発売", Body: "サムスンのGALAXY S IIIが発売された。", Published: day("2026-05-01")},
		Article{ID: "joined", Title: "GALAXY SIIIの新色", Body: "GALAXY SIIIに新色が出た。", Published: day("2026-05-02")},
		Article{ID: "digits", Title: "GALAXY S3を試す", Body: "GALAXY S3を使ってみた。", Published: day("2026-05-03")},
		Article{ID: "ff7", Title: "FF VIIのリメイク", Body: "ファイナルファンタジーVIIが帰ってくる。", Published: day("2026-05-04")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "GALAXY S3"})); !sameSet(got, []string{"spaced", "joined", "digits"}) || got[0] != "digits" {
		t.Errorf("GALAXY S3 = %v, want digits first, then spaced and joined", got)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "V2", Relax: RelaxOff})); len(got) != 0 {
		t.Errorf("V2 = %v, want nothing (VII is no V2)", got)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "FF7", Relax: RelaxOff})); !slices.Equal(got, []string{"ff7"}) {
		t.Errorf("FF7 = %v, want ff7 (FF VII)", got)
	}
}

// TestSequelRomanNumeral: a katakana title and its number find the
// articles that write the number in Roman numerals, after the title or
// its synonym (ドラクエ10: ドラクエX, ドラゴンクエストX).
func TestSequelRomanNumeral(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "short", Title: "ドラクエXで遊ぶ", Body: "ドラクエXのベータテストが始まった。", Published: day("2026-05-01")},
		Article{ID: "long", Title: "ドラゴンクエストXの新情報", Body: "ドラゴンクエストXの発売日が決まった。", Published: day("2026-05-02")},
		Article{ID: "digits", Title: "ドラクエ10の画面", Body: "ドラクエ10の画面が公開された。", Published: day("2026-05-03")},
		Article{ID: "other", Title: "ドラクエVの思い出", Body: "ドラクエVは名作だ。", Published: day("2026-05-04")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "ドラクエ10", Relax: RelaxOff})); !sameSet(got, []string{"short", "long", "digits"}) || got[0] != "digits" {
		t.Errorf("ドラクエ10 = %v, want digits first, then short and long (not V)", got)
	}
}

// TestSequelRomanNumeralRomaji: a katakana title typed in romaji with its
// number finds the articles that write the number in Roman numerals, after
// the title or its synonym, as the title typed in katakana does.
func TestSequelRomanNumeralRomaji(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "roman", Title: "ロックマンIXを遊ぶ", Body: "ロックマンIXの配信が始まった。", Published: day("2026-05-01")},
		Article{ID: "digits", Title: "ロックマン9の画面", Body: "ロックマン9の画面が公開された。", Published: day("2026-05-02")},
		Article{ID: "other", Title: "ロックマンVの思い出", Body: "ロックマンVは名作だ。", Published: day("2026-05-03")},
		Article{ID: "synonym", Title: "ドラゴンクエストVIIの新情報", Body: "ドラゴンクエストVIIの発売日が決まった。", Published: day("2026-05-04")},
		Article{ID: "short", Title: "ドラクエの音楽会", Body: "ドラクエの曲を演奏した。", Published: day("2026-05-05")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"numeral after the name", "rokkuman 9", []string{"digits", "roman"}},
		{"numeral after the synonym", "dorakue 7", []string{"synonym"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q, Relax: RelaxOff})); !sameSet(got, tt.want) {
				t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestRomajiModelRelaxes: a katakana title typed in romaji with a number
// no article has it with relaxes to the title's articles, as typed in
// katakana (rokkuman 11 had found nothing, not relaxed: the relaxed search
// looked for the romaji as written, which no article has).
func TestRomajiModelRelaxes(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "roman", Title: "ロックマンIXを遊ぶ", Body: "ロックマンIXの配信が始まった。", Published: day("2026-05-01")},
		Article{ID: "digits", Title: "ロックマン9の画面", Body: "ロックマン9の画面が公開された。", Published: day("2026-05-02")},
		Article{ID: "remake", Title: "ロックマンVのリメイク", Body: "ロックマンVのリメイクが決まった。", Published: day("2026-05-03")},
		Article{ID: "other", Title: "新しいゲーム機", Body: "ゲーム機の発売日が決まった。", Published: day("2026-05-04")},
		Article{ID: "dq", Title: "ドラクエの音楽会", Body: "ドラクエの曲を演奏した。", Published: day("2026-05-05")},
		Article{ID: "dq-synonym", Title: "ドラゴンクエストVIIの新情報", Body: "ドラゴンクエストVIIの発売日が決まった。", Published: day("2026-05-06")},
	)
	all := []string{"roman", "digits", "remake"}
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"in katakana", "ロックマン 11", all},
		{"in romaji", "rokkuman 11", all},
		{"in romaji, beside a word", "rokkuman 11 リメイク", all}, // (remake first: it misses one word)
		{"in katakana, by its synonym too", "ドラクエ 11", []string{"dq", "dq-synonym"}},
		{"in romaji, by its synonym too", "dorakue 11", []string{"dq", "dq-synonym"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !res.Relaxed || !sameSet(got, tt.want) {
				t.Errorf("Search(%s) = %v (relaxed %v), want %v relaxed", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

// TestKanjiNounInKana: a common noun of kanji also finds the articles that
// write it in kana (漫画 as マンガ or まんが, 沢山 as たくさん, and of one
// kanji read with three kana, 体 as カラダ), below those that write the
// kanji; a name does not (本田 finds no ホンダ), nor one kanji of two kana
// (猫 finds no ネコ).
func TestKanjiNounInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "kanji", Title: "人気漫画の新刊", Body: "人気漫画の新刊が出た。", Published: day("2026-05-01")},
		Article{ID: "katakana", Title: "マンガアプリの新機能", Body: "マンガを読むアプリが新しくなった。", Published: day("2026-05-02")},
		Article{ID: "hiragana", Title: "まんがの日", Body: "まんがを描く催しがあった。", Published: day("2026-05-03")},
		Article{ID: "takusan", Title: "たくさんの人出", Body: "週末はたくさんの人が集まった。", Published: day("2026-05-04")},
		Article{ID: "honda", Title: "ホンダの新型車", Body: "ホンダが新型車を発表した。", Published: day("2026-05-05")},
		Article{ID: "honda-keisuke", Title: "本田圭佑が先発", Body: "本田が先発した。", Published: day("2026-05-06")},
		Article{ID: "karada", Title: "オトコのカラダ、どこを見る？", Body: "つい見てしまう部位を聞いた。", Published: day("2026-05-07")},
		Article{ID: "body", Title: "体を鍛える男の習慣", Body: "男性の体づくり。", Published: day("2026-05-08")},
		Article{ID: "neko", Title: "ネコの写真展", Body: "ネコが主役の展示。", Published: day("2026-05-09")},
		Article{ID: "cat", Title: "猫の日", Body: "猫の記念日。", Published: day("2026-05-10")},
	)
	for _, tt := range []struct {
		q     string
		want  []string
		first string
	}{
		{"漫画", []string{"kanji", "katakana", "hiragana"}, "kanji"},
		{"沢山", []string{"takusan"}, "takusan"},
		{"本田", []string{"honda-keisuke"}, "honda-keisuke"},
		{"体", []string{"body", "karada"}, "body"},
		{"男 体", []string{"body", "karada"}, "body"},
		{"猫", []string{"cat"}, "cat"},
	} {
		got := ids(mustSearch(t, ix, Request{Query: tt.q, PerPage: 20}))
		slices.Sort(tt.want)
		sorted := slices.Sorted(slices.Values(got))
		if !slices.Equal(sorted, tt.want) || got[0] != tt.first {
			t.Errorf("Search(%s) = %v, want %v with %s first", tt.q, got, tt.want, tt.first)
		}
	}
}

// TestKatakanaWordInHiragana: a word written in katakana (オシャレ) finds
// the articles that write it in hiragana, though more of them do: the
// hiragana is the word's own spelling, not another word read alike.
func TestKatakanaWordInHiragana(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("katakana-%d", i), Title: fmt.Sprintf("春のオシャレ%d", i), Body: "春のオシャレを楽しむ。", Published: day("2026-05-01")})
	}
	for i := range 12 {
		arts = append(arts, Article{ID: fmt.Sprintf("hiragana-%d", i), Title: fmt.Sprintf("おしゃれな新作%d", i), Body: "おしゃれな服が並ぶ。", Published: day("2026-05-02")})
	}
	mustPut(t, ix, arts...)
	if got := ids(mustSearch(t, ix, Request{Query: "オシャレ", PerPage: 20})); len(got) != 15 || !strings.HasPrefix(got[0], "katakana-") {
		t.Errorf("Search(オシャレ) = %v, want the 3 in katakana first and the 12 in hiragana", got)
	}
}

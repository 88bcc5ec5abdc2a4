package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Tests of what a minus excludes and what a space inside quotes matches.

var wordFixtures = []Article{
	{ID: "toyota-no", Title: "トヨタの全固体電池、量産へ", Body: "トヨタの全固体電池は二〇二七年に量産を始める。", Category: "電池", Tags: []string{"トヨタ"}, Published: day("2026-03-01")},
	{ID: "toyota-comma", Title: "新型車の計画", Body: "発表会の主役はトヨタ、全固体電池の両輪だった。", Category: "電池", Published: day("2026-03-02")},
	{ID: "tagged-only", Title: "全固体電池の試作ライン", Body: "試作ラインで全固体電池の評価が進む。", Category: "電池", Tags: []string{"トヨタ"}, Published: day("2026-03-03")},
	{ID: "apart", Title: "トヨタが新型車", Body: "トヨタは新型車を公開し、別の会社は全固体電池を語った。", Category: "自動車", Published: day("2026-03-04")},
	{ID: "ai-synonym", Title: "人工知能と全固体電池", Body: "人工知能で全固体電池の材料を探す。", Category: "AI", Published: day("2026-03-05")},
	{ID: "category-only", Title: "全固体電池を積んだ車", Body: "全固体電池を積んだ試作車が走った。", Category: "自動運転", Published: day("2026-03-06")},
	{ID: "phishing", Title: "証券口座の乗っ取りが急増", Body: "偽のログイン画面に誘うフィッシングの手口が広がっている。", Category: "セキュリティ", Published: day("2026-03-07")},
	{ID: "starlink", Title: "スターリンクが携帯と直接通信", Body: "衛星通信のスターリンクはスマホとの直接通信を始めた。", Category: "通信", Published: day("2026-03-08")},
	{ID: "tesla-toyota", Title: "テスラとトヨタの比較", Body: "テスラとトヨタの販売台数を比べた。", Category: "自動車", Published: day("2026-03-09")},
}

func TestCompoundAloneRelaxesToItsParts(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, wordFixtures...)
	res := mustSearch(t, ix, Request{Query: "フィッシング詐欺"})
	if !res.Relaxed || len(res.Hits) == 0 || res.Hits[0].ID != "phishing" {
		t.Errorf("フィッシング詐欺: relaxed %v, hits %v; want relaxed with phishing first", res.Relaxed, ids(res))
	}
	// A katakana compound is one word: イオントラップ is no イオン.
	mustPut(t, ix, Article{ID: "aeon", Title: "イオンの新店舗", Body: "イオンが新しい店舗を開いた。", Published: day("2026-03-10")})
	if res := mustSearch(t, ix, Request{Query: "イオントラップ"}); len(res.Hits) > 0 {
		t.Errorf("イオントラップ found %v by a part", ids(res))
	}
	// Beside another word the compound stays one unit: 詐欺 alone finds
	// nothing here, so nothing has both.
	res = mustSearch(t, ix, Request{Query: "フィッシング詐欺 全固体電池"})
	if slices.Contains(ids(res), "phishing") {
		t.Errorf("フィッシング詐欺 全固体電池 found phishing by a part: %v", ids(res))
	}
}

func TestKanjiCompoundRelaxesToItsWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "truck", Title: "トラックの自動運転、高速道路で実験", Body: "自動運転のトラックが隊列で走った。", Published: day("2026-03-01")},
		Article{ID: "car", Title: "自動運転の新型車を公開", Body: "自動運転に対応した車を公開した。", Published: day("2026-03-02")},
		Article{ID: "other", Title: "新型車の販売好調", Body: "新しい車がよく売れている。", Published: day("2026-03-03")},
	)
	// A synonym-group word (自動運転車) and a word with a one-kanji
	// suffix (自動運転者) that no article has whole fall back on 自動運転,
	// those that also say 車 first; 車 alone finds nothing.
	for _, q := range []string{"自動運転車", "自動運転者"} {
		res := mustSearch(t, ix, Request{Query: q})
		got := ids(res)
		if !res.Relaxed || slices.Contains(got, "other") || !slices.Contains(got, "truck") {
			t.Errorf("%s: relaxed %v, hits %v; want relaxed to the 自動運転 articles", q, res.Relaxed, got)
		}
		if q == "自動運転車" && (len(got) == 0 || got[0] != "car") {
			t.Errorf("%s: hits %v; want car first", q, got)
		}
	}
	// Whole where an article has it: no fallback.
	mustPut(t, ix, Article{ID: "whole", Title: "自動運転車の保険", Body: "自動運転車の事故は誰の責任か。", Published: day("2026-03-04")})
	if res := mustSearch(t, ix, Request{Query: "自動運転車"}); res.Relaxed || !slices.Equal(ids(res), []string{"whole"}) {
		t.Errorf("自動運転車 with an article that has it: relaxed %v, hits %v; want whole alone", res.Relaxed, ids(res))
	}
}

func TestShortKatakanaWithoutItsLongVowel(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "drone", Title: "ドローン配送が山間部で始まる", Body: "ドローンで薬を届ける。", Published: day("2026-03-01")},
		Article{ID: "post", Title: "配送の人手不足", Body: "配送の担い手が足りない。", Published: day("2026-03-02")},
	)
	for _, q := range []string{"ドロン", "ドロン配送", "ドロン 配送"} {
		res := mustSearch(t, ix, Request{Query: q})
		if res.Relaxed || len(res.Hits) == 0 || res.Hits[0].ID != "drone" {
			t.Errorf("%s: relaxed %v, hits %v; want drone first", q, res.Relaxed, ids(res))
		}
	}
}

// TestKanaForMisspeltLoanword: hiragana typed for a loanword without its
// long vowel, or with a vowel for it, finds the katakana word as the
// katakana typed so does; kana that finds something as typed does not
// look further.
func TestKanaForMisspeltLoanword(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "qc", Title: "量子コンピュータの実用化へ", Body: "コンピュータの計算を量子で行う。", Published: day("2026-03-01")},
		Article{ID: "robotaxi", Title: "ロボタクシーが都心を走る", Body: "無人のロボタクシーが営業を始めた。", Published: day("2026-03-02")},
		Article{ID: "taxi", Title: "タクシー運賃の改定", Body: "タクシー各社が運賃を改めた。", Published: day("2026-03-03")},
		Article{ID: "kawaii", Title: "かわいい猫の写真展", Body: "かわいい猫の写真が並ぶ。", Published: day("2026-03-04")},
		Article{ID: "kawai", Title: "カワイの新型ピアノ", Body: "カワイが新型ピアノを発表した。", Published: day("2026-03-05")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"without the long vowel", "こんぴゅた", []string{"qc"}},
		{"a vowel for the long vowel", "ろぼたくしい", []string{"robotaxi"}},
		{"as the articles write it", "ろぼたくしー", []string{"robotaxi"}},
		{"a word found as typed", "かわいい", []string{"kawaii"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
				t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestRomajiForLatinName: romaji typed for a name the articles write in
// Latin letters, with a dash for ー or without, finds it by the sound of
// its katakana (supe-suekkusu is スペースエックス, SpaceX), not by the
// sound of its pieces as English (suekkusu had found セックス).
func TestRomajiForLatinName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "sx", Title: "SpaceX、新型ロケットを打ち上げ", Body: "SpaceXは新型ロケットを打ち上げた。", Published: day("2026-03-01")},
		Article{ID: "sx2", Title: "SpaceXの衛星通信が拡大", Body: "SpaceXの衛星通信サービスが広がる。", Published: day("2026-03-02")},
		Article{ID: "x", Title: "映画の描写", Body: "セックス描写が話題の映画。", Published: day("2026-03-03")},
	)
	for _, q := range []string{"supe-suekkusu", "supesuekkusu"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !sameSet(got, []string{"sx", "sx2"}) {
			t.Errorf("Search(%s) = %v, want sx and sx2", q, got)
		}
	}
}

func TestDashTypedForLongVowel(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, wordFixtures...)
	for _, tc := range []struct{ q, want string }{
		{"スタ-リンク", "starlink"},
		{"スタ－リンク", "starlink"},
		{"スタ‐リンク", "starlink"},
		{"テスラ-トヨタ", "tesla-toyota"}, // two names: kept as typed
		{"suta-rinku", "starlink"},  // romaji typed for スターリンク
		{"sutaarinku", "starlink"},
	} {
		res := mustSearch(t, ix, Request{Query: tc.q})
		if res.Relaxed || len(res.Hits) == 0 || res.Hits[0].ID != tc.want {
			t.Errorf("%s: relaxed %v, hits %v; want %s first", tc.q, res.Relaxed, ids(res), tc.want)
		}
	}
}

func TestExclusionCoversWhatTheWordFinds(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, wordFixtures...)
	for _, tc := range []struct {
		name, q string
		want    []string
	}{
		{"text and tag", "全固体電池 -トヨタ", []string{"ai-synonym", "category-only"}},
		{"quoted: the text only", `全固体電池 -"トヨタ"`, []string{"tagged-only", "ai-synonym", "category-only"}},
		{"synonym", "全固体電池 -AI", []string{"toyota-no", "toyota-comma", "tagged-only", "apart", "category-only"}},
		{"category named", "全固体電池 -自動運転", []string{"toyota-no", "toyota-comma", "tagged-only", "apart", "ai-synonym"}},
		{"editor syntax too", "(全固体電池 OR 新型車) -トヨタ", []string{"ai-synonym", "category-only"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tc.q, PerPage: 20})
			got := ids(res)
			if !sameSet(got, tc.want) {
				t.Errorf("%s: got %v, want %v", tc.q, got, tc.want)
			}
			// Whatever the word itself finds is gone.
			pos := mustSearch(t, ix, Request{Query: "全固体電池 " + positive(tc.q), PerPage: 20})
			for _, id := range ids(pos) {
				if slices.Contains(got, id) && !slices.Contains(tc.want, id) {
					t.Errorf("%s kept %s, which the word finds", tc.q, id)
				}
			}
		})
	}
}

// positive is the excluded word of q without its minus (and quotes).
func positive(q string) string {
	i := len(q) - 1
	for i >= 0 && q[i] != '-' {
		i--
	}
	return q[i+1:]
}

func TestSpaceInPhrase(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, wordFixtures...)
	for _, tc := range []struct {
		name, q string
		want    []string
	}{
		{"particle or comma between", `"トヨタ 全固体電池"`, []string{"toyota-no", "toyota-comma"}},
		{"full-width space", "\"トヨタ\u3000全固体電池\"", []string{"toyota-no", "toyota-comma"}},
		{"as written", `"トヨタの全固体電池"`, []string{"toyota-no", "toyota-comma"}},
		{"title scope", `title:"トヨタ 全固体電池"`, []string{"toyota-no"}},
		{"order kept", `"全固体電池 トヨタ"`, nil},
		{"after a dictionary compound (its parts take positions)", `"全固体電池 評価"`, []string{"tagged-only"}},
		{"after a compound, a particle between", `"全固体電池 試作"`, []string{"tagged-only"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tc.q, PerPage: 20})
			if res.Relaxed != (tc.want == nil) {
				t.Fatalf("%s: relaxed %v, want exact matches %v", tc.q, res.Relaxed, tc.want)
			}
			if tc.want == nil {
				return // nothing matches the phrase itself
			}
			if got := ids(res); !sameSet(got, tc.want) {
				t.Errorf("%s: got %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

// TestKanaOfFunctionWordsAlike: kana that kagome reads as function words
// only (こと) is found by its reading alone, so also beside OR, and -こと
// excludes what こと finds; OR has at least what each side has.
func TestKanaOfFunctionWordsAlike(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "koto", Title: "コトの始まり", Body: "物語はここから始まる。", Published: day("2026-03-01")},
		Article{ID: "iruka", Title: "イルカの群れ", Body: "イルカが湾に現れた。", Published: day("2026-03-02")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"こと", []string{"koto"}},
		{"こと OR イルカ", []string{"koto", "iruka"}},
		{"イルカ OR こと", []string{"koto", "iruka"}},
		{"こと OR として", []string{"koto"}},
		{"-こと", []string{"iruka"}},
		{"イルカ -こと", []string{"iruka"}},
		{"(こと OR イルカ) -こと", []string{"iruka"}},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.q, got, tt.want)
		}
	}
}

// scopeFixtures have words whose pieces also stand apart in other
// articles (円 and 高, W and 杯).
var scopeFixtures = []Article{
	{ID: "endaka", Title: "円高が進み輸入品が値下がり", Body: "円高の影響で海外の家電が安くなった。", Published: day("2026-04-01")},
	{ID: "yen-apart", Title: "3万円で買える高音質イヤホン", Body: "価格は3万円、高音質が売りだ。", Published: day("2026-04-02")},
	{ID: "endaka-body", Title: "輸入家電の値下がり", Body: "円高が続き、輸入家電が安くなった。", Published: day("2026-04-03")},
	{ID: "wcup", Title: "W杯の予選で日本が勝利", Body: "日本代表がW杯の予選を突破した。", Published: day("2026-04-04")},
	{ID: "emperors-cup", Title: "天皇杯の決勝", Body: "W字型の陣形で天皇杯を制した。", Published: day("2026-04-05")},
	{ID: "japan-apart", Title: "日本の企業が代表を選ぶ", Body: "日本の業界団体は代表理事を選んだ。", Published: day("2026-04-06")},
}

// TestScopedWordAsTheSearchBoxFindsIt: title: and body: find what the
// word finds, in that field only; its pieces apart are no match.
func TestScopedWordAsTheSearchBoxFindsIt(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, scopeFixtures...)
	for _, tc := range []struct {
		name, q string
		want    []string
	}{
		{"the word", "円高", []string{"endaka", "endaka-body"}},
		{"in the title", "title:円高", []string{"endaka"}},
		{"in the body", "body:円高", []string{"endaka", "endaka-body"}},
		{"excluded from the body", "輸入 -body:円高", nil},
		{"excluded from the title", "輸入 -title:円高", []string{"endaka-body"}},
		{"a synonym's pieces side by side", "W杯", []string{"wcup"}},
		{"a synonym's pieces in a field", "body:W杯", []string{"wcup"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tc.q, PerPage: 20})); !sameSet(got, tc.want) {
				t.Errorf("%s = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

// TestExclusionIsTheRest: -word keeps exactly the articles word does not
// find, whatever it finds them by (its pieces apart, a synonym, a
// reading, a tag).
func TestExclusionIsTheRest(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, append(slices.Clone(wordFixtures), scopeFixtures...)...)
	all := len(wordFixtures) + len(scopeFixtures)
	for _, word := range []string{"円高", "W杯", "ワールドカップ", "トヨタ", "AI", "てすら", "ぜんこたいでんち", "全固体電池", "title:円高", `"日本 代表"`} {
		t.Run(word, func(t *testing.T) {
			found := ids(mustSearch(t, ix, Request{Query: word, PerPage: 100}))
			rest := ids(mustSearch(t, ix, Request{Query: "-" + word, PerPage: 100}))
			if res := mustSearch(t, ix, Request{Query: word}); res.Relaxed {
				found = nil // a relaxed search finds what no article has whole
			}
			if len(found)+len(rest) != all || slices.ContainsFunc(rest, func(id string) bool { return slices.Contains(found, id) }) {
				t.Errorf("%s finds %v; -%s keeps %v; want the other %d", word, found, word, rest, all-len(found))
			}
		})
	}
	// But a compound of words excludes the compound, not its words apart,
	// which 日本代表 also finds.
	if got := ids(mustSearch(t, ix, Request{Query: "日本 -日本代表", PerPage: 100})); !slices.Contains(got, "japan-apart") || slices.Contains(got, "wcup") {
		t.Errorf("日本 -日本代表 = %v, want japan-apart kept and wcup gone", got)
	}
}

// TestLettersJoined: single letters joined by an apostrophe or a point are
// one name, side by side (B'z is no b and z anywhere).
func TestLettersJoined(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "bz", Title: "B'zが新曲", Body: "ロックバンドのB’zが新曲を出した。", Published: day("2026-03-01")},
		Article{ID: "apart", Title: "Xperia Zの新色", Body: "プランBを選ぶと安い。Xperia Zは好評だ。", Published: day("2026-03-02")},
		Article{ID: "abcz", Title: "A.B.C-Zが公演", Body: "A.B.C-Zの公演が始まった。", Published: day("2026-03-03")},
	)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"B'z", []string{"bz"}},
		{"ｂ’ｚ", []string{"bz"}},
		{"A.B.C-Z", []string{"abcz"}},
	} {
		if res := mustSearch(t, ix, Request{Query: tc.q}); !slices.Equal(ids(res), tc.want) || res.Relaxed {
			t.Errorf("%s: %v (relaxed %v), want %v", tc.q, ids(res), res.Relaxed, tc.want)
		}
	}
}

// TestLatinWordWrittenApart: a Latin word some articles have inside a
// longer name (X25519MLKEM768) finds the many more that write it as two
// (ML-KEM), typed whole or apart; and one no article has goes on to the
// romaji with a vowel put back when its halves are words no article has
// side by side (toyta is no toy ta).
func TestLatinWordWrittenApart(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 2 {
		arts = append(arts, Article{ID: fmt.Sprintf("x%d", i), Title: fmt.Sprintf("X25519MLKEM768の鍵交換%d", i), Body: "X25519MLKEM768に切り替えた。", Published: day("2026-06-01")})
	}
	for i := range 30 {
		arts = append(arts, Article{ID: fmt.Sprintf("m%02d", i), Title: fmt.Sprintf("耐量子暗号の標準%d", i), Body: "ML-KEMを採用した。", Published: day("2026-06-02")})
	}
	arts = append(arts,
		Article{ID: "toyota", Title: "トヨタの新車", Body: "トヨタが新車を発表した。", Published: day("2026-06-03")},
		Article{ID: "toy", Title: "おもちゃの映画", Body: "toy story を見た。", Published: day("2026-06-03")},
		Article{ID: "ta", Title: "記号の話", Body: "ta という記号。", Published: day("2026-06-03")})
	mustPut(t, ix, arts...)
	for _, tc := range []struct {
		q    string
		want uint64
	}{
		{"mlkem", 32},
		{"ML KEM", 32},
		{"ml-kem", 30},
		{"toyta", 1},
	} {
		if res := mustSearch(t, ix, Request{Query: tc.q, PerPage: 50}); res.Total != tc.want {
			t.Errorf("%s: %d articles %v, want %d", tc.q, res.Total, ids(res), tc.want)
		}
	}
}

// TestWordOfNothingRelaxes: a word that leaves nothing to search for and
// nothing an article has (でぃーどす, kana kagome reads as no word) is
// dropped by a relaxed search like any word no article has, not a query
// that can never match.
func TestWordOfNothingRelaxes(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, wordFixtures...)
	res := mustSearch(t, ix, Request{Query: "でぃーどす すたーりんく"})
	if !res.Relaxed || len(res.Hits) == 0 || res.Hits[0].ID != "starlink" {
		t.Errorf("でぃーどす すたーりんく: relaxed %v, hits %v; want relaxed with starlink first", res.Relaxed, ids(res))
	}
	if res := mustSearch(t, ix, Request{Query: "でぃーどす"}); len(res.Hits) > 0 {
		t.Errorf("でぃーどす alone found %v", ids(res))
	}
}

// TestQuotedWordExcludesWhatItFinds: a dictionary word quoted alone
// excludes what the quoted word finds, its parts side by side in a longer
// word included ("量子コンピュータ" finds 光量子|コンピュータ).
func TestQuotedWordExcludesWhatItFinds(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "photonic", Title: "光量子コンピュータの開発", Body: "光量子コンピュータの試作機が動いた。", Published: day("2026-03-01")},
		Article{ID: "qc", Title: "量子コンピュータの実用化", Body: "量子コンピュータが実用に近づく。", Published: day("2026-03-02")},
		Article{ID: "crypto", Title: "量子暗号の通信", Body: "量子暗号で通信を守る。", Published: day("2026-03-03")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: `"量子コンピュータ"`})); !sameSet(got, []string{"photonic", "qc"}) {
		t.Errorf(`"量子コンピュータ" = %v, want photonic and qc`, got)
	}
	for _, q := range []string{`量子 -"量子コンピュータ"`, "量子 -量子コンピュータ"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !sameSet(got, []string{"crypto"}) {
			t.Errorf("%s = %v, want crypto alone", q, got)
		}
	}
}

// TestEmptyPhraseExcludesNothing: a minus before a phrase with no word in
// it (-"", -" ", -“”) excludes nothing; read as words, its minus had gone
// to the word after it (量子 -"" AI excluded AI, -"" 量子 listed every
// article without 量子).
func TestEmptyPhraseExcludesNothing(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, wordFixtures...)
	tests := []struct {
		name, q, want string // want: the query q searches as
	}{
		{"before a word", `全固体電池 -"" トヨタ`, "全固体電池 トヨタ"},
		{"first", `-"" トヨタ`, "トヨタ"},
		{"no space after", `全固体電池 -""トヨタ`, "全固体電池 トヨタ"},
		{"a space inside", `全固体電池 -" " トヨタ`, "全固体電池 トヨタ"},
		{"curly quotes", `全固体電池 -“” トヨタ`, "全固体電池 トヨタ"},
		{"full-width quotes", `全固体電池 -＂＂ トヨタ`, "全固体電池 トヨタ"},
		{"two of them", `全固体電池 -"""" トヨタ`, "全固体電池 トヨタ"},
		{"twice", `全固体電池 -"" -"" トヨタ`, "全固体電池 トヨタ"},
		{"before a stray (", `全固体電池 -"" (トヨタ`, "全固体電池 トヨタ"},
		{"beside an exclusion", `全固体電池 -"" -トヨタ`, "全固体電池 -トヨタ"},
		{"a stray quote after", `全固体電池 -""" トヨタ`, "全固体電池 トヨタ"},
		{"a minus before a stray quote", `全固体電池 "" -"トヨタ`, "全固体電池 -トヨタ"}, // (still excludes)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := ids(mustSearch(t, ix, Request{Query: tt.want, PerPage: 100}))
			if len(want) == 0 {
				t.Fatalf("%s finds nothing", tt.want)
			}
			if got := ids(mustSearch(t, ix, Request{Query: tt.q, PerPage: 100})); !sameSet(got, want) {
				t.Errorf("Search(%s) = %v, want %v as %s", tt.q, got, want, tt.want)
			}
		})
	}
}

// TestCategoryNameAsWritten: a category's name typed as the facet shows
// it, with its ・, finds the category's articles as typed without it does
// (宇宙・航空 had been cut into 宇宙 and 航空 as a sentence is, and found
// only the article that says both), so that it and -宇宙・航空 split the
// archive.
func TestCategoryNameAsWritten(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "rocket", Title: "H3ロケット打ち上げ成功", Body: "H3ロケットが打ち上げに成功した。", Category: "宇宙・航空", Published: day("2026-03-01")},
		Article{ID: "both", Title: "宇宙と航空の新会社", Body: "宇宙と航空の事業を一つにまとめる。", Category: "宇宙・航空", Published: day("2026-03-02")},
		Article{ID: "evtol", Title: "空飛ぶクルマの実証", Body: "空港と市内を結ぶ実証が始まった。", Category: "宇宙・航空", Published: day("2026-03-03")},
		Article{ID: "other", Title: "宇宙ビジネスの展望", Body: "宇宙の話題。", Category: "経済", Published: day("2026-03-04")},
		Article{ID: "battery", Title: "全固体電池の量産", Body: "全固体電池の量産が始まる。", Category: "全固体電池・次世代蓄電", Published: day("2026-03-05")},
		Article{ID: "sodium", Title: "ナトリウムイオン電池の工場", Body: "新しい工場が稼働した。", Category: "全固体電池・次世代蓄電", Published: day("2026-03-06")},
	)
	tests := []struct {
		q    string
		want []string
	}{
		{"宇宙・航空", []string{"rocket", "both", "evtol"}},
		{"宇宙航空", []string{"rocket", "both", "evtol"}},
		{"宇宙・航空 実証", []string{"evtol"}},
		{"全固体電池・次世代蓄電", []string{"battery", "sodium"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			found := ids(mustSearch(t, ix, Request{Query: tt.q, PerPage: 100, Relax: RelaxOff}))
			if !sameSet(found, tt.want) {
				t.Errorf("Search(%s) = %v, want %v", tt.q, found, tt.want)
			}
			if strings.Contains(tt.q, " ") {
				return
			}
			rest := ids(mustSearch(t, ix, Request{Query: "-" + tt.q, PerPage: 100}))
			if len(found)+len(rest) != 6 || slices.ContainsFunc(rest, func(id string) bool { return slices.Contains(found, id) }) {
				t.Errorf("%s finds %v; -%s keeps %v; want the other %d", tt.q, found, tt.q, rest, 6-len(found))
			}
		})
	}
}

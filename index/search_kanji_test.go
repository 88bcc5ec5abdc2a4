package index

import (
	"slices"
	"strings"
	"testing"
)

// Words of kanji and their compounds: the single kanji kagome cuts a word
// into are the word only side by side (円|高), a compound ranks the
// articles that write it before those with its words apart, a month goes
// with its number, a compound of an action is also found as the sentence
// articles write (情報漏洩: 情報が漏洩した), and the IME's other kanji for
// a word's sound (全個体電池, 対量子暗号) or a misspelt katakana word in a
// compound (量子コンピュター) are searched as the word meant.

// Single kanji that kagome splits a word into (円|高, 高|市) are the word
// only side by side.
func TestKanjiPiecesSideBySide(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "yen", Title: "円高で輸入品が値下がり", Body: "急速な円高が続き、輸入品の値下げが相次いだ。", Published: day("2026-04-01")},
		Article{ID: "apart", Title: "新型テレビ", Body: "価格は9,980円。高精細な画面を備える。", Published: day("2026-04-02")},
		Article{ID: "spaced", Title: "11万9,980円\u3000高精細モデル", Body: "新モデルを発表した。", Published: day("2026-04-03")},
		Article{ID: "plant", Title: "新工場が稼働", Body: "新工場で生産を始めた。", Published: day("2026-04-04")},
		Article{ID: "wing", Title: "工場の新棟", Body: "工場に新棟を建てた。", Published: day("2026-04-05")},
		Article{ID: "heat", Title: "熱中症に注意", Body: "熱中症の予防には水分を。", Published: day("2026-04-06")},
		Article{ID: "sz", Title: "ロボット企業の拠点", Body: "中国の深圳を拠点とする企業が新型機を発表した。", Published: day("2026-04-07")},
		Article{ID: "kenshin", Title: "医療データの共有", Body: "過去の薬の処方や健診の結果を医師が見られる。", Published: day("2026-04-08")},
		Article{ID: "naiken", Title: "賃貸の新サービス", Body: "入居者は部屋を内見できる。", Published: day("2026-04-09")},
		Article{ID: "sat", Title: "通信の新計画", Body: "米スペースXの衛星通信網を使う。", Published: day("2026-04-10")},
		Article{ID: "laser", Title: "着陸失敗", Body: "レーザー測距器に不具合があった。", Published: day("2026-04-11")},
		Article{ID: "pollen", Title: "花粉症の季節", Body: "今年は花粉症の人が多い。", Published: day("2026-04-12")},
		Article{ID: "tax", Title: "年末調整の書き方", Body: "会社員は年末調整で税金を精算する。", Published: day("2026-04-13")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"円高", []string{"yen"}},
		{"円高 輸入品", []string{"yen"}},
		{"円 高精細", []string{"apart", "spaced"}},
		{"新工場", []string{"plant"}}, // a prefix and its word
		{"工場 新", []string{"plant", "wing"}},
		{"新NISA", nil},              // no NISA: not everything new
		{"花粉症", []string{"pollen"}}, // not every illness
		// Words the index does not join (a verb or an adjective, a
		// user-dictionary word, kagome's other split) are found by their
		// pieces.
		{"深圳", []string{"sz"}},
		{"健診", []string{"kenshin"}},
		{"内見", []string{"naiken"}},
		{"衛星通信網", []string{"sat"}},
		{"測距器", []string{"laser"}},
		// The IME's other kanji for the same sound.
		{"花粉証", []string{"pollen"}},
		{"年末調製", []string{"tax"}},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestHomophoneRespelled: a word of kanji no article has, which reads as
// a word the articles write (the IME's other kanji: 全個体電池), is searched
// as that word: the same ranking, the word highlighted. By its reading
// alone, a roundup that names it once had ranked first.
func TestHomophoneRespelled(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "battery", Title: "全固体電池の量産へ", Body: "トヨタは全固体電池を量産する。全固体電池は燃えにくい。", Published: day("2026-04-01")},
		Article{ID: "battery-2", Title: "全固体電池の新工場", Body: "全固体電池の工場が稼働した。", Published: day("2026-04-02")},
		Article{ID: "roundup", Title: "週間まとめ", Body: "AIの新モデル、量子コンピュータ、全固体電池、自動運転の話題をまとめた。ゼンコタイデンチ。", Published: day("2026-04-03")},
	)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	right := mustSearch(t, ix, Request{Query: "全固体電池"})
	res := mustSearch(t, ix, Request{Query: "全個体電池"})
	if got, want := ids(res), ids(right); !slices.Equal(got, want) || res.Relaxed {
		t.Errorf("Search(全個体電池) = %v (relaxed %v), want %v as for 全固体電池", got, res.Relaxed, want)
	}
	if len(res.Hits) > 0 && res.Hits[0].Score < right.Hits[0].Score/2 {
		// (A match by reading alone weighs a small part of the word.)
		t.Errorf("Search(全個体電池) scores %.3f, 全固体電池 %.3f: not searched as the word", res.Hits[0].Score, right.Hits[0].Score)
	}
	if len(res.Hits) > 0 && !strings.Contains(res.Hits[0].TitleHTML, "<mark>全固体電池</mark>") {
		t.Errorf("title_html = %q, want 全固体電池 marked", res.Hits[0].TitleHTML)
	}
	// And beside other words, after a particle too.
	for _, q := range []string{"全個体電池の量産", "トヨタの全個体電池", "全個体電池 量産"} {
		right := strings.ReplaceAll(q, "全個体電池", "全固体電池")
		res, want := mustSearch(t, ix, Request{Query: q}), mustSearch(t, ix, Request{Query: right})
		if !slices.Equal(ids(res), ids(want)) || res.Relaxed != want.Relaxed || len(want.Hits) == 0 {
			t.Errorf("Search(%q) = %v (relaxed %v), want %v (relaxed %v) as for %s", q, ids(res), res.Relaxed, ids(want), want.Relaxed, right)
		}
	}
}

// TestVariantRespelled: a name of kanji typed in the common form of a kanji
// the articles write in an old one (倖田来未 for 倖田來未; 倖 and 來 have no
// reading to meet on) is searched as the articles write it, alone, after a
// particle and beside other words; a word that matches as typed is not
// respelled.
func TestVariantRespelled(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "singer", Title: "倖田來未が結婚を発表", Body: "歌手の倖田來未さんが結婚を発表した。", Published: day("2026-04-01")},
		Article{ID: "other", Title: "歌手が新曲を発表", Body: "来月に新曲を出す。未定の部分もある。", Published: day("2026-04-02")},
		Article{ID: "future", Title: "未来の家電", Body: "未来の家電を紹介する。", Published: day("2026-04-03")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{name: "alone", q: "倖田来未", want: []string{"singer"}},
		{name: "beside a word", q: "倖田来未 結婚", want: []string{"singer"}},
		{name: "before a particle", q: "倖田来未の結婚", want: []string{"singer"}},
		{name: "as the articles write it", q: "倖田來未", want: []string{"singer"}},
		{name: "a word articles have as typed", q: "未来", want: []string{"future"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !slices.Equal(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
	// Searched as the word itself, not by a reading that only the
	// variant's fold gives it: the same score, the name marked.
	right := mustSearch(t, ix, Request{Query: "倖田來未"})
	res := mustSearch(t, ix, Request{Query: "倖田来未"})
	if len(res.Hits) == 0 || len(right.Hits) == 0 {
		t.Fatalf("Search(倖田来未) = %v, 倖田來未 %v", ids(res), ids(right))
	}
	if res.Hits[0].Score < right.Hits[0].Score/2 || !strings.Contains(res.Hits[0].TitleHTML, "<mark>倖田來未</mark>") {
		t.Errorf("Search(倖田来未): score %.3f (倖田來未 %.3f), title %q: not searched as the name", res.Hits[0].Score, right.Hits[0].Score, res.Hits[0].TitleHTML)
	}
}

// TestKatakanaRespelledInCompound: a compound whose katakana word is
// misspelt (量子コンピュター) is searched as the compound the articles
// write (量子コンピュータ), not as its words apart with the misspelt one at a
// small weight, which ranked an article with many 量子 first.
func TestKatakanaRespelledInCompound(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "qc", Title: "量子コンピュータを開発", Body: "量子コンピュータの試作機を公開した。", Published: day("2026-04-01")},
		Article{ID: "many", Title: "量子暗号と量子通信の量子技術", Body: "量子の話。量子の応用。量子の未来。計算にはコンピュータも使う。", Published: day("2026-04-02")},
	)
	right := mustSearch(t, ix, Request{Query: "量子コンピュータ"})
	res := mustSearch(t, ix, Request{Query: "量子コンピュター"})
	if got, want := ids(res), ids(right); len(got) == 0 || got[0] != "qc" || len(want) == 0 || want[0] != "qc" {
		t.Fatalf("Search(量子コンピュター) = %v, 量子コンピュータ %v; want qc first", got, want)
	}
	if res.Hits[0].Score < right.Hits[0].Score/2 || !strings.Contains(res.Hits[0].TitleHTML, "<mark>量子コンピュータ</mark>") {
		t.Errorf("Search(量子コンピュター): score %.3f (量子コンピュータ %.3f), title %q: not searched as the compound", res.Hits[0].Score, right.Hits[0].Score, res.Hits[0].TitleHTML)
	}
}

// TestHomophoneTypoSynonyms: kanji the IME chose for the same sound
// (対量子暗号 for 耐量子暗号) find the word, and what its synonyms call it.
func TestHomophoneTypoSynonyms(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "word", Title: "耐量子暗号への移行", Body: "政府は耐量子暗号への移行計画を決めた。", Published: day("2026-04-01")},
		Article{ID: "synonym", Title: "銀行がPQCを導入", Body: "銀行はポスト量子暗号の導入を進める。", Published: day("2026-04-02")},
		Article{ID: "other", Title: "量子の研究", Body: "量子の研究が進む。", Published: day("2026-04-03")},
	)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "対量子暗号"})); !sameSet(got, []string{"word", "synonym"}) {
		t.Errorf("対量子暗号 = %v, want word and synonym", got)
	}
}

// TestKanjiCompoundSideBySideFirst: a compound of kanji words searched
// alone ranks the articles that have it as written before those that have
// its words apart, however often (選択画面 had ranked an app review that
// says 画面 in its title and six times below, 選択 once, first); beside
// other words it counts as a spaced pair does.
func TestKanjiCompoundSideBySideFirst(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "apart", Title: "2画面で見比べる画像アプリ", Body: "画面を分割して画面ごとに表示する。縦画面と横画面に対応。画面の明るさも変えられる。写真を選択して画面に並べる。", Published: day("2026-04-01")},
		Article{ID: "compound", Title: "スマホ新法が施行", Body: "アプリストアの提供を妨げることを禁じた。初期設定のブラウザーを選ぶ選択画面の表示も義務付けた。違反には課徴金を科す。", Published: day("2026-04-02")},
		Article{ID: "weather", Title: "週末の天気", Body: "晴れる見込み。", Published: day("2026-04-03")},
		Article{ID: "baseball", Title: "開幕戦", Body: "逆転で勝った。", Published: day("2026-04-03")},
		Article{ID: "film", Title: "新作映画", Body: "来月公開。", Published: day("2026-04-03")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "選択画面"})); len(got) != 2 || got[0] != "compound" {
		t.Errorf("選択画面 = %v, want compound first", got)
	}
}

// TestDictionaryWordsSplit: a kanji month the dictionary keeps whole is
// its number and 月 (十二月 is 12月), and a month goes with its number (12月
// is no 5月12日); 自動運転 is no 自動車運転.
func TestMonthsAndCompounds(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "wedding", Title: "結婚式の費用が上昇", Body: "挙式と披露宴の平均費用が増えた。", Published: day("2026-05-01")},
		Article{ID: "december", Title: "年末商戦が本格化", Body: "十二月二十五日に向けて売り場を広げた。", Published: day("2026-05-02")},
		Article{ID: "driving", Title: "自動車運転の免許制度", Body: "高齢者の自動車運転を見直す。", Published: day("2026-05-03")},
		Article{ID: "autonomous", Title: "自動運転の実証", Body: "自動運転の車両が走った。", Published: day("2026-05-04")},
		Article{ID: "may12", Title: "新製品は5月12日に発売", Body: "発売日は5月12日、価格は未定。", Published: day("2026-05-05")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"12月25日", []string{"december"}},
		{"十二月", []string{"december"}},
		{"12月", []string{"december"}}, // not 5月12日
		{`"自動運転"`, []string{"autonomous"}},
		{"自動運転", []string{"autonomous"}},
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		if got := ids(res); !slices.Equal(got, tt.want) || res.Relaxed {
			t.Errorf("%s = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
		}
	}
}

// A compound of two kanji nouns whose second is an action is also found
// as the sentence articles write it (情報漏洩: 情報が漏洩した), below the
// compound itself; not by its parts far apart.
func TestActionCompoundAsSentence(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "compound", Title: "大学で情報漏洩", Body: "大学で情報漏洩があった。", Published: day("2026-05-01")},
		Article{ID: "sentence", Title: "通販サイトに不正アクセス", Body: "会員の個人情報が漏洩した可能性がある。", Published: day("2026-05-02")},
		Article{ID: "apart", Title: "情報の整理術", Body: "情報を整理する。漏洩対策は別の記事で扱う。", Published: day("2026-05-03")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"情報漏洩", []string{"compound", "sentence"}},
		{"情報漏えい", []string{"compound", "sentence"}},       // (by the synonym 情報漏洩)
		{"data breach", []string{"compound", "sentence"}}, // (by the glossary)
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

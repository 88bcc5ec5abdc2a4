package index

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// ruleFixtures are written for the analysis rules of the search: each
// pair differs in exactly the way a rule is about.
var ruleFixtures = []Article{
	{ID: "computer-long", Title: "量子コンピューターの実用化へ前進", Body: "新しいサーバーはユーザーの要望に応えた。", Published: day("2026-03-01")},
	{ID: "computer-short", Title: "スーパーコンピュータを更新", Body: "サーバとユーザの管理を一本化する。", Published: day("2026-03-02")},
	{ID: "paris", Title: "パリで国際会議", Body: "会議はパリ市内で開かれた。", Published: day("2026-03-03")},
	{ID: "bali", Title: "バリ島のリゾート開発", Body: "バリ島に新しいホテルが開業した。", Published: day("2026-03-04")},
	{ID: "tesla", Title: "テスラが新型車を発表", Body: "米テスラは新型の電気自動車を発表した。", Published: day("2026-03-05")},
	{ID: "jidou", Title: "自動運転タクシーの実証", Body: "自動運転の車両が市街地を走った。", Published: day("2026-03-06")},
	{ID: "ssb", Title: "全固体電池の量産へ", Body: "全固体電池の試作ラインが稼働した。", Published: day("2026-03-07")},
	{ID: "jinkou", Title: "人工知能の研究拠点", Body: "人工知能の研究開発を進める。", Published: day("2026-03-08")},
	{ID: "ai-literal", Title: "AIの研究拠点", Body: "AIの研究開発を進める。", Published: day("2026-03-09")},
	{ID: "smartphone", Title: "スマートフォンの新機種", Body: "新しいスマートフォンが発売された。", Published: day("2026-03-10")},
	{ID: "year", Title: "2026年の事業計画", Body: "2026年度から新工場を稼働させる。", Published: day("2026-03-11")},
	{ID: "tokidoki", Title: "時々雨の予報", Body: "週末は時々雨が降る見込み。", Published: day("2026-03-12")},
	{ID: "watanabe-old", Title: "渡邊社長が会見", Body: "渡邊社長は新戦略を説明した。", Published: day("2026-03-13")},
	{ID: "watanabe", Title: "渡辺社長が講演", Body: "渡辺社長は市場の見通しを語った。", Published: day("2026-03-14")},
	{ID: "takahashi", Title: "髙橋選手が優勝", Body: "髙橋選手が大会で優勝した。", Published: day("2026-03-15")},
	{ID: "uchiawase", Title: "打合せの議事録", Body: "打合せで決まった内容をまとめた。", Published: day("2026-03-16")},
	{ID: "lopez", Title: "ジェニファーロペスが来日", Body: "歌手のジェニファーロペスが東京で公演した。", Published: day("2026-03-17")},
	{ID: "kasumigaseki", Title: "霞ヶ関の官庁街", Body: "霞ヶ関で働く職員に聞いた。", Published: day("2026-03-18")},
	{ID: "minuke", Title: "偽造カードの被害", Body: "窓口では偽造を見抜けなかった。転んでも起き上がれるロボット。誰でも使う機能。", Published: day("2026-03-19")},
	{ID: "terahertz", Title: "テラヘルツ帯の通信", Body: "6G向けにテラヘルツ帯で伝送した。第4週の発表。", Published: day("2026-03-20")},
	{ID: "rocketlab", Title: "ロケットラボが打ち上げ", Body: "ロケットラボは小型衛星を軌道に投入した。", Published: day("2026-03-21")},
	{ID: "chiplet", Title: "チップレット接続の規格", Body: "チップレット同士をつなぐ。", Published: day("2026-03-22")},
	{ID: "humanoid-kana", Title: "ヒューマノイドの研究", Body: "ヒューマノイドが歩いた。", Published: day("2026-03-23")},
	{ID: "humanoid-kanji", Title: "人型ロボットを導入", Body: "工場に人型ロボットが入った。", Published: day("2026-03-24")},
	{ID: "ahamo", Title: "ahamoが新料金", Body: "ahamoは月30GBで2970円のプランを改める。", Published: day("2026-03-25")},
	{ID: "giga", Title: "大容量プランを拡充", Body: "データ通信は月50ギガバイトまでになる。", Published: day("2026-03-26")},
	{ID: "monhan", Title: "モンスターハンターワイルズが好調", Body: "新作の販売が伸びた。", Published: day("2026-03-27")},
	{ID: "parkinson", Title: "パーキンソン病の新薬", Body: "パーキンソン病の治療薬が承認された。", Published: day("2026-03-28")},
	{ID: "usb", Title: "USB4ハブの新製品", Body: "USBの差し込み口を4つ備える。", Published: day("2026-03-29")},
	{ID: "yoasobi", Title: "YOASOBIが新曲", Body: "YOASOBIの新曲が配信された。", Published: day("2026-03-30")},
	{ID: "pixel", Title: "Pixel 10の発売日", Body: "グーグルのPixel 10が発売される。", Published: day("2026-03-31")},
	{ID: "kyoto", Title: "京都の紅葉が見ごろ", Body: "京都市内は観光客で混雑した。", Published: day("2026-04-01")},
	{ID: "kyou", Title: "きょうのまとめ", Body: "きょうの主なニュースを振り返る。", Published: day("2026-04-02")},
	{ID: "tokyo-to", Title: "東京都が補助金", Body: "東京都は補助金の対象を広げる。", Published: day("2026-04-03")},
	{ID: "tokyo-within", Title: "新店舗が相次ぐ", Body: "東京都内では新しい店舗が相次いで開業した。", Published: day("2026-04-04")},
	{ID: "nano2", Title: "2ナノの試作", Body: "2ナノメートル世代の半導体を試作した。", Published: day("2026-04-05")},
	{ID: "nano28", Title: "第2工場が稼働", Body: "28ナノの製品を量産する。", Published: day("2026-04-06")},
	{ID: "zipline", Title: "Ziplineがドローン配送", Body: "米Ziplineは医薬品の配送を広げる。", Published: day("2026-04-08")},
	{ID: "thin", Title: "薄型の新モデル", Body: "本体の厚さは5.6ミリになった。", Published: day("2026-04-07")},
	{ID: "paypay", Title: "PayPayが登録者数を発表", Body: "コード決済のPayPayは登録者が増えた。", Published: day("2026-04-09")},
	{ID: "rakuten-pay", Title: "楽天ペイの新機能", Body: "楽天ペイはコンビニでのチャージ払いに対応した。", Published: day("2026-04-10")},
	{ID: "kaizan", Title: "決済画面に不正な処理", Body: "決済画面が改ざんされ、カード番号が盗まれた。", Published: day("2026-04-11")},
	{ID: "ntt", Title: "NTTが新サービス", Body: "NTTは光回線の新料金を発表した。", Published: day("2026-04-12")},
	{ID: "iss", Title: "国際宇宙ステーションで実験", Body: "論理量子ビットの誤り訂正を試した。", Published: day("2026-04-13")},
	{ID: "shukatsu", Title: "就活の面接対策", Body: "就活生に聞いた。", Published: day("2026-04-15")},
	{ID: "hanryu", Title: "韓流ドラマの人気", Body: "韓流スターが来日した。", Published: day("2026-04-15")},
	{ID: "yurukyara", Title: "ゆるキャラの祭典", Body: "各地のゆるキャラが集まった。", Published: day("2026-04-15")},
	{ID: "ssd", Title: "SSDの新規格", Body: "転送速度が上がった。", Published: day("2026-04-16")},
	{ID: "station", Title: "充電ステーションを増設", Body: "充電ステーションとビット単位の課金。", Published: day("2026-04-14")},
}

func TestAnalysisRules(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, ruleFixtures...)
	tests := []struct {
		rule int
		name string
		q    string
		want []string // exactly these, in this order when ordered
		ord  bool
	}{
		{2, "long vowel dropped", "コンピュータ", []string{"computer-long", "computer-short"}, false},
		{2, "long vowel added", "サーバー ユーザー", []string{"computer-long", "computer-short"}, false},
		{2, "no over-folding", "パリ", []string{"paris"}, false},
		{2, "no over-folding the other way", "バリ", []string{"bali"}, false},
		{6, "hiragana for katakana", "てすら", []string{"tesla"}, false},
		{5, "a company suffix after a name is optional", "テスラ社", []string{"tesla"}, false},
		{5, "a company suffix after a katakana name is optional", "ロケットラボ社", []string{"rocketlab"}, false},
		{5, "an honorific suffix after a Latin name is optional", "YOASOBI様", []string{"yoasobi"}, false},
		{9, "a name in katakana by the Latin name it sounds like", "ジップライン", []string{"zipline"}, false},
		{9, "and with a company suffix", "ジップライン社", []string{"zipline"}, false},
		{6, "hiragana for kanji", "じどううんてん", []string{"jidou"}, false},
		{6, "hiragana for a user-dictionary compound", "ぜんこたいでんち", []string{"ssb"}, false},
		{6, "katakana for kanji", "ジドウウンテン", []string{"jidou"}, false},
		{6, "hiragana with a particle", "ぜんこたいでんちのりょうさん", []string{"ssb"}, false},
		{6, "hiragana whose last kana also reads as a particle", "きょうと", []string{"kyoto"}, false},
		{4, "a prefecture finds it written with 内", "東京都", []string{"tokyo-to", "tokyo-within"}, false},
		{5, "and 京都 still finds no 東京都", "京都", []string{"kyoto"}, false},
		{4, "a prefix and the word after it, inside a user-dictionary compound", "全固体", []string{"ssb"}, false},
		{5, "a number and its unit are one word", "2ナノ", []string{"nano2"}, false},
		{5, "a number and its unit of two words", "2ナノメートル", []string{"nano2"}, false},
		{8, "a unit by its symbol", "5.6mm", []string{"thin"}, false},
		{6, "hiragana with a particle that makes no word", "きょうの", []string{"kyou"}, false},
		{8, "synonym, exact first", "AI", []string{"ai-literal", "jinkou"}, true},
		{8, "multi-token synonym", "スマホ", []string{"smartphone"}, false},
		{8, "synonym the other way", "人工知能", []string{"jinkou", "ai-literal"}, true},
		{9, "katakana name inside a longer unknown word", "ロペス", []string{"lopez"}, false},
		{10, "kanji digits", "二〇二六年度", []string{"year"}, false}, // (二〇二六年 alone is the date: see datewords.go)
		{10, "kanji numeral with units", "二千二十六年度", []string{"year"}, false},
		{10, "iteration mark written out", "時時", []string{"tokidoki"}, false},
		{12, "name variant, exact first", "渡辺", []string{"watanabe", "watanabe-old"}, true},
		{12, "name variant the other way", "渡邊", []string{"watanabe-old", "watanabe"}, true},
		{12, "rare kanji variant", "高橋", []string{"takahashi"}, false},
		{12, "okurigana variant", "打ち合わせ", []string{"uchiawase"}, false},
		{12, "small ケ", "霞ケ関", []string{"kasumigaseki"}, false},
		{3, "plain verb finds its potential", "見抜く", []string{"minuke"}, false},
		{3, "plain verb finds its potential in る", "起き上がる", []string{"minuke"}, false},
		{3, "potential finds the plain verb", "使える", []string{"minuke"}, false},
		{5, "two katakana are no kanji by reading", "タイ", nil, false},
		{5, "a number and its letters are one word", "4G", nil, false},
		{5, "quoted, and not relaxed into a 4 and a g", `"4G"`, nil, false},
		{5, "a number and its letters found together", "6G", []string{"terahertz"}, false},
		{8, "a name of two Latin words by its synonym", "Rocket Lab", []string{"rocketlab"}, false},
		{9, "an English word by the katakana word kagome cuts when alone", "chiplet", []string{"chiplet"}, false},
		{9, "a name and a quantity after it are two words", "ahamo 30GB", []string{"ahamo"}, false},
		{8, "an English word, by its katakana and then that word's synonyms", "humanoid", []string{"humanoid-kana", "humanoid-kanji"}, true},
		{8, "a katakana synonym kagome cuts alone, whole in the article", "GB", []string{"ahamo", "giga"}, false},
		{8, "a katakana synonym run on in a longer word", "モンハン", []string{"monhan"}, false},
		{9, "misspelt katakana before kanji", "パーキソン病", []string{"parkinson"}, false},
		{6, "an abbreviation's letters spelt out in kana", "ユーエスビー", []string{"usb"}, false},
		{6, "an abbreviation's letters spelt out, then a number", "ユーエスビー4", []string{"usb"}, false},
		{12, "an English word with two letters swapped", "Pixle 10", []string{"pixel"}, false},
		{12, "an English word with a letter dropped", "pxel", []string{"pixel"}, false},
		{12, "an English word with two letters swapped, alone", "pixle", []string{"pixel"}, false},
		{12, "romaji with a vowel left out", "tesra", []string{"tesla"}, false},
		{12, "romaji with a vowel left out, a name in kanji", "rakten", []string{"rakuten-pay"}, false},
		{8, "a word said twice by its synonym, not its half", "ペイペイ", []string{"paypay"}, false},
		{12, "a kanji word by its spelling partly in kana", "改竄", []string{"kaizan"}, false},
		{6, "letters spelt in hiragana without long vowels", "えぬてぃてぃ", []string{"ntt"}, false},
		{6, "letters spelt in hiragana with long vowels", "えすえすでぃー", []string{"ssd"}, false},
		{6, "kana for a coined word whose first kanji kagome reads alone", "しゅうかつ", []string{"shukatsu"}, false},
		{6, "kana for a word kagome reads otherwise than readers say it", "はんりゅう", []string{"hanryu"}, false},
		{6, "kana for a word kagome cuts into a verb and a noun", "ゆるきゃら", []string{"yurukyara"}, false},
		{4, "a word of a compound inside a compound", "ステーション", []string{"iss", "station"}, false},
		{4, "a word of a compound inside a compound, in the title", "title:ステーション", []string{"iss", "station"}, false},
		{4, "a compound inside a compound", "宇宙ステーション", []string{"iss"}, false},
		{4, "a word of a compound inside a compound, excluded", "body:論理量子ビット -ビット", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			got := ids(res)
			ok := sameSet(got, tt.want)
			if tt.ord {
				ok = slices.Equal(got, tt.want)
			}
			if !ok {
				t.Errorf("rule %d: Search(%q) = %v, want %v (ordered: %v)", tt.rule, tt.q, got, tt.want, tt.ord)
			}
			if res.Relaxed {
				t.Errorf("rule %d: Search(%q) was relaxed", tt.rule, tt.q)
			}
		})
	}
}

func TestReadingMatchesAreHighlighted(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, ruleFixtures...)
	hit := mustSearch(t, ix, Request{Query: "じどううんてん"}).Hits[0]
	if hit.TitleHTML != "<mark>自動運転</mark>タクシーの実証" {
		t.Errorf("title_html = %q", hit.TitleHTML)
	}
}

func TestAnalyze(t *testing.T) {
	ix := mustOpen(t)
	toks, err := ix.Analyze(t.Context(), "ＡＩが発表した", "body")
	if err != nil || len(toks) != 2 || toks[0].Term != "ai" || toks[0].Surface != "ＡＩ" || toks[1].Term != "発表" {
		t.Errorf("Analyze body = %+v, %v", toks, err)
	}
	// A user-dictionary compound and its parts share one reading position.
	toks, err = ix.Analyze(t.Context(), "自動運転", "reading")
	if err != nil || len(toks) != 3 || toks[0].Term != "ジドウウンテン" || toks[1].Term != "ジドウ" || toks[2].Position != 1 {
		t.Errorf("Analyze reading = %+v, %v", toks, err)
	}
	if _, err := ix.Analyze(t.Context(), "x", "nope"); err == nil {
		t.Error("unknown field accepted")
	}
}

// TestReadingBringsSynonyms: a word typed in hiragana is found by its
// reading, and the synonyms of the word the articles write under that
// reading come after it.
func TestReadingBringsSynonyms(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, ruleFixtures...)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	res := mustSearch(t, ix, Request{Query: "じんこうちのう"})
	if got := ids(res); !slices.Equal(got, []string{"jinkou", "ai-literal"}) {
		t.Errorf("じんこうちのう = %v, want jinkou (人工知能 by reading), then ai-literal (its synonym AI)", got)
	}
}

// TestBoosted: boosted scales the leaves of a copy (bleve ignores a boost
// set on a disjunction) and leaves the query it copies as it was.
func TestBoosted(t *testing.T) {
	a, b := bleve.NewTermQuery("a"), bleve.NewTermQuery("b")
	a.SetBoost(2)
	q := bleve.NewDisjunctionQuery(a, bleve.NewConjunctionQuery(b))
	got := boosted(q, 10).(*query.DisjunctionQuery)
	ga := got.Disjuncts[0].(*query.TermQuery)
	gb := got.Disjuncts[1].(*query.ConjunctionQuery).Conjuncts[0].(*query.TermQuery)
	if ga.Boost() != 20 || gb.Boost() != 10 || a.Boost() != 2 || b.Boost() != 1 {
		t.Errorf("boosted leaves %v and %v (want 20 and 10); originals %v and %v (want 2 and 1)", ga.Boost(), gb.Boost(), a.Boost(), b.Boost())
	}
}

// TestFieldSynonyms: a word in a field finds its synonyms in that field,
// as the search box finds them anywhere.
func TestFieldSynonyms(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "wcup", Title: "W杯予選で日本が勝利", Body: "日本代表が予選を突破した。", Published: day("2026-05-01")},
		Article{ID: "body", Title: "代表の新監督", Body: "ワールドカップに向けて新監督が就任した。", Published: day("2026-05-02")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"title:ワールドカップ", []string{"wcup"}},
		{`title:"ワールドカップ"`, []string{"wcup"}},
		{"body:W杯", []string{"body"}},
		{"日本 -title:ワールドカップ", nil},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.q, got, tt.want)
		}
	}
}

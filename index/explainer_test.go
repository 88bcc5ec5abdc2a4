package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestExplainsTitle: the titles sites give explainers, and news titles
// that only look like them.
func TestExplainsTitle(t *testing.T) {
	for _, tt := range []struct {
		name, title string
		want        bool
	}{
		{"とは with a question mark", "全固体電池とは？　リチウムイオン電池との違い", true},
		{"とは full-width space", "パスキーとは　パスワードのいらないログインの仕組み", true},
		{"とは何か", "解説：CoWoSとは何か", true},
		{"とは at the end", "パスキーとは", true},
		{"a clause before とは", "スマホのカメラで写りを決める本当の要素とは", false},
		{"って何", "RAGって何？ 社内文書を読むAI", true},
		{"label", "解説：なぜ半導体は足りなくなるのか", true},
		{"long label", "長編解説：量子コンピュータはいつ暗号を破るのか", true},
		{"bracketed label", "【解説】6Gで何が変わる？", true},
		{"said of the article", "液浸冷却をやさしく解説", true},
		{"an expert explains", "家電ライターが解説　掃除機の選び方", true},
		{"workings", "パスワードのいらないログインの仕組み", true},
		{"workings and problems", "液浸冷却の仕組みと課題", true},
		{"primer", "はじめての生成AI入門", true},
		{"Q&A full-width", "【Ｑ＆Ａ】マイナ保険証の使い方", true},
		{"what differs", "自動運転の「レベル3」と「レベル4」は何が違う？", true},
		{"the difference", "半固体電池と全固体電池の違い", true},
		{"とは of a quoted term", "量子計算の「実用性」とは何か", true},
		{"とは after a label", "解説：CoWoSとは何か", true},
		{"teaser of a clause", "香川真司が描く夢の移籍先とは？", false},
		{"teaser after a comma", "ゴルフデートを攻略、グッと彼女に近づける方法とは", false},
		{"teaser with を", "日本を救った1本のパスとは？", false},
		{"とは said", "もう「重い」とは言わせない", false},
		{"とはいえ", "円安とはいえ輸出は伸びず", false},
		{"AI commentator", "試合の展開を読んで解説、多言語で同時配信", false},
		{"a new scheme", "政府、新たな仕組みを導入へ", false},
		{"news", "トヨタ、全固体電池の量産ライン建設に着手", false},
		{"roundup mentioning an explainer", "週間まとめ：CoWoS解説が反響", false},
	} {
		if got := explainsTitle(tt.title); got != tt.want {
			t.Errorf("%s: explainsTitle(%q) = %v, want %v", tt.name, tt.title, got, tt.want)
		}
	}
}

// TestAsksWhat: the queries that ask what something is.
func TestAsksWhat(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"全固体電池とは", true},
		{"全固体電池 とは", true},
		{"ＬＬＭとは？", true},
		{"RAGって何", true},
		{"量子コンピュータ 仕組み", true},
		{"LLM わかりやすく", true},
		{"耐量子暗号 入門", true},
		{"全固体電池はなぜ燃えにくいのか", true},
		{"なぜ 全固体電池", true},
		{"全固体電池はどうして安全なの", true},
		{"全固体電池", false},
		{"円安とはいえ", false},
		{"全固体電池 理由", false},
		{"全固体電池 量産", false},
	} {
		if got := asksWhat(tt.q, ix.an.Tokens(tt.q)); got != tt.want {
			t.Errorf("asksWhat(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// explainerArticles: news whose titles name 全固体電池, an explainer of it
// with a long body, and an explainer of another subject that mentions it;
// news on LLM and an explainer titled with its synonym.
var explainerArticles = []Article{
	{ID: "news-1", Title: "全固体電池の量産ラインを建設", Body: "自動車大手は全固体電池の量産ラインを建設すると発表した。全固体電池は二〇二八年に搭載する。", Published: day("2026-05-01")},
	{ID: "news-2", Title: "全固体電池、材料の増産へ", Body: "化学大手は全固体電池向けの固体電解質を増産する。全固体電池の需要増に備える。", Published: day("2026-05-02")},
	{ID: "news-3", Title: "全固体電池の試作セルを公開", Body: "電池メーカーは全固体電池の試作セルを公開した。", Published: day("2026-05-03")},
	{ID: "explain-ssb", Title: "全固体電池とは？　液体を使わない電池をやさしく", Body: strings.Repeat("電池の中でイオンが動く通り道を固体にしたものが全固体電池だ。液体の電解液を使わないため燃えにくく、急速充電にも向くとされる。一方で量産には課題が残る。", 4), Published: day("2026-04-01")},
	{ID: "llm-1", Title: "国産LLMの評価結果を公表", Body: "研究機関は国産LLMの日本語性能を評価した。LLMは敬語の扱いで海外勢に迫った。", Published: day("2026-05-04")},
	{ID: "llm-2", Title: "LLMの学習データに新指針", Body: "政府はLLMの学習データの扱いについて指針を示した。", Published: day("2026-05-05")},
	{ID: "explain-llm", Title: "大規模言語モデルとは　文章を生み出すAIの中身", Body: strings.Repeat("大規模言語モデル（LLM）は大量の文章から次に来る言葉を予測するように学習したAIだ。", 3), Published: day("2026-04-03")},
	{ID: "explain-ev", Title: "EVとは　電気で走る車の基本", Body: strings.Repeat("電気自動車は電池に蓄えた電気でモーターを回して走る。将来は全固体電池の搭載も見込まれる。", 3), Published: day("2026-04-02")},
}

// TestExplainerFirst: a query that asks what a subject is ranks its
// explainer first; the plain subject and an explainer of another subject
// that mentions it are not lifted.
func TestExplainerFirst(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, explainerArticles...)
	for _, q := range []string{"全固体電池とは", "全固体電池 仕組み", "全固体電池って何", "全固体電池 わかりやすく"} {
		got := ids(mustSearch(t, ix, Request{Query: q}))
		if len(got) == 0 || got[0] != "explain-ssb" {
			t.Errorf("%s: got %v, want explain-ssb first", q, got)
		}
		if i := slices.Index(got, "explain-ev"); i >= 0 && i < slices.Index(got, "news-3") {
			t.Errorf("%s: got %v, the EV explainer above news about the subject", q, got)
		}
	}
	if got := ids(mustSearch(t, ix, Request{Query: "LLMとは"})); len(got) == 0 || got[0] != "explain-llm" {
		t.Errorf("LLMとは: got %v, want explain-llm, whose title has a synonym, first", got)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "全固体電池"})); len(got) == 0 || got[0] == "explain-ssb" {
		t.Errorf("全固体電池: got %v, want the explainer not lifted to the top of a plain query", got)
	}
}

// TestExplainerFirstForWhy: a question that asks why ranks the explainer
// of its subject first, as one that asks what does; asked what the news
// reports (量産 理由), the news stays first.
func TestExplainerFirstForWhy(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, explainerArticles...)
	for _, q := range []string{"なぜ全固体電池", "全固体電池はどうして燃えにくいの"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) == 0 || got[0] != "explain-ssb" {
			t.Errorf("%s: got %v, want explain-ssb first", q, got)
		}
	}
	if got := ids(mustSearch(t, ix, Request{Query: "全固体電池 量産"})); len(got) == 0 || got[0] == "explain-ssb" {
		t.Errorf("全固体電池 量産: got %v, want the news first", got)
	}
}

// TestExplainerOfWordTypedOtherwise: the subject typed in kana before
// conversion, or with a kanji typo that reads as it, is the subject of
// the explainer too (ぜんこたいでんち とは had ranked the news first), with
// the suggestion data a server has and without.
func TestExplainerOfWordTypedOtherwise(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, explainerArticles...)
	check := func(qs ...string) {
		t.Helper()
		for _, q := range qs {
			if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) == 0 || got[0] != "explain-ssb" {
				t.Errorf("%s: got %v, want explain-ssb first", q, got)
			}
		}
	}
	check("ぜんこたいでんち とは", "全個体電池 とは") // (the typo by its sound)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	check("ぜんこたいでんち とは", "ぜんこたいでんちとは", "全個体電池 とは") // (the typo as the word it reads as)
}

// TestExplainerFirstRelaxed: a word that asks for an explainer and that
// no article says (入門) relaxes the search; the explainer of the subject
// still comes before the news that says the subject more often.
func TestExplainerFirstRelaxed(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i, what := range []string{"銀行", "通信大手", "ブラウザ", "政府", "メッセージアプリ", "証券会社", "保険会社", "自治体", "病院", "電力会社", "鉄道会社", "航空会社"} {
		arts = append(arts, Article{ID: fmt.Sprintf("news-%d", i), Title: what + "が耐量子暗号を導入",
			Body:      what + "は耐量子暗号を導入した。耐量子暗号は量子コンピュータでも解けない。耐量子暗号への移行を急ぐ。",
			Published: day(fmt.Sprintf("2026-05-%02d", i+1))})
	}
	// Explainers of other subjects, and other news: an archive where
	// explainers are no rarity.
	for i, what := range []string{"全固体電池", "生成AI", "量子ビット", "ロボタクシー", "半導体", "衛星通信", "パスキー", "核融合"} {
		arts = append(arts, Article{ID: fmt.Sprintf("other-explain-%d", i), Title: what + "とは　基本をやさしく",
			Body: what + "の基本を説明する。", Published: day(fmt.Sprintf("2026-03-%02d", i+1))},
			Article{ID: fmt.Sprintf("other-news-%d", i), Title: what + "の新製品",
				Body: what + "の新製品が出た。", Published: day(fmt.Sprintf("2026-02-%02d", i+1))})
	}
	arts = append(arts, Article{ID: "explain", Title: "ML-KEMとは　耐量子暗号の鍵交換をわかりやすく",
		Body:      "量子コンピュータでも解けない数学の問題を使う鍵交換の方式だ。鍵の長さは従来より長い。",
		Published: day("2026-04-01")})
	mustPut(t, ix, arts...)
	for _, q := range []string{"耐量子暗号 入門", "耐量子暗号 基礎"} {
		res := mustSearch(t, ix, Request{Query: q})
		if got := ids(res); !res.Relaxed || len(got) == 0 || got[0] != "explain" {
			t.Errorf("%s: got %v (relaxed %v), want the explainer first of a relaxed search", q, got, res.Relaxed)
		}
	}
}

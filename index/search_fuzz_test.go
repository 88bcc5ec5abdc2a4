package index

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

var fuzzIndex struct {
	once sync.Once
	ix   *Index
}

// FuzzSearch compiles and runs arbitrary search-box and editor queries on
// a small index, and suggests for them: any answer is fine but a panic, a
// server-side error, or a hit that does not exist.
//
//	go test ./index -run XXX -fuzz FuzzSearch
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{
		"全固体電池の量産", "iOS 6", "トム・クルーズ", "じどううんてん", "nadeshiko", "フェースブック",
		"-の", "\u200b 6", "a\u200b 6", "1,200円", "扇風機のおすすめ", "(量子 OR 暗号) -title:速報",
		"published:>=2026-01", "\"関西国際空港\"", "ｶﾞｶﾞ", "ー", "ゝゝ", "３.５インチ", "ヴァ・ヴ",
		"\"トヨタ 全固体電池\"", "スタ-リンク", "ア-", "-\"a b c\"", "量産 -トヨタ", "フィッシング詐欺", "title:\"a 　b\"",
		"ラピダス とは", "ペロブスカイト太陽電池とは", "(量子 OR)", "なら 観光", "capcom", "street fighter", "太陽光パネル",
		"bank of japan -quantum computer", "post-quantum - cryptography", "humanoid", "a-", "-a- b", "hertz tsunami ammonia",
		"あいふぉん17", "ぷれすて5x", "-あいふぉん17", "第4四半期", "7号機 H3", "期間", "取組", "こと OR として", "-こと", "(こと) -こと",
		"全個体電池", "量子コンピュター", "スマホQWZX", "パナソニックHD", "ぜんこたいでんちの", "トヨタのじ", "どくじょけっこn", "のの",
		"加瀬亮が幽霊役で出てる映画", "アサヒビールがサイバー攻撃を受けた", "扇風機のおすすめを教えて", "b1い12い2いいba2ー2あいaあ",
		"辻\U000E0100堂", "1\ufe0f\u20e3位", "Sagasu™", "방탄소년단", "handoutai", "zenkotai denchi",
		"body:円高", "-title:W杯", "サッカー -日本代表", "-てすら -sumaho", "title:(body:量子)", "suta-rinku", "sa-ba-", "-a-",
		"ペイペイ", "ワクワク 還元", "tim cook", "kagawa shinji", "情報漏洩", "data breach", "改竄", "えぬてぃてぃ", "ライダー",
		"<b>じどう", "a‹じどう", "category:宇宙航空 打ち上げ", "ティム・クック・ジョブズ",
		"ヴィヴィヴィヴィヴィヴィヴィヴィ", "3ヶ月 3カ月", "ウェハーウィンドウ", "すいっち2", "いつ どこ なぜ", "ヴァ2", "カ月",
		"全固体電池とは", "とは", "RAGって何", "仕組み わかりやすく", "\"日 日 日\" \"日 日 日\"", "日日日日 年年年年", "生成あい", "あ生成あい",
		"サム・アルトマン", "・・マン", "ア・イ・ウ・エ", "dokujokekko", "zyenifa-", "タイ こ", "光通信", "ウイ", "ウ", "日米 日中",
		"GPT-5は無料で使える？", "?", "？？", "使えるかな", "婚活のこ", "上がる", "きょうつうてすと", "ちゅうごく", "ゅう",
		"夏っぽいメイクに変えるコツ", "両性具有 生まれ変わったら", "川重 ヒューマノイド", "おさいふけーたい", "しゅうかつ",
		"比較サイト", "攻略本", "最新版", "まとめ読み", "映画 -まとめ読み", "\"まとめ読み\"", "\"半導体\"", "Android アプリ おすすめ",
		"テレビ おすすめ category:家電", "扇風機のおすすめを教えて published:>=2000", "title:software as a service", "as a", "quantum",
	} {
		f.Add(seed)
	}
	fuzzIndex.once.Do(func() {
		ix, err := Open(f.TempDir()+"/ix", Options{})
		if err != nil {
			f.Fatal(err)
		}
		if err := ix.Put(context.Background(), append(append([]Article{}, fixtures...), readerFixtures...)...); err != nil {
			f.Fatal(err)
		}
		// With suggestion data: searches respell words by it, and
		// suggestions read kana past a particle.
		if err := ix.RefreshSuggest(context.Background()); err != nil {
			f.Fatal(err)
		}
		fuzzIndex.ix = ix
	})
	ix := fuzzIndex.ix
	f.Fuzz(func(t *testing.T, q string) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > time.Second {
				t.Errorf("%q took %v", q, d) // a query should never be this slow on a few articles
			}
		}()
		res, err := ix.Search(context.Background(), Request{Query: q})
		if err != nil {
			if !errors.Is(err, ErrInvalidRequest) {
				t.Fatalf("Search(%q): %v", q, err)
			}
			return
		}
		for _, h := range res.Hits {
			if h.ID == "" {
				t.Fatalf("Search(%q): a hit without an id", q)
			}
		}
		if _, err := ix.Suggest(context.Background(), q, 5); err != nil && !errors.Is(err, ErrInvalidRequest) {
			t.Fatalf("Suggest(%q): %v", q, err)
		}
	})
}

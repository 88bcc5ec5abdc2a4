package index

import (
	"fmt"
	"slices"
	"testing"
)

// TestIntentWordBeforeNoun: an intent word written onto the noun after it
// is part of the reader's word (比較サイト, 攻略本, 最新版) and required;
// a word that recommends (おすすめアプリ) stays optional, and so does an
// intent word typed apart.
func TestIntentWordBeforeNoun(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i, b := range []string{
		"価格の比較サイトが人気だ。", // a0
		"旅行サイトを開いた。",    // a1
		"ゲームの攻略本が売れた。",  // a2
		"本を読んだ。",        // a3
		"アプリの最新版が出た。",   // a4
		"新しい版が出た。",      // a5
		"おすすめアプリを紹介する。", // a6
		"便利なアプリが出た。",    // a7
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("a%d", i), Title: "記事", Body: b, Published: day("2026-01-02")})
	}
	mustPut(t, ix, arts...)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"比較サイト", []string{"a0"}},
		{"攻略本", []string{"a2"}},
		{"最新版", []string{"a4"}},
		{"おすすめアプリ", []string{"a4", "a6", "a7"}},
		{"サイト 比較", []string{"a0", "a1"}},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
			t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestIntentWordInTitle: beside the required words, an optional intent
// word in the title with every one of them (in any of its spellings)
// ranks the article first, above articles whose titles name the required
// words alone; an intent word in a title that misses a required word does
// not.
func TestIntentWordInTitle(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "guide", Title: "Android講座がニコ動で公開", Body: "Androidのアプリの入れ方を学べる講座が公開された。Androidの初心者向け。", Published: day("2026-01-02")},
		Article{ID: "news", Title: "Androidアプリの新版", Body: "Androidアプリの新版が出た。Androidアプリの動作が速い。", Published: day("2026-01-03")},
		Article{ID: "best", Title: "オススメAndroidアプリ・ベスト5", Body: "今週は五つを紹介する。どれも無料で使える。旅行に便利なもの、写真を撮るもの、家計簿をつけるもの、音楽を聴くもの、天気を調べるものだ。" +
			"旅行のものは地図と時刻表をまとめて見られる。写真のものは夜景がきれいに撮れる。家計簿のものはレシートを読み取る。音楽のものは歌詞を表示する。天気のものは雨雲の動きを示す。", Published: day("2026-01-04")},
		Article{ID: "other", Title: "おすすめのスマートフォン", Body: "Androidのアプリが動く新型を選んだ。", Published: day("2026-01-05")},
	)
	for _, q := range []string{"Android アプリ おすすめ", "Android アプリ オススメ"} {
		got := ids(mustSearch(t, ix, Request{Query: q}))
		if len(got) != 4 || got[0] != "best" {
			t.Errorf("%s = %v, want best first of all four", q, got)
		}
		if i, j := slices.Index(got, "other"), slices.Index(got, "news"); i < j {
			t.Errorf("%s = %v: other, whose title has only the intent word, above news", q, got)
		}
	}
}

// TestQuotedWordFindsItsText: a word quoted alone finds the articles whose
// text has it, not those that have it only as a tag or their category,
// which -"word" keeps.
func TestQuotedWordFindsItsText(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "text", Title: "半導体の新工場", Body: "半導体の新工場が動き出した。", Category: "経済", Published: day("2026-01-02")},
		Article{ID: "cat", Title: "新工場が稼働", Body: "新しい工場が動き出した。", Category: "半導体", Published: day("2026-01-03")},
		Article{ID: "tag", Title: "新工場の計画", Body: "新しい工場を建てる。", Tags: []string{"半導体"}, Category: "経済", Published: day("2026-01-04")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: `"半導体"`})); !sameSet(got, []string{"text"}) {
		t.Errorf(`"半導体" = %v, want text`, got)
	}
	if got := ids(mustSearch(t, ix, Request{Query: `工場 -"半導体"`})); !sameSet(got, []string{"cat", "tag"}) {
		t.Errorf(`工場 -"半導体" = %v, want cat and tag`, got)
	}
	if got := ids(mustSearch(t, ix, Request{Query: `半導体`})); !sameSet(got, []string{"text", "cat", "tag"}) {
		t.Errorf(`半導体 = %v, want all three`, got)
	}
}

// TestIntentTitleNotForRoundups: a roundup whose title lists the subject
// beside the week's others earns no bonus for having the words and まとめ
// in it: the explainer on the subject comes first.
func TestIntentTitleNotForRoundups(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "explainer", Title: "量子コンピュータとは", Category: "量子", Published: day("2026-02-01"),
			Body: "量子コンピュータは量子ビットで計算する。量子コンピュータの仕組みと得意な計算をまとめた。量子コンピュータの今後も展望する。"},
		Article{ID: "roundup", Title: "【週間まとめ】2月第4週：新型スマホ登場、量子コンピュータの試作機、EVの値下げ、ロケット打ち上げ、半導体工場の稼働", Category: "週間まとめ", Published: day("2026-02-28"),
			Body: "今週は新型スマホが登場した。量子コンピュータの試作機も公開された。EVの値下げも相次いだ。ロケットの打ち上げもあった。半導体の新工場が動き出した。来週も注目だ。"},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "量子コンピュータ まとめ"})); len(got) != 2 || got[0] != "explainer" {
		t.Errorf("量子コンピュータ まとめ = %v, want the explainer first", got)
	}
}

// TestIntentAlternatives: an intent word typed apart also ranks the
// articles that answer it in other words (a how-to's テクニック and 活用
// for 使い方) above those that only mention the subject.
func TestIntentAlternatives(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "salary", Title: "Facebook CEOの報酬が明らかに", Body: "Facebookの最高経営責任者の昨年の報酬が公開された。Facebookは株主に説明した。Facebookの株価は上がった。", Published: day("2026-01-05")},
		Article{ID: "tips", Title: "知って得するテクニック集", Body: "Facebookの友達リストを活用するテクニックを紹介する。", Published: day("2026-01-02")},
		Article{ID: "howto", Title: "Facebookの使い方入門", Body: "Facebookの使い方を一から解説する。", Published: day("2026-01-03")},
	)
	got := ids(mustSearch(t, ix, Request{Query: "Facebook 使い方"}))
	if len(got) != 3 || got[0] != "howto" || got[1] != "tips" {
		t.Errorf("Search(Facebook 使い方) = %v, want howto, tips, then salary", got)
	}
}

// TestQuestionAnswers: a question that asks how, why or when ranks the
// articles that answer it in their own words (対策, 理由, 見通し) above
// those that say the subject more often, whether or not the analyzer
// keeps the question word (いつ after は is dropped).
func TestQuestionAnswers(t *testing.T) {
	tests := []struct {
		name     string
		query    string
		articles []Article
		want     string
	}{
		{
			name:  "how is answered by measures",
			query: "節電するにはどうすればいい",
			articles: []Article{
				{ID: "news", Title: "電力会社が節電を要請、節電の期間は来月まで", Body: "電力会社は家庭に節電を要請した。節電の期間は来月末まで。節電の目標は前年比5%とした。", Published: day("2026-07-01")},
				{ID: "answer", Title: "夏の節電対策、エアコンは設定温度から", Body: "エアコンの設定温度を1度上げると節電になる。冷蔵庫には物を詰め込みすぎない。照明はLEDに替えるとよい。", Published: day("2026-06-01")},
			},
			want: "answer",
		},
		{
			name:  "why is answered by reasons",
			query: "なぜ円安が進むのか",
			articles: []Article{
				{ID: "news", Title: "円安が進む、一時160円台に", Body: "円安が進み、円相場は一時160円台をつけた。円安は輸入物価を押し上げる。円安の影響は広い。", Published: day("2026-07-01")},
				{ID: "answer", Title: "円安が進む理由、日米の金利差", Body: "日米の金利差が円安の背景にある。", Published: day("2026-06-01")},
				// (Five articles with every word: a question that fewer
				// have is relaxed, and ranked by its words alone.)
				{ID: "travel", Title: "夏休みの海外旅行、費用が膨らむ", Body: "円安が進むなか、海外旅行の費用が膨らんでいる。", Published: day("2026-05-01")},
				{ID: "food", Title: "輸入食品の値上げ相次ぐ", Body: "円安が進み、輸入食品の値上げが相次いだ。", Published: day("2026-04-01")},
				{ID: "tourists", Title: "訪日客、過去最多に", Body: "円安が進んだこともあり、訪日客は過去最多となった。", Published: day("2026-03-01")},
			},
			want: "answer",
		},
		{
			name:  "when, its いつ dropped, is answered by a schedule",
			query: "ラピダスの量産はいつ",
			articles: []Article{
				{ID: "news", Title: "ラピダス、量産ラインの装置を搬入", Body: "ラピダスは量産ラインに装置を搬入した。ラピダスの量産ラインは千歳にある。量産に向けた準備が進む。", Published: day("2026-07-01")},
				{ID: "answer", Title: "ラピダス、量産は2027年度後半の見通し", Body: "ラピダスは量産を始める時期を示した。", Published: day("2026-06-01")},
			},
			want: "answer",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := mustOpen(t)
			mustPut(t, ix, tt.articles...)
			got := ids(mustSearch(t, ix, Request{Query: tt.query}))
			if len(got) != len(tt.articles) || got[0] != tt.want {
				t.Errorf("Search(%s) = %v, want %s first of %d", tt.query, got, tt.want, len(tt.articles))
			}
		})
	}
}

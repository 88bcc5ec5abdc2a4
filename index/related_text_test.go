package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// What in a source's text relates nothing: the site's list of links and
// the day's headlines under an article, a paragraph other articles repeat
// word for word, the words of an address, a writer's credit; and how much
// of a text is read (head).

func TestHead(t *testing.T) {
	tests := []struct {
		name, s string
		n       int
		want    string
	}{
		{"short", "量子", 16, "量子"},
		{"cut at a character boundary", "量子暗号", 7, "量子"},
		{"exact", "量子暗号", 6, "量子"},
		{"inside the first character", "量子", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := head(tt.s, tt.n); got != tt.want {
				t.Errorf("head(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
			}
		})
	}
}

// TestRelatedSkipsRepeatedSentences: a paragraph of background that other
// articles repeat word for word shares many words with them whatever their
// subject; the article on the source's subject comes first all the same.
func TestRelatedSkipsRepeatedSentences(t *testing.T) {
	ix := mustOpen(t)
	const background = "自動車業界は「100年に1度の変革期」と言われ、電動化と自動運転、ソフトウェアをめぐる競争が激しくなっている。"
	mustPut(t, ix,
		Article{ID: "bat-1", Title: "全固体電池の量産ライン", Body: "トヨタ自動車は全固体電池の量産ラインを建設すると発表した。" + background, Published: day("2026-01-10")},
		Article{ID: "bat-2", Title: "固体電解質の新工場", Body: "全固体電池に使う固体電解質の工場が稼働し、量産を急ぐ。", Published: day("2026-01-11")},
		Article{ID: "av-1", Title: "自動運転タクシーの実証", Body: "自動運転タクシーの実証が都内で始まった。" + background, Published: day("2026-01-12")},
		Article{ID: "av-2", Title: "自動運転バスの運行", Body: "地方の路線で自動運転バスの運行が始まった。" + background, Published: day("2026-01-13")},
		Article{ID: "av-3", Title: "ソフトウェア定義車両", Body: "車の機能をソフトウェアで更新する車両が増えている。" + background, Published: day("2026-01-14")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "bat-1", Size: 3})
	if got := relatedIDs(hits); err != nil || len(got) == 0 || got[0] != "bat-2" {
		t.Errorf("related(bat-1) = %v, %v; want bat-2 first", got, err)
	}
	// Its own sentences, not another's, relate a draft that repeats it.
	var keys []string
	sentences("短い。"+background+"見出し\n"+background, func(_, key string) { keys = append(keys, key) })
	if len(keys) != 2 || keys[0] != keys[1] {
		t.Errorf("sentences: %v, want the background twice", keys)
	}
}

func TestSentenceForm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no digit", "賞品の発送をもって当選の発表に代えさせていただきます。", "賞品の発送をもって当選の発表に代えさせていただきます。"},
		{"a date", "なお、賞品の発送は3月下旬頃を予定しております。", "なお、賞品の発送は#月下旬頃を予定しております。"},
		{"full width and a run", "応募期間は２０２６年１２月７日までです。", "応募期間は#年#月#日までです。"},
		{"a count with a comma", "先週は1,234人が応募し、上位10件を紹介した。", "先週は#,#人が応募し、上位#件を紹介した。"},
		{"kanji numerals are words", "三月下旬頃の発送を予定しております。", "三月下旬頃の発送を予定しております。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceForm(tt.in); got != tt.want {
				t.Errorf("sentenceForm(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestRelatedSkipsFormWithOtherDates: a site's giveaways close with the
// same notes but for a date (the shipping month, the closing day), which
// no sentence key had matched, so that a giveaway of a hair dryer listed
// the site's other giveaways by the notes' words (賞品, 発送, 当選) before
// the articles on hair dryers.
func TestRelatedSkipsFormWithOtherDates(t *testing.T) {
	ix := mustOpen(t)
	notes := func(month, day int) string {
		return fmt.Sprintf("\n【応募期間】%d月%d日まで\n・当選者の発表は賞品の発送をもって代えさせていただきます。"+
			"\n・なお、賞品の発送は%d月下旬頃を予定しております。\n・応募にはサイトの会員登録が必要となりますので、あらかじめご了承ください。", month, day, month+1)
	}
	mustPut(t, ix,
		Article{ID: "gift-dryer", Title: "速乾ドライヤーを3名様にプレゼント", Body: "風量を上げて乾く時間を半分にした速乾ドライヤーを3名様にプレゼントします。髪の熱ダメージを抑える温度センサー付き。" + notes(3, 10), Published: day("2026-03-01")},
		Article{ID: "dryer-1", Title: "速乾ドライヤーの新モデル", Body: "家電メーカーは風量を上げた速乾ドライヤーの新モデルを発売する。温度センサーで髪の熱ダメージを抑える。", Published: day("2026-02-20")},
		Article{ID: "dryer-2", Title: "ドライヤーで髪を傷めない乾かし方", Body: "熱ダメージを抑えるには、ドライヤーの風を根元から当て、温度を下げて仕上げるとよい。", Published: day("2026-02-25")},
		Article{ID: "gift-tea", Title: "紅茶のギフトセットを5名様にプレゼント", Body: "春摘みの茶葉を詰め合わせた紅茶のギフトセットを5名様にプレゼントします。" + notes(4, 15), Published: day("2026-04-01")},
		Article{ID: "gift-bag", Title: "トートバッグを10名様にプレゼント", Body: "通勤に使える大きめのトートバッグを10名様にプレゼントします。" + notes(5, 20), Published: day("2026-05-01")},
		Article{ID: "gift-book", Title: "料理の本を2名様にプレゼント", Body: "作り置きのおかずを集めた料理の本を2名様にプレゼントします。" + notes(6, 5), Published: day("2026-06-01")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "gift-dryer", Size: 3})
	got := relatedIDs(hits)
	if err != nil || len(got) < 2 || !slices.Contains(got[:2], "dryer-1") || !slices.Contains(got[:2], "dryer-2") {
		t.Errorf("related(gift-dryer) = %v, %v; want dryer-1 and dryer-2 first", got, err)
	}
	for _, h := range hits {
		if slices.Contains(h.Terms, "当選者") || slices.Contains(h.Terms, "了承") {
			t.Errorf("related(gift-dryer): %s by %v, the notes' words", h.ID, h.Terms)
		}
	}
}

// TestRelatedIgnoresTheSiteList: the same list of links under a dozen
// articles on different subjects names the site's sections, not a
// subject; the article on the source's subject (without the list) comes
// first, and no hit is related by the list's words alone.
func TestRelatedIgnoresTheSiteList(t *testing.T) {
	ix := mustOpen(t)
	const list = "\n【関連リンク】\n・EVニュース一覧\n・電池特集\n・AIと半導体の最新動向\n"
	subjects := []string{"台風10号の進路", "プロ野球の開幕戦", "新米の価格", "ラーメン店の行列", "花火大会の中止", "動物園の赤ちゃん",
		"図書館の新館", "マラソン大会の結果", "紅葉の見頃", "温泉街のにぎわい", "地下鉄の延伸", "美術館の特別展"}
	var as []Article
	for i, s := range subjects {
		as = append(as, Article{ID: fmt.Sprintf("x-%d", i), Title: s, Body: s + "について地元の関係者が説明した。詳しい日程は今後決める。" + list, Published: day("2026-01-10")})
	}
	as = append(as,
		Article{ID: "ev-1", Title: "EV用電池の新工場", Body: "EV用の電池を作る工場が完成した。", Published: day("2026-01-20")},
		Article{ID: "ai-1", Title: "AI向け半導体の需要", Body: "AI向けの半導体の需要が伸びている。", Published: day("2026-01-21")},
		Article{ID: "ev-2", Title: "EVの電池を再利用", Body: "使い終えたEVの電池を蓄電池に再利用する。", Published: day("2026-01-22")},
		Article{ID: "ai-2", Title: "AI半導体の輸出規制", Body: "AIに使う半導体の輸出規制が強まった。", Published: day("2026-01-23")},
		Article{ID: "h3-1", Title: "H3ロケット5号機の打ち上げ成功", Body: "JAXAはH3ロケット5号機の打ち上げに成功した。種子島宇宙センターから衛星を軌道に投入した。" + list, Published: day("2026-02-01")},
		Article{ID: "h3-2", Title: "H3ロケット6号機、来月打ち上げ", Body: "JAXAはH3ロケット6号機を来月、種子島宇宙センターから打ち上げると発表した。衛星を載せる。", Published: day("2026-02-10")},
	)
	mustPut(t, ix, as...)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "h3-1", Size: 5})
	if got := relatedIDs(hits); err != nil || len(got) == 0 || got[0] != "h3-2" {
		t.Fatalf("related(h3-1) = %v, %v; want h3-2 first", got, err)
	}
	for _, h := range hits {
		for _, term := range h.Terms {
			if slices.Contains([]string{"EV", "電池", "AI", "半導体", "関連", "特集"}, term) {
				t.Errorf("hit %s related by the list's word %s (terms %v)", h.ID, term, h.Terms)
			}
		}
	}
}

// TestRelatedNotByTheDaysHeadlines: a site that lists its headlines of
// the day under each article (■関連記事) relates nothing by them. The
// source's list names other subjects, which must not bring their
// articles; the lists of the same day's articles name the source, which
// must not rank them above the article on its subject that never links
// to it.
func TestRelatedNotByTheDaysHeadlines(t *testing.T) {
	ix := mustOpen(t)
	heads := "\n■関連記事\n・電動歯ブラシの新モデルが登場\n・炊飯器の売れ筋ランキング\n・ねこの寝顔がネットで話題に\n"
	mustPut(t, ix,
		Article{ID: "cat", Title: "ねこの寝顔がネットで話題に", Body: "飼いねこが前足で顔を覆って眠る姿がネットで話題になっている。ねこ好きの投稿が相次ぐ。" + heads, Published: day("2026-03-01")},
		Article{ID: "rice", Title: "炊飯器の売れ筋ランキング", Body: "今月よく売れた炊飯器を紹介する。土鍋の風合いを再現した機種が人気だ。" + heads, Published: day("2026-03-01")},
		Article{ID: "brush", Title: "電動歯ブラシの新モデルが登場", Body: "歯ぐきへの負担を抑える電動歯ブラシが発売された。" + heads, Published: day("2026-03-02")},
		Article{ID: "cat-2", Title: "ねこの肉球の写真集", Body: "ねこの肉球を集めた写真集が出た。ねこ好きの間で評判になっている。", Published: day("2026-06-01")},
		Article{ID: "rice-2", Title: "土鍋で炊くご飯", Body: "土鍋で炊いたご飯はおいしい。炊飯器との違いを比べた。", Published: day("2026-06-02")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "cat", Size: 5})
	got := relatedIDs(hits)
	if err != nil || len(got) == 0 || got[0] != "cat-2" {
		t.Fatalf("related(cat) = %v, %v; want cat-2 first", got, err)
	}
	if slices.Contains(got, "rice-2") {
		t.Errorf("related(cat) = %v: rice-2 is related only by the source's list of headlines", got)
	}
}

// TestRelatedNotByListsAlone: an article that names the source only in
// its list of links (■関連記事) has no word of its own to show why it
// would be related: it is not listed (a TV story had shown the source's
// air conditioner as its reason).
func TestRelatedNotByListsAlone(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "aircon", Title: "声で操作するエアコン「大清快」", Body: "東芝は声で操作できるエアコン大清快を発売した。冷房と暖房を声で切り替える。", Published: day("2026-03-01")},
		Article{ID: "aircon-2", Title: "省エネのエアコン", Body: "暖房の効率を上げたエアコンが出た。冷房も静かだ。", Published: day("2026-03-05")},
		Article{ID: "tv", Title: "テレビ離れが進む", Body: "若い世代でテレビを見ない人が増えた。動画配信が伸びている。\n■関連記事\n・声で操作するエアコン「大清快」東芝から\n", Published: day("2026-03-02")},
		Article{ID: "rice", Title: "炊飯器の売れ筋", Body: "土鍋の風合いの炊飯器が売れた。", Published: day("2026-03-03")},
		Article{ID: "brush", Title: "電動歯ブラシ", Body: "歯ぐきにやさしい電動歯ブラシ。", Published: day("2026-03-04")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "aircon", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.ID == "tv" {
			t.Errorf("related(aircon) has tv, for %v, which it has only in its list of links", h.Terms)
		}
	}
}

// TestRelatedNotByAddresses: the words of a URL in the text (a site's
// column pages) relate no article, and are no reason shown.
func TestRelatedNotByAddresses(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "quake", Title: "地震の備えを見直す", Body: "家具の固定と非常食の備蓄を専門家が勧める。詳しくは http://bousai.example.jp/column/stockpile/ を参照。", Published: day("2026-01-10")},
		Article{ID: "quake-2", Title: "非常食の選び方", Body: "地震に備えて非常食を備蓄する家庭が増えた。", Published: day("2026-01-11")},
		Article{ID: "column", Title: "人気のstockpileコラム", Body: "投資のcolumnとstockpileの話。bousaiという名の店も紹介する。", Published: day("2026-01-12")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "quake", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.ID == "column" || slices.ContainsFunc(h.Terms, func(s string) bool {
			return strings.Contains(strings.ToLower(s), "column") || strings.Contains(s, "stockpile")
		}) {
			t.Errorf("related(quake) = %+v, want nothing by the words of its URL", hits)
		}
	}
	if got := relatedIDs(hits); len(got) == 0 || got[0] != "quake-2" {
		t.Errorf("related(quake) = %v, want quake-2", got)
	}
}

// TestRelatedNotByBylines: a writer's credit relates none of the
// writer's other articles, which are on other subjects.
func TestRelatedNotByBylines(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "nidec", Title: "【分析】ニデックの会計問題", Body: "ニデックは不適切な会計の疑いで第三者委員会を設けた。子会社の会計処理が焦点だ。\n（文・ITジャーナリスト 佐藤一郎）", Published: day("2026-02-01")},
		Article{ID: "nidec-2", Title: "ニデック、監査法人が意見不表明", Body: "ニデックの決算で監査法人が意見を表明しなかった。会計処理の調査が続く。", Published: day("2026-02-02")},
		Article{ID: "robot", Title: "【分析】ヒューマノイドの量産", Body: "人型ロボットの量産が始まるかを探る。\n（文・ITジャーナリスト 佐藤一郎）", Published: day("2026-02-03")},
		Article{ID: "iown", Title: "【分析】IOWNと電力", Body: "光通信で電力を減らす構想を探る。\n取材・文：ITジャーナリスト 佐藤一郎", Published: day("2026-02-04")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "nidec", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); !slices.Equal(got, []string{"nidec-2"}) {
		t.Errorf("related(nidec) = %v %+v, want only nidec-2 (not the writer's articles, nor by 【分析】)", got, hits)
	}
}

// TestSplitCredits: a staff credit on a line of its own is set apart from
// the text; a caption or a sentence that starts with a role's word is not.
func TestSplitCredits(t *testing.T) {
	tests := []struct {
		name, text, main, credits string
	}{
		{"none", "冷蔵庫の話。", "冷蔵庫の話。", ""},
		{"a writer", "冷蔵庫の話。\n記事執筆：山田はなこ", "冷蔵庫の話。\n ", "記事執筆：山田はなこ\n"},
		{"a photographer in English", "PHOTO：TARO SATO\n本文", " \n本文", "PHOTO：TARO SATO\n"},
		{"roles joined", "HAIR/MAKE-UP: HANAKO\n本文", " \n本文", "HAIR/MAKE-UP: HANAKO\n"},
		{"not a caption", "写真：新しい冷蔵庫の外観\n本文", "写真：新しい冷蔵庫の外観\n本文", ""},
		{"not inside a sentence", "撮影は都内で行った：晴れ", "撮影は都内で行った：晴れ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if main, credits := splitCredits(tt.text); main != tt.main || credits != tt.credits {
				t.Errorf("splitCredits(%q) = %q, %q; want %q, %q", tt.text, main, credits, tt.main, tt.credits)
			}
		})
	}
}

func TestSplitLabels(t *testing.T) {
	tests := []struct {
		name, text, main, labels string
	}{
		{"none", "量子コンピュータの実用化。", "量子コンピュータの実用化。", ""},
		{"a spec's lines", "本文。\nアプリ名：炊飯器レシピ\nANDROID 要件：2.1以上\nGoogle Play Store：http://play.google.com/x",
			"本文。\n            ：炊飯器レシピ\n              ：2.1以上\n                 ：http://play.google.com/x", "アプリ名\nANDROID 要件\nGoogle Play Store\n"},
		{"an address taken out", "Google Play Store：  \n", "                 ：  \n", "Google Play Store\n"},
		{"a heading in brackets", "【応募方法】\n応募フォームから。", " \n応募フォームから。", "【応募方法】\n"},
		{"no sentence with a colon", "彼は言った：「行く」。\nhttp://example.jp", "彼は言った：「行く」。\nhttp://example.jp", ""},
		{"no mark inside a line", "新製品【限定】を発売", "新製品【限定】を発売", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if main, labels := splitLabels(tt.text); main != tt.main || labels != tt.labels {
				t.Errorf("splitLabels(%q) = %q, %q; want %q, %q", tt.text, main, labels, tt.main, tt.labels)
			}
		})
	}
}

// TestStripClosingCredit: a bracket that closes a text after its last
// sentence or clause (a writer, an outlet) is taken off; one inside the
// text, one holding a sentence and a single character are not.
func TestStripClosingCredit(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a writer after a sentence", "女性に支持されるサプライズなのかもしれない。(栗頭渋子)", "女性に支持されるサプライズなのかもしれない。"},
		{"a writer after a clause", "自分が公務員になるのが手っ取り早いか（橋口まどか）\n", "自分が公務員になるのが手っ取り早いか"},
		{"an office and a writer", "季節の変わり目は要注意。\n（オフィスエムツー／神田はるひ）　", "季節の変わり目は要注意。\n"},
		{"an outlet", "政府は来年度の予算案を閣議決定した。（読売新聞）", "政府は来年度の予算案を閣議決定した。"},
		{"not inside the text", "価格は9万8000円（税込）。通勤にちょうどいい。", "価格は9万8000円（税込）。通勤にちょうどいい。"},
		{"not a sentence in brackets", "初日は晴れた。（続きは来週。）", "初日は晴れた。（続きは来週。）"},
		{"not a single character", "照れくさくて逃げ出すかも(笑)", "照れくさくて逃げ出すかも(笑)"},
		{"no bracket", "冷蔵庫の話。", "冷蔵庫の話。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripClosingCredit(tt.text); got != tt.want {
				t.Errorf("stripClosingCredit(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestTelling: the words that can relate articles, and those that say
// how a story is told (仮名 of an interviewee's note) or a company's
// legal form (Ltd of a developer's line).
func TestTelling(t *testing.T) {
	tests := []struct {
		name, term string
		want       bool
	}{
		{"a noun", "サプライズ", true},
		{"a Latin name", "soundcloud", true},
		{"a single character", "芽", false},
		{"a number", "2012", false},
		{"a newsroom word", "速報", false},
		{"a pseudonym's mark", "仮名", false},
		{"a legal form", "ltd", false},
		{"another legal form", "inc", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := telling(tt.term); got != tt.want {
				t.Errorf("telling(%q) = %v, want %v", tt.term, got, tt.want)
			}
		})
	}
}

// TestRelatedNotByClosingCredits: a writer's name closing a column
// relates none of the writer's columns on other subjects, nor does the
// pseudonym's mark of its interviewees.
func TestRelatedNotByClosingCredits(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "surprise", Title: "女が喜ぶサプライズとは？", Body: "誕生日のサプライズに憧れるというナオコさん(32歳・仮名)。サプライズのプレゼントは相手を喜ばせたい気持ちから始まる。\n嬉しいサプライズもあれば困るサプライズもある。(栗頭渋子)", Published: day("2012-07-01")},
		Article{ID: "surprise-2", Title: "誕生日のサプライズ、男性の本音", Body: "恋人の誕生日にサプライズを仕掛ける男性は多い。プレゼントを隠して驚かせる。", Published: day("2012-07-02")},
		Article{ID: "manners", Title: "職場の先輩との付き合い方", Body: "職場の先輩に悩むミナミさん(33歳・仮名)。距離の取り方が大切だ。(栗頭渋子)", Published: day("2012-07-03")},
		Article{ID: "spring", Title: "春の転職を考える", Body: "春に転職を考えるカナさん(31歳・仮名)。求人の多い時期だという。(栗頭渋子)", Published: day("2012-07-04")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "surprise", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); !slices.Equal(got, []string{"surprise-2"}) {
		t.Errorf("related(surprise) = %v %+v, want only surprise-2 (not the writer's columns)", got, hits)
	}
}

// TestCitedProgrammes: a programme cited by its broadcast, before or
// after its name; a product or a title in brackets is none.
func TestCitedProgrammes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"broadcast before", "17日深夜放送、日本テレビ「Going! Sports＆News」では、中田氏に迫った。", []string{"Going! Sports＆News"}},
		{"broadcast before with の", "20日放送のNHK「MUSIC JAPAN」で、高橋みなみが語った。", []string{"MUSIC JAPAN"}},
		{"programme after", "3日、TBS「S1」番組内では、香川真司に密着した。", []string{"S1"}},
		{"broadcast date after", "日本テレビ「NEWS ZERO」（25日放送分）で明かした。", []string{"NEWS ZERO"}},
		{"a product", "日立の液晶テレビ「Wooo」に新モデルが登場した。", nil},
		{"a film", "映画『アメイジング・スパイダーマン』が公開された。", nil},
		{"broadcast in another sentence", "番組は好評だった。映画『テルマエ・ロマエ』が首位。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := citedProgrammes(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("citedProgrammes(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestRelatedNotByProgrammes: a story told on a sports programme lists
// the other article on its subject before the programme's other stories,
// which share the programme's name (its Latin words had counted twice, as
// a name's) and its wording.
func TestRelatedNotByProgrammes(t *testing.T) {
	ix := mustOpen(t)
	show := "深夜放送、日本テレビ「Going! Sports＆News」では、"
	mustPut(t, ix,
		Article{ID: "runner", Title: "マラソン藤原新、五輪への決意", Body: "17日" + show + "マラソン代表の藤原新に密着した。藤原はロンドン五輪に向けて練習を重ね、高地合宿で走り込みを続けている。", Published: day("2012-07-01")},
		Article{ID: "runner-2", Title: "藤原新、高地合宿を公開", Body: "マラソン代表の藤原新が高地合宿で走り込みを公開した。", Published: day("2012-07-02")},
		Article{ID: "golf", Title: "石川遼、ガッツポーズの理由", Body: "2日" + show + "石川遼が優勝の瞬間を振り返った。番組ではガッツポーズの理由を明かした。", Published: day("2012-07-03")},
		Article{ID: "swim", Title: "北島康介、平泳ぎへのこだわり", Body: "9日" + show + "北島康介が平泳ぎへのこだわりを語った。番組では泳ぎの様子も紹介した。", Published: day("2012-07-04")},
		Article{ID: "baseball", Title: "ダルビッシュ、メジャーの手応え", Body: "23日" + show + "ダルビッシュ有がメジャーでの手応えを語った。番組では投球の様子も紹介した。", Published: day("2012-07-05")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "runner", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); len(got) == 0 || got[0] != "runner-2" {
		t.Errorf("related(runner) = %v %+v, want runner-2 first", got, hits)
	}
}

// TestStatusMark: a mark that says the state of an offer, not what it
// offers nor the column it is in.
func TestStatusMark(t *testing.T) {
	tests := []struct {
		name string
		mark string
		want bool
	}{
		{"ended, polite past", "【終了しました】", true},
		{"closed", "【締め切りました！】", true},
		{"taking entries", "【受付中】", true},
		{"entries ended", "【応募受付終了】", true},
		{"on sale", "【販売中です】", true},
		{"with a giveaway", "【プレゼント有】", true},
		{"with a giveaway, okurigana", "【プレゼント有り】", true},
		{"a column", "【話題】", false},
		{"a column's name", "【オトナ女子映画部】", false},
		{"a giveaway's heading", "【プレゼント企画】", false},
		{"a word before 中 that is no offer", "【中国】", false},
		{"no mark", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := statusMark(tt.mark); got != tt.want {
				t.Errorf("statusMark(%q) = %v, want %v", tt.mark, got, tt.want)
			}
		})
	}
}

// TestRelatedNotByStatusMarks: a giveaway marked as ended relates the
// articles on what it offered, not the site's other ended giveaways by
// their mark.
func TestRelatedNotByStatusMarks(t *testing.T) {
	ix := mustOpen(t)
	ended := "【終了しました】"
	mustPut(t, ix,
		Article{ID: "hair", Title: ended + "紫外線から髪を守るヘアトリートメントを5名様にプレゼント", Body: "夏の紫外線で傷んだ髪に潤いを与えるヘアトリートメントを5名様にプレゼントします。洗い流さずに使える。", Published: day("2012-07-01")},
		Article{ID: "hair-care", Title: "紫外線で傷んだ髪のケア", Body: "夏の紫外線は髪を傷める。洗い流さないヘアトリートメントで潤いを与えよう。", Published: day("2012-07-02")},
		Article{ID: "liqueur", Title: ended + "梅のリキュールを3名様にプレゼント", Body: "香り高い梅のリキュールを3名様にプレゼントします。ロックでも楽しめる。", Published: day("2012-07-03")},
		Article{ID: "bear", Title: ended + "くまのぬいぐるみを10名様にプレゼント", Body: "ふわふわのくまのぬいぐるみを10名様にプレゼントします。", Published: day("2012-07-04")},
	)
	terms := ix.relatedTerms(t.Context(), &Article{ID: "hair", Title: ended + "紫外線から髪を守るヘアトリートメントを5名様にプレゼント", Body: "夏の紫外線で傷んだ髪に潤いを与えるヘアトリートメントを5名様にプレゼントします。洗い流さずに使える。"}, nil)
	for _, w := range terms {
		if w.term == "終了" {
			t.Errorf("relatedTerms has 終了 (weight %.2f), the word of the status mark alone", w.weight)
		}
	}
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "hair", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); len(got) == 0 || got[0] != "hair-care" {
		t.Errorf("related(hair) = %v, want hair-care first", got)
	}
	for _, h := range hits {
		if slices.Contains(h.Terms, ended) {
			t.Errorf("hit %s shows %s as a reason: %q", h.ID, ended, h.Terms)
		}
	}
}

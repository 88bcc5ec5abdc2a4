package index

import (
	"math"
	"slices"
	"testing"
)

func TestTagWords(t *testing.T) {
	got := tagWords(&Article{Tags: []string{"ＮＩＳＴ", "NVIDIA DRIVE", "nist", "コンピューター"}})
	if want := []string{"nist", "nvidiadrive", "コンピュータ"}; !slices.Equal(got, want) {
		t.Errorf("tagWords = %q, want %q", got, want)
	}
}

func TestModelLine(t *testing.T) {
	for _, tt := range []struct{ name, tag, want string }{
		{"model number", "Snapdragon 8 Elite Gen 5", "snapdragon"},
		{"grade", "iPhone Air", "iphone"},
		{"number in a word", "Galaxy Z Fold7", "galaxy"},
		{"full width", "Ｐｉｘｅｌ　１０", "pixel"},
		{"one word", "Snapdragon", ""},
		{"one name", "Blue Origin", ""},
		{"kana line", "ゼルダ 2", ""},
		{"one letter", "X 2", ""},
	} {
		if got := modelLine(tt.tag); got != tt.want {
			t.Errorf("%s: modelLine(%q) = %q, want %q", tt.name, tt.tag, got, tt.want)
		}
	}
	got := tagWords(&Article{Tags: []string{"iPhone 17 Pro", "iPhone"}})
	if want := []string{"iphone17pro", "iphone"}; !slices.Equal(got, want) {
		t.Errorf("tagWords = %q, want %q", got, want)
	}
}

// TestTagOfModelRanksLine: an article tagged with a model is about its
// line: for the line's name it ranks above one that mentions the name
// more often, as an article tagged with the name does.
func TestTagOfModelRanksLine(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "mention", Title: "新型スマホ各社の発表まとめ", Body: "各社が新型を発表した。多くの機種がSnapdragonを積み、Snapdragonの処理性能が売りになる。", Published: day("2026-05-02")},
		Article{ID: "model", Title: "クアルコム、新型チップを発表", Body: "クアルコムは新しいSnapdragonを発表した。処理性能は2割高い。", Tags: []string{"Snapdragon 8 Elite Gen 5"}, Published: day("2026-05-01")},
	)
	for _, q := range []string{"Snapdragon", "snapdragon 発表"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !slices.Equal(got, []string{"model", "mention"}) {
			t.Errorf("%s = %v, want the article tagged with the model first", q, got)
		}
	}
}

// TestTagRanks: of two articles that mention a word alike, the one tagged
// with it ranks first, however the tag and the query are written.
func TestTagRanks(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "mention", Title: "暗号の移行計画", Body: "各省庁はNISTの標準に沿って移行する。", Published: day("2026-05-02")},
		Article{ID: "tagged", Title: "暗号の移行計画", Body: "各省庁はNISTの標準に沿って移行する。", Tags: []string{"ＮＩＳＴ"}, Published: day("2026-05-01")},
	)
	for _, q := range []string{"nist", "NIST 移行"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !slices.Equal(got, []string{"tagged", "mention"}) {
			t.Errorf("%s = %v, want the tagged article first", q, got)
		}
	}
}

// TestTagRanksOtherScript: the tag bonus follows the word the reader
// meant when it is typed in another script: kana before conversion, or
// katakana for a Latin name. A roundup that mentions the word in a
// shorter text stays below the article tagged with it.
func TestTagRanksOtherScript(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "roundup", Title: "今週のまとめ：ispace着陸失敗、テスラがロボタクシー開始", Body: "ispaceは月面着陸に失敗した。米テスラはロボタクシーを始めた。", Tags: []string{"週間まとめ"}, Published: day("2026-05-03")},
		Article{ID: "tesla", Title: "テスラ、米オースティンでロボタクシーを開始", Body: "米テスラは、テキサス州オースティンで自動運転タクシーのサービスを始めた。モデルYを使い、助手席に安全監視員を乗せる。", Tags: []string{"テスラ"}, Published: day("2026-05-01")},
		Article{ID: "ispace", Title: "ispace、着陸失敗の原因を特定", Body: "ispaceは、月面着陸失敗の原因について、レーザー測距装置の性能が想定より劣化していたことが主因だったと発表した。", Tags: []string{"ispace"}, Published: day("2026-05-02")},
	)
	for _, tt := range []struct{ q, want string }{
		{"テスラ", "tesla"},
		{"てすら", "tesla"},
		{"ispace", "ispace"},
		{"アイスペース", "ispace"},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); len(got) < 2 || got[0] != tt.want {
			t.Errorf("%s = %v, want %s first", tt.q, got, tt.want)
		}
	}
}

// TestTagSynonym: an article tagged with a word's synonym is about it
// (オープンAI and the tag OpenAI): it ranks above the same text untagged.
func TestTagSynonym(t *testing.T) {
	ix := mustOpen(t)
	body := "ソフトバンクとOpenAIの合弁会社が企業向けAIの提供を始めた。"
	mustPut(t, ix,
		Article{ID: "a-untagged", Title: "合弁会社が始動", Body: body, Published: day("2026-05-01")},
		Article{ID: "b-tagged", Title: "合弁会社が始動", Body: body, Tags: []string{"OpenAI"}, Published: day("2026-05-01")},
	)
	res := mustSearch(t, ix, Request{Query: "オープンAI"})
	if len(res.Hits) != 2 || res.Hits[0].ID != "b-tagged" || res.Hits[0].Score <= res.Hits[1].Score {
		t.Errorf("オープンAI = %+v, want b-tagged first with a higher score", res.Hits)
	}
}

// TestTagNameWithNumber: a Latin name with its number finds the article
// tagged with the name whose text has the number; with a number no
// article has, a relaxed search finds the name's articles.
func TestTagNameWithNumber(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "tgs", Title: "東京ゲームショウ2025が開幕", Body: "幕張メッセで東京ゲームショウ2025が開幕した。", Tags: []string{"TGS"}, Published: day("2026-05-01")},
		Article{ID: "other", Title: "2025年の新作ゲーム", Body: "今年の新作をまとめた。", Published: day("2026-05-02")},
	)
	for _, tt := range []struct {
		q       string
		relaxed bool
	}{
		{"TGS 2025", false},
		{"TGS2025", false},
		{"TGS 2031", true},
	} {
		if res := mustSearch(t, ix, Request{Query: tt.q}); !slices.Equal(ids(res), []string{"tgs"}) || res.Relaxed != tt.relaxed {
			t.Errorf("%s = %v (relaxed %v), want [tgs] (relaxed %v)", tt.q, ids(res), res.Relaxed, tt.relaxed)
		}
	}
}

// TestTagFinds: a word only an article's tag has finds the article.
func TestTagFinds(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "chargers", Title: "急速充電器を倍増へ", Body: "高速道路のサービスエリアに急速充電器を増やす。", Tags: []string{"充電インフラ"}, Published: day("2026-05-01")},
		Article{ID: "other", Title: "電池の新工場", Body: "電池の工場を建てる。", Published: day("2026-05-02")},
	)
	if res := mustSearch(t, ix, Request{Query: "充電インフラ"}); !slices.Equal(ids(res), []string{"chargers"}) || res.Relaxed {
		t.Errorf("充電インフラ = %v (relaxed %v), want the tagged article", ids(res), res.Relaxed)
	}
}

// TestTagFindsBesideText: an article tagged with a word that its text
// says otherwise is found when other articles have the word in their text.
func TestTagFindsBesideText(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "wearable", Title: "睡眠を測る指輪", Body: "指輪型の端末で睡眠の質を測る。", Tags: []string{"ウェアラブル"}, Published: day("2026-05-01")},
		Article{ID: "text", Title: "ウェアラブル端末の出荷が増加", Body: "腕時計型のウェアラブル端末が伸びた。", Published: day("2026-05-02")},
		Article{ID: "other", Title: "電池の新工場", Body: "電池の工場を建てる。", Published: day("2026-05-03")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"ウェアラブル", []string{"text", "wearable"}},
		{"睡眠 ウェアラブル", []string{"wearable"}},
	} {
		if res := mustSearch(t, ix, Request{Query: tt.q}); !slices.Equal(ids(res), tt.want) || res.Relaxed {
			t.Errorf("%s = %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
		}
	}
}

// TestTagBonusKeepsOthersWhole: a tag that only another article has
// leaves an article's score as it was: beside the other bonuses in one
// clause, it halved the bonus of a compound's words side by side for
// every article without the tag (東京大学 then ranked 東京 in a title and
// 大学 apart in the body above 東京大学 itself).
func TestTagBonusKeepsOthersWhole(t *testing.T) {
	score := func(tags []string) float64 {
		ix := mustOpen(t)
		mustPut(t, ix,
			Article{ID: "together", Title: "光の計算で新記録", Body: "東京大学の研究チームが新しい計算手法を発表した。", Published: day("2026-05-02")},
			Article{ID: "other", Title: "入試の日程", Body: "東京の大学の入試の日程が決まった。", Tags: tags, Published: day("2026-05-03")},
		)
		for _, h := range mustSearch(t, ix, Request{Query: "東京大学"}).Hits {
			if h.ID == "together" {
				return h.Score
			}
		}
		t.Fatal("東京大学 did not find the article")
		return 0
	}
	if with, without := score([]string{"東京大学"}), score(nil); math.Abs(with-without) > 1e-3*without {
		t.Errorf("score with a tag on another article %v, without %v; want the same", with, without)
	}
}

// TestCategoryNamed: a word that names a category, however it is written
// or typed, ranks the category's articles above a passing mention, and
// finds one of them whose text never says it.
func TestCategoryNamed(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "mention", Title: "新型車の販売計画", Body: "自動運転の機能は来年以降に載せる。販売店を増やす。", Category: "EV", Published: day("2026-05-03")},
		Article{ID: "filed", Title: "新型車の販売計画", Body: "自動運転の機能は来年以降に載せる。販売店を増やす。", Category: "自動運転", Published: day("2026-05-01")},
		Article{ID: "robotaxi", Title: "ロボタクシーが市街地を走行", Body: "無人の車両が乗客を運んだ。", Category: "自動運転", Published: day("2026-05-02")},
		Article{ID: "other", Title: "電池の新工場", Body: "電池の工場を建てる。", Category: "EV", Published: day("2026-05-04")},
	)
	for _, q := range []string{"自動運転", "じどううんてん", "jidouunten"} {
		res := mustSearch(t, ix, Request{Query: q})
		got := ids(res)
		if len(got) != 3 || got[0] != "filed" || slices.Index(got, "mention") < slices.Index(got, "filed") || !slices.Contains(got, "robotaxi") {
			t.Errorf("%s = %v, want filed above mention, and robotaxi", q, got)
		}
	}
	if got := ids(mustSearch(t, ix, Request{Query: "電池"})); !slices.Equal(got, []string{"other"}) {
		t.Errorf("電池 = %v, want other (no category named)", got)
	}
}

// TestCategoryOfSeveralSubjectsNamed: a category that lists subjects
// (宇宙・航空, 耐量子暗号 (PQC)) ranks its articles for each subject as a
// tag does, and finds none that never says it (an article filed under
// 全固体電池・次世代蓄電 may be on sodium-ion cells).
func TestCategoryOfSeveralSubjectsNamed(t *testing.T) {
	for _, tt := range []struct {
		category string
		want     []string
	}{
		{"宇宙・航空", []string{"宇宙", "航空"}},
		{"耐量子暗号 (PQC)", []string{"耐量子暗号", "PQC"}},
		{"AI", nil},
		{"R&D", []string{}}, // no part of two characters
	} {
		if got := categoryPartsOf(tt.category); !slices.Equal(got, tt.want) {
			t.Errorf("categoryPartsOf(%q) = %q, want %q", tt.category, got, tt.want)
		}
	}
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "filed", Title: "宇宙をテーマにした展示", Body: "宇宙をテーマにした展示が始まった。", Category: "宇宙・航空", Published: day("2026-05-01")},
		Article{ID: "mention", Title: "宇宙をテーマにした展示", Body: "宇宙をテーマにした展示が始まった。", Category: "文化", Published: day("2026-05-02")},
		Article{ID: "probe", Title: "探査機が小惑星に到着", Body: "探査機は予定どおり小惑星に着いた。", Category: "宇宙・航空", Published: day("2026-05-03")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "宇宙"})); !slices.Equal(got, []string{"filed", "mention"}) {
		t.Errorf("宇宙 = %v, want filed above mention, and not probe", got)
	}
}

// TestTagAcrossWords: a tag two words name together stands in for them.
func TestTagAcrossWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "eu", Title: "EUのAI法、汎用モデルへの義務が発効", Body: "欧州連合のAI法のうち、汎用AIモデルの提供者に向けた規定が適用された。", Tags: []string{"AI規制", "EU"}, Published: day("2026-01-10")},
		Article{ID: "export", Title: "半導体の輸出規制を強化", Body: "米政府は半導体の輸出規制を強化し、AI向けのメモリーも対象に加えた。", Tags: []string{"輸出規制"}, Published: day("2026-01-11")},
		Article{ID: "app", Title: "AIで出品を簡単に", Body: "写真を撮るだけでAIが説明文を作る。", Tags: []string{"AI"}, Published: day("2026-01-12")},
	)
	for _, q := range []string{"AI規制", "AI 規制", "ＡＩ　規制"} {
		res := mustSearch(t, ix, Request{Query: q})
		if res.Relaxed || !sameSet(ids(res), []string{"eu", "export"}) {
			t.Errorf("%s = %v (relaxed %v), want eu and export", q, ids(res), res.Relaxed)
		}
	}
	// Apart, each word still needs its own article's text or the tag.
	if res := mustSearch(t, ix, Request{Query: "規制 AI 写真"}); len(res.Hits) > 0 && !res.Relaxed {
		t.Errorf("規制 AI 写真 = %v, want none with every word", ids(res))
	}
}

// TestTagNamedEitherWay: two words that name a tag or a category together
// rank its articles first whichever way round they are typed.
func TestTagNamedEitherWay(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "filed", Title: "新方式の計算機を試作", Body: "量子ビットを使うコンピューターを公開した。", Category: "量子コンピュータ", Published: day("2026-05-01")},
		Article{ID: "tagged", Title: "新方式の計算機を発表", Body: "量子ビットを使うコンピューターを発表した。", Category: "研究", Tags: []string{"量子コンピュータ"}, Published: day("2026-05-02")},
		Article{ID: "apart", Title: "計算機の歴史を振り返る", Body: "量子力学の発見とコンピューターの歩みを解説する。", Category: "AI", Published: day("2026-05-03")},
	)
	for _, q := range []string{"量子 コンピューター", "コンピューター 量子"} {
		got := ids(mustSearch(t, ix, Request{Query: q}))
		if len(got) != 3 || got[2] != "apart" {
			t.Errorf("%s = %v, want filed and tagged above apart", q, got)
		}
	}
}

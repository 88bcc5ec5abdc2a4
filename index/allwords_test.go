package index

import (
	"context"
	"slices"
	"testing"
)

// Tests of when a search lists the articles with most of the words (Relax).

var allWordsFixtures = []Article{
	{ID: "ransom-firm", Title: "ランサムウェアで工場が停止", Body: "ランサムウェアの被害を受けた企業は生産を止めた。", Category: "セキュリティ", Published: day("2026-03-01")},
	{ID: "ransom-hospital", Title: "病院がランサムウェアの被害", Body: "ランサムウェアで電子カルテが使えなくなった。被害は三日続いた。", Category: "セキュリティ", Published: day("2026-03-02")},
	{ID: "ransom-city", Title: "市役所にランサムウェア攻撃", Body: "ランサムウェアで住民票の発行が止まった。", Category: "セキュリティ", Published: day("2026-03-03")},
	{ID: "firm-survey", Title: "企業のIT投資が増加", Body: "国内企業の八割がクラウドへの投資を増やした。", Category: "ビジネス", Published: day("2026-03-04")},
	{ID: "quake", Title: "地震の被害状況", Body: "地震の被害は沿岸部に集中した。", Category: "社会", Published: day("2026-03-05")},
	{ID: "elon", Title: "イーロン・マスク氏が新会社", Body: "イーロン・マスク氏は新しい会社を立ち上げた。", Category: "ビジネス", Published: day("2026-03-06")},
	{ID: "mask", Title: "花粉の季節にマスクが品薄", Body: "マスクの売れ行きが伸びている。", Category: "社会", Published: day("2026-03-07")},
}

func TestFewArticlesWithAllWordsAreFollowed(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, allWordsFixtures...)

	res := mustSearch(t, ix, Request{Query: "ランサムウェアの被害にあった企業は", Relax: RelaxFew})
	got := ids(res)
	if !res.Relaxed || res.AllWords != 1 || len(got) == 0 || got[0] != "ransom-firm" {
		t.Fatalf("hits %v (relaxed %v, all words %d); want ransom-firm alone with every word, first", got, res.Relaxed, res.AllWords)
	}
	// The article that misses only 企業 follows; those with one of the
	// words come after it.
	if len(got) != 5 || got[1] != "ransom-hospital" || slices.Contains(got, "elon") {
		t.Errorf("hits %v; want ransom-hospital right after ransom-firm, then the articles with one of the words", got)
	}
	if res.Total != uint64(len(got)) {
		t.Errorf("total %d for %d hits", res.Total, len(got))
	}

	for _, tt := range []struct {
		name string
		r    Request
		want []string
	}{
		// One word split into pieces is one name: マスク alone is no
		// イーロン・マスク.
		// The words are ANDed unless asked (or a question or a sentence:
		// see TestQuestionFollowedByDefault).
		{"auto", Request{Query: "ランサムウェア 被害 企業"}, []string{"ransom-firm"}},
		// One word split into pieces is one name: マスク alone is no
		// イーロン・マスク.
		{"one name", Request{Query: "イーロン・マスク", Relax: RelaxFew}, []string{"elon"}},
		{"quoted phrase", Request{Query: `"ランサムウェアで工場" 企業`, Relax: RelaxFew}, []string{"ransom-firm"}},
		{"by date", Request{Query: "ランサムウェア 企業", Sort: SortNewest, Relax: RelaxFew}, []string{"ransom-firm"}},
		{"off, and no article has every word", Request{Query: "ランサムウェア 地震", Relax: RelaxOff}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.r)
			if res.Relaxed || !slices.Equal(ids(res), tt.want) || res.AllWords != res.Total {
				t.Errorf("hits %v (relaxed %v, all words %d of %d), want only %v", ids(res), res.Relaxed, res.AllWords, res.Total, tt.want)
			}
		})
	}
}

func TestFollowedArticlesPageByCursor(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, allWordsFixtures...)
	r := Request{Query: "ランサムウェア 企業", PerPage: 2, Relax: RelaxFew}
	first := mustSearch(t, ix, r)
	if !first.Relaxed || first.AllWords != 1 || first.NextCursor == "" {
		t.Fatalf("first page %v (relaxed %v, all words %d, cursor %q)", ids(first), first.Relaxed, first.AllWords, first.NextCursor)
	}
	seen := ids(first)
	for cur := first.NextCursor; cur != ""; {
		res, err := ix.Search(context.Background(), Request{Query: r.Query, PerPage: 2, Relax: RelaxFew, Cursor: cur})
		if err != nil {
			t.Fatal(err)
		}
		if !res.Relaxed || res.AllWords != 1 || res.Total != first.Total {
			t.Errorf("page %d: relaxed %v, all words %d, total %d; want as the first page", res.Page, res.Relaxed, res.AllWords, res.Total)
		}
		seen = append(seen, ids(res)...)
		cur = res.NextCursor
	}
	want := []string{"ransom-firm", "ransom-hospital", "ransom-city", "firm-survey"}
	if seen[0] != "ransom-firm" || !sameSet(seen, want) {
		t.Errorf("pages %v; want %v, ransom-firm first, each once", seen, want)
	}
	// Page numbers give the same list.
	var paged []string
	for p := 1; p <= 2; p++ {
		paged = append(paged, ids(mustSearch(t, ix, Request{Query: r.Query, PerPage: 2, Page: p, Relax: RelaxFew}))...)
	}
	if !slices.Equal(paged, seen) {
		t.Errorf("by page %v, by cursor %v", paged, seen)
	}
	// A cursor belongs to its relax mode.
	if _, err := ix.Search(context.Background(), Request{Query: r.Query, PerPage: 2, Cursor: first.NextCursor}); err == nil {
		t.Errorf("a relax=few cursor was taken by a relax=auto search")
	}
}

func TestParseRelax(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Relax
		ok   bool
	}{
		{"", RelaxAuto, true},
		{"auto", RelaxAuto, true},
		{" Few ", RelaxFew, true},
		{"OFF", RelaxOff, true},
		{"always", 0, false},
		{"1", 0, false},
	} {
		got, err := ParseRelax(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseRelax(%q) = %v, %v; want %v (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// TestQuestionFollowedByDefault: a question's few articles with every
// word are followed by those with most of them without asking for
// RelaxFew; other words are not.
func TestQuestionFollowedByDefault(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, allWordsFixtures...)
	for _, tt := range []struct {
		q       string
		relaxed bool
	}{
		{"ランサムウェアの被害にあった企業はどこ", true},
		{"なぜランサムウェアの被害にあった企業", true},
		{"ランサムウェアの被害にあった企業", true}, // (a clause: あった, which the analyzer drops)
		{"ランサムウェアの被害 企業", false},
		{"ランサムウェア 被害 企業", false},
		{"ランサムウェアの被害にあった企業はいつ", true}, // (いつ, which the analyzer drops)
		{"ランサムウェアの被害にあった企業 いつ", true},
		{"ランサムウェアの被害にあった企業 いつから", true},
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		got := ids(res)
		if len(got) == 0 || got[0] != "ransom-firm" || res.Relaxed != tt.relaxed {
			t.Errorf("Search(%s) = %v (relaxed %v); want ransom-firm first, relaxed %v", tt.q, got, res.Relaxed, tt.relaxed)
		}
		if tt.relaxed && (len(got) < 2 || got[1] != "ransom-hospital") {
			t.Errorf("Search(%s) = %v; want ransom-hospital, which misses only 企業, second", tt.q, got)
		}
	}
	mustPut(t, ix,
		Article{ID: "rt-jp", Title: "日本でもロボタクシーが始まる", Body: "日本でロボタクシーの営業運行が始まる。", Published: day("2026-03-08")},
		Article{ID: "rt-kokunai", Title: "ロボタクシー、国内で2027年に開始へ", Body: "国内初のロボタクシーは2027年に開始する。", Published: day("2026-03-09")})
	res := mustSearch(t, ix, Request{Query: "ロボタクシーは日本でいつ始まる"})
	if got := ids(res); !res.Relaxed || len(got) < 2 || got[0] != "rt-jp" || got[1] != "rt-kokunai" {
		t.Errorf("Search(ロボタクシーは日本でいつ始まる) = %v (relaxed %v); want rt-jp, then rt-kokunai (国内, not 日本)", got, res.Relaxed)
	}
}

// TestDottedNameRelaxesToItsLastName: a dotted name no article has is
// relaxed to its last name whole, never to the pieces kagome cuts it into
// (マン of アルトマン) nor to its first name (サム of another サム).
func TestDottedNameRelaxesToItsLastName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "sam", Title: "サム・ワーシントンが来日", Body: "俳優のサム・ワーシントンが来日した。", Published: day("2026-03-01")},
		Article{ID: "manu", Title: "マンUが勝利", Body: "マンUは三連勝。", Published: day("2026-03-02")},
		Article{ID: "alto", Title: "アルトサックスの名演", Body: "アルトの音色。", Published: day("2026-03-03")},
		Article{ID: "altman", Title: "アルトマン氏が講演", Body: "オープンAIのアルトマン氏が東京で講演した。", Published: day("2026-03-04")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"サム・アルトマン", []string{"altman"}},
		{"サム・クック", nil},
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		if !slices.Equal(ids(res), tt.want) || len(tt.want) > 0 && !res.Relaxed {
			t.Errorf("%s: hits %v (relaxed %v), want %v, relaxed", tt.q, ids(res), res.Relaxed, tt.want)
		}
	}
}

// TestPrefixCompoundNotByItsPartsApart: a compound of the user dictionary
// that splits off a prefix of one kanji (光|通信), which no article has,
// is not found by its parts anywhere in an article (光 in one sentence,
// 通信 in another) as if the article had it: only a relaxed search lists
// that article. A compound of two longer words is (火星探査 finds 火星の
// 衛星探査機).
func TestPrefixCompoundNotByItsPartsApart(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "fiber", Title: "光ファイバーの整備", Body: "新しい通信網を作る。", Published: day("2026-03-01")},
		Article{ID: "mars", Title: "火星の衛星探査機が完成", Body: "火星の衛星を調べる探査機が完成した。", Published: day("2026-03-02")},
	)
	if res := mustSearch(t, ix, Request{Query: "光通信"}); len(res.Hits) > 0 && !res.Relaxed {
		t.Errorf("光通信: hits %v not relaxed; want the parts apart to find nothing as the word", ids(res))
	}
	if res := mustSearch(t, ix, Request{Query: "火星探査"}); !slices.Equal(ids(res), []string{"mars"}) || res.Relaxed {
		t.Errorf("火星探査: hits %v (relaxed %v), want mars as the word", ids(res), res.Relaxed)
	}
}

// TestReasonAsksWhy: a query that asks for the reason (…が増えた理由) is a
// question: when one roundup happens to have every word, the article on
// the subject that says it otherwise follows it.
func TestReasonAsksWhy(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "robots", Title: "配膳ロボット、飲食店で導入相次ぐ", Body: "配膳ロボットを導入する飲食店が相次いでいる。人手不足が背景にある。", Published: day("2026-03-01")},
		Article{ID: "roundup", Title: "今週のまとめ", Body: "配膳ロボットの話題があった。利用者が増えた決済アプリも。", Published: day("2026-03-02")},
	)
	res := mustSearch(t, ix, Request{Query: "配膳ロボットが増えた理由"})
	if !slices.Contains(ids(res), "robots") {
		t.Errorf("hits %v (relaxed %v); want robots after the roundup", ids(res), res.Relaxed)
	}
}

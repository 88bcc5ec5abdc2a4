package index

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSearchSemantics(t *testing.T) {
	ix := mustFixtures(t)
	tests := []struct {
		name    string
		q       string
		want    []string // exactly these ids, in any order
		wantTop string   // and this one first, if set
	}{
		{"half-width finds full-width", "AI", []string{"ai-chip", "escape"}, ""},
		{"full-width finds half-width", "ＡＩ", []string{"ai-chip", "escape"}, ""},
		{"lower case finds upper case", "nvidia", []string{"ai-chip"}, ""},
		{"query without spaces needs all its words", "全固体電池の量産", []string{"ssb-mass"}, ""},
		{"all words, anywhere in title or body", "電池工場 全固体", []string{"ssb-apart"}, ""},
		{"words are ANDed", "量産 トヨタ", []string{"ssb-mass"}, ""},
		{"ideographic space separates words", "量産\u3000トヨタ", []string{"ssb-mass"}, ""},
		{"phrase requires adjacency", `"全固体電池の量産"`, []string{"ssb-mass"}, ""},
		{"full-width quotes make a phrase", "＂全固体電池の量産＂", []string{"ssb-mass"}, ""},
		{"exclusion", "量産 -トヨタ", []string{"ssb-apart"}, ""},
		{"full-width minus excludes", "量産 －トヨタ", []string{"ssb-apart"}, ""},
		{"exclusion only", "-自動運転 -量産 -ai -東京都", []string{"kyoto"}, ""}, // kix is filed under 自動運転, which finds it
		{"kyoto does not match tokyo-to", "京都", []string{"kyoto"}, ""},
		{"compound part", "空港", []string{"kix"}, ""},
		{"compound phrase", `"関西国際空港"`, []string{"kix"}, ""},
		{"inflected verb", "発表する", []string{"ai-chip"}, ""},
		{"title outranks body", "量産", []string{"ssb-mass", "ssb-apart"}, ""},
		{"stop words only find nothing", "することができる", nil, ""},
		{"emoji only finds nothing", "🚀", nil, ""},
		{"unclosed quote runs to the end", `"全固体電池の量産`, []string{"ssb-mass"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			got := ids(res)
			if !sameSet(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
			}
			if tt.wantTop != "" && (len(got) == 0 || got[0] != tt.wantTop) {
				t.Errorf("Search(%q) top = %v, want %s first", tt.q, got, tt.wantTop)
			}
			if int(res.Total) != len(got) {
				t.Errorf("Total = %d, hits %d", res.Total, len(got))
			}
		})
	}
}

func TestSearchFiltersSortPaging(t *testing.T) {
	ix := mustFixtures(t)
	all := func(r Request) []string { return ids(mustSearch(t, ix, r)) }

	if got := all(Request{Sort: SortNewest}); !slices.Equal(got, []string{"escape", "kix", "kyoto", "tokyo-to", "ssb-apart", "ssb-mass", "ai-chip"}) {
		t.Errorf("newest = %v", got)
	}
	if got := all(Request{Sort: SortOldest, PerPage: 2}); !slices.Equal(got, []string{"ai-chip", "ssb-mass"}) {
		t.Errorf("oldest page 1 = %v", got)
	}
	if got := all(Request{Sort: SortOldest, PerPage: 2, Page: 2}); !slices.Equal(got, []string{"ssb-apart", "tokyo-to"}) {
		t.Errorf("oldest page 2 = %v", got)
	}
	if got := all(Request{Sort: SortOldest, PerPage: 5, Page: 3}); len(got) != 0 {
		t.Errorf("page past the end = %v, want none", got)
	}
	if got := all(Request{Categories: []string{"電池", "量子"}}); !sameSet(got, []string{"ssb-mass", "ssb-apart", "kyoto"}) {
		t.Errorf("two categories = %v", got)
	}
	if got := all(Request{From: day("2026-03-01"), To: day("2026-04-01").Add(-time.Hour)}); !sameSet(got, []string{"ssb-mass", "ssb-apart"}) {
		t.Errorf("March = %v", got)
	}
	to, _ := ParseDate("2026-04-01", true)
	if got := all(Request{From: day("2026-04-01"), To: to}); !sameSet(got, []string{"tokyo-to"}) {
		t.Errorf("to=2026-04-01 includes the whole day: %v", got)
	}
	// (kix never says 自動運転; the word names its category: see TestCategoryNamed.)
	if got := all(Request{Query: "自動運転", Categories: []string{"自動運転"}, Sort: SortNewest}); !slices.Equal(got, []string{"kix", "tokyo-to"}) {
		t.Errorf("query + category = %v", got)
	}
}

func TestSearchHighlights(t *testing.T) {
	ix := mustFixtures(t)
	hit := mustSearch(t, ix, Request{Query: "ai 半導体"}).Hits[0]
	if hit.ID != "ai-chip" {
		t.Fatalf("top hit = %s", hit.ID)
	}
	// Marks land on the original full-width characters; touching matches
	// make one mark.
	if want := "<mark>ＡＩ半導体</mark>の新工場を発表"; hit.TitleHTML != want {
		t.Errorf("title_html = %q, want %q", hit.TitleHTML, want)
	}
	if !strings.Contains(hit.SnippetHTML, "新しい<mark>ＡＩ半導体</mark>の工場") {
		t.Errorf("snippet_html = %q", hit.SnippetHTML)
	}

	hit = mustSearch(t, ix, Request{Query: "全固体電池"}).Hits[0]
	if !strings.Contains(hit.TitleHTML, "<mark>全固体電池</mark>") {
		t.Errorf("compound title_html = %q", hit.TitleHTML)
	}

	// A character kagome split from a word is marked beside the rest of
	// it, not alone (月 of 月着陸 in 6月), unless it is a word of its own.
	mustPut(t, ix, Article{ID: "moon", Title: "探査機が月着陸に失敗", Body: "6月6日、探査機は月着陸に失敗した。", Published: day("2026-05-01")})
	hit = mustSearch(t, ix, Request{Query: "月着陸 失敗"}).Hits[0]
	if want := "探査機が<mark>月着陸</mark>に<mark>失敗</mark>"; hit.TitleHTML != want {
		t.Errorf("月着陸 title_html = %q, want %q", hit.TitleHTML, want)
	}
	if want := "6月6日、探査機は<mark>月着陸</mark>に<mark>失敗</mark>した。"; hit.SnippetHTML != want {
		t.Errorf("月着陸 snippet_html = %q, want %q", hit.SnippetHTML, want)
	}
	hit = mustSearch(t, ix, Request{Query: "月 失敗"}).Hits[0]
	if !strings.HasPrefix(hit.SnippetHTML, "6<mark>月</mark>6日") {
		t.Errorf("月 snippet_html = %q, want 月 marked", hit.SnippetHTML)
	}

	for _, h := range mustSearch(t, ix, Request{Query: "タグ"}).Hits {
		if h.ID == "escape" {
			if want := "&lt;script&gt;alert(1)&lt;/script&gt; &amp; AI"; h.TitleHTML != want {
				t.Errorf("escaped title_html = %q, want %q", h.TitleHTML, want)
			}
			if !strings.Contains(h.SnippetHTML, "<mark>タグ</mark>") {
				t.Errorf("snippet_html = %q", h.SnippetHTML)
			}
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want string
	}{
		{"2026-04-01", false, "2026-04-01T00:00:00+09:00"},
		{"2026-04-01", true, "2026-04-01T23:59:59.999999999+09:00"},
		{"2026-02", true, "2026-02-28T23:59:59.999999999+09:00"},
		{"2026", false, "2026-01-01T00:00:00+09:00"},
		{"2026-04-01T12:00:00Z", true, "2026-04-01T12:00:00Z"},
		{"1899-12-31T15:00:00Z", false, "1899-12-31T15:00:00Z"},          // 1900 in JST, as a published date
		{"2017-01-01T08:59:60+09:00", true, "2017-01-01T08:59:59+09:00"}, // a leap second: the one before
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in, tt.end)
		if err != nil || got.Format(time.RFC3339Nano) != tt.want {
			t.Errorf("ParseDate(%q, %v) = %v, %v; want %s", tt.in, tt.end, got.Format(time.RFC3339Nano), err, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "2026-13-01", "2026-02-30", "99999", "0001-01-01", "2026-06-30T23:59:59+24:00", "2200-12-31T15:00:00Z"} {
		if _, err := ParseDate(bad, false); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
}

func TestCursor(t *testing.T) {
	ix := mustFixtures(t)
	r := Request{Sort: SortNewest, PerPage: 3}
	first := mustSearch(t, ix, r)
	if first.NextCursor == "" || len(first.Hits) != 3 {
		t.Fatalf("first page: %v, cursor %q", ids(first), first.NextCursor)
	}
	// An article older than the first page, added now, still shows up on
	// a later page; the walk neither skips nor repeats.
	mustPut(t, ix, Article{ID: "late", Title: "後から追加", Published: day("2026-03-10")})
	var walked []string
	walked = append(walked, ids(first)...)
	r.Cursor = first.NextCursor
	for r.Cursor != "" {
		res := mustSearch(t, ix, r)
		walked = append(walked, ids(res)...)
		r.Cursor = res.NextCursor
	}
	want := []string{"escape", "kix", "kyoto", "tokyo-to", "ssb-apart", "late", "ssb-mass", "ai-chip"}
	if !slices.Equal(walked, want) {
		t.Errorf("walk = %v, want %v", walked, want)
	}

	// White space around the words is the same search.
	if _, err := ix.Search(t.Context(), Request{Cursor: first.NextCursor, Query: " ", Sort: SortNewest, PerPage: 3}); err != nil {
		t.Errorf("the cursor with a query of a space: %v", err)
	}

	bad := []Request{
		{Cursor: "not-a-cursor"},
		{Cursor: first.NextCursor, Sort: SortOldest, PerPage: 3},
		{Cursor: first.NextCursor, Query: "別のクエリ", Sort: SortNewest, PerPage: 3},
		{Cursor: first.NextCursor, Sort: SortNewest, PerPage: 3, Page: 2},
	}
	for _, b := range bad {
		if _, err := ix.Search(t.Context(), b); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("Search(%+v) = %v, want ErrInvalidRequest", b, err)
		}
	}
}

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

func TestParseSort(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Sort
		ok   bool
	}{{"", SortRelevance, true}, {"newest", SortNewest, true}, {" newest", SortNewest, true}, {"Oldest\u3000", SortOldest, true}, {"new", 0, false}} {
		got, err := ParseSort(tt.in)
		if (err == nil) != tt.ok || tt.ok && got != tt.want {
			t.Errorf("ParseSort(%q) = %v, %v; want %v (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
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

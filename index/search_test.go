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

// TestParseDateImpossible: a date of the right shape that names no day
// or time says which part, where a wrong shape lists the shapes.
func TestParseDateImpossible(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"February 29 of a common year", "2026-02-29", "February 2026 has no day 29 (01–28)"},
		{"February 30 of a leap year", "2028-02-30", "February 2028 has no day 30 (01–29)"},
		{"day zero", "2026-04-00", "April 2026 has no day 00 (01–30)"},
		{"month 13, as a month", "2026-13", "there is no month 13 (01–12)"},
		{"month zero, as a day", "2026-00-01", "there is no month 00 (01–12)"},
		{"hour 24", "2026-04-01T24:00:00+09:00", "the hour is 00–23"},
		{"minute 60", "2026-04-01T09:60:00Z", "the minute is 00–59"},
		{"second 61", "2026-04-01T09:00:61Z", "the second is 00–59 (60 only for a leap second)"},
		{"day 31 of April in a date-time", "2026-04-31T09:00:00Z", "April 2026 has no day 31 (01–30)"},
		{"a wrong shape", "04/01/2026", "use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
		{"words", "yesterday", "use YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDate(tt.in, false)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseDate(%q) = %v, want %q", tt.in, err, tt.want)
			}
		})
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

func TestParseSort(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Sort
		ok   bool
	}{{"", SortRelevance, true}, {"newest", SortNewest, true}, {" newest", SortNewest, true}, {"Oldest\u3000", SortOldest, true},
		{"ＮＥＷＥＳＴ", SortNewest, true}, {"ｏｌｄｅｓｔ", SortOldest, true}, {"new", 0, false}, {"ｎｅｗ", 0, false}} {
		got, err := ParseSort(tt.in)
		if (err == nil) != tt.ok || tt.ok && got != tt.want {
			t.Errorf("ParseSort(%q) = %v, %v; want %v (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

package index

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMarksHoldWholeCharacters: a mark ends after the marks and selectors
// that belong to its last character, and a snippet is cut between the
// characters a reader sees, never inside a flag, a keycap or ハ+゚.
func TestMarksHoldWholeCharacters(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		start, end int // the match, as the index located it
		want       string
	}{
		{"variation selector inside the match", "辻\U000E0100堂", 0, len("辻\U000E0100堂"), "<mark>辻\U000E0100堂</mark>"},
		{"selector at the end", "葛\U000E0100飾", 0, len("葛"), "<mark>葛\U000E0100</mark>飾"},
		{"keycap", "1\ufe0f\u20e3位", 0, 1, "<mark>1\ufe0f\u20e3</mark>位"},
		{"combining handakuten", "ハ\u309aソコン", 0, len("ハ"), "<mark>ハ\u309a</mark>ソコン"},
		{"plain text unchanged", "全固体電池", 0, len("全固体"), "<mark>全固体</mark>電池"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := markAll(tt.text, spansOf(len(tt.text), locs("w", tt.start, tt.end)))
			if got != tt.want {
				t.Errorf("markAll = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSnippetCutsBetweenCharacters(t *testing.T) {
	tests := []struct {
		name, unit string
	}{
		{"combining handakuten", "ハ\u309a"},
		{"flags", "\U0001F1EF\U0001F1F5"},
		{"keycaps", "1\ufe0f\u20e3"},
		{"joined emoji", "\U0001F468\u200d\U0001F469\u200d\U0001F467"},
		{"skin tone", "\U0001F44D\U0001F3FD"},
		{"half-width voiced kana", "ﾊﾟ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for pad := range 3 {
				body := strings.Repeat("あ", pad) + strings.Repeat(tt.unit, 150) + "ドイツ" + strings.Repeat(tt.unit, 150)
				at := strings.Index(body, "ドイツ")
				got := snippet(body, spansOf(len(body), locs("ドイツ", at, at+len("ドイツ"))), snippetRunes)
				inner := strings.TrimSuffix(strings.TrimPrefix(got, "…"), "…")
				before, after, ok := strings.Cut(inner, "<mark>ドイツ</mark>")
				if !ok {
					t.Fatalf("snippet %q has no mark", got)
				}
				if strings.Trim(strings.ReplaceAll(before, tt.unit, ""), "あ") != "" {
					t.Errorf("pad %d: snippet starts inside a character: %q", pad, before)
				}
				if strings.ReplaceAll(after, tt.unit, "") != "" {
					t.Errorf("pad %d: snippet ends inside a character: %q", pad, after)
				}
			}
		})
	}
}

// TestVariantSelectorsSearched: a name written with an ideographic
// variation selector (葛󠄀飾区, 辻󠄀堂) is found by the plain kanji and the
// reverse, with the selector inside the mark.
func TestVariantSelectorsSearched(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "ivs", Title: "葛\U000E0100飾区の辻\U000E0100堂さん", Body: "区長の辻\U000E0100堂氏が会見した。", Published: day("2026-05-01")},
		Article{ID: "plain", Title: "辻堂駅の再開発", Body: "辻堂駅前に新しい商業施設。", Published: day("2026-05-02")},
		Article{ID: "hangul", Title: "방탄소년단が来日", Body: "BTSこと방탄소년단の公演。", Published: day("2026-05-03")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"辻堂", []string{"ivs", "plain"}},
		{"辻\U000E0100堂", []string{"ivs", "plain"}},
		{"葛飾区", []string{"ivs"}},
		{"방탄소년단", []string{"hangul"}},
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		got := ids(res)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) || res.Relaxed {
			t.Errorf("%q: hits %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
		}
		for _, h := range res.Hits {
			if html := h.TitleHTML + h.SnippetHTML; !strings.Contains(html, "<mark>") || strings.Contains(html, "</mark>\U000E0100") {
				t.Errorf("%q: %q: want a mark with its selector inside", tt.q, html)
			}
		}
	}
}

// TestLabelsComposed: a category or tag written with a combining mark is
// the one that shows the same (one facet entry, one filter).
func TestLabelsComposed(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "nfd", Title: "新店の話", Body: "新しい店。", Category: "ク\u3099ルメ", Tags: []string{"ト\u3099イツ"}, Published: day("2026-05-01")},
		Article{ID: "nfc", Title: "老舗の話", Body: "古い店。", Category: "グルメ", Tags: []string{"ドイツ"}, Published: day("2026-05-02")},
	)
	res := mustSearch(t, ix, Request{Query: "話"})
	if want := []FacetValue{{Value: "グルメ", Count: 2}}; !slices.Equal(res.Facets.Category, want) {
		t.Errorf("category facet %v, want %v", res.Facets.Category, want)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "tag:ドイツ"})); len(got) != 2 {
		t.Errorf("tag:ドイツ: %v, want both", got)
	}
	a, err := ix.Get(t.Context(), "nfd")
	if err != nil || a.Category != "グルメ" {
		t.Errorf("Get: category %q, %v; want グルメ composed", a.Category, err)
	}
}

// TestSnippetOfFloods: a body that Unicode would read as one character
// (a letter and 100,000 marks, emoji joined by 100,000 joiners, flag tags)
// still gives a snippet of about snippetRunes characters, its match
// marked.
func TestSnippetOfFloods(t *testing.T) {
	tests := []struct {
		name, flood string
	}{
		{"combining marks", "あ" + strings.Repeat("\u3099", 100_000)},
		{"joined emoji", strings.Repeat("\U0001F468\u200d", 50_000)},
		{"flag tags", "\U0001F3F4" + strings.Repeat("\U000E0067", 100_000)},
		{"regional indicators", strings.Repeat("\U0001F1EF", 100_001)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, body := range []string{"ドイツ" + tt.flood, tt.flood + "ドイツ" + tt.flood} {
				at := strings.Index(body, "ドイツ")
				got := snippet(body, spansOf(len(body), locs("ドイツ", at, at+len("ドイツ"))), snippetRunes)
				if n := utf8.RuneCountInString(got); n > 3*snippetRunes {
					t.Errorf("snippet of %d characters", n)
				}
				if !strings.Contains(got, "<mark>ドイツ</mark>") {
					t.Errorf("snippet %.80q… has no mark", got)
				}
			}
		})
	}
}

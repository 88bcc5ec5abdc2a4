package index

import (
	"slices"
	"testing"
)

// TestInflectedKanaQuotedWhole: a verb or an adjective typed in kana with
// its endings (つながらない), which some article quotes whole
// (「つながらない」) and so holds as one word, is still the verb or the
// adjective: the article that writes another of its forms (つながらず,
// おもしろかった) is found, with no relaxing, as when no article quotes it.
func TestInflectedKanaQuotedWhole(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "outage", Title: "Starlinkで世界規模の通信障害　約2時間半つながらず", Body: "衛星インターネットで障害が起きた。", Published: day("2026-07-25")},
		Article{ID: "quote", Title: "「つながらない」悩み", Body: "「つながらない」電話の話。", Published: day("2026-07-26")},
		Article{ID: "right", Title: "つながらない権利", Body: "休日の連絡を断る。", Published: day("2026-07-27")},
		Article{ID: "film", Title: "新作映画の感想", Body: "思ったよりおもしろかった。", Published: day("2026-07-28")},
		Article{ID: "comic", Title: "「おもしろくない」と言われた芸人", Body: "舞台の話。", Published: day("2026-07-29")},
	)
	tests := []struct {
		name, q string
		want    []string // all of them, in any order, and no other
	}{
		{"a negative verb, the article writes another form", "starlink つながらない", []string{"outage"}},
		{"the quoted word still found", "つながらない 権利", []string{"right"}},
		{"a negative adjective, the article writes the past", "映画 おもしろくない", []string{"film"}},
		{"the quoted adjective alone", "「おもしろくない」 芸人", []string{"comic"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			got := ids(res)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

// TestInflectedKana: which kana is a verb or an adjective with endings.
func TestInflectedKana(t *testing.T) {
	ix := mustOpen(t)
	c := ix.compiler(nil)
	tests := []struct {
		name, text, want string // want: the term, "" for none
	}{
		{"a negative verb", "つながらない", "つながる"},
		{"a potential's past negative", "たべられなかった", "たべる"},
		{"a negative adjective", "かわいくない", "かわいい"},
		{"a verb as its base form", "つながる", ""},
		{"kana kagome reads as no word", "にこたま", ""},
		{"a verb inside a loanword typed in kana", "ろけっと", ""},
		{"the verb after a small kana's syllable", "じゃけっと", ""},
		{"another loanword read with a verb inside", "ぽけっと", ""},
		{"kanji", "繋がらない", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if v, ok := inflectedKana(tt.text, c.tokens(tt.text)); ok {
				got = v.Term
			}
			if got != tt.want {
				t.Errorf("inflectedKana(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

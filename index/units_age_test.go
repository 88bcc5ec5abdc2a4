package index

import (
	"slices"
	"testing"
)

// TestAgeInBrackets: an age typed with 歳 or 才 (16歳) also finds the
// articles that write it in brackets after a name (長野さん（16）), below
// those that write it as typed; a bare number finds what it did, and a
// number in brackets that is no age (after a particle, a film's year
// after its title) is not found for an age.
func TestAgeInBrackets(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "written", Title: "空手の大会", Body: "16歳の空手少女が優勝した。", Published: day("2026-05-06")},
		Article{ID: "bracketed", Title: "空手の新星", Body: "空手少女の長野じゅりあさん（16）が優勝した。", Published: day("2026-05-07")},
		Article{ID: "halfwidth", Title: "投手の移籍", Body: "主軸の杉内俊哉(30)が移籍した。", Published: day("2026-05-08")},
		Article{ID: "sai", Title: "天才少女", Body: "わずか16才で空手の師範に。", Published: day("2026-05-09")},
		Article{ID: "list", Title: "設定の手順", Body: "手順は次の通り。詳しくは（16）を参照。", Published: day("2026-05-10")},
		Article{ID: "film", Title: "名画座", Body: "『暴力脱獄』（16）を上映する。", Published: day("2026-05-11")},
		Article{ID: "bare", Title: "会議", Body: "参加者は16人だった。", Published: day("2026-05-12")},
	)
	tests := []struct {
		name, q string
		first   string   // ranks first
		want    []string // the set found
		last    bool     // the bracketed age ranks last
	}{
		{"歳 finds 才 and the bracketed age after those as typed", "16歳", "written", []string{"written", "sai", "bracketed"}, true},
		{"才 finds 歳 and the bracketed age", "16才", "sai", []string{"written", "sai", "bracketed"}, true},
		{"beside another word", "空手 16歳", "written", []string{"written", "sai", "bracketed"}, false},
		{"in half-width brackets after a full name", "30歳", "halfwidth", []string{"halfwidth"}, false},
		{"full-width digits typed", "１６歳", "written", []string{"written", "sai", "bracketed"}, true},
		{"a bare number as before", "16", "", []string{"written", "bracketed", "sai", "list", "film", "bare"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			got := ids(res)
			if !sameSet(got, tt.want) || res.Relaxed {
				t.Fatalf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
			if tt.first != "" && got[0] != tt.first {
				t.Errorf("Search(%q) = %v, want %s first", tt.q, got, tt.first)
			}
			if tt.last && slices.Index(got, "bracketed") != len(got)-1 {
				t.Errorf("Search(%q) = %v, want the bracketed age last", tt.q, got)
			}
		})
	}
}

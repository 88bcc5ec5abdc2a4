package index

import (
	"slices"
	"testing"
)

// TestWhSkeleton: a wh at the start of a word is also read as katakana
// writes it, ホワ (HW: white ホワイト), and still read W and H; not as H
// alone (whatsapp, which no article has, had found 18 articles by HTSB).
func TestWhSkeleton(t *testing.T) {
	tests := []struct {
		name, latin, skeleton string
		has                   bool
	}{
		{"ホワ", "white", "HWT", true},
		{"not H alone", "whatsapp", "HTSB", false},
		{"the second word of a pair", "big white", "BKHWT", true},
		{"still read W and H", "white", "WHT", true},
		{"a w alone", "wine", "HN", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slices.Contains(latinSkeletons(tt.latin), tt.skeleton); got != tt.has {
				t.Errorf("latinSkeletons(%q) = %v, has %s = %v, want %v", tt.latin, latinSkeletons(tt.latin), tt.skeleton, got, tt.has)
			}
		})
	}
	if !soundsAlike("white", "ホワイト") {
		t.Errorf("white: not alike ホワイト")
	}
}

// TestWhFinds: two English words, one that no article has, find the
// loanword articles write in katakana with ホワ for the wh (white collar
// had relaxed to the articles that say White: its skeleton WHTKR is no
// prefix of ホワイトカラー's HWTKR).
func TestWhFinds(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "collar", Title: "ホワイトカラーの働き方", Body: "事務職などホワイトカラーの仕事にAIが広がる。", Published: day("2026-04-01")},
		Article{ID: "white", Title: "White Edition発売", Body: "限定色のWhite Editionを発売する。", Published: day("2026-04-02")},
		Article{ID: "color", Title: "新色のスマホ", Body: "カラーはホワイトとブラック。", Published: day("2026-04-03")},
	)
	res := mustSearch(t, ix, Request{Query: "white collar"})
	if got := ids(res); len(got) == 0 || got[0] != "collar" || res.Relaxed {
		t.Errorf("Search(white collar) = %v (relaxed %v), want collar first", got, res.Relaxed)
	}
}

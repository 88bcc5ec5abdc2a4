package index

import (
	"testing"
)

// TestAdverbOptional: an adverb beside two words or more says how the
// reader put the sentence and only adds to the score; beside one word, or
// alone, it is a word to find.
func TestAdverbOptional(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		name, q, adverb string
		want            bool // whether the adverb is optional
	}{
		{"in a sentence asking how", "最近使ったファイルをすぐ開く方法", "すぐ", true},
		{"in a colloquial question", "アニメの二期ってもうやってる", "もう", true},
		{"beside one word", "すぐ開くファイル", "すぐ", false},
		{"alone", "ゆっくり", "ゆっくり", false},
		{"of kanji, which says what happens", "量子ビットが0と1を同時に持つ意味", "同時に", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := ix.an.Tokens(tt.q)
			opt := optionalTokens(toks)
			found := false
			for i, tk := range toks {
				if tk.Surface == tt.adverb {
					found = true
					if opt[i] != tt.want {
						t.Errorf("%s: %s optional = %v, want %v", tt.q, tt.adverb, opt[i], tt.want)
					}
				}
			}
			if !found {
				t.Fatalf("%s: no token %s in %v", tt.q, tt.adverb, toks)
			}
		})
	}
}

// TestAdverbOfSentenceNotRequired: a sentence with an adverb the article
// does not write finds the article that has its other words.
func TestAdverbOfSentenceNotRequired(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a1", Title: "最近使ったファイルを素早く開く", Body: "スタートメニューから最近使ったファイルを開ける。", Published: day("2026-01-02")},
		Article{ID: "a2", Title: "ファイルの整理", Body: "フォルダを分けて保存する。", Published: day("2026-01-03")},
	)
	res := mustSearch(t, ix, Request{Query: "最近使ったファイルをすぐ開く方法を教えてください"})
	if got := ids(res); len(got) == 0 || got[0] != "a1" || res.AllWords != 1 {
		t.Errorf("Search = %v (all words %d), want a1 first, with every word", got, res.AllWords)
	}
}

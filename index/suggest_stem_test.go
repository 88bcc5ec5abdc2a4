package index

import (
	"slices"
	"testing"
)

// TestSuggestStem: a verb's or adjective's stem typed on its own,
// converted, or an adjective's in kana or romaji, offers the word it is
// the stem of, by its articles among the words that complete the stem as
// typed, and so does an adjective's with its past ending begun
// (なつかしかっ, なつかしかつ on a kana keyboard); a verb's stem in kana does not (ほめ, かせ are as often other
// words begun).
func TestSuggestStem(t *testing.T) {
	suggest := suggesterOver(t, "s",
		"昔の写真が懐かしい。", "懐かしい味がする。", "懐かしくて涙が出た。", "懐かしかった校舎。",
		"部下を褒める上司。", "子どもを褒めると伸びる。", "褒められた経験。",
		"新しい機種が出た。", "新しい店を開く。", "新しく始めた趣味。", "新しかった技術。", "新しい年。",
		"新宿の店。", "新宿駅の前。",
		"副業で月に5万円稼ぐ方法。", "週末だけで稼ぐ仕事。", "広告で稼いだお金。",
		"火星の探査。", "火星に着陸。", "ホメオパシーの是非。", "ホメオパシーの効果。",
	)
	for _, tt := range []struct {
		name, q, first string
	}{
		{"adjective's stem converted", "懐かし", "懐かしい"},
		{"adjective's stem in kana", "なつかし", "懐かしい"},
		{"adjective's stem in romaji", "natsukashi", "懐かしい"},
		{"adjective's stem, an ending begun", "なつかしか", "懐かしい"},
		{"adjective's past ending begun", "なつかしかっ", "懐かしい"},
		{"past ending begun on a kana keyboard", "なつかしかつ", "懐かしい"},
		{"past ending begun converted", "新しか", "新しい"},
		{"verb's stem converted", "褒め", "褒める"},
		{"before a rarer word of its kanji", "新し", "新しい"}, // not 新宿 first
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); len(got) == 0 || got[0].Text != tt.first {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.q, texts(got), tt.first)
			}
		})
	}
	for _, tt := range []struct {
		name, q, unwanted string
	}{
		{"a verb's stem in kana", "ほめ", "褒める"},
		{"another verb's stem in kana", "かせ", "稼ぐ"},
		{"an adjective's stem begun", "なつか", "懐かしい"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.unwanted }) {
				t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
			}
		})
	}
}

// TestTypedForms: a single word typed is read once for both forms the
// suggestions look for in it, the word it is written with its endings
// and the word it is its stem of, romaji read as kana first.
func TestTypedForms(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		name, w                string
		ok                     bool
		text, dictionary, stem string
	}{
		{"verb with its endings", "騙された", true, "騙された", "騙す", ""},
		{"verb with its endings in romaji", "damasareta", true, "だまされた", "だます", ""},
		{"adjective's stem converted", "懐かし", true, "懐かし", "", "懐かしい"},
		{"adjective's stem in kana", "なつかし", true, "なつかし", "", "なつかしい"},
		{"adjective's stem in romaji", "natsukashi", true, "なつかし", "", "なつかしい"},
		{"verb's stem converted", "褒め", true, "褒め", "", "褒める"},
		{"verb's stem in kana, no form", "ほめ", true, "ほめ", "", ""},
		{"noun", "新宿", true, "新宿", "", ""},
		{"romaji that reads as no kana", "xq", false, "", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ix.typedForms(tt.w)
			want := typedWord{text: tt.text, dictionary: tt.dictionary, stem: tt.stem}
			if ok != tt.ok || got != want {
				t.Errorf("typedForms(%q) = %+v, %v; want %+v, %v", tt.w, got, ok, want, tt.ok)
			}
		})
	}
}

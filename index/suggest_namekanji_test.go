package index

import "testing"

// TestSuggestNameKanjiInCompound: a compound whose first kanji kagome
// reads as a given name (美|魔女: ヨシマジョ) is offered by the kanji's
// common reading too (びまじょ, bimajo), as a search finds it, and still
// by kagome's.
func TestSuggestNameKanjiInCompound(t *testing.T) {
	var arts []Article
	add := func(n int, title, body string) { arts = appendCopies(arts, n, title, body) }
	add(4, "美魔女の素顔", "四十代の美魔女が集まった。")
	add(3, "ビーマの新作", "ビーマの話。")
	ix := mustSuggestOver(t, arts...)
	checkSlips(t, ix, []typedCase{
		{"its first kana", "びま", "美魔女"},
		{"whole", "びまじょ", "美魔女"},
		{"an IME composing", "びまj", "美魔女"},
		{"romaji", "bimajo", "美魔女"},
		{"kagome's reading", "よしまじょ", "美魔女"},
		{"converted", "美魔", "美魔女"},
	}, nil)
}

// TestNameKanjiReadings: which joined words read a name's kanji otherwise.
func TestNameKanjiReadings(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		name, word string
		want       []string
	}{
		{"a name's kanji before a common noun", "美魔女", []string{"ビマジョ"}},
		{"a given name", "翔太", nil},
		{"no name's kanji", "魔女", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := nameKanjiReadings(ix.an, indexed(ix.an.Tokens(tt.word)))
			if !sameSet(got, tt.want) {
				t.Errorf("nameKanjiReadings(%s) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

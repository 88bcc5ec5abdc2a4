package index

import (
	"testing"
)

// TestSuggestRareReadingWeak: a reading the dictionary gives a common
// noun far more rarely than its common one (大人 タイジン, 男女 ナンニョ)
// finds the word below the words that read so as a rule (た had offered
// 大人 fifth, な 男女 fourth); typed whole it still finds it, and the
// common reading finds it first.
func TestSuggestRareReadingWeak(t *testing.T) {
	var arts []Article
	arts = append(arts, copiesOf(6, "adult", "大人の男女の休日", "大人の男女が休日を楽しむ。", "2026-06-01")...)
	arts = append(arts, copiesOf(2, "typhoon", "台風の進路", "台風が近づく。", "2026-06-02")...)
	arts = append(arts, copiesOf(2, "name", "名前の由来", "名前を決める。", "2026-06-03")...)
	ix := mustSuggestOver(t, arts...)
	checkSuggestFirst(t, ix, 5, []typedCase{
		{"the rare reading's start", "た", "台風"},
		{"the rare reading's start in romaji", "ta", "台風"},
		{"another's start", "な", "名前"},
		{"the rare reading typed whole", "たいじん", "大人"},
		{"the common reading", "おと", "大人"},
		{"the other's common reading", "だんじょ", "男女"},
	})
}

package index

import (
	"testing"
)

// TestSuggestVoicedAfter: a word after others typed on a kana keyboard,
// its last kana still without the voicing mark that comes as a key of
// its own (Evernote あふ on the way to あぷり), completes as voiced when
// nothing completes it as typed; kana that complete as typed keep their
// words.
func TestSuggestVoicedAfter(t *testing.T) {
	suggest := suggesterOver(t, "v",
		"Evernoteのアプリを更新した。", "Evernoteアプリで記録する。", "Evernoteのアプリが便利。",
		"Evernoteで会議のメモを取る。", "Evernoteにメモを残す。",
		"レシピのアプリ。", "地図のアプリ。",
	)
	for _, tt := range []struct {
		name, q, first string
	}{
		{"semi-voiced mark not yet typed", "Evernote あふ", "Evernote アプリ"},
		{"voiced as typed", "Evernote あぷ", "Evernote アプリ"},
		{"kana that complete as typed", "Evernote め", "Evernote メモ"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); len(got) == 0 || got[0].Text != tt.first {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.q, texts(got), tt.first)
			}
		})
	}
}

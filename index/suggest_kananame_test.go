package index

import (
	"slices"
	"testing"
)

// TestSuggestLatinNameTypedInKana: a name the articles write in Latin
// letters only, typed in kana as it sounds (katakana converted, hiragana
// or romaji with a loanword's ー, っ or small kana), is offered as the
// articles write it, first, where the box had been empty (どろっぷぼっくす)
// or shown two words the kana run on into (ぶるーつーす: ブルー ツール);
// so is one typed with the plain kana nearest a loanword's sound (ほ for
// フォ: ほとしょっぷ, Photoshop); not for kana that begin a katakana word the articles have, nor for a
// loanword the dictionary knows (どろっぷ is no DRIVE), nor for hiragana
// without a loanword's sounds, a Japanese word mistyped more often than a
// name.
func TestSuggestLatinNameTypedInKana(t *testing.T) {
	var arts []Article
	add := func(n int, title, body string) { arts = appendCopies(arts, n, title, body) }
	add(4, "Dropboxの容量が倍に", "Dropboxで共有する。")
	add(3, "Bluetoothキーボードを試す", "Bluetoothで接続した。")
	add(3, "Tegra 3搭載のタブレット", "Tegra 3を搭載した。")
	add(5, "ブルーの新色", "ブルーの本体。")
	add(5, "便利なツールを紹介", "ツールを使う。")
	add(3, "Continueボタンの不具合", "Continueを押す。")
	add(3, "クオンティニュアムが資金調達", "クオンティニュアムは調達した。")
	add(3, "DRIVE機能を追加", "DRIVEに対応した。")
	add(3, "Photoshopの新版", "Photoshopで加工した。")
	add(3, "Foursquareでチェックイン", "Foursquareに投稿した。")
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct {
		name, typed, first, absent string
	}{
		{"katakana converted", "ドロップボックス", "Dropbox", ""},
		{"hiragana with a small tsu", "どろっぷぼっくす", "Dropbox", ""},
		{"romaji typed whole", "doroppubokkusu", "Dropbox", ""},
		{"hiragana run on into two words", "ぶるーつーす", "Bluetooth", ""},
		{"katakana without a loanword's marks", "テグラ", "Tegra", ""},
		{"hiragana without a loanword's marks", "てぐら", "", "Tegra"},
		{"kana that begin a katakana word", "くおんちにゅ", "クオンティニュアム", "Continue"},
		{"a loanword the dictionary knows", "どろっぷ", "", "DRIVE"},
		{"ho typed for フォ", "ほとしょっぷ", "Photoshop", ""},
		{"ho typed for フォ, before a long vowel", "ほーすくえあ", "Foursquare", ""},
		{"in romaji", "hotoshoppu", "Photoshop", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 8)
			if err != nil {
				t.Fatal(err)
			}
			if tt.first != "" && (len(got) == 0 || got[0].Text != tt.first) {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.typed, texts(got), tt.first)
			}
			if tt.absent != "" && slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.absent }) {
				t.Errorf("Suggest(%q) = %v, want no %s", tt.typed, texts(got), tt.absent)
			}
		})
	}
}

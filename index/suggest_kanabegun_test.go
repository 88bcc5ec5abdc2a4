package index

import (
	"fmt"
	"slices"
	"testing"
)

// TestSuggestLatinNameBegunInKana: a Latin name the articles write in
// Latin letters only, typed in kana on the way (an IME's letters of a
// syllable begun after them too), is offered from its fourth kana, where
// the box had been empty or showed words the kana run on into until the
// last kana; kana a word completes as typed keep it first; a name that
// only shares the kana's consonants, and plain hiragana without a
// loanword's marks, offer no word.
func TestSuggestLatinNameBegunInKana(t *testing.T) {
	var arts []Article
	for i, body := range []string{
		"Dropboxで共有する。", "Dropboxの容量。", "Dropboxに保存した。", "Dropboxを使う。",
		"Photoshopで加工した。", "Photoshopの新版。", "Photoshopを使う。",
		"Ustreamで中継した。", "Ustreamの番組。", "Ustreamを見る。",
		"Flickrに写真を投稿。", "Flickrの新機能。", "Flickrを使う。",
		"フリック入力を試す。", "フリックで操作する。", "フリックの速さ。",
		"FUKUSHIMAの記録。", "FUKUSHIMAを訪ねる。", "FUKUSHIMAの写真。",
		"NEXTGEARの新型。", "NEXTGEARを試す。", "NEXTGEARの価格。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("b%02d", i), Title: "記事", Body: body, Published: day("2026-05-01")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSlips(t, ix, []typedCase{
		{"small tsu and a syllable begun", "どろっぷぼっk", "Dropbox"},
		{"four kana", "どろっぷぼ", "Dropbox"},
		{"long vowel and a syllable begun", "ふぉとしょっp", "Photoshop"},
		{"small tsu at the end", "ふぉとしょっ", "Photoshop"},
		{"large tsu typed for a small one", "ふぉとしょつ", "Photoshop"},
		{"yu for a first u", "ゆーすとり", "Ustream"},
		{"katakana converted", "ドロップボ", "Dropbox"},
		{"completed as typed", "ふりっく", "フリック"},
	}, []typedCase{
		{"two consonant classes", "ふぁいあふぉっく", ""},
		{"consonants alike, vowels not", "ふぁいあふぉっくす", ""},
		{"plain hiragana", "のごそで", ""},
		{"three kana", "どろっ", ""},
	})
	checkSuggestFirst(t, ix, 8, []typedCase{
		{"before words nearly as typed", "ふりっかー", "Flickr"},
		{"a word as typed stays first", "ふりっく", "フリック"},
	})
}

func TestBegunSkeletons(t *testing.T) {
	for _, tt := range []struct {
		name, kata, tail string
		want             []begunSkeleton
	}{
		{"kana alone", "ドロップボ", "", []begunSkeleton{{"TRB", 3}}},
		{"a syllable begun", "ドロップボッ", "k", []begunSkeleton{{"TRBK", 3}}},
		{"a large tsu at the end", "フォトショツ", "", []begunSkeleton{{"FTST", 4}, {"FTS", 3}}},
		{"a first yu", "ユーストリ", "", []begunSkeleton{{"YSTR", 4}, {"STR", 3}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := begunSkeletons(tt.kata, tt.tail); !slices.Equal(got, tt.want) {
				t.Errorf("begunSkeletons(%s, %q) = %v, want %v", tt.kata, tt.tail, got, tt.want)
			}
		})
	}
}

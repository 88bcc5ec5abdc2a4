package index

import "testing"

// TestSuggestLatinWordTypedInKanaAfterOne: a name of two Latin words
// typed with the IME left in kana after the first is the pair the
// articles write (ELUGA ぱわー: ELUGA power, which the katakana word
// パワー of one article had hidden; Xperia あくろ: Xperia acro, where the
// box had offered Xperia アクセス), the word of most articles among those
// that sound alike (AQUOS ふぉん: AQUOS PHONE, not the slip PHOEN); not
// when the kana spell a word more articles have beside the first
// (Android あぷり stays Android アプリ, not Android Apple), nor after a
// word of kana.
func TestSuggestLatinWordTypedInKanaAfterOne(t *testing.T) {
	var arts []Article
	add := func(n int, title, body string) { arts = appendCopies(arts, n, title, body) }
	add(5, "ELUGA power発表", "ELUGA powerは大容量のバッテリーを積む。")
	add(1, "ELUGAのパワー", "ELUGAはパワーがある。")
	add(3, "Xperia acroの新色", "Xperia acroが出る。")
	add(4, "Xperiaへのアクセス", "Xperiaにアクセスする。")
	add(6, "AQUOS PHONEの新機種", "AQUOS PHONEが出た。")
	add(2, "AQUOS PHOENの誤記", "AQUOS PHOENと書いた。")
	add(8, "Androidアプリの紹介", "Androidアプリを使う。")
	add(3, "AndroidとApple", "AndroidとAppleの比較。")
	ix := mustSuggestOver(t, arts...)
	checkSuggestFirst(t, ix, 8, []typedCase{
		{"a katakana word of fewer articles", "ELUGA ぱわー", "ELUGA power"},
		{"katakana typed", "ELUGA パワー", "ELUGA power"},
		{"words that only start alike", "Xperia あくろ", "Xperia acro"},
		{"the word of most articles", "AQUOS ふぉん", "AQUOS PHONE"},
		{"the first word in kana too", "えくすぺりあ あくろ", "Xperia acro"},
		{"the kana a word of more articles", "Android あぷり", "Androidアプリ"},
	})
}

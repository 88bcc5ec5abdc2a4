package index

import "testing"

// TestSuggestMimeticBeforeKatakana: a name that starts with a hiragana
// adverb saying its half twice (らくらく|スマートフォン) is a compound of
// the titles, offered typed in kana, romaji, katakana or converted, where
// the adverb had ended the run; an adverb before kanji (らくらく操作) or
// one that says nothing twice (もっと) joins nothing.
func TestSuggestMimeticBeforeKatakana(t *testing.T) {
	ix := mustSuggestOver(t,
		Article{ID: "m1", Title: "らくらくスマートフォンの新機種", Body: "シニア向けのらくらくスマートフォンが出る。", Published: day("2026-05-01")},
		Article{ID: "m2", Title: "らくらくスマートフォンを試す", Body: "らくらくスマートフォンの使い方。", Published: day("2026-05-02")},
		Article{ID: "m3", Title: "らくらくスマートフォンの価格", Body: "らくらくスマートフォンは安い。", Published: day("2026-05-03")},
		Article{ID: "m4", Title: "らくらく操作で安心", Body: "らくらく操作のテレビ。", Published: day("2026-05-04")},
		Article{ID: "m5", Title: "らくらく操作の秘訣", Body: "らくらく操作を学ぶ。", Published: day("2026-05-05")},
		Article{ID: "m6", Title: "もっとスマートフォンを", Body: "もっとスマートフォンを使う。", Published: day("2026-05-06")},
		Article{ID: "m7", Title: "もっとスマートフォンの話", Body: "もっとスマートフォンを見る。", Published: day("2026-05-07")},
		Article{ID: "m8", Title: "もっとスマートフォンが", Body: "もっとスマートフォンで。", Published: day("2026-05-08")},
	)
	for _, tt := range []struct{ name, typed, want string }{
		{"kana", "らくらくす", "らくらくスマートフォン"},
		{"the adverb alone", "らくらく", "らくらくスマートフォン"},
		{"katakana", "ラクラクスマ", "らくらくスマートフォン"},
		{"romaji", "rakurakusuma", "らくらくスマートフォン"},
		{"converted", "らくらくスマ", "らくらくスマートフォン"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantOffered(t, ix, tt.typed, tt.want) })
	}
	for _, tt := range []struct{ name, typed, unwanted string }{
		{"before kanji", "らくらくそ", "らくらく操作"},
		{"an adverb said once", "もっとす", "もっとスマートフォン"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantNotOffered(t, ix, tt.typed, tt.unwanted) })
	}
}

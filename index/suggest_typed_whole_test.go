package index

import (
	"slices"
	"testing"
)

// Words typed whole or past them: a number after a name the articles
// write apart, a name typed whole in Latin letters that the articles
// write in katakana, and the voiced second half of compounds.

// TestSuggestNumberAfterWords: a number typed after a name that nothing
// completes with it keeps the words the box showed a key before, not an
// empty box; letters that complete nothing still offer nothing.
func TestSuggestNumberAfterWords(t *testing.T) {
	ix := mustSuggestOver(t, copiesOf(3, "xb", "ゲーム機の新型", "MicrosoftのXbox 360の後継機が発表された。Windows 7にも対応する。", "2026-06-01")...)
	for _, tt := range []struct{ name, q, want string }{
		{"a model number", "xbox 360", "Xbox/term"},
		{"the number begun", "xbox 3", "Xbox/term"},
		{"full-width digits", "xbox ３６０", "Xbox/term"},
		{"a version", "windows 7", "Windows/term"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantFirstSuggested(t, ix, tt.q, tt.want) })
	}
	for _, q := range []string{"zzqx 360", "xbox zzqx"} {
		if got, _ := ix.Suggest(t.Context(), q, 5); len(got) != 0 {
			t.Errorf("Suggest(%s) = %v, want nothing", q, texts(got))
		}
	}
}

// TestSuggestLatinNameTypedWhole: a name typed whole in the Latin letters
// of a word the articles write in katakana (panasonic, with a final c no
// romaji reads) keeps the titles that start with the katakana, which its
// romaji had found (panasoni), after the name.
func TestSuggestLatinNameTypedWhole(t *testing.T) {
	ix := mustSuggestOver(t, copiesOf(3, "pa", "パナソニックが新型テレビ", "パナソニック（Panasonic）が新型テレビを発表した。", "2026-06-01")...)
	for _, tt := range []struct{ name, q string }{
		{"romaji of the name begun", "panasoni"},
		{"the name whole", "panasonic"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.q, 8)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || got[0].Text != "Panasonic" || !slices.Contains(texts(got), "パナソニックが新型テレビ0/title") {
				t.Errorf("Suggest(%s) = %v, want Panasonic first, then the titles", tt.q, texts(got))
			}
		})
	}
}

// TestSuggestVoicedPiece: the voiced second half of compounds (乙女ゴコロ,
// which kagome reads 乙女|ゴコロ) is offered typed whole, and below the
// words that are no such piece while typed.
func TestSuggestVoicedPiece(t *testing.T) {
	ix := mustSuggestOver(t, append(copiesOf(4, "ko", "乙女ゴコロの研究", "乙女ゴコロと男ゴコロを調べた。", "2026-06-01"),
		copiesOf(2, "gk", "五穀のパン", "五穀を使ったパン。", "2026-06-02")...)...)
	for _, tt := range []struct{ name, q, want string }{
		{"kana begun", "ごこ", "五穀/term"},
		{"romaji begun", "goko", "五穀/term"},
		{"romaji whole", "gokoro", "ゴコロ/term"},
		{"kana whole", "ごころ", "ゴコロ/term"},
		{"katakana whole", "ゴコロ", "ゴコロ/term"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantFirstSuggested(t, ix, tt.q, tt.want) })
	}
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"ゴコロ", true},     // こころ, voiced
		{"ゴール", false},    // a word the dictionary knows
		{"パナソニック", false}, // ぱ is no voiced は of a word
		{"ガンダム", false},   // カンダム is no word
		{"ニンテンドー", false}, // not voiced
	} {
		if got := ix.voicedPiece(tt.word, ix.an.Tokens(tt.word)); got != tt.want {
			t.Errorf("voicedPiece(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestSuggestKanaPastTheArchive: kana that nothing completes offer a word
// that reads as all of them but for a slip, never a shorter word or one
// that only starts alike (the sample has no 石川, 原発 or 沖縄); one kana
// past a word is the start of the next.
func TestSuggestKanaPastTheArchive(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, q, want string }{
		{"a slip near the end", "じどううんでん", "自動運転/term"},
		{"a long vowel typed as a vowel", "ろぼたくしい", "ロボタクシー/term"},
		{"a voicing mark slipped on a word the sample lacks", "なてしこじゃぱん", ""},
		{"only the start alike (現場, 原料)", "げんぱつ", ""},
		{"a shorter word by its voicing (置き場)", "おきなわ", ""},
		{"two kana past a word (医師)", "いしかわ", ""},
		{"one kana past a word, the next begun", "じどううんてんぬ", "自動運転/term"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want != "" {
				wantFirstSuggested(t, ix, tt.q, tt.want)
				return
			}
			got, err := ix.Suggest(t.Context(), tt.q, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 0 {
				t.Errorf("Suggest(%s) = %v, want nothing", tt.q, texts(got))
			}
		})
	}
}

// wantFirstSuggested checks that the first of five suggestions for q is
// want, written text/kind.
func wantFirstSuggested(t *testing.T, ix *Index, q, want string) {
	t.Helper()
	got, err := ix.Suggest(t.Context(), q, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].Text+"/"+got[0].Kind != want {
		t.Errorf("Suggest(%s) = %v, want %s first", q, texts(got), want)
	}
}

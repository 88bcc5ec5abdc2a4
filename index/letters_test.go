package index

import (
	"slices"
	"testing"
)

// TestNumberSpelledInKana: a katakana name with its number's name written
// onto it finds the Latin name with the number (ウィンドウズイレブン had
// found nothing), and a word that only ends in such a name is left alone.
func TestNumberSpelledInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "win11", Title: "Windows 11に新機能", Body: "Windows 11の更新で暗号機能が増えた。", Published: day("2026-11-24")},
		Article{ID: "win10", Title: "Windows 10のサポート終了", Body: "Windows 10は更新が止まる。", Published: day("2026-10-14")},
		Article{ID: "grok", Title: "Grok 5の公開を延期", Body: "xAIのGrok 5は来年に。", Published: day("2026-11-12")},
		Article{ID: "curtain", Title: "遮光カーテンの選び方", Body: "寝室のカーテンを替える。", Published: day("2026-03-01")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"eleven", "ウィンドウズイレブン", []string{"win11"}},
		{"ten", "ウィンドウズテン", []string{"win10"}},
		{"a name found by sound", "グロックファイブ", []string{"grok"}},
		{"a word as written", "カーテン", []string{"curtain"}},
		{"a word by its reading", "シャコウカーテン", []string{"curtain"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestSpelledLettersBegun(t *testing.T) {
	for _, tt := range []struct {
		name, kana, letters, next string
	}{
		{"d begun after two letters", "けーでぃーで", "kd", "d"},
		{"i or r begun after three", "けーでぃーでぃーあ", "kdd", "ir"},
		{"katakana", "ユーエスビ", "us", "b"},
		{"one letter before is too few", "けーで", "", ""},
		{"the names complete", "けーでぃーでぃー", "", ""},
		{"no letters' names", "じどうう", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			letters, next := spelledLettersBegun(tt.kana)
			if letters != tt.letters || string(next) != tt.next {
				t.Errorf("spelledLettersBegun(%q) = %q, %q, want %q, %q", tt.kana, letters, next, tt.letters, tt.next)
			}
		})
	}
}

// TestSuggestLettersBegun: letters' names typed a kana at a time, in kana,
// in an IME with a letter pending and in romaji, find the abbreviation
// on the way (けーでぃーで, けーでぃーd, ke-dhi-dhi-a: KDDI), where the
// box had emptied between two names.
func TestSuggestLettersBegun(t *testing.T) {
	ix := mustSuggestOver(t,
		Article{ID: "k1", Title: "KDDIが新料金", Body: "KDDIは新しい料金を発表した。", Published: day("2026-05-01")},
		Article{ID: "k2", Title: "KDDIの決算", Body: "KDDIの利益が増えた。", Published: day("2026-05-02")},
		Article{ID: "k3", Title: "KDDIと提携", Body: "KDDIと提携する。", Published: day("2026-05-03")},
	)
	for _, tt := range []struct{ name, typed string }{
		{"kana, a name begun", "けーでぃーで"},
		{"kana, the last name begun", "けーでぃーでぃーあ"},
		{"IME, a letter pending", "けーでぃーd"},
		{"romaji, a name begun", "ke-dhi-dhi-a"},
		{"romaji, a letter pending", "ke-dhi-dh"},
		{"kana, whole", "けーでぃーでぃーあい"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "KDDI" }) {
				t.Errorf("Suggest(%q) = %v, want KDDI in the top 3", tt.typed, texts(got))
			}
		})
	}
}

// TestSpelledLettersThen: letters spelt out and then a word in kana, not
// a letter's name begun.
func TestSpelledLettersThen(t *testing.T) {
	checkSplits(t, "spelledLettersThen", spelledLettersThen, []splitCase{
		{"letters then a word", "えぬえいちけーすぺ", "nhk", "すぺ"},
		{"one kana after", "あいてぃーど", "it", "ど"},
		{"katakana", "エヌエイチケースペ", "nhk", "スペ"},
		{"a letter's name begun", "けーでぃーで", "", ""},
		{"letters only", "えぬえいちけー", "", ""},
		{"one letter", "けーき", "", ""},
		{"a word", "あいさつ", "", ""},
	})
}

// TestSuggestLettersThenKana: an abbreviation spelt out in kana and a word
// of katakana typed on in kana complete the name that writes them so, as
// the letters and the kana do (NHKすぺ); the box had been empty.
func TestSuggestLettersThenKana(t *testing.T) {
	ix := mustSuggestOver(t, articlesOf("l", "NHKスペシャルで特集", "NHKスペシャルの新作", "NHKの番組表", "スペインの旅")...)
	checkSuggestFirst(t, ix, 5, []typedCase{
		{"the letters typed", "NHKすぺ", "NHKスペシャル"},
		{"spelt out", "えぬえいちけーすぺ", "NHKスペシャル"},
		{"a syllable begun", "えぬえいちけーすぺs", "NHKスペシャル"},
		{"katakana", "エヌエイチケースペ", "NHKスペシャル"},
	})
}

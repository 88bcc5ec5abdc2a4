package index

import (
	"slices"
	"testing"
)

// TestSuggestLatinWordsApartBeforeRunTogether: two Latin words typed
// apart that complete together only a word running them together, which
// few articles write (GalaxyNote), are completed apart too, first when
// more articles have the words beside each other (galaxy note: GALAXY
// Note; in kana after the first, GALAXY のーと, as well); the word run
// together stays first when it has as many articles.
func TestSuggestLatinWordsApartBeforeRunTogether(t *testing.T) {
	var arts []Article
	add := func(n int, title, body string) { arts = appendCopies(arts, n, title, body) }
	add(6, "GALAXY Noteの新色", "GALAXY Noteが出る。")
	add(3, "GalaxyNote対応ケース", "GalaxyNote用のケース。")
	add(4, "PowerBank入荷", "PowerBankを売る。")
	add(2, "Power Bankとは", "Power Bankの記事。")
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct {
		name, typed, first, also string
	}{
		{"typed in Latin letters", "galaxy note", "GALAXY Note", "GalaxyNote対応"},
		{"the second word in kana", "GALAXY のーと", "GALAXY Note", ""},
		{"run together in more articles", "power bank", "PowerBank", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 8)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || got[0].Text != tt.first {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.typed, texts(got), tt.first)
			}
			if tt.also != "" && !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.also }) {
				t.Errorf("Suggest(%q) = %v, want %s too", tt.typed, texts(got), tt.also)
			}
		})
	}
}

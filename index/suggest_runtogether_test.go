package index

import (
	"strings"
	"testing"
)

// TestSuggestModelTypedWithoutSpaces: a model's name of Latin words and a
// number that the articles write with spaces is offered when typed
// without them (iphone17: iPhone 17, where the typo look-up had offered
// iPhone16 of the articles that write it so; galaxys25: Galaxy S25,
// where GALAXY came alone),. The name alone stays as it was.
func TestSuggestModelTypedWithoutSpaces(t *testing.T) {
	var arts []Article
	add := func(n int, title, body string) { arts = appendCopies(arts, n, title, body) }
	add(4, "iPhone 17を発表", "新しいiPhone 17は画面が明るい。")
	add(5, "iPhone16の値下げ", "iPhone16が安くなった。")
	add(3, "Galaxy S25の発売日", "サムスンのGalaxy S25が出る。")
	add(6, "GALAXYの新色", "GALAXYに新色が加わる。")
	add(3, "Pixel 9の新機能", "グーグルのPixel 9を試した。")
	ix := mustSuggestOver(t, arts...)
	suggestEach(t, ix, 5, []typedCase{
		{"a number run on", "iphone17", "iPhone 17"},
		{"with its space", "iphone 17", "iPhone 17"},
		{"its first digit", "iphone1", "iPhone16"},
		{"a letter and a number run on", "galaxys25", "Galaxy S25"},
		{"a letter and a digit", "galaxys2", "Galaxy S25"},
		{"the number alone run on", "pixel9", "Pixel 9"},
		{"the name alone", "galaxy", "GALAXY"},
	}, func(t *testing.T, tt typedCase, got []Suggestion) {
		if len(got) == 0 || !strings.HasPrefix(got[0].Text, tt.want) {
			t.Errorf("Suggest(%q) = %v, want %s first", tt.typed, texts(got), tt.want)
		}
	})
}

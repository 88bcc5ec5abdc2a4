package index

import (
	"slices"
	"testing"
)

// TestSuggestLatinAsWritten: a Latin word only the bodies have is offered
// as the articles write it (CEO, Web), not as the index holds it.
func TestSuggestLatinAsWritten(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a", Title: "新社長が就任", Body: "同社のCEOは、Webで新しい計画を発表した。", Published: day("2026-05-01")},
		Article{ID: "b", Title: "決算の発表", Body: "CEOが決算を説明し、Web会議で質問に答えた。", Published: day("2026-05-02")},
		Article{ID: "c", Title: "通販の伸び", Body: "ＣＥＯの話では、webでの販売が伸びた。", Published: day("2026-05-03")},
	)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ typed, want string }{{"ce", "CEO"}, {"we", "Web"}} {
		got, err := ix.Suggest(t.Context(), tt.typed, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%q) = %v, want %s", tt.typed, texts(got), tt.want)
		}
	}
}

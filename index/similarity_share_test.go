package index

import (
	"math"
	"slices"
	"testing"
)

// TestShare: what a shared word counts for, by what the source makes of
// it: a noun of its title more than one of its body alone, but not a
// word of an editor's mark, a name (its own weight wherever it is) or a
// verb.
func TestShare(t *testing.T) {
	const idf = 4.0
	root := math.Sqrt(idf)
	tests := []struct {
		name string
		term weightedTerm
		want float64
	}{
		{"a noun of the body", weightedTerm{idf: idf}, root},
		{"a noun of the title", weightedTerm{idf: idf, titled: true}, 1.5 * root},
		{"a word of the title's editor's mark", weightedTerm{idf: idf, titled: true, mark: "【話題】"}, root},
		{"a word of a staff credit", weightedTerm{idf: idf, titled: true, hidden: true}, root},
		{"a name of the title", weightedTerm{idf: idf, titled: true, name: true}, nameWeight * root},
		{"a name of the body", weightedTerm{idf: idf, name: true}, nameWeight * root},
		{"a verb of the title", weightedTerm{idf: idf, titled: true, inflected: true}, inflectedWeight * root},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.term.share(); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("share() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRelatedTitleWordsFirst: of two articles that each share one word
// of the source, of the same spread and in texts of the same length, the
// one sharing the word the source's title names its subject by comes
// first, not the one sharing an aside of its body (without titleShare
// they tie, and the aside's comes first by id).
func TestRelatedTitleWordsFirst(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, append(slices.Clone(relatedFixtures),
		Article{ID: "source", Title: "元彼を忘れる方法", Body: "元彼のことを何年も考えてしまう。週末に友人と占いへ行った。", Published: day("2026-03-01")},
		Article{ID: "a-aside", Title: "春の新作", Body: "占いの店が駅前に開いた。", Published: day("2026-03-02")},
		Article{ID: "b-subject", Title: "春の新作", Body: "元彼の話が店で出てきた。", Published: day("2026-03-03")},
	)...)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "source", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	got := relatedIDs(hits)
	if i, j := slices.Index(got, "b-subject"), slices.Index(got, "a-aside"); i < 0 || j >= 0 && j < i {
		t.Errorf("related(source) = %v %+v, want b-subject before a-aside", got, hits)
	}
}

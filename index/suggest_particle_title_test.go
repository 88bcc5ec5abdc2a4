package index

import (
	"testing"
)

// TestSuggestTitleWithParticle: a title's words typed with the particle
// the title writes between them (となりのトトロ typed となりのととろ) find
// the title; its reading keys had left the の out, so the kana typed on
// past it matched nothing.
func TestSuggestTitleWithParticle(t *testing.T) {
	ix := mustSuggestOver(t,
		Article{ID: "totoro", Title: "となりのトトロが今夜放送", Body: "映画を放送する。", Published: day("2026-06-01")},
		Article{ID: "park", Title: "公園の桜が満開に", Body: "桜が咲いた。", Published: day("2026-06-02")},
	)
	checkSuggestFirst(t, ix, 5, []typedCase{
		{"kana with the particle", "となりのととろ", "となりのトトロが今夜放送"},
		{"romaji with the particle", "tonarinototoro", "となりのトトロが今夜放送"},
		{"a pending letter after it", "となりのととr", "となりのトトロが今夜放送"},
		{"a particle after a kanji word", "こうえんのさくら", "公園の桜が満開に"},
		{"the words without it, as before", "となりととろ", "となりのトトロが今夜放送"},
	})
}

package index

import (
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// TestShortWriteAfterLongBody: a short article written after a body of
// many distinct words takes memory for itself, not for a hundred of the
// long one (zapx had reserved 760 MB for it; see segments.go).
func TestShortWriteAfterLongBody(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a body of 900 KB")
	}
	ix := mustOpen(t)
	r := rand.New(rand.NewPCG(34, 1))
	var b strings.Builder
	for b.Len() < 900<<10 {
		for range 3 + r.IntN(6) {
			b.WriteRune(rune(0x30a1 + r.IntN(0x30f3-0x30a1)))
		}
		b.WriteByte(' ')
	}
	mustPut(t, ix, Article{ID: "long", Title: "長い本文", Body: b.String(), Published: day("2026-05-01")})
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	mustPut(t, ix, Article{ID: "short", Title: "量子コンピュータの記事", Body: "短い本文です。", Published: day("2026-05-02")})
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 200<<20 {
		t.Errorf("writing a short article allocated %d MB after a long one, want under 200 MB", got>>20)
	}
}

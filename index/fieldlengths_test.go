package index

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestBodyLengthWeighed: BM25 weighs a body's length against the bodies'
// average. bleve's own estimate of that average (the field's distinct
// terms per article) is a small fraction of it, which made every body
// count as many times the average: a score fell with the length faster
// than it rose with the word's occurrences, so an article that keeps
// coming back to a word ranked below a shorter one that mentions it
// once. The averages a search uses are measured on the articles.
func TestBodyLengthWeighed(t *testing.T) {
	ix := mustOpen(t)
	sentence := func(i int) string {
		return fmt.Sprintf("市の担当者%dは来月から新しい制度を始めると説明し、駅前の商店街%dでは準備が進んでいる。", i, i)
	}
	filler := func(n, from int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(sentence(from + i))
		}
		return b.String()
	}
	arts := []Article{
		{ID: "about", Title: "春の式場えらび", Published: day("2026-04-01"),
			Body: strings.Repeat("結婚式の費用は上がっている。", 6) + filler(20, 100)},
		{ID: "passing", Title: "週末の予定", Published: day("2026-04-02"),
			Body: "週末は友人の結婚式に出る。" + filler(8, 200)},
	}
	for i := range 30 {
		arts = append(arts, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("地域のニュース %d", i), Body: filler(16, 300+20*i), Published: day("2026-04-03")})
	}
	mustPut(t, ix, arts...)
	if got := ids(mustSearch(t, ix, Request{Query: "結婚式"})); len(got) != 2 || got[0] != "about" {
		t.Errorf("結婚式: %v, want about first, then passing", got)
	}
	l := ix.measured()
	if l == nil {
		t.Fatal("no statistics")
	}
	stats := l.stats(l.count)
	var sum int
	for _, a := range arts {
		sum += len(ix.an.IndexedTokens(a.Body, false))
	}
	want := float64(sum) / float64(len(arts))
	if got := float64(stats.FieldCardinality[fieldBody]) / stats.DocCount; got < 0.8*want || got > 1.2*want {
		t.Errorf("average body length %.0f terms, want about %.0f", got, want)
	}
}

// TestLongBodiesMeasuredByTheirStart: a body past lengthBytes counts as
// its start, where its common words reach the bound on a term's
// occurrences (analysing two dozen bodies near the size limit in full had
// kept searches waiting half a minute), and once an index has grown, a
// search uses the last measurement while the next is made in the
// background.
func TestLongBodiesMeasuredByTheirStart(t *testing.T) {
	ix := mustOpen(t)
	body := strings.Repeat("市の担当者は来月から新しい制度を始めると説明した。", 2000) // about 150 KB
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("long-%d", i), Title: "長い記事", Body: body, Published: day("2026-04-01")})
	}
	mustPut(t, ix, arts...)
	l := ix.measured()
	if l == nil {
		t.Fatal("no statistics")
	}
	stats := l.stats(l.count)
	want := float64(len(ix.an.IndexedTokens(body, false)))
	if got := float64(stats.FieldCardinality[fieldBody]) / stats.DocCount; got < 0.9*want || got > 1.1*want {
		t.Errorf("average body length %.0f terms, want about %.0f", got, want)
	}

	// Twice the articles: the measurement is stale. A search uses it and
	// leaves the new one to the background.
	for i := range 4 {
		arts[i].ID = fmt.Sprintf("more-%d", i)
	}
	mustPut(t, ix, arts...)
	if got := ix.measured(); got != l {
		t.Errorf("measured of a stale measurement = %p, want the last one %p until the new one is done", got, l)
	}
	ix.lengths.mu.Lock() // (waits for the background measurement)
	ix.lengths.mu.Unlock()
	if l := ix.lengths.last.Load(); l == nil || l.count != 8 {
		t.Errorf("measured again: %+v, want a measurement of 8 articles", l)
	}
}

// TestLengthsSameWhateverTheImportOrder: the average lengths are measured
// on a sample spread in the order of the articles' ids, so two indexes of
// the same articles, written in other orders, score alike (spread in the
// index's internal order, two imports of one archive had measured other
// articles, and ranked near ties apart).
func TestLengthsSameWhateverTheImportOrder(t *testing.T) {
	var arts []Article
	for i := range 5 * lengthSample {
		body := strings.Repeat(fmt.Sprintf("記事%dの本文は駅前の商店街について説明している。", i), 1+i%7)
		arts = append(arts, Article{ID: fmt.Sprintf("a%04d", i), Title: fmt.Sprintf("見出し%d", i), Body: body, Published: day("2026-04-01")})
	}
	reversed := slices.Clone(arts)
	slices.Reverse(reversed)
	shuffled := slices.Clone(arts)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var want map[string]float64
	for _, tt := range []struct {
		name string
		arts []Article
	}{
		{"in order", arts},
		{"reversed", reversed},
		{"shuffled, in batches", shuffled},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := mustOpen(t)
			if tt.name == "shuffled, in batches" {
				for b := range slices.Chunk(tt.arts, 37) {
					mustPut(t, ix, b...)
				}
			} else {
				mustPut(t, ix, tt.arts...)
			}
			l := ix.measured()
			if l == nil || l.sampled != lengthSample {
				t.Fatalf("measured %+v, want a sample of %d", l, lengthSample)
			}
			got := map[string]float64{}
			for _, f := range lengthFields {
				got[f] = l.avg[f]
			}
			if want == nil {
				want = got
				return
			}
			if !maps.Equal(got, want) {
				t.Errorf("averages %v, want %v as the articles written in order gave", got, want)
			}
		})
	}
}

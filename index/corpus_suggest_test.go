package index

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"testing"
)

// TestCorpusSuggestContextSameWhenBusy: the words offered after others
// depend on the articles, not on how busy the machine is. Checks cut by
// the clock had offered iPhone 4S あ → iPad on an idle machine and not
// on a busy one.
func TestCorpusSuggestContextSameWhenBusy(t *testing.T) {
	ix, _ := mustCorpus(t)
	ctx := context.Background()
	inputs := []string{"iPhone 4S あ", "映画 こ", "アップル あ", "タイ か", "婚活 ぱ", "節電 せ", "ドコモ し"}
	ask := func(q string) []string {
		got, err := ix.Suggest(ctx, q, 8)
		if err != nil {
			t.Fatal(err)
		}
		return texts(got)
	}
	want := map[string][]string{}
	for _, q := range inputs {
		want[q] = ask(q)
	}
	if !slices.Contains(want["iPhone 4S あ"], "iPhone 4S iPad/term") {
		t.Errorf("iPhone 4S あ = %v, want iPhone 4S iPad among them", want["iPhone 4S あ"])
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 * runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for x := 0; ; x++ {
				select {
				case <-stop:
					return
				default:
					for range 100000 {
						x = x*31 + 7
					}
				}
			}
		})
	}
	defer wg.Wait()
	defer close(stop)
	for round := range 3 {
		for _, q := range inputs {
			if got := ask(q); !slices.Equal(got, want[q]) {
				t.Errorf("busy, round %d: %s = %v, want %v as when idle", round, q, got, want[q])
			}
		}
	}
}

// TestCorpusSuggestPairCountsFirst: the first words offered after a
// common word show the articles that have both, counted, not estimated
// from postings of one category stored together (独女 レストラン had been
// shown first for 85 articles, where 25 have both).
func TestCorpusSuggestPairCountsFirst(t *testing.T) {
	ix, _ := mustCorpus(t)
	ctx := context.Background()
	for _, q := range []string{"独女 れ", "独女 じょ"} {
		got, err := ix.Suggest(ctx, q, 8)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range got[:min(3, len(got))] {
			if s.Kind != kindTerm {
				continue
			}
			res, err := ix.Search(ctx, Request{Query: s.Text, PerPage: 1})
			if err != nil {
				t.Fatal(err)
			}
			if n := float64(res.AllWords); float64(s.Count) > 1.2*n+2 || float64(s.Count) < 0.8*n-2 {
				t.Errorf("Suggest(%s): %s shown for %d articles, a search finds %d with both", q, s.Text, s.Count, res.AllWords)
			}
		}
	}
}

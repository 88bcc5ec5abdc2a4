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

package index

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"
)

func TestZZRelCat(t *testing.T) {
	dir := os.Getenv("ZZ_DIR")
	if dir == "" {
		t.Skip()
	}
	ix, err := Open(dir, Options{NoSuggest: true, MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	arts := loadCorpus(t, 1<<20)
	cat := map[string]string{}
	title := map[string]string{}
	for _, a := range arts {
		cat[a.ID] = a.Category
		title[a.ID] = a.Title
	}
	ctx := context.Background()
	same := map[string]int{}
	tot := map[string]int{}
	short := map[string]int{}
	cross := map[string]map[string]int{}
	out, _ := os.Create("/tmp/relcat.tsv")
	defer out.Close()
	start := time.Now()
	for _, a := range arts {
		hits, err := ix.Related(ctx, RelatedRequest{ID: a.ID})
		if err != nil {
			t.Fatal(err)
		}
		short[a.Category] += 5 - len(hits)
		for i, h := range hits {
			tot[a.Category]++
			if cat[h.ID] == a.Category {
				same[a.Category]++
			} else {
				if cross[a.Category] == nil {
					cross[a.Category] = map[string]int{}
				}
				cross[a.Category][cat[h.ID]]++
			}
			fmt.Fprintf(out, "%s\t%s\t%d\t%s\t%s\t%.3f\t%v\t%s\n", a.ID, a.Category, i+1, h.ID, cat[h.ID], h.Score, h.Terms, title[a.ID]+" || "+h.Title)
		}
	}
	var cats []string
	S, T := 0, 0
	for c := range tot {
		cats = append(cats, c)
		S += same[c]
		T += tot[c]
	}
	sort.Strings(cats)
	for _, c := range cats {
		t.Logf("%-16s %.3f  (%d/%d) short %d cross %v", c, float64(same[c])/float64(tot[c]), same[c], tot[c], short[c], cross[c])
	}
	t.Logf("all %.4f %d/%d in %v", float64(S)/float64(T), S, T, time.Since(start))
}

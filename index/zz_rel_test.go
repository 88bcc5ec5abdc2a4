package index

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"testing"
)

func TestZZRel(t *testing.T) {
	ix, _ := mustCorpus(t)
	arts := loadCorpus(t, 1<<20)
	cat := map[string]string{}
	for _, a := range arts {
		cat[a.ID] = a.Category
	}
	f, _ := os.Create(os.Getenv("ZZ_OUT"))
	defer f.Close()
	rng := rand.New(rand.NewSource(42))
	for _, i := range rng.Perm(len(arts))[:zzN(len(arts))] {
		src := arts[i]
		hits, _ := ix.Related(context.Background(), RelatedRequest{ID: src.ID})
		same := 0
		s := ""
		for _, h := range hits {
			ok := cat[h.ID] == src.Category
			if ok {
				same++
			}
			s += fmt.Sprintf(" %s:%v:%s", h.ID, ok, h.Title)
		}
		fmt.Fprintf(f, "%s\t%s\t%d/%d\t%s\t%s\n", src.ID, src.Category, same, len(hits), src.Title, s)
	}
}

func zzN(n int) int {
	if os.Getenv("ZZ_ALL") != "" {
		return n
	}
	return 600
}

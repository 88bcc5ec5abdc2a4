package index

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
)

// TestBaselineTiesByID: articles the baseline scores alike are ranked by
// id, whatever order they were written in (the evaluation's known item
// 女子力アップ キメ技 had come second or third in the baseline's column
// from one run to the next, tied with another article).
func TestBaselineTiesByID(t *testing.T) {
	twin := func(id string) Article {
		return Article{ID: id, Title: "女子力アップのキメ技", Body: "女子力アップのキメ技を紹介する。"}
	}
	for _, tt := range []struct {
		name  string
		order []string
	}{
		{"written in the order of their ids", []string{"a", "b", "c"}},
		{"written the other way", []string{"c", "b", "a"}},
		{"written out of order", []string{"b", "c", "a"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bl, err := OpenBaseline(filepath.Join(t.TempDir(), "cjk"))
			if err != nil {
				t.Fatal(err)
			}
			defer bl.Close()
			for _, id := range tt.order {
				if err := bl.Put([]Article{twin(id)}); err != nil {
					t.Fatal(err)
				}
			}
			got, err := bl.Ranker()(context.Background(), "女子力アップ キメ技", 10)
			if err != nil {
				t.Fatal(err)
			}
			if want := []string{"a", "b", "c"}; !slices.Equal(got, want) {
				t.Errorf("baseline ranks %v written in order %v, want %v", got, tt.order, want)
			}
		})
	}
}

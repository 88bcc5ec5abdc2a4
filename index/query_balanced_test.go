package index

import (
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestBalanceScores: the words' sum, and the weakest word's score once
// more for each word.
func TestBalanceScores(t *testing.T) {
	for _, tt := range []struct {
		name   string
		scores []float64
		want   float64
	}{
		{"two alike", []float64{2, 2}, 8},
		{"one in the title, one in passing", []float64{6, 0.5}, 7.5},
		{"both throughout", []float64{3, 3}, 12},
		{"three words", []float64{1, 2, 3}, 9},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := balanceScores(tt.scores); got != tt.want {
				t.Errorf("balanceScores(%v) = %v, want %v", tt.scores, got, tt.want)
			}
		})
	}
}

// TestWeakestWordRanks: an article about every word of a query ranks
// above one with a word throughout that has the other once in passing,
// and the words stay required.
func TestWeakestWordRanks(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "passing", Title: "新製品の発表", Published: day("2026-05-01"),
			Body: "カメラは軽い。カメラの画質が上がった。カメラは来月に出る。カメラの箱は大きい。カメラの色は黒い。カメラの値段は高い。箱は防水だ。"},
		{ID: "both", Title: "雨の日の撮影", Published: day("2026-05-02"),
			Body: "防水のカメラで雨の中を撮った。雨の日は暗い。夜の道は長い。空は青い。防水のカメラは高い。店は遠い。"},
		{ID: "none", Title: "カメラの歴史", Published: day("2026-05-03"), Body: "カメラは古くからある。"},
	}
	for i := range 40 {
		body := "晴れの日が続く。"
		if i < 4 {
			body += []string{"カメラ", "防水"}[i%2] + "の話もした。"
		}
		arts = append(arts, Article{ID: fmt.Sprintf("filler-%d", i), Title: fmt.Sprintf("天気の話%d", i), Body: body, Published: day("2026-04-01")})
	}
	mustPut(t, ix, arts...)
	res := mustSearch(t, ix, Request{Query: "カメラ 防水"})
	if got := ids(res); len(got) != 2 || got[0] != "both" || got[1] != "passing" {
		t.Errorf("カメラ 防水: %v, want [both passing]", got)
		for _, h := range res.Hits {
			t.Log(h.ID, h.Score)
		}
	}
}

// TestBoostedBalanced: a boost reaches the words of a balanced query, as
// it reaches those of a conjunction (a relaxed search weighs the
// articles with every word up so).
func TestBoostedBalanced(t *testing.T) {
	words := []query.Query{fieldsTerm("量子", exact(1)), fieldsTerm("暗号", exact(1))}
	b, ok := boosted(balanced(words), 10).(*balancedQuery)
	if !ok {
		t.Fatalf("boosted(balanced) is %T, want *balancedQuery", b)
	}
	title := b.words[0].(*query.DisjunctionQuery).Disjuncts[0].(*query.TermQuery)
	if got, want := title.Boost(), 10*titleBoost; got != want {
		t.Errorf("boosted title boost %v, want %v", got, want)
	}
	if got := words[0].(*query.DisjunctionQuery).Disjuncts[0].(*query.TermQuery).Boost(); got != titleBoost {
		t.Errorf("the words boosted in place: %v, want %v", got, titleBoost)
	}
}

// TestRequiredBalanced: the words of a subject are balanced, those of a
// question and a single word are not.
func TestRequiredBalanced(t *testing.T) {
	two := []query.Query{fieldsTerm("全固体電池", exact(1)), fieldsTerm("発売", exact(1))}
	for _, tt := range []struct {
		name     string
		tq       textQuery
		balanced bool
	}{
		{"a subject of two words", textQuery{units: two}, true},
		{"a question", textQuery{units: two, question: true}, false},
		{"one word", textQuery{units: two[:1]}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, got := tt.tq.required().(*balancedQuery)
			if got != tt.balanced {
				t.Errorf("required() is %T, balanced %v, want %v", tt.tq.required(), got, tt.balanced)
			}
		})
	}
}

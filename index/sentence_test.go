package index

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
)

func TestSentenceWords(t *testing.T) {
	ix := mustOpen(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"words between particles", "加瀬亮が幽霊役で出てる映画", []string{"加瀬亮", "幽霊役", "出てる映画"}},
		{"hiragana stays with the word before", "ナスネの出荷が中止になったのはなぜ", []string{"ナスネ", "出荷", "中止になったのはなぜ"}},
		{"kana after a word stays with it", "会社の飲み会やイベントが多すぎるときの断り方", []string{"会社", "飲み会", "イベント", "多すぎるとき", "断り方"}},
		{"two words", "全固体電池の量産", []string{"全固体電池", "量産"}},
		{"a name and its word", "アサヒビールがサイバー攻撃を受けた", []string{"アサヒビール", "サイバー攻撃", "受けた"}},
		{"one word and kana", "テスラとは", nil},
		{"a verb keeps its て", "扇風機のおすすめを教えて", []string{"扇風機のおすすめ", "教えて"}},
		{"letters and digits between kana", "b1い12い2いいba2ー2あいaあ", nil},
		{"a pasted passage", "東京の会社の社員の家族の旅行の費用の負担の割合の推移の分析", nil},
		{"no particles", "東京都知事選挙候補者討論会", nil},
		{"kana typed before conversion", "じどううんてんのれべるとはなにかおしえて", nil},
		{"a space inside", "加瀬亮が 幽霊役で出てる映画", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceWords(tt.text, ix.an.Tokens(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("sentenceWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSentenceCompilesAsSpaced: a sentence typed without spaces is
// compiled as its words typed apart (the name 加瀬亮 whole in both its
// units, not 亮 alone wherever a name ends in it), and the alternatives of
// a long word without particles are a spare unit, no word an article may
// miss.
func TestSentenceCompilesAsSpaced(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "kase", Title: "年の始まりに見たい一本", Body: "加瀬亮が幽霊役を演じる。静かな映画だ。", Published: day("2026-05-01")},
		Article{ID: "other", Title: "映画の話", Body: "池松壮亮が語る映画の魅力。", Published: day("2026-05-02")},
	)
	relax := func(q string) (string, textQuery) {
		tc := &readerCounter{ctx: context.Background(), ix: ix.b}
		defer tc.close()
		tq, err := ix.compiler(tc).compile(q)
		if err != nil {
			t.Fatalf("compile(%q): %v", q, err)
		}
		b, err := json.Marshal(tq.relax)
		if err != nil {
			t.Fatal(err)
		}
		return string(b), tq
	}
	sentence, _ := relax("加瀬亮が幽霊役で出てる映画")
	spaced, _ := relax("加瀬亮 幽霊役 出てる映画")
	if sentence != spaced {
		t.Errorf("加瀬亮が幽霊役で出てる映画 relaxes to\n%s\nwant as 加瀬亮 幽霊役 出てる映画:\n%s", sentence, spaced)
	}
	_, tq := relax("加瀬亮幽霊役映画出演")
	if len(tq.spare) != 1 || len(tq.relax) != maxAltCopies+2 {
		t.Errorf("加瀬亮幽霊役映画出演: %d relax units, %d spare; want %d and 1", len(tq.relax), len(tq.spare), maxAltCopies+2)
	}
}

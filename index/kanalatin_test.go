package index

import (
	"slices"
	"testing"
)

func TestKanaThenLatin(t *testing.T) {
	for _, tt := range []struct {
		name, text, kana, latin string
	}{
		{"kana onto a name", "ちゃっとgpt", "ちゃっと", "gpt"},
		{"long vowel in the kana", "ぐーぐるmaps", "ぐーぐる", "maps"},
		{"one kana is a particle", "のgpt", "", ""},
		{"one letter", "ちゃっとg", "", ""},
		{"a number with the name", "はやぶさ2", "", ""},
		{"letters and a digit", "ちゃっとgpt5", "", ""},
		{"katakana", "チャットgpt", "", ""},
		{"letters first", "gptとは", "", ""},
		{"kanji after", "ちゃっとgpt入門", "", ""},
		{"long vowels only", "ーーgpt", "", ""},
		{"latin only", "chatgpt", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			kana, latin, ok := kanaThenLatin(tt.text)
			if ok != (tt.kana != "") || kana != tt.kana || latin != tt.latin {
				t.Errorf("kanaThenLatin(%q) = %q, %q, %v; want %q, %q", tt.text, kana, latin, ok, tt.kana, tt.latin)
			}
		})
	}
}

// TestKanaTypedOntoLatin: kana typed onto a Latin name finds what the two
// typed apart find, and an article written so still finds itself.
func TestKanaTypedOntoLatin(t *testing.T) {
	ix := mustSample(t)
	apart := ids(mustSearch(t, ix, Request{Query: "ちゃっと GPT"}))
	if len(apart) == 0 {
		t.Fatal("ちゃっと GPT found nothing")
	}
	for _, q := range []string{"ちゃっとGPT", "ちゃっとｇｐｔ"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) != len(apart) || got[0] != apart[0] {
			t.Errorf("%s: %v, want %v", q, got, apart)
		}
	}
	mustPut(t, ix, Article{ID: "kl-1", Title: "すごいAIの使い方", Body: "すごいAIを試した。", Published: day("2026-04-01")})
	if got := ids(mustSearch(t, ix, Request{Query: "すごいAI"})); len(got) == 0 || got[0] != "kl-1" {
		t.Errorf("すごいAI: %v", got)
	}
}

// TestKanaBesideLatinName: hiragana that is a Japanese word, typed onto
// or beside a Latin word, finds the name articles write in Latin letters
// that it sounds like (さかなAI: Sakana AI), not only the article that
// glosses it in katakana; kana beside a Latin word it makes no name with
// stays a word.
func TestKanaBesideLatinName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "gloss", Title: "Sakana AI、小型モデルを公開", Body: "東京のSakana AI（サカナAI）は8日、新しいモデルを公開した。", Published: day("2026-04-01")},
		Article{ID: "latin", Title: "Sakana AI、進化計算で新手法", Body: "Sakana AIはモデルを組み合わせる手法を発表した。", Published: day("2026-04-02")},
		Article{ID: "latin2", Title: "ユニコーン企業が増加", Body: "AI開発のSakana AIなどが加わった。", Published: day("2026-04-03")},
		Article{ID: "fish", Title: "さかなの料理", Body: "旬のさかなを焼いた。AIで献立を決めた。", Published: day("2026-04-04")},
		Article{ID: "fish2", Title: "魚の選び方", Body: "新鮮な魚は目が澄んでいる。", Published: day("2026-04-05")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"kana onto the Latin word", "さかなAI", []string{"gloss", "latin", "latin2"}},
		{"kana beside it", "さかな ai", []string{"gloss", "latin", "latin2"}},
		{"and another word", "さかなAI 進化計算", []string{"latin"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.q}))
			for _, id := range tt.want {
				if !slices.Contains(got, id) {
					t.Errorf("Search(%q) = %v, want %v among them", tt.q, got, tt.want)
					break
				}
			}
			if len(got) > 0 && !slices.Contains(tt.want, got[0]) {
				t.Errorf("Search(%q) = %v, want one of %v first", tt.q, got, tt.want)
			}
		})
	}
	// No name: the kana is the word it reads as, beside the other.
	if got := ids(mustSearch(t, ix, Request{Query: "さかな 料理"})); len(got) == 0 || got[0] != "fish" || slices.Contains(got, "latin") {
		t.Errorf("Search(さかな 料理) = %v, want fish first and no Sakana AI article", got)
	}
}

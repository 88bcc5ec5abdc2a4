package index

import "testing"

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

package index

import (
	"fmt"
	"slices"
	"testing"
)

// TestSuggestRepeatedKanjiAsWritten: a word with a repeated kanji that
// only the articles' bodies have is shown with 々, as they write it
// (様々, 少々, 元々), not as the term the analyzer folds it to (様様 had
// been shown for the 1,085 livedoor articles with 様々); a word whose
// kanji repeat across two words stays as written.
func TestSuggestRepeatedKanjiAsWritten(t *testing.T) {
	var arts []Article
	for i, body := range []string{
		"様々な機能を試した。", "様々な意見が出た。", "様々な色がある。",
		"少々お待ちください。", "少々高い。", "少々時間がかかる。",
		"元々の計画を変えた。", "元々好きだった。", "元々の値段。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("r%d", i), Title: fmt.Sprintf("記事%d", i), Body: body, Published: day("2026-05-01")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSuggestFirst(t, ix, 5, []typedCase{
		{"in kana", "さまざま", "様々"},
		{"converted", "様々", "様々"},
		{"on the way", "しょうしょ", "少々"},
		{"romaji", "motomo", "元々"},
	})
}

// TestSuggestRunOnPastAWordReadAsAVerb: kana typed on past a word of
// kanji whose kana kagome reads alone as a verb it guesses (じょし as
// じょする) start with the word, as other words do (じょしちゅ → 女子 中学生;
// the box had been empty).
func TestSuggestRunOnPastAWordReadAsAVerb(t *testing.T) {
	var arts []Article
	for i, title := range []string{
		"女子に人気、中学生のアプリ", "女子の進路、中学生の調査", "女子が選ぶ中学生の料理",
		"女子の日常", "女子の本音", "中学生の勉強法", "この春の新作",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("j%d", i), Title: title, Body: title + "について。", Published: day("2026-05-01")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSlips(t, ix, []typedCase{
		{"on the way", "じょしちゅ", "女子 中学生"},
		{"whole", "じょしちゅうがくせい", "女子 中学生"},
		{"romaji", "joshichuu", "女子 中学生"},
	}, nil)
}

func TestGrammarToken(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		name, kana string
		want       bool
	}{
		{"adnominal", "この", true},
		{"particles", "から", true},
		{"adverb", "もっと", true},
		{"a verb kagome guesses for a noun's kana", "じょし", false},
		{"a noun", "さくら", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := ix.an.Tokens(tt.kana)
			if len(toks) != 1 {
				t.Fatalf("Tokens(%s) = %d tokens, want 1", tt.kana, len(toks))
			}
			if got := grammarToken(toks[0]); got != tt.want {
				t.Errorf("grammarToken(%s, %s) = %v, want %v", tt.kana, toks[0].POS, got, tt.want)
			}
		})
	}
}

// TestSuggestNoLettersOfAHandle: the letters the articles write before a
// number on them (memn of a writer's handle memn0ck, which the index cuts
// memn|0|ck) are no word, where they had been offered for m in 303
// livedoor articles; a word written apart from its number stays (ver of
// ver 2), and so does one's spelling (CEO).
func TestSuggestNoLettersOfAHandle(t *testing.T) {
	var arts []Article
	for i, body := range []string{
		"新機能を試した。記事執筆：memn0ck", "発売日が決まった。記事執筆：memn0ck", "価格を比べた。記事執筆：memn0ck",
		"アプリを ver 2 に更新した。", "ver 3 が出た。", "ver 4 の予定。",
		"新しいCEOが就任した。", "CEOが語った。", "CEOの交代。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("h%d", i), Title: fmt.Sprintf("記事%d", i), Body: body, Published: day("2026-05-01")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSlips(t, ix, []typedCase{
		{"a word written apart from its number", "ve", "ver"},
		{"a spelling read at the offsets", "ce", "CEO"},
	}, []typedCase{
		{"letters before a number", "memn", ""},
	})
}

// TestSuggestCompoundSaidVoiced: a compound the analyzer joins whose
// second word is said voiced (腕時計, うでどけい; the reading field reads
// it ウデトケイ) completes typed so, whole and on the way, in kana,
// romaji and with a letter pending; weakly, below a word that reads so
// as written (腕立て for うでだ).
func TestSuggestCompoundSaidVoiced(t *testing.T) {
	var arts []Article
	for i, title := range []string{
		"新しい腕時計を買った", "腕時計の電池交換", "腕時計型の端末", "腕時計の選び方",
		"腕立て伏せの効果", "腕立てを続ける",
		"核武装の議論", "核武装に反対", "核武装の是非",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("w%d", i), Title: title, Body: title + "について書いた。", Published: day("2026-05-01")})
	}
	ix := mustSuggestOver(t, arts...)
	checkSlips(t, ix, []typedCase{
		{"whole", "うでどけい", "腕時計"},
		{"on the way", "うでど", "腕時計"},
		{"romaji", "udedok", "腕時計"},
		{"a letter pending", "うでd", "腕時計"},
	}, nil)
	checkSuggestFirst(t, ix, 3, []typedCase{
		{"below a word read so as written", "うでだ", "腕立て"},
	})
}

func TestVoicedJoins(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"second word voiced", "腕時計", []string{"ウデドケイ"}},
		{"a voiced kana already", "核武装", nil},
		{"a verbal noun", "電力使用量", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := voicedJoins(indexed(ix.an.Tokens(tt.text))); !slices.Equal(got, tt.want) {
				t.Errorf("voicedJoins(%s) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestHandleRunOn(t *testing.T) {
	for _, tt := range []struct {
		name, rest string
		want       bool
	}{
		{"a handle's number and letters", "0ck氏", true},
		{"an identifier", "768x25519-sha256", true},
		{"a version", "4460を搭載", false},
		{"a model's capital", "4S", false},
		{"no number", "ck", false},
		{"the end", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := handleRunOn(tt.rest); got != tt.want {
				t.Errorf("handleRunOn(%q) = %v, want %v", tt.rest, got, tt.want)
			}
		})
	}
}

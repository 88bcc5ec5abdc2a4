package index

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"sagasu/analyzer"
)

// Spellings of one word merged into one suggestion: a name in Latin
// letters and in katakana, a tag spelt as a word, and a joined word only
// ever written at the end of a longer one left out.

// TestSuggestOneWordInTwoScripts: a Latin name the user dictionary reads
// and the same name in katakana are one suggestion.
func TestSuggestOneWordInTwoScripts(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 6 {
		name := "NVIDIA"
		if i%2 == 1 {
			name = "エヌビディア"
		}
		arts = append(arts, Article{ID: fmt.Sprintf("nv-%d", i), Title: fmt.Sprintf("決算の記事%d", i), Body: name + "が決算を発表した。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Suggest(ctx, "えぬび", 8)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range got {
		if s.Text == "NVIDIA" || s.Text == "エヌビディア" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Suggest(えぬび) = %v, want NVIDIA and エヌビディア as one suggestion", texts(got))
	}
}

// TestSuggestTagAndWordOnce: a tag spelt as a word but for a final ー is
// not suggested beside it.
func TestSuggestTagAndWordOnce(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("qc-%d", i), Title: fmt.Sprintf("量子コンピュータの記事%d", i), Body: "量子コンピュータの研究。", Tags: []string{"量子コンピューター"}, Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Suggest(ctx, "量子コ", 8)
	n := 0
	for _, s := range got {
		if s.Kind != kindTitle && analyzer.WordTerm(s.Text) == analyzer.WordTerm("量子コンピュータ") {
			n++
		}
	}
	if err != nil || n != 1 {
		t.Errorf("Suggest(量子コ) = %v, %v; want 量子コンピュータ once", texts(got), err)
	}
}

// TestSuggestNoJoinEnd: a joined word only ever written at the end of a
// longer one (亜迪 of 比亜迪, which kagome reads 比|亜|迪) is no
// suggestion; the longer one is.
func TestSuggestNoJoinEnd(t *testing.T) {
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("j-%d", i), Title: fmt.Sprintf("記事%d", i), Body: "中国の比亜迪が新型車を出す。明日から売る。", Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "あす", 8)
	if err != nil || slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "亜迪" }) {
		t.Errorf("Suggest(あす) = %v, %v; want no 亜迪", texts(got), err)
	}
	if got, err := ix.Suggest(t.Context(), "比亜", 8); err != nil || len(got) == 0 || got[0].Text != "比亜迪" {
		t.Errorf("Suggest(比亜) = %v, %v; want 比亜迪 first", texts(got), err)
	}
}

// TestSuggestOneNameInTwoScripts: a name the synonyms write in Latin
// letters and in katakana is one word, shown as most articles write it
// when typed in kana, and as typed when typed in Latin letters, then as
// written too if the letters may be its romaji; a tag of it in either
// script adds nothing.
func TestSuggestOneNameInTwoScripts(t *testing.T) {
	ctx := context.Background()
	check := func(ix *Index, q string, want []string) {
		t.Helper()
		got, err := ix.Suggest(ctx, q, 8)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, s := range got {
			if s.Kind != "title" {
				names = append(names, s.Text+"/"+s.Kind)
			}
		}
		if !slices.Equal(names, want) {
			t.Errorf("Suggest(%s) = %v, want the words %v", q, texts(got), want)
		}
	}
	arts := append(copiesOf(3, "kana", "ホンダの新型車", "ホンダが新型車を発表した。", "2026-06-01"),
		copiesOf(2, "latin", "Hondaの決算", "Hondaが決算を発表した。", "2026-06-02")...)
	arts[3].Tags = []string{"Honda"} // (a tag of the name, in the other script)
	arts = append(arts, Article{ID: "auto", Title: "自動運転の実験", Body: "ホンダは自動運転の実験を始めた。自動運転は難しい。", Published: day("2026-06-03")},
		Article{ID: "auto2", Title: "自動運転の規制", Body: "自動運転の規制が変わる。", Published: day("2026-06-04")})
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"ほん", "ホン"} {
		check(ix, q, []string{"ホンダ/term"})
	}
	for _, q := range []string{"hon", "Hon", "ｈｏｎｄ"} {
		check(ix, q, []string{"Honda/term", "ホンダ/term"})
	}
	// After another word, both spellings count the articles with both.
	got, err := ix.Suggest(ctx, "自動運転 hon", 8)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range got {
		if s.Kind == "term" && s.Count != 1 {
			t.Errorf("Suggest(自動運転 hon) = %v: %s counts %d, want the 1 article with both", texts(got), s.Text, s.Count)
		}
	}
	// A name the user dictionary reads alike in both scripts (Google,
	// グーグル) is merged by its reading.
	arts = append(copiesOf(3, "kana", "グーグルの新型スマホ", "グーグルが新型スマホを発表した。", "2026-06-01"),
		copiesOf(2, "latin", "Googleの決算", "Googleが決算を発表した。", "2026-06-02")...)
	arts[3].Tags = []string{"Google"}
	ix = mustSuggestOver(t, arts...)
	check(ix, "ぐー", []string{"グーグル/term"})
	check(ix, "goog", []string{"Google/term"}) // (no romaji of グーグル)
	check(ix, "g", []string{"Google/term"})    // (two places from the third letter)

	// A katakana name with letters in it (スペースX) is the name in Latin
	// letters too, and two kanji spellings the synonyms pair (超伝導,
	// 超電導) are one word.
	arts = append(copiesOf(3, "latin", "SpaceXの新型ロケット", "SpaceXが新型ロケットを打ち上げた。", "2026-06-01"),
		copiesOf(2, "kana", "スペースXの決算", "スペースXが決算を発表した。", "2026-06-02")...)
	arts = append(arts, copiesOf(4, "ka", "超伝導の実験", "超伝導の実験が進む。", "2026-06-03")...)
	arts = append(arts, copiesOf(3, "kb", "超電導の実験", "超電導の実験が進む。", "2026-06-04")...)
	ix = mustSuggestOver(t, arts...)
	check(ix, "すぺーす", []string{"SpaceX/term"})
	check(ix, "ちょうでん", []string{"超伝導/term"})

	// A surname of kanji read as the company's name (本田 of 本田圭佑, read
	// ホンダ) is another word: the company is offered apart, not merged
	// into the more common surname.
	arts = append(copiesOf(4, "person", "本田が先発", "本田が先発した。", "2026-06-01"),
		copiesOf(2, "company", "ホンダの新型車", "ホンダが新型車を発表した。", "2026-06-02")...)
	ix = mustSuggestOver(t, arts...)
	check(ix, "ほんだ", []string{"本田/term", "ホンダ/term"})
	// Typed in katakana (converted), the word written so comes first.
	check(ix, "ホンダ", []string{"ホンダ/term", "本田/term"})
}

// TestSuggestTagInOtherScript: a tag of a name in the other script that
// no article writes in its text (the tag Waymo beside the word ウェイモ,
// which the synonyms pair) is one suggestion with the word, not two.
func TestSuggestTagInOtherScript(t *testing.T) {
	ix := mustSuggestOver(t,
		Article{ID: "a", Title: "ウェイモ、東京で試験走行", Body: "ウェイモは東京で自動運転の試験を始めた。", Tags: []string{"Waymo"}, Published: day("2026-01-02")},
		Article{ID: "b", Title: "自動運転の新型車", Body: "ウェイモが新型車を公開した。", Tags: []string{"Waymo"}, Published: day("2026-01-03")},
	)
	for _, q := range []string{"waym", "うぇいも"} {
		got, err := ix.Suggest(t.Context(), q, 8)
		if err != nil || len(got) == 0 || got[0].Text != "ウェイモ" || slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "Waymo" }) {
			t.Errorf("Suggest(%s) = %v, %v; want ウェイモ once, not the tag Waymo too", q, texts(got), err)
		}
	}
}

// TestSuggestReadAlikeMergeStable: a word in kana read as two words in
// kanji of as many articles each (カイトウ; 回答, 解答) merges into the
// same one at every build, whatever order the builder's map gives them.
func TestSuggestReadAlikeMergeStable(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i, body := range []string{
		"カイトウを待つ。", "カイトウが来た。", "カイトウの期限。", "カイトウを書く。", "カイトウの内容。",
		"回答を待つ。", "回答が届いた。", "回答の期限。",
		"解答を見る。", "解答の用紙。", "解答が正しい。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("m%d", i), Title: fmt.Sprintf("記事%d", i), Body: body, Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	merged := func() []string {
		var out []string
		for _, q := range []string{"回", "解"} {
			got, err := ix.Suggest(t.Context(), q, 8)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range got {
				out = append(out, fmt.Sprintf("%s:%s/%d", q, s.Text, s.Count))
			}
		}
		return out
	}
	var first []string
	for i := range 12 {
		if err := ix.RefreshSuggest(t.Context()); err != nil {
			t.Fatal(err)
		}
		got := merged()
		if i == 0 {
			first = got
			if !slices.Contains(got, "回:カイトウ/8") {
				t.Errorf("build 1: %v, want カイトウ merged into 回答, the first spelling of its articles", got)
			}
			continue
		}
		if !slices.Equal(got, first) {
			t.Fatalf("build %d: %v, want as build 1: %v", i+1, got, first)
		}
	}
}

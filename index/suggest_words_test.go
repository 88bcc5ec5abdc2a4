package index

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// Which index terms are words worth suggesting and how they are shown:
// words of a single body, names with a hyphen or a final ー, parts of
// longer words, spelt-out letters and words of time.

// TestSuggestOneBodyInSmallIndex: in an index of a few articles, a word
// the dictionary knows is offered from a single body (介護 is in one of
// the sample's bodies); a run kagome guessed at is not.
func TestSuggestOneBodyInSmallIndex(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	mustPut(t, ix, Article{ID: "guess", Title: "新製品の発表", Body: "ズビズバダの試作。", Published: day("2026-06-01")})
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{{"かいご", "介護"}, {"介", "介護"}} {
		if got, _ := ix.Suggest(ctx, tt.q, 8); !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%q) = %v, want %s", tt.q, texts(got), tt.want)
		}
	}
	if got, _ := ix.Suggest(ctx, "ずびずば", 8); slices.ContainsFunc(got, func(s Suggestion) bool { return s.Kind == kindTerm }) {
		t.Errorf("Suggest(ずびずば) = %v, want no word kagome guessed at", texts(got))
	}
}

// TestSuggestHyphenLeftOut: a name with a hyphen is offered when typed
// without it (mlk: ML-KEM, wif: Wi-Fi), as a search finds it so.
func TestSuggestHyphenLeftOut(t *testing.T) {
	ix := mustSuggestOver(t, copiesOf(4, "m", "新方式を採用", "耐量子暗号のML-KEMとWi-Fiの話。", "2026-03-01")...)
	for _, tt := range []struct{ q, want string }{{"mlk", "ML-KEM"}, {"mlkem", "ML-KEM"}, {"ml-k", "ML-KEM"}, {"wif", "Wi-Fi"}} {
		got, err := ix.Suggest(context.Background(), tt.q, 5)
		if err != nil || indexOf(got, tt.want) < 0 {
			t.Errorf("Suggest(%q) = %v, %v; want %s", tt.q, texts(got), err, tt.want)
		}
	}
}

// TestSuggestCountryOfOneKanji: a compound that starts with a country of
// one kanji (米テキサス州) is offered by the country's reading (べい), not
// by the kanji's other readings (まい had offered 米テキサス州).
func TestSuggestCountryOfOneKanji(t *testing.T) {
	ix := mustSuggestOver(t, append(copiesOf(4, "b", "米テキサス州で新工場", "米テキサス州で工場を建てる。", "2026-03-01"),
		copiesOf(4, "m", "マイナンバーの話", "マイナンバーカードを使う。", "2026-03-01")...)...)
	has := func(q string) bool {
		got, err := ix.Suggest(context.Background(), q, 8)
		if err != nil {
			t.Fatal(err)
		}
		return indexOf(got, "米テキサス州") >= 0
	}
	if has("まい") || has("まいて") {
		t.Error("まい offers 米テキサス州")
	}
	if !has("べいて") {
		t.Error("べいて does not offer 米テキサス州")
	}
}

// TestSuggestNoKanjiStarts: a kanji word that kagome's search mode cuts
// from a longer word, and that articles nearly never write alone (著作 of
// 著作権), is no suggestion before the word it starts.
func TestSuggestNoKanjiStarts(t *testing.T) {
	arts := copiesOf(5, "law", "著作権の新しい指針", "生成AIと著作権について文化庁が指針を示した。", "2026-06-01")
	arts = append(arts, copiesOf(4, "heat", "熱中症に警戒", "熱中症の搬送が増えた。", "2026-06-02")...)
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct{ q, want, unwanted string }{{"ちょさ", "著作権", "著作"}, {"ねっちゅう", "熱中症", "熱中"}} {
		got, err := ix.Suggest(context.Background(), tt.q, 8)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Text != tt.want || slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.unwanted }) {
			t.Errorf("Suggest(%q) = %v, want %s first and no %s", tt.q, texts(got), tt.want, tt.unwanted)
		}
	}
}

// TestSuggestPartThatStandsAlone: a part of a user-dictionary compound
// that most titles write inside it (NTTドコモ) is still offered when the
// articles also write it alone (ドコモは…); one they never write alone is
// not (see TestSuggestNoKanjiPieces for pieces of kanji).
func TestSuggestPartThatStandsAlone(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 8 {
		arts = append(arts, Article{ID: fmt.Sprintf("d-%d", i), Title: fmt.Sprintf("NTTドコモ、新機種 %d", i),
			Body: "NTTドコモは新しい端末を発表した。ドコモの店舗で販売する。", Published: day("2026-06-01")})
	}
	mustSuggestFrom(t, ix, arts...)
	for _, q := range []string{"どこも", "ドコモ"} {
		got, _ := ix.Suggest(t.Context(), q, 8)
		if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "ドコモ" && s.Kind == kindTerm }) {
			t.Errorf("%s → %v, want ドコモ", q, texts(got))
		}
	}
}

// TestSuggestFinalLongVowel: a katakana name the dictionary does not know
// is offered as the articles write it, with the final ー the index drops
// (ニンテンドー, not ニンテンド).
func TestSuggestFinalLongVowel(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("nin-%d", i), Title: fmt.Sprintf("新作ゲームの発表%d", i), Body: "ニンテンドーの新作が出た。ブラックベリーも新型を出した。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"にんてんど": "ニンテンドー", "ぶらっくべ": "ブラックベリー"} {
		got, err := ix.Suggest(ctx, q, 5)
		if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == want }) {
			t.Errorf("Suggest(%q) = %v, %v; want %s", q, texts(got), err, want)
		}
	}
}

// TestSuggestSpelledLetters: kana that spells out an abbreviation's
// letters completes it, as a search finds it.
func TestSuggestSpelledLetters(t *testing.T) {
	ctx := context.Background()
	ix := mustSuggestOver(t, copiesOf(3, "akb", "AKB48の新曲", "AKB48が新曲を発表した。", "2026-06-01")...)
	for _, q := range []string{"えーけーびー", "えーけー", "akb"} {
		got, err := ix.Suggest(ctx, q, 5)
		if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "AKB48" }) {
			t.Errorf("Suggest(%s) = %v, %v; want AKB48", q, texts(got), err)
		}
	}
}

// TestSuggestWordsOfTime: a word of time said from the day of writing
// (今夜) is offered only typed whole; one readers look for (金曜, 深夜)
// by every prefix, below other words (しん: 新薬 first).
func TestSuggestWordsOfTime(t *testing.T) {
	ctx := context.Background()
	ix := mustSuggestOver(t, append(copiesOf(4, "fri", "週末の予定", "金曜の深夜に配信する。今夜も続く。", "2026-06-01"),
		copiesOf(2, "fin", "市場の話", "金融と新薬の話。", "2026-06-02")...)...)
	for _, tt := range []struct{ q, want string }{
		{"きんよ", "金曜/term"}, {"金曜", "金曜/term"}, {"しんや", "深夜/term"}, {"しんy", "深夜/term"}, {"kinyo", "金曜/term"}, {"こんや", "今夜/term"},
	} {
		got, err := ix.Suggest(ctx, tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(texts(got), tt.want) {
			t.Errorf("Suggest(%s) = %v, want %s", tt.q, texts(got), tt.want)
		}
	}
	if got, _ := ix.Suggest(ctx, "こん", 3); slices.Contains(texts(got), "今夜/term") {
		t.Errorf("Suggest(こん) = %v, want no 今夜 before it is typed whole", texts(got))
	}
}

// TestSuggestModelNumberWithHyphen: a model's name of letters, a hyphen
// and a number with letters on it, which kagome cuts SH|01|D, is one word
// of the titles, offered typed with the hyphen or without it (sh-01d,
// sh01d, f-10d had found titles or nothing), and so is one whose letters
// are a word of English grammar written on the number (IS12T); its
// letters and number alone (SH-01, a start of two models) are none.
func TestSuggestModelNumberWithHyphen(t *testing.T) {
	var arts []Article
	for i, title := range []string{"AQUOS PHONE SH-01Dを発表", "SH-01Dの不具合を修正", "SH-01Eとタブレットを展示", "SH-01Eを試す", "ARROWS X F-10Dの新色", "F-10Dに更新", "au IS12Tを発表", "IS12Tの評価"} {
		arts = append(arts, Article{ID: fmt.Sprintf("m%d", i), Title: title, Body: title + "。", Published: day("2026-03-01")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct{ name, q, want, absent string }{
		{"with the hyphen", "sh-01d", "SH-01D", ""},
		{"without the hyphen", "sh01d", "SH-01D", ""},
		{"its number begun", "sh-01", "SH-01E", "SH-01"},
		{"one letter before the hyphen", "f-10", "F-10D", ""},
		{"one letter, no hyphen", "f10d", "F-10D", ""},
		{"letters of grammar on the number", "is12t", "IS12T", ""},
		{"letters of grammar, the number begun", "is1", "IS12T", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.q, 8)
			if err != nil || indexOf(got, tt.want) < 0 || tt.absent != "" && indexOf(got, tt.absent) >= 0 {
				t.Errorf("Suggest(%q) = %v, %v; want %s and no %s", tt.q, texts(got), err, tt.want, tt.absent)
			}
		})
	}
}

// TestSuggestUserWordByCharReadings: a word of kanji the user dictionary
// reads as readers most often say it (韓流, ハンリュウ) is also offered by
// its characters' readings, which the IME converts too (かんりゅう had
// offered 完了 alone), alone and after another word.
func TestSuggestUserWordByCharReadings(t *testing.T) {
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("k%d", i), Title: fmt.Sprintf("フジテレビの韓流ドラマ特集%d", i), Body: "フジテレビが韓流ドラマを放送した。", Published: day("2026-03-01")})
	}
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("c%d", i), Title: fmt.Sprintf("工事が完了%d", i), Body: "工事が完了した。", Published: day("2026-03-01")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct{ name, q, want string }{
		{"the user dictionary's reading", "はんりゅう", "韓流"},
		{"the characters' readings", "かんりゅう", "韓流"},
		{"the characters' readings after a word", "フジテレビ かんりゅう", "フジテレビ 韓流"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.q, 8)
			if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
				t.Errorf("Suggest(%q) = %v, %v; want %s", tt.q, texts(got), err, tt.want)
			}
		})
	}
}

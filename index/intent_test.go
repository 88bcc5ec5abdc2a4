package index

import (
	"fmt"
	"slices"
	"testing"

	"sagasu/analyzer"
)

// TestNameSuffix: 社 right after a name in the same word is a name suffix;
// 社 that starts a word of its own is not, whatever the offsets of the
// word before (each word's offsets and positions are its own).
func TestNameSuffix(t *testing.T) {
	name := analyzer.Token{Surface: "abc", Term: "abc", Class: "unknown", Start: 0, End: 3, Position: 1}
	for _, tt := range []struct {
		name   string
		suffix analyzer.Token
		want   bool
	}{
		{"same word", analyzer.Token{Surface: "社", Term: "社", Start: 3, End: 6, Position: 2}, true},
		{"a word of its own after a dot", analyzer.Token{Surface: "社", Term: "社", Start: 3, End: 6, Position: 1}, false},
		{"not right after", analyzer.Token{Surface: "社", Term: "社", Start: 6, End: 9, Position: 3}, false},
		{"no suffix", analyzer.Token{Surface: "株", Term: "株", Start: 3, End: 6, Position: 2}, false},
	} {
		if got := nameSuffix([]analyzer.Token{name, tt.suffix}, 1); got != tt.want {
			t.Errorf("%s: nameSuffix = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRequestVerbOptional: 教える and 知る ask for what comes before them
// at the end of a query, and are words to require elsewhere.
func TestRequestVerbOptional(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		q    string
		want bool // whether the verb is optional
	}{
		{"扇風機のおすすめを教えて", true},
		{"量子暗号について知りたい", true},
		{"教える仕事", false},
		{"知る権利", false},
	} {
		toks := ix.an.Tokens(tt.q)
		opt := optionalTokens(toks)
		got := false
		for i, tk := range toks {
			if requestVerbs[tk.Term] {
				got = opt[i]
			}
		}
		if got != tt.want {
			t.Errorf("%s: the verb optional = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestIntentWordInCompound: an intent word written onto the noun before
// it is required where the articles write the two as one word (個人情報:
// not the articles that say 個人 alone), and stays optional where they
// do not (スマホ比較 finds the phones compared or not).
func TestIntentWordInCompound(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i, b := range []string{"個人情報の保護が課題だ。", "個人情報が流出した。", "個人情報を守る。", "個人で遊ぶ。", "スマホを比較した。", "スマホの新型。"} {
		arts = append(arts, Article{ID: fmt.Sprintf("a%d", i), Title: "記事", Body: b, Published: day("2026-01-02")})
	}
	mustPut(t, ix, arts...)
	for q, want := range map[string][]string{
		"個人情報":  {"a0", "a1", "a2"},
		"スマホ比較": {"a4", "a5"},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !sameSet(got, want) {
			t.Errorf("Search(%s) = %v, want %v", q, got, want)
		}
	}
}

// TestDegreeWordOptional: 一番 and 最も are optional beside other words
// (an article says 最薄 or 世界で一番), and ask which, as a question does:
// the few articles with every other word come first, then those with
// most of them; alone they are what is searched.
func TestDegreeWordOptional(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "thin", Title: "折りたたみスマホ、最薄の新型", Body: "厚さ8mmと薄い折りたたみスマホが出た。", Published: day("2026-03-01")},
		Article{ID: "fold", Title: "折りたたみスマホの新型", Body: "折りたたみスマホの新型が出た。", Published: day("2026-03-03")},
		Article{ID: "best", Title: "一番売れたカメラ", Body: "今年一番売れたカメラを紹介する。", Published: day("2026-03-02")},
	)
	for _, q := range []string{"一番薄い 折りたたみ", "最も薄い 折りたたみ", "いちばん 薄い 折りたたみ", "本当に薄い 折りたたみ", "ホントに薄い 折りたたみ", "めっちゃ薄い 折りたたみ"} {
		res := mustSearch(t, ix, Request{Query: q})
		if got := ids(res); len(got) < 2 || got[0] != "thin" || got[1] != "fold" || res.AllWords != 1 {
			t.Errorf("%s: %v (all words %d), want thin, the one with every word but the degree word, then fold", q, got, res.AllWords)
		}
	}
	if got := ids(mustSearch(t, ix, Request{Query: "一番"})); !sameSet(got, []string{"best"}) {
		t.Errorf("一番 alone = %v, want best", got)
	}
}

// TestAsksWhen: いつ asks, typed onto a word or apart; いつも, いつか and a
// name (いつき) do not, nor kana that has いつ inside it.
func TestAsksWhen(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"締め切りはいつ", true},
		{"アップデートいつ", true},
		{"発売はいつから", true},
		{"いつ", true},
		{"はいつ", true},
		{"いつまで", true},
		{"いつもの店", false},
		{"いつか行きたい", false},
		{"いつき", false},
		{"ついつい", false},
		{"どこの店", true},
	} {
		if got := asksWhich(tt.text); got != tt.want {
			t.Errorf("asksWhich(%s) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestKindOfTextOptional: 体験談 says what kind of text a reader wants,
// which the article that tells one seldom calls itself: optional.
func TestKindOfTextOptional(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "trouble", Title: "海外旅行で財布を盗まれた話", Body: "海外旅行の初日にトラブルに遭った。", Published: day("2026-03-01")},
		Article{ID: "other", Title: "国内旅行の楽しみ方", Body: "国内旅行の体験談を集めた。", Published: day("2026-03-02")},
	)
	res := mustSearch(t, ix, Request{Query: "海外旅行 トラブル 体験談"})
	if got := ids(res); len(got) == 0 || got[0] != "trouble" || res.Relaxed {
		t.Errorf("海外旅行 トラブル 体験談 = %v (relaxed %v), want trouble first, every other word in it", got, res.Relaxed)
	}
}

// TestSentenceVerbsOptional: a verb or an adjective beside two words or
// more says how the reader put it: optional, counted where an article
// has it, and the sentence relaxes as a question does; beside one word
// it stays required, and a kanji kagome guesses is one inside a noun
// (重 of 川重) is no verb.
func TestSentenceVerbsOptional(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		q    string
		verb string // the token's surface
		want bool   // whether it is optional
	}{
		{"東京国際映画祭でグランプリを取った映画", "取っ", true},
		{"サムスンがロンドンで発表した新しいギャラクシー", "新しい", true},
		{"旅に出たくなる恋愛映画", "出", true},
		{"新しいスマホ", "新しい", false},
		{"川重 ヒューマノイド", "重", false},
	} {
		toks := indexed(ix.an.Tokens(tt.q))
		opt := optionalTokens(toks)
		found := false
		for i, tk := range toks {
			if tk.Surface == tt.verb {
				found = true
				if opt[i] != tt.want {
					t.Errorf("%s: %s optional = %v, want %v", tt.q, tt.verb, opt[i], tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no token %s in %v", tt.q, tt.verb, toks)
		}
	}
	mustPut(t, ix,
		Article{ID: "prize", Title: "東京国際映画祭、話題作がグランプリを受賞", Body: "東京国際映画祭で最高賞のグランプリが決まった。", Published: day("2026-03-01")},
		Article{ID: "took", Title: "グランプリを取った映画を振り返る", Body: "東京国際映画祭の歴代の受賞作。", Published: day("2026-03-02")},
		Article{ID: "reborn", Title: "生まれ変わったら何になりたい", Body: "来世の話。", Published: day("2026-03-03")},
	)
	res := mustSearch(t, ix, Request{Query: "東京国際映画祭でグランプリを取った映画"})
	if got := ids(res); !sameSet(got, []string{"took", "prize"}) || res.Relaxed {
		t.Errorf("a sentence = %v (relaxed %v), want took and prize (without the verb), not relaxed", got, res.Relaxed)
	}
	// No article has 両性具有: the relaxed search counts the verb still.
	res = mustSearch(t, ix, Request{Query: "両性具有 生まれ変わったら"})
	if got := ids(res); !slices.Equal(got, []string{"reborn"}) || !res.Relaxed {
		t.Errorf("両性具有 生まれ変わったら = %v (relaxed %v), want reborn, relaxed", got, res.Relaxed)
	}
}

// TestDroppedVerbClause: a clause whose verb the analyzer drops (あった
// of 被害にあった企業は) is a sentence too: the few articles with every
// word are followed by those with most.
func TestDroppedVerbClause(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "all", Title: "ゼロトラストの勧め", Body: "ランサムウェアの被害を防ぐため、企業は対策を急ぐ。", Published: day("2026-03-01")},
		Article{ID: "r1", Title: "ランサムウェア被害で出荷停止", Body: "ランサムウェアの被害で工場が止まった。", Published: day("2026-03-02")},
		Article{ID: "r2", Title: "ランサムウェア被害から復旧", Body: "ランサムウェアの被害から2週間で復旧した。", Published: day("2026-03-03")},
		Article{ID: "other", Title: "新型スマホの発表", Body: "各社が新型を発表した。", Published: day("2026-03-04")},
	)
	res := mustSearch(t, ix, Request{Query: "ランサムウェアの被害にあった企業は"})
	if got := ids(res); len(got) != 3 || got[0] != "all" || !res.Relaxed || res.AllWords != 1 {
		t.Errorf("ランサムウェアの被害にあった企業は = %v (relaxed %v, all words %d), want all, then r1 and r2", got, res.Relaxed, res.AllWords)
	}
	for _, q := range []string{"在庫がある店", "被害にあった企業", "炎上した芸能人", "失敗しない方法"} {
		if !droppedVerbBetween(ix.an.Tokens(q)) {
			t.Errorf("%s: no dropped verb between words", q)
		}
	}
	for _, q := range []string{"量子コンピュータの仕組み", "被害にあった", "すまほの充電", "スマホ新法が全面施行されてる", "ぜんこたいでんちのりょうさん"} {
		if droppedVerbBetween(ix.an.Tokens(q)) {
			t.Errorf("%s: a dropped verb between words", q)
		}
	}
}

// TestComparisonAsks: AとBの違い asks how they differ: the article that
// names both comes first, then those on each (only the roundup that
// named both had been listed).
func TestComparisonAsks(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "air", Title: "iPhone Airを発表、厚さ5.6ミリ", Body: "アップルはiPhone Airを発表した。", Published: day("2026-03-01")},
		Article{ID: "pro", Title: "iPhone 17 Proレビュー", Body: "iPhone 17 Proを2週間使った。", Published: day("2026-03-02")},
		Article{ID: "both", Title: "今週のまとめ", Body: "iPhone AirとiPhone 17 Proが登場。違いは厚さ。", Published: day("2026-03-03")},
		Article{ID: "other", Title: "Pixel 10の発表", Body: "グーグルがPixel 10を発表。", Published: day("2026-03-04")},
	)
	for _, q := range []string{"iPhone AirとiPhone 17 Proの違いは", "iPhone Air iPhone 17 Pro 違い"} {
		res := mustSearch(t, ix, Request{Query: q})
		if got := ids(res); len(got) != 3 || got[0] != "both" || !sameSet(got[1:], []string{"air", "pro"}) || !res.Relaxed {
			t.Errorf("Search(%s) = %v (relaxed %v), want both, then air and pro", q, got, res.Relaxed)
		}
	}
}

// TestAsksYesNo: a question mark or the particle か after a verb asks a
// question; the か of a word (静か) does not.
func TestAsksYesNo(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"gpt-5は無料で使える?", true},
		{"本当に速いのか", true},
		{"使えるかな", true},
		{"静か", false},
		{"?", false},
		{"アメリカ", false},
	} {
		if got := asksYesNo(tt.text, ix.an.Tokens(tt.text)); got != tt.want {
			t.Errorf("asksYesNo(%s) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestOptionalWordsBesideEditorSyntax: beside a field, a label or a date
// the plain words are read as the search box reads them: an intent word
// and English grammar stay optional (they had been required, and a
// filter every article passes had cut 11 articles to none).
func TestOptionalWordsBesideEditorSyntax(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "fan", Title: "静かな扇風機", Body: "夏の扇風機を比べた。", Category: "家電", Published: day("2026-06-01")},
		Article{ID: "best", Title: "扇風機のおすすめ", Body: "おすすめの扇風機を選んだ。", Category: "家電", Published: day("2026-06-02")},
		Article{ID: "saas", Title: "Software Service", Body: "A software service for shops.", Category: "IT", Published: day("2026-06-03")},
		Article{ID: "asa", Title: "ASAの新型", Body: "ASAが新型を出した。", Category: "IT", Published: day("2026-06-04")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"扇風機 おすすめ", []string{"fan", "best"}},
		{"扇風機 おすすめ published:>=2000", []string{"fan", "best"}},
		{"扇風機 おすすめ category:家電", []string{"fan", "best"}},
		{"title:software as a service", []string{"saas"}},
		{"software as a service", []string{"saas"}},
		{"扇風機 おすすめ -category:家電", nil},
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !sameSet(got, tt.want) {
			t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestAsksAbout: a word that ends in は after a noun asks about it
// (家電は, 特徴は); とは asks what a word is, and は inside a word or
// after a verb does not end a question so.
func TestAsksAbout(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"節電に効果的な家電は", true},
		{"結婚できない男の特徴は", true},
		{"違いは", true},
		{"量子コンピュータとは", false},
		{"夏バテを防ぐには", false},
		{"家電", false},
		{"はい", false},
	} {
		if got := asksAbout(ix.an.Tokens(tt.text)); got != tt.want {
			t.Errorf("asksAbout(%s) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestQuestionEndingInWa: a query that asks about something with は (its
// predicate left out) is a question: the few articles with every word
// come first, then those with most of them (効果的 need not be said).
func TestQuestionEndingInWa(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "all", Title: "節電に効果的な家電", Body: "節電に効果的な家電を選んだ。", Published: day("2026-07-01")},
		Article{ID: "fridge", Title: "省エネ冷蔵庫で節電", Body: "最新の家電は節電に強い。冷蔵庫の電気代が半分になる。", Published: day("2026-07-02")},
		Article{ID: "other", Title: "夏の旅行", Body: "海へ行った。", Published: day("2026-07-03")},
	)
	res := mustSearch(t, ix, Request{Query: "節電に効果的な家電は"})
	if got := ids(res); len(got) != 2 || got[0] != "all" || got[1] != "fridge" || !res.Relaxed {
		t.Errorf("Search(節電に効果的な家電は) = %v (relaxed %v), want all, then fridge, relaxed", got, res.Relaxed)
	}
	res = mustSearch(t, ix, Request{Query: "節電に効果的な家電"})
	if got := ids(res); len(got) != 1 || res.Relaxed {
		t.Errorf("Search(節電に効果的な家電) = %v (relaxed %v), want all alone", got, res.Relaxed)
	}
}

// TestKanaVerbOfSentence: a verb typed in kana after a particle that
// follows a word is the sentence's verb, as one in kanji is (the column
// that never says やめる had been missed for the one article that has
// every word); kana typed for a word, or a kana verb alone after kana, is
// not.
func TestKanaVerbOfSentence(t *testing.T) {
	for _, tt := range []struct {
		name string
		q    string
		verb string // the token's surface
		want bool
	}{
		{"after kanji and を", "年末の掃除をやめたら楽になった", "やめ", true},
		{"after katakana and が", "スマホがこわれたら", "こわれ", true},
		{"after Latin letters and を", "iPhoneをかう", "かう", true},
		{"after kana", "すいっちをかう", "かう", false},
		{"no particle between", "掃除やめる", "やめる", false},
		{"in kanji", "掃除を止めたら", "止め", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := indexed(mustOpen(t).an.Tokens(tt.q))
			i := slices.IndexFunc(toks, func(tk analyzer.Token) bool { return tk.Surface == tt.verb })
			if i < 0 {
				t.Fatalf("%s: no token %s in %v", tt.q, tt.verb, toks)
			}
			if got := kanaVerbAfterParticle(toks, i); got != tt.want {
				t.Errorf("kanaVerbAfterParticle(%s, %s) = %v, want %v", tt.q, tt.verb, got, tt.want)
			}
		})
	}
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "column", Title: "年末の大掃除、しないと決めたら楽になった", Body: "今年は年末の掃除をしないことにした。気持ちが楽だ。", Published: day("2026-03-01")},
		Article{ID: "quit", Title: "年末の楽しみ", Body: "年末に掃除の仕事をやめた。楽になった。", Published: day("2026-03-02")},
		Article{ID: "other", Title: "新型スマホの発表", Body: "各社が新型を発表した。", Published: day("2026-03-03")},
	)
	res := mustSearch(t, ix, Request{Query: "年末の掃除をやめたら楽になった"})
	if got := ids(res); !sameSet(got, []string{"quit", "column"}) {
		t.Errorf("年末の掃除をやめたら楽になった = %v (relaxed %v), want quit and column (without the verb)", got, res.Relaxed)
	}
}

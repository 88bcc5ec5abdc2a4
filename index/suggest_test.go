package index

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"sagasu/analyzer"
	"sagasu/data"
)

// prefixesOf returns every prefix of s, one character or letter at a time.
func prefixesOf(s string) []string {
	var out []string
	for i := range s {
		if i > 0 {
			out = append(out, s[:i])
		}
	}
	return append(out, s)
}

// TestSuggestWhileTyping follows a reader typing, keystroke by keystroke,
// on the sample articles: at every step the word they mean must be among
// the first three suggestions.
func TestSuggestWhileTyping(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		typed string
		want  string
		from  int // the first prefix (in runes) that must already work
	}{
		{"じどううんてん", "自動運転", 1},
		{"jidouunten", "自動運転", 1},
		{"jidōunten", "自動運転", 1},
		{"jidoounten", "自動運転", 1},
		{"sumaatofon", "スマートフォン", 4},
		{"sumātofon", "スマートフォン", 4},
		{"sofutowea", "ソフトウェア", 4},
		{"oputhimasu", "オプティマス", 4},
		{"enubidhia", "NVIDIA", 3}, // by the user dictionary's reading, keyed folded (エヌビデイア)
		{"ろぼたくしー", "ロボタクシー", 3},
		{"robotakushi-", "ロボタクシー", 5},
		{"tesura", "テスラ", 3},
		{"てすら", "テスラ", 2},
		{"ぜんこたいでんち", "全固体電池", 3},
		{"zenkotaidenchi", "全固体電池", 5},
		{"りょうしこんぴゅーた", "量子コンピュータ", 5},
		{"たいりょうしあんごう", "耐量子暗号", 4},
		{"自動運転", "自動運転", 2},
		{"ロボット", "ロボット", 2},
		{"tesla", "Tesla", 3},
		{"ＴＥＳＬＡ", "Tesla", 3},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			for i, p := range prefixesOf(tt.typed) {
				if i+1 < tt.from {
					continue
				}
				got, err := ix.Suggest(context.Background(), p, 3)
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, s := range got {
					found = found || s.Text == tt.want
				}
				if !found {
					t.Errorf("Suggest(%q) = %v, want %s in the top 3", p, texts(got), tt.want)
				}
			}
		})
	}
}

func texts(ss []Suggestion) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text+"/"+s.Kind)
	}
	return out
}

func TestSuggestKindsAndContext(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	got, _ := ix.Suggest(ctx, "量子 こ", 5)
	if len(got) == 0 || !strings.HasPrefix(got[0].Text, "量子コンピュータ") {
		t.Errorf("量子 こ = %v, want 量子コンピュータ first", texts(got))
	}
	// Completed after the other words: words some article has beside
	// them (not 量子 誤認), after the words as typed.
	got, _ = ix.Suggest(ctx, "量子 ご", 5)
	for _, s := range got {
		if res, err := ix.Search(ctx, Request{Query: s.Text}); err != nil || res.Total == 0 || res.Relaxed {
			t.Errorf("量子 ご → %q, which no article has", s.Text)
		}
	}
	got, _ = ix.Suggest(ctx, "全固体電池　と", 5)
	if len(got) == 0 {
		t.Errorf("全固体電池　と = nothing")
	}
	for _, s := range got {
		if !strings.HasPrefix(s.Text, "全固体電池 ") || s.Kind != kindTerm {
			t.Errorf("全固体電池　と → %q (%s), want a word after 全固体電池", s.Text, s.Kind)
		}
		if res, err := ix.Search(ctx, Request{Query: s.Text}); err != nil || res.Total == 0 || res.Relaxed {
			t.Errorf("全固体電池　と → %q, which no article has", s.Text)
		}
	}
	got, _ = ix.Suggest(ctx, "宇宙", 8)
	kinds := map[string]bool{}
	for _, s := range got {
		kinds[s.Kind] = true
		if s.Kind == kindTitle && s.ID == "" {
			t.Errorf("title suggestion without id: %+v", s)
		}
		if s.Count < 1 {
			t.Errorf("suggestion without count: %+v", s)
		}
	}
	if !kinds[kindTerm] || !kinds[kindTitle] || !kinds[kindCategory] {
		t.Errorf("宇宙 = %v, want a term, a title and a category", texts(got))
	}
	// No duplicates: ロボット in full and half width is one suggestion.
	got, _ = ix.Suggest(ctx, "ろぼ", 10)
	n := 0
	for _, s := range got {
		if s.Text == "ロボット" {
			n++
		}
		if s.Text == "ﾛﾎﾞｯﾄ" {
			t.Errorf("half-width spelling shown: %v", texts(got))
		}
	}
	if n != 1 {
		t.Errorf("ろぼ = %v, want ロボット once", texts(got))
	}
	// Blank input or no match: an empty list (JSON []), not nil, no error.
	for _, q := range []string{"", "   ", "\u3000", "zzqx", "量子 zzqx"} {
		if got, err := ix.Suggest(ctx, q, 5); err != nil || got == nil || len(got) != 0 {
			t.Errorf("Suggest(%q) = %#v, %v; want an empty, non-nil list", q, got, err)
		}
	}
}

func TestSuggestRejects(t *testing.T) {
	ix := mustOpen(t)
	for _, q := range []string{strings.Repeat("あ", 101), "a\xffb", "a\x00b", "a\u0085b"} {
		if _, err := ix.Suggest(context.Background(), q, 5); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("Suggest(%q) = %v, want ErrInvalidRequest", q, err)
		}
	}
	// Tab and line breaks separate words, as in a search.
	for _, q := range []string{"a\tb", "a\nb", "a\r\nb"} {
		if _, err := ix.Suggest(context.Background(), q, 5); err != nil {
			t.Errorf("Suggest(%q) = %v, want no error", q, err)
		}
	}
	if _, err := ix.Suggest(context.Background(), "a", 21); !errors.Is(err, ErrInvalidRequest) {
		t.Errorf("size 21 accepted")
	}
}

// TestNoSuggest: a tool's index (Options.NoSuggest) builds no suggestion
// data in the background, and RefreshSuggest still builds it on demand.
func TestNoSuggest(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "index"), Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Import(context.Background(), bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * suggestDebounce)
	if got, _ := ix.Suggest(context.Background(), "じどう", 5); len(got) != 0 || ix.SuggestStats().Entries != 0 {
		t.Fatalf("suggestions without a suggester: %v", texts(got))
	}
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.Suggest(context.Background(), "じどう", 5); len(got) == 0 {
		t.Fatal("no suggestions after RefreshSuggest")
	}
}

// TestSuggestJoinedWords: words kagome splits into single characters
// (独|女, 本田|圭|佑) are suggested whole, by reading too, but not their
// fragments; kana typed right after converted text completes in its
// context; fragments of longer words are no suggestions.
func TestSuggestJoinedWords(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i, body := range []string{
		"独女の婚活事情。本田圭佑選手のファンが多い。",
		"独女が語る婚活。本田圭佑が得点した。",
		"婚活に悩む独女。本田圭佑の移籍。",
		"量子コンピュータの研究。コミュニケーションズの新サービス。",
		"量子コンピュータの実用化。",
		"ログインに「パスキー」を使う。",
		"パスキーは便利だ。パスキーが広がる。",
		"パスキーの設定。",
		"サポートセンターに電話した。",
		"センターの窓口が混む。",
		"1兆円規模の投資。", "5000億円規模の計画。", "100億円規模の買収。",
		"再生可能エネルギーの導入。", "再生可能エネルギーが増える。", "再生可能エネルギーの比率。",
		"宇宙ステーションの補給。", "宇宙ステーションに滞在。", "宇宙ステーションの実験。",
		"全長約120mの船。", "全長約32mの機体。", "全長約6mの車。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("j%d", i), Title: "記事" + fmt.Sprint(i), Body: body, Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	has := func(q, want string) bool {
		got, err := ix.Suggest(ctx, q, 8)
		return err == nil && slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == want })
	}
	for _, tt := range []struct{ q, want string }{
		{"独女", "独女"},
		{"婚", "婚活"},
		{"ほんだけいすけ", "本田圭佑"},
		{"本田圭", "本田圭佑"},
		{"量子こ", "量子コンピュータ"},
		{"ぱすき", "パスキー"},     // joined from パ|スキー, the ー the term lost shown
		{"せんた", "センター"},     // known with and without the ー, shown as written
		{"再生", "再生可能エネルギー"}, // a user-dictionary compound that ends in a long vowel
		{"宇宙す", "宇宙ステーション"},
	} {
		if !has(tt.q, tt.want) {
			got, _ := ix.Suggest(ctx, tt.q, 8)
			t.Errorf("Suggest(%q) = %v, want %s among them", tt.q, texts(got), tt.want)
		}
	}
	for _, tt := range []struct{ q, unwanted string }{
		{"本田圭", "本田圭"},
		{"ー", "ーションズ"},
		{"ぱすき", "パスキ"},
		{"せんた", "センタ"},
		{"再生", "再生可能エネルギ"},
		{"えん", "円規模"},   // a counter joined to the word after it
		{"ぜんちょ", "全長約"}, // a word joined to the prefix of a number
	} {
		if has(tt.q, tt.unwanted) {
			got, _ := ix.Suggest(ctx, tt.q, 8)
			t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
		}
	}
}

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

// TestSuggestCountsArticles: a word repeated in one title counts once,
// and the repetition is no compound.
func TestSuggestCountsArticles(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	mustPut(t, ix, Article{ID: "hoge", Title: "ホゲ・ホゲ・ホゲ・ホゲ", Body: "テスト。", Published: day("2026-06-01")})
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := ix.Suggest(ctx, "ほげ", 8)
	for _, s := range got {
		if s.Count != 1 || s.Kind == kindTerm && s.Text != "ホゲ" {
			t.Errorf("ほげ → %+v, want ホゲ once, counted once", s)
		}
	}
}

// TestSuggestMemoBounded: prefixes that match few keys are not
// remembered, so distinct requests cannot grow memory without end.
func TestSuggestMemoBounded(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, r := range "亜唖娃阿哀愛挨姶逢葵茜穐悪握渥旭葦芦鯵梓圧斡扱宛姐虻飴絢綾鮎或粟袷安庵按暗案闇鞍杏" {
		ix.Suggest(ctx, string(r)+"ぬ", 5)
	}
	n := 0
	ix.sug.cur.Load().memo.Range(func(_, _ any) bool { n++; return true })
	if n > len(ix.sug.cur.Load().keys)/memoMinKeys {
		t.Errorf("memo holds %d prefixes, more than the keys allow", n)
	}
}

// TestSuggestContextNeverTogether: words no article has together get no
// completion after them; kana not yet converted is no context.
func TestSuggestContextNeverTogether(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	mustPut(t, ix,
		Article{ID: "cats", Title: "猫の写真展", Body: "猫の写真を集めた展示。", Published: day("2026-06-01")},
		Article{ID: "dogs", Title: "犬の写真展", Body: "犬の写真を集めた展示。", Published: day("2026-06-01")})
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.Suggest(ctx, "猫 犬 し", 5); len(got) != 0 {
		t.Errorf("猫 犬 し = %v, want nothing (no article has 猫 and 犬)", texts(got))
	}
	got, _ := ix.Suggest(ctx, "猫 し", 5)
	if len(got) == 0 {
		t.Errorf("猫 し = nothing, want 写真 and others")
	}
	// The count is that of a search for both words: one article has 猫
	// and 写真, though more have 写真.
	if i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "猫 写真" }); i < 0 || got[i].Count != 1 {
		t.Errorf("猫 し = %v, want 猫 写真 counted 1, the article that has both", got)
	}
	if got, _ := ix.Suggest(ctx, "zzzq し", 5); len(got) != 0 {
		t.Errorf("zzzq し = %v, want nothing (no article has zzzq)", texts(got))
	}
	if got, _ := ix.Suggest(ctx, "neko し", 5); len(got) == 0 {
		t.Errorf("neko し = nothing, want completions (neko is romaji not yet converted)")
	}
}

// TestSuggestNameAndNumber: a name and its number typed apart complete
// the labels and titles that write them with a space (iPhone 17).
func TestSuggestNameAndNumber(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("ip-%d", i), Title: fmt.Sprintf("新型スマホの評判%d", i), Body: "新型の評判をまとめた。", Tags: []string{"iPhone 17", "Nintendo Switch 2"}, Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"iphone 1", "iPhone 17"},
		{"iPhone 17", "iPhone 17"},
		{"ｉＰｈｏｎｅ　１７", "iPhone 17"},
		{"nintendo switch 2", "Nintendo Switch 2"}, // three words, the last a number
		{"Nintendo Switch 2", "Nintendo Switch 2"},
	} {
		got, err := ix.Suggest(ctx, tt.q, 5)
		if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%q) = %v, %v; want %s", tt.q, texts(got), err, tt.want)
		}
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

// TestSuggestLongVowelInsideTag: a tag whose katakana word has a long
// vowel before another word (能動的サイバー防御) is offered while its
// reading is typed past that word (のうどうてきさいばーぼ had offered no
// word: the tag was keyed サイバボウギョ).
func TestSuggestLongVowelInsideTag(t *testing.T) {
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("n%d", i), Title: fmt.Sprintf("能動的サイバー防御法が成立%d", i), Body: "能動的サイバー防御を導入する。", Tags: []string{"能動的サイバー防御"}, Published: day("2026-03-01")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"のうどうてきさいばー", "のうどうてきさいばーぼ", "のうどうてきさいばーぼうぎょ"} {
		got, err := ix.Suggest(context.Background(), q, 5)
		if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "能動的サイバー防御" }) {
			t.Errorf("Suggest(%q) = %v, %v; want the tag 能動的サイバー防御", q, texts(got), err)
		}
	}
}

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

// TestSuggestTitlesNFKCExpands: a title with a character NFKC expands into
// several words (㍿ is 株式会社, two tokens over one character) builds.
func TestSuggestTitlesNFKCExpands(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "kk", Title: "㍿東京の新工場", Body: "㍿の新しい工場。", Published: day("2026-05-01")},
		Article{ID: "kk2", Title: "㍿ス網　㍻の記録", Body: "本文。", Published: day("2026-05-02")},
	)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, err := ix.Suggest(context.Background(), "かぶしき", 5); err != nil || len(got) == 0 {
		t.Errorf("Suggest(かぶしき) = %v, %v; want 株式会社 or the title", texts(got), err)
	}
}

// FuzzSuggestTitle: any title goes through the suggestion build's title
// pass (its words, compounds, verb forms and keys) without a panic.
// go test ./index -run XXX -fuzz FuzzSuggestTitle -fuzztime 60s
func FuzzSuggestTitle(f *testing.F) {
	for _, s := range []string{"㍿東京の新工場", "㍿ス網　㍻の記録", "ロケットの打ち上げ成功", "トム・クルーズが来日", "ﾃｽﾗの新型", "ﷺ", "ｶﾞｶﾞｶﾞ", "量産\u3000自動運転", "🚀打ち上げ", "書け", "\u3099\u309a", "A\u0301"} {
		f.Add(s)
	}
	ix := mustOpen(f)
	f.Fuzz(func(t *testing.T, title string) {
		if !utf8.ValidString(title) || len(title) > 1000 {
			return
		}
		b := newSugBuilder(ix)
		b.title("x", title, 1)
	})
}

// TestSuggestSpellingsAndReadings: a compound of titles is found by the
// dictionary's other reading of its words (日本代表 by にほんだい as well as
// にっぽんだい), and a word shows the spelling most articles use, whether
// titles or bodies have it (店舗, in one title and many bodies, is not
// shown as テンポ, in a few bodies).
func TestSuggestSpellingsAndReadings(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("jp-%d", i), Title: fmt.Sprintf("日本代表、第%d戦に勝利", i+1), Body: "サッカーの試合。", Published: day("2026-06-01")})
	}
	arts = append(arts, Article{ID: "shop-t", Title: "店舗の改装", Body: "店舗を改装した。", Published: day("2026-06-02")})
	for i := range 8 {
		arts = append(arts, Article{ID: fmt.Sprintf("shop-%d", i), Title: fmt.Sprintf("小売の記事%d", i), Body: "駅前の店舗が増えた。", Published: day("2026-05-01")})
	}
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("tempo-%d", i), Title: fmt.Sprintf("音楽の記事%d", i), Body: "曲のテンポが速い。", Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"にほんだい", "日本代表"},
		{"にっぽんだい", "日本代表"},
		{"店舗", "店舗"},
		{"てんぽ", "店舗"},
	} {
		got, err := ix.Suggest(ctx, tt.q, 8)
		if err != nil || len(got) == 0 || !slices.ContainsFunc(got[:min(3, len(got))], func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%q) = %v, %v; want %s in the top 3", tt.q, texts(got), err, tt.want)
		}
	}
}

// TestSuggestTypedWordOutnumbered: a Latin word as typed that few
// articles have comes after the word its romaji reads as, which many
// have.
func TestSuggestTypedWordOutnumbered(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("fj-latin-%d", i), Title: fmt.Sprintf("サーバーの記事%d", i), Body: "URLはfujitsuで始まる。", Published: day("2026-06-01")})
	}
	for i := range 40 {
		arts = append(arts, Article{ID: fmt.Sprintf("fj-%d", i), Title: fmt.Sprintf("決算の記事%d", i), Body: "富士通が決算を発表した。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	if got, err := ix.Suggest(ctx, "fujitsu", 8); err != nil || len(got) == 0 || got[0].Text != "富士通" {
		t.Errorf("Suggest(fujitsu) = %v, %v; want 富士通 first", texts(got), err)
	}
}

// TestSuggestNoKanjiPieces: a single kanji that titles have only as a
// suffix (員 of 会社員) or a piece of joined words (独 of 独女) is no
// suggestion, however many articles have it so.
func TestSuggestNoKanjiPieces(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("d-%d", i), Title: fmt.Sprintf("会社員の独女が語る%d", i), Body: "独女の会社員が語る。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, unwanted string }{{"いん", "員"}, {"doku", "独"}, {"どく", "独"}} {
		got, err := ix.Suggest(ctx, tt.q, 8)
		if err != nil || slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.unwanted }) {
			t.Errorf("Suggest(%q) = %v, %v; want no %s", tt.q, texts(got), err, tt.unwanted)
		}
	}
	if got, _ := ix.Suggest(ctx, "どくじょ", 8); !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "独女" }) {
		t.Errorf("Suggest(どくじょ) = %v, want 独女", texts(got))
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

func TestWithIterationMark(t *testing.T) {
	for in, want := range map[string]string{"時時": "時々", "人人": "人々", "日本": "日本", "ママ": "ママ", "様様な": "様々な"} {
		if got := withIterationMark(in); got != want {
			t.Errorf("withIterationMark(%q) = %q, want %q", in, got, want)
		}
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

// TestSuggestConvertsContext: earlier words typed in romaji or kana are
// the words they read as, shown and counted as such.
func TestSuggestConvertsContext(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"zenkotaidenchi to", "ぜんこたいでんち と"} {
		got, err := ix.Suggest(ctx, q, 5)
		if err != nil || len(got) == 0 || got[0].Text != "全固体電池 トヨタ" {
			t.Errorf("Suggest(%q) = %v, %v; want 全固体電池 トヨタ first", q, texts(got), err)
		}
	}
	// Kana kagome reads as a verb (りょうし: りょうする) is the word that
	// reads so, not a word of grammar to drop; an emoji before a word is
	// no part of it.
	// deetasentaa: ー typed as its vowel again.
	for q, want := range map[string]string{"りょうし こ": "量子コンピュータ", "😊jidou": "自動運転", "！ろぼ": "ロボタクシー", "deetasentaa de": "データセンター 電力"} {
		got, err := ix.Suggest(ctx, q, 5)
		if err != nil || !slices.ContainsFunc(got[:min(3, len(got))], func(s Suggestion) bool { return s.Text == want }) {
			t.Errorf("Suggest(%q) = %v, %v; want %s in the top three", q, texts(got), err, want)
		}
	}
	// A particle stays what it is (から is no 空).
	if got, err := ix.Suggest(ctx, "東京 から あ", 5); err != nil || len(got) == 0 || !strings.HasPrefix(got[0].Text, "東京 から ") {
		t.Errorf("Suggest(東京 から あ) = %v, %v; want completions after 東京 から", texts(got), err)
	}
}

// TestSuggestRomajiContext: a word typed in romaji before another is
// the word it reads as however the romaji ends (jidouunten: a final n is
// ん once a space follows; kinyuu: one n for ん), and kana that kagome reads
// as particles (てすら: て, すら) is the name that reads so.
func TestSuggestRomajiContext(t *testing.T) {
	var arts []Article
	for i, body := range []string{
		"自動運転のタクシーが走る。データセンターの消費電力が増える。",
		"テスラはロボタクシーを広げる。金融機関は自動運転の保険を見直す。",
		"データセンターの消費電力と自動運転のタクシー。テスラのロボタクシー。金融機関。",
	} {
		arts = append(arts, Article{ID: fmt.Sprintf("c-%d", i), Title: fmt.Sprintf("記事%d", i), Body: body, Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	for _, tc := range []struct{ q, want string }{
		{"jidouunten ta", "自動運転 タクシー"},
		{"zidouunnten ta", "自動運転 タクシー"},
		{"kinyuu k", "金融 機関"},
		{"tesura ろぼ", "テスラ ロボタクシー"},
		{"てすら ろぼ", "テスラ ロボタクシー"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			got, err := ix.Suggest(context.Background(), tc.q, 5)
			if err != nil || !slices.ContainsFunc(got[:min(3, len(got))], func(s Suggestion) bool { return s.Text == tc.want }) {
				t.Errorf("Suggest(%q) = %v, %v; want %s in the top three", tc.q, texts(got), err, tc.want)
			}
		})
	}
}

// TestSuggestPairOfCompound: a compound after a word is counted by the
// articles that write it whole beside the word, not its parts anywhere
// (タクシーの運転手 is no タクシー運転手), and a pair spelt as a tag is
// shown as the pair, with the articles that have the two.
func TestSuggestPairOfCompound(t *testing.T) {
	var arts []Article
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("p-%d", i), Title: fmt.Sprintf("記事%d", i), Body: "自動運転のタクシーが走る。タクシーの運転手が見守る。", Published: day("2026-01-02")})
	}
	arts = append(arts,
		Article{ID: "driver", Title: "タクシー運転手の声", Body: "自動運転の時代にタクシー運転手が語る。", Published: day("2026-01-03")},
		Article{ID: "tagged", Title: "新サービス", Body: "自動運転のタクシーを始める。", Tags: []string{"自動運転タクシー"}, Published: day("2026-01-04")})
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "自動運転 たく", 8)
	if err != nil || len(got) == 0 || got[0].Text != "自動運転 タクシー" || got[0].Count != 6 {
		t.Fatalf("Suggest(自動運転 たく) = %v, %v; want 自動運転 タクシー (6 articles) first", got, err)
	}
	for _, s := range got {
		if s.Text == "自動運転 タクシー運転手" && s.Count != 1 {
			t.Errorf("自動運転 タクシー運転手 counted %d articles, want 1", s.Count)
		}
		if s.Text == "自動運転タクシー" {
			t.Errorf("Suggest(自動運転 たく) = %v: the tag again beside the pair", got)
		}
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

// TestSuggestNameInTwoScriptsAsContext: a name typed in Latin letters
// before a word is echoed as the articles spell it (google: Google) and
// is not paired with itself in its other script (apple a: no Apple
// アップル).
func TestSuggestNameInTwoScriptsAsContext(t *testing.T) {
	var arts []Article
	for i := range 6 {
		b := "アップルはアプリを発表した。グーグルは量子の研究を進める。トヨタは全固体電池を量産する。"
		if i < 2 {
			b += "Appleの新型も。Googleの量子チップ。Toyotaの計画。"
		}
		arts = append(arts, Article{ID: fmt.Sprintf("n-%d", i), Title: fmt.Sprintf("記事%d", i), Body: b, Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	if got, err := ix.Suggest(t.Context(), "google り", 8); err != nil || len(got) == 0 || !strings.HasPrefix(got[0].Text, "Google ") {
		t.Errorf("Suggest(google り) = %v, %v; want Google … first", texts(got), err)
	}
	// Romaji of a name most articles write in katakana is still read as
	// it (toyota ze: トヨタ 全固体電池, not the few that write Toyota).
	if got, err := ix.Suggest(t.Context(), "toyota ze", 8); err != nil || len(got) == 0 || got[0].Text != "トヨタ 全固体電池" {
		t.Errorf("Suggest(toyota ze) = %v, %v; want トヨタ 全固体電池 first", texts(got), err)
	}
	for _, q := range []string{"apple a", "Apple あ"} {
		got, err := ix.Suggest(t.Context(), q, 8)
		if err != nil || slices.ContainsFunc(got, func(s Suggestion) bool {
			return strings.EqualFold(s.Text, "Apple アップル") || strings.EqualFold(s.Text, "Apple Apple")
		}) {
			t.Errorf("Suggest(%s) = %v, %v; want no Apple paired with itself", q, texts(got), err)
		}
	}
}

// TestSuggestAfterNameWithSynonyms: a word completed after a name is
// one that articles have beside any spelling of the name, as a search
// for the two finds them (任天堂 sw: Switch, which articles write beside
// Nintendo), and Latin letters after a name typed in Latin letters that
// also read as kana complete as Latin words, the name as typed.
func TestSuggestAfterNameWithSynonyms(t *testing.T) {
	var arts []Article
	for i := range 6 {
		arts = append(arts, Article{ID: fmt.Sprintf("k-%d", i), Title: fmt.Sprintf("任天堂の決算%d", i), Body: "任天堂とニンテンドーの新作。スマホ向けも。", Published: day("2026-01-02")})
	}
	arts = append(arts,
		Article{ID: "sw", Title: "Nintendo Switch 2が発売", Body: "Nintendoの新型機に行列。", Published: day("2026-01-03")},
		Article{ID: "swift", Title: "Swiftの新版", Body: "Swiftで書く。", Published: day("2026-01-03")})
	ix := mustSuggestOver(t, arts...)
	for _, tt := range []struct{ q, want string }{
		{"任天堂 sw", "任天堂 Switch"},
		{"nintendo swi", "Nintendo Switch"},
	} {
		got, err := ix.Suggest(t.Context(), tt.q, 8)
		if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%s) = %v, %v; want %s", tt.q, texts(got), err, tt.want)
		}
	}
}

// TestSuggestKatakanaContextAsWritten: a word typed in katakana before
// the one being completed is converted text, kept as written, not a
// kanji word read the same (アサヒ ら: アサヒ ランサムウェア, not 朝日 楽天).
func TestSuggestKatakanaContextAsWritten(t *testing.T) {
	var arts []Article
	for i := range 8 {
		arts = append(arts, Article{ID: fmt.Sprintf("asahi-%d", i), Title: fmt.Sprintf("朝日の記事%d", i), Body: "朝日新聞と楽天の提携。朝日が昇る。", Published: day("2026-01-02")})
	}
	arts = append(arts,
		Article{ID: "beer1", Title: "アサヒにランサムウェア攻撃", Body: "アサヒグループがランサムウェアの被害を受けた。", Published: day("2026-01-03")},
		Article{ID: "beer2", Title: "アサヒ、出荷を再開", Body: "アサヒはランサムウェアの被害から復旧した。", Published: day("2026-01-04")})
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "アサヒ ら", 8)
	if err != nil || len(got) == 0 || got[0].Text != "アサヒ ランサムウェア" {
		t.Errorf("Suggest(アサヒ ら) = %v, %v; want アサヒ ランサムウェア first", texts(got), err)
	}
}

// TestSuggestAfterRareWord: after a word few articles have, more of the
// words that start with the letters typed are checked beside it than the
// twelve commonest in the archive (AWS し: AWS 障害, in articles with no
// word the commoner ones).
func TestSuggestAfterRareWord(t *testing.T) {
	common := []string{"仕事", "紹介", "写真", "新作", "使用", "出場", "試合", "自分", "時間", "社長", "主演", "情報", "詳細", "新型", "市場", "収入"}
	var arts []Article
	for i := range 300 { // (AWS in under a fiftieth of the archive)
		arts = append(arts, Article{ID: fmt.Sprintf("c-%d", i), Title: fmt.Sprintf("話題%d", i), Body: strings.Join(common, "と") + "の話。", Published: day("2026-01-02")})
	}
	for i := range 5 {
		arts = append(arts, Article{ID: fmt.Sprintf("aws-%d", i), Title: fmt.Sprintf("AWSで障害%d", i), Body: "AWSの障害で多くのサービスが止まった。", Published: day("2026-01-03")})
	}
	arts = append(arts, Article{ID: "other", Title: "障害物競走", Body: "運動会の障害物競走。", Published: day("2026-01-03")})
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "AWS し", 8)
	if err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "AWS 障害" }) {
		t.Errorf("Suggest(AWS し) = %v, %v; want AWS 障害", texts(got), err)
	}
}

// TestSuggestModelAfterLatinName: a word starting with a number is
// offered after a Latin name only where the articles write the two side
// by side, as a search reads them: a model (iphone 1 had offered iPhone
// 107SH, of articles that name the two apart, which no search finds).
func TestSuggestModelAfterLatinName(t *testing.T) {
	var arts []Article
	for i := range 5 {
		arts = append(arts, Article{ID: fmt.Sprintf("apart-%d", i), Title: fmt.Sprintf("シャープ107SHの評判%d", i), Body: "iPhoneの対抗機種。シャープの107SHも出た。", Published: day("2026-01-02")})
	}
	for i := range 30 {
		arts = append(arts, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("天気%d", i), Body: "週末は晴れる。", Published: day("2026-01-04")})
	}
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "iphone 1", 8)
	if err != nil || slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "iPhone 107SH" }) {
		t.Errorf("Suggest(iphone 1) = %v, %v; want no iPhone 107SH", texts(got), err)
	}
	if res := mustSearch(t, ix, Request{Query: "iPhone 107SH", Relax: RelaxOff}); res.Total != 0 {
		t.Errorf("search iPhone 107SH = %d articles; the test needs none", res.Total)
	}
}

// TestSuggestRareLatinAfterReadings: romaji that reads as common words
// (ren: 恋愛, 連絡) offers them before a Latin word few articles use
// that starts with the same letters (an author's handle, a misspelling).
func TestSuggestRareLatinAfterReadings(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 40 {
		arts = append(arts, Article{ID: fmt.Sprintf("a-%d", i), Title: fmt.Sprintf("相談室 %d", i),
			Body: "恋愛の相談と連絡の方法について。", Published: day("2026-06-01")})
	}
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("h-%d", i), Title: fmt.Sprintf("寄稿 %d", i), Body: "文 @renxyz 恋愛のこと", Published: day("2026-06-02")})
	}
	mustSuggestFrom(t, ix, arts...)
	got, _ := ix.Suggest(t.Context(), "ren", 8)
	at := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == "renxyz" })
	for _, w := range []string{"恋愛", "連絡"} {
		if i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Text == w }); i < 0 || at >= 0 && at < i {
			t.Errorf("ren → %v, want %s, and before renxyz", texts(got), w)
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

// TestSuggestKanaRightAfterConverted: kana typed right after converted
// text with no space, that make no word with it, complete a word after
// it as with a space (全固体電池とよ → 全固体電池 トヨタ); one kana does not
// (it is more often the rest of a word being typed).
func TestSuggestKanaRightAfterConverted(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	got, _ := ix.Suggest(t.Context(), "全固体電池とよ", 5)
	if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "全固体電池 トヨタ" }) {
		t.Errorf("全固体電池とよ → %v, want 全固体電池 トヨタ", texts(got))
	}
	got, _ = ix.Suggest(t.Context(), "量子こ", 5)
	if len(got) == 0 || !strings.HasPrefix(got[0].Text, "量子コンピュータ") {
		t.Errorf("量子こ → %v, want 量子コンピュータ first", texts(got))
	}
	// After a name typed in Latin letters, which is no romaji waiting
	// for the IME once kana follow it.
	ix = mustOpen(t)
	mustSuggestFrom(t, ix, append(copiesOf(3, "h3", "JAXAの新型ロケット", "JAXAはH3ロケットの打ち上げに成功した。", "2026-06-01"),
		copiesOf(2, "moon", "月面探査の計画", "JAXAは月面探査の計画を示した。", "2026-06-02")...)...)
	for _, q := range []string{"JAXAげつ", "jaxaげつめん"} {
		got, _ = ix.Suggest(t.Context(), q, 5)
		if len(got) == 0 || got[0].Text != "JAXA 月面探査" {
			t.Errorf("%s → %v, want JAXA 月面探査 first", q, texts(got))
		}
	}
	// Kana typed onto letters that start a word of letters and katakana
	// (AIえ of AIエージェント) complete it as written.
	ix = mustOpen(t)
	mustSuggestFrom(t, ix, copiesOf(3, "agent", "AIエージェントの導入", "AIエージェントが業務を代行する。", "2026-06-01")...)
	for _, q := range []string{"AIえ", "AIえーj", "AIえーじぇ"} {
		got, _ = ix.Suggest(t.Context(), q, 5)
		if len(got) == 0 || got[0].Text != "AIエージェント" {
			t.Errorf("%s → %v, want AIエージェント first", q, texts(got))
		}
	}
	// A name no word spells is echoed as typed, not folded.
	ix = mustOpen(t)
	mustSuggestFrom(t, ix, copiesOf(3, "h3", "新型ロケットの記事", "H3ロケットの打ち上げが成功した。H3の打ち上げは三回目。", "2026-06-01")...)
	got, _ = ix.Suggest(t.Context(), "H3せいこ", 5)
	if !slices.ContainsFunc(got, func(s Suggestion) bool { return strings.HasPrefix(s.Text, "H3 ") }) {
		t.Errorf("H3せいこ → %v, want H3 and a word after it, as typed", texts(got))
	}
}

// mustSuggestFrom writes arts and builds the suggestion data from them
// (mustOpen gave the lookups time to find, not a budget to keep).
func mustSuggestFrom(t *testing.T, ix *Index, arts ...Article) {
	t.Helper()
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// TestSuggestTypedMarks: a number with the letters after it (3D, 5G) is a
// word typed from its number, and the quote that opens a phrase or the
// punctuation and emoji after a word leave the word to complete.
func TestSuggestTypedMarks(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	var arts []Article
	for i := range 3 {
		arts = append(arts,
			Article{ID: fmt.Sprintf("3d-%d", i), Title: fmt.Sprintf("3D映画の新作%d", i), Body: "3D映画が公開された。", Published: day("2026-06-01")},
			Article{ID: fmt.Sprintf("5g-%d", i), Title: fmt.Sprintf("5G対応の新型スマホ%d", i), Body: "5Gに対応した。", Published: day("2026-06-02")},
			Article{ID: fmt.Sprintf("car-%d", i), Title: fmt.Sprintf("自動運転の実験%d", i), Body: "自動運転の実験が始まった。", Published: day("2026-06-03")},
			Article{ID: fmt.Sprintf("de-%d", i), Title: fmt.Sprintf("ト\u3099イツの話%d", i), Body: "ド\u200bイツの自動車。", Published: day("2026-06-04")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"3d", "3D映画"},
		{"３Ｄ", "3D映画"},
		{"3D映", "3D映画"},
		{"5g", "5G対応"},
		{"「じどう", "自動運転"},
		{`"自動`, "自動運転"},
		{"じどううんてん、", "自動運転"},
		{"自動運転！", "自動運転"},
		{"自動運転😊", "自動運転"},
		{"自動運転™", "自動運転"},
		{"し\u3099と\u3099う", "自動運転"}, // (a voicing mark typed apart)
		{"自\u200b動", "自動運転"},
		{"ト\u3099イ", "ドイツ"},
		{"ﾄﾞｲ", "ドイツ"},
		{"<b>じどう", ""},    // (markup is no word to echo: not "b> 自動運転"; b is a word)
		{"a‹じどう", "自動運転"}, // (a, in no article, is not echoed either)
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, err := ix.Suggest(ctx, tt.q, 5)
			if err != nil || tt.want != "" && !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
				t.Errorf("Suggest(%q) = %v, %v; want %s", tt.q, texts(got), err, tt.want)
			}
			if slices.ContainsFunc(got, func(s Suggestion) bool { return strings.ContainsAny(s.Text, "<>‹") }) {
				t.Errorf("Suggest(%q) = %v, echoing markup", tt.q, texts(got))
			}
			for _, s := range got {
				if s.Kind == "term" && strings.ContainsFunc(s.Text, func(r rune) bool { return r == '\u200b' || r == '\u3099' }) {
					t.Errorf("Suggest(%q) offers %q, with a character that shows nothing", tt.q, s.Text)
				}
			}
		})
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

// TestSuggestRareLatinTitleWaits: two Latin letters that start a word of
// one title (jig.jp) and read as the kana of words many articles use
// (じ: 自動運転) offer those words first.
func TestSuggestRareLatinTitleWaits(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	arts := []Article{{ID: "jig", Title: "jig.jpが新サービス", Body: "新しいサービスを始めた。", Published: day("2026-06-05")}}
	for i := range 3 * weakTyped {
		arts = append(arts, Article{ID: fmt.Sprintf("car-%d", i), Title: fmt.Sprintf("自動運転の実験%d", i), Body: "自動運転の実験が始まった。", Published: day("2026-06-01")})
	}
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Suggest(ctx, "ji", 5)
	if err != nil || len(got) == 0 || got[0].Kind == kindTitle {
		t.Errorf("Suggest(ji) = %v, %v; want 自動運転 and the words first, not the title of one article", texts(got), err)
	}
}

// TestSuggestRareReadings: a word's reading inside compounds (会社 as
// ガイシャ of 株式会社) finds it only typed whole and below the words that
// read so, while a word's other everyday reading (日本 as ニホン and
// ニッポン) finds it as its reading does.
func TestSuggestRareReadings(t *testing.T) {
	ctx := context.Background()
	ix := mustSuggestOver(t, append(copiesOf(6, "co", "会社の決算", "日本の会社が決算を発表した。", "2026-06-01"),
		copiesOf(2, "car", "外車の販売", "外車の販売が伸びた。", "2026-06-02")...)...)
	first := func(q string) []string {
		got, err := ix.Suggest(ctx, q, 5)
		if err != nil {
			t.Fatal(err)
		}
		return texts(got)
	}
	if got := first("がい"); slices.Contains(got, "会社/term") {
		t.Errorf("Suggest(がい) = %v, want no 会社", got)
	}
	if got := first("がいしゃ"); len(got) == 0 || got[0] != "外車/term" {
		t.Errorf("Suggest(がいしゃ) = %v, want 外車 first", got)
	}
	for _, q := range []string{"かい", "にほん", "にっぽん"} {
		if got := first(q); len(got) == 0 || got[0] != map[string]string{"かい": "会社/term", "にほん": "日本/term", "にっぽん": "日本/term"}[q] {
			t.Errorf("Suggest(%s) = %v", q, got)
		}
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

// TestSuggestCategoryIsAWord: kana that reads as a category whose word
// the suggestions show as the category completes it, not as two words
// typed together (はんどうたい had offered 反動 帯域 first).
func TestSuggestCategoryIsAWord(t *testing.T) {
	arts := copiesOf(4, "chip", "新工場", "半導体の新工場が稼働した。", "2026-06-01")
	for i := range arts {
		arts[i].Category = "半導体"
	}
	arts = append(arts, copiesOf(2, "net", "通信", "通信の反動で帯域が足りない。", "2026-06-02")...)
	ix := mustSuggestOver(t, arts...)
	for _, q := range []string{"はんどうた", "はんどうたい", "handoutai"} {
		got, err := ix.Suggest(t.Context(), q, 5)
		if err != nil || len(got) == 0 || got[0].Text != "半導体" {
			t.Errorf("Suggest(%s) = %v, %v; want 半導体 first", q, texts(got), err)
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

// TestSuggestOvertyped: a reader typing past what the archive writes
// keeps the word the box offered a key before; letters that complete
// nothing offer nothing.
func TestSuggestOvertyped(t *testing.T) {
	ctx := context.Background()
	ix := mustSuggestOver(t, append(copiesOf(3, "gpt", "対話AIの新版", "OpenAIはChatGPTの新版を公開した。", "2026-06-01"),
		copiesOf(3, "nv", "GPUの新製品", "NVIDIAのジェンスン・フアンCEOが登壇した。", "2026-06-02")...)...)
	for _, tt := range []struct{ q, want string }{
		{"chatgptz", "ChatGPT/term"}, {"ちゃっとgpt", "ChatGPT/term"}, {"jensenh", "ジェンスン/term"},
	} {
		got, err := ix.Suggest(ctx, tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(texts(got), tt.want) {
			t.Errorf("Suggest(%s) = %v, want %s", tt.q, texts(got), tt.want)
		}
	}
	if got, _ := ix.Suggest(ctx, "zzqx", 3); len(got) != 0 {
		t.Errorf("Suggest(zzqx) = %v, want nothing", texts(got))
	}
}

// TestSuggestRepeatedWords: a word typed again before the last is
// completed after once, not echoed in every suggestion.
func TestSuggestRepeatedWords(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	once, err := ix.Suggest(t.Context(), "量子 こ", 5)
	if err != nil {
		t.Fatal(err)
	}
	again, err := ix.Suggest(t.Context(), "量子 量子 量子 こ", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(once) == 0 || !slices.Equal(texts(once), texts(again)) {
		t.Errorf("Suggest(量子 量子 量子 こ) = %v, want as 量子 こ: %v", texts(again), texts(once))
	}
}

// TestSuggestLatinAfterLatin: Latin letters after a word of Latin letters
// complete the Latin words that go with it first (google ch: Google
// Chrome, not the words read チ that more articles have beside Google),
// and the words they read as when no Latin word does (iphone kai: 買取).
func TestSuggestLatinAfterLatin(t *testing.T) {
	var arts []Article
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("c-%d", i), Title: fmt.Sprintf("Googleの注意点%d", i),
			Body: "Googleの検索結果をチェックし、注意して地域の中心を調べる。", Published: day("2026-01-02")})
	}
	for i := range 4 {
		arts = append(arts, Article{ID: fmt.Sprintf("g-%d", i), Title: fmt.Sprintf("Google Chromeの新版%d", i),
			Body: "GoogleのブラウザChromeが更新された。", Published: day("2026-01-03")})
	}
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("i-%d", i), Title: fmt.Sprintf("iPhoneの買取価格%d", i),
			Body: "iPhoneの買取が増えた。", Published: day("2026-01-04")})
	}
	ix := mustSuggestOver(t, arts...)
	if got, err := ix.Suggest(t.Context(), "google ch", 8); err != nil || len(got) == 0 || got[0].Text != "Google Chrome" {
		t.Errorf("Suggest(google ch) = %v, %v; want Google Chrome first", texts(got), err)
	}
	if got, err := ix.Suggest(t.Context(), "iphone kai", 8); err != nil || !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == "iPhone 買取" }) {
		t.Errorf("Suggest(iphone kai) = %v, %v; want iPhone 買取", texts(got), err)
	}
}

// TestSuggestKanaWordThenLatin: kana that read as a word, then Latin
// letters typed as such, are the word and a Latin word beside it
// (ちゃっとgp: チャット GPS), not a piece of the kana before a particle
// glued to a letter (ちゃっg …).
func TestSuggestKanaWordThenLatin(t *testing.T) {
	var arts []Article
	for i := range 5 {
		arts = append(arts, Article{ID: fmt.Sprintf("c-%d", i), Title: fmt.Sprintf("チャットの新機能%d", i),
			Body: "チャットでGPSの位置を共有できる。ポイントもたまる。", Published: day("2026-01-02")})
	}
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "ちゃっとgp", 8)
	if err != nil || len(got) == 0 || got[0].Text != "チャット GPS" {
		t.Errorf("Suggest(ちゃっとgp) = %v, %v; want チャット GPS first", texts(got), err)
	}
}

// TestSuggestLowerCaseEnglishWaits: letters that start a word the
// articles write in lower-case Latin letters (English: high) and that
// read as a much commoner word (東日本) offer that one first; a name
// written with a capital keeps its place (Tesla).
func TestSuggestLowerCaseEnglishWaits(t *testing.T) {
	var arts []Article
	for i := range 40 {
		arts = append(arts, Article{ID: fmt.Sprintf("g-%d", i), Title: fmt.Sprintf("東日本の春%d", i), Body: "東日本で花が咲いた。テスラの新型も見た。", Published: day("2026-01-02")})
	}
	for i := range 8 {
		arts = append(arts, Article{ID: fmt.Sprintf("e-%d", i), Title: fmt.Sprintf("新曲「high and low」%d", i), Body: "新曲 high and low が出た。Teslaも登場。", Published: day("2026-01-03")})
	}
	ix := mustSuggestOver(t, arts...)
	got, err := ix.Suggest(t.Context(), "hig", 8)
	if err != nil || len(got) == 0 || got[0].Text != "東日本" {
		t.Errorf("Suggest(hig) = %v, %v; want 東日本 first", texts(got), err)
	}
	if got, err := ix.Suggest(t.Context(), "tes", 8); err != nil || len(got) == 0 || got[0].Text != "Tesla" {
		t.Errorf("Suggest(tes) = %v, %v; want Tesla first", texts(got), err)
	}
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

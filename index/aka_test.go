package index

import (
	"slices"
	"testing"
)

func TestSoundsAlike(t *testing.T) {
	tests := []struct {
		latin, kana string
		want        bool
	}{
		{"eluga", "エルーガ", true},
		{"ubuntu", "ウブントゥ", true},
		{"aquos", "アクオス", true},
		{"walkman", "ウォークマン", true},
		{"tumblr", "タンブラ", true},
		{"google", "グーグル", true},
		{"qualcomm", "クアルコム", true},
		{"nvidia", "エヌビディア", true},
		{"microsoft", "マイクロソフト", true},
		{"lumix", "ルミックス", true},
		{"s-max", "エスマックス", true},
		{"iphone", "アイフォーン", true},
		{"felica", "サイフケータイ", false}, // a gloss
		{"sms", "メール", false},
		{"hp", "ジェイライブ", false},
		{"usb", "ケーブル", false},
		{"ui", "ユーザーインターフェイス", false},
		{"rom", "メモリ", false},
		{"mini", "ハッチバック", false},
	}
	for _, tt := range tests {
		t.Run(tt.latin+"/"+tt.kana, func(t *testing.T) {
			if got := soundsAlike(tt.latin, tt.kana); got != tt.want {
				t.Errorf("soundsAlike(%q, %q) = %v (%s, %s), want %v", tt.latin, tt.kana, got,
					latinSkeleton(tt.latin), kanaSkeleton(tt.kana), tt.want)
			}
		})
	}
}

func TestAkaTerms(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"latin then katakana, full width", "パナソニックのＥＬＵＧＡ（エルーガ）", "", []string{"eluga=エルーガ", "エルーガ=eluga"}},
		{"katakana then latin", "", "ウブントゥ(Ubuntu)の新版。", []string{"ubuntu=ウブントゥ", "ウブントゥ=ubuntu", "ウブントウ=ubuntu"}},
		{"dotted katakana", "", "Walkman（ウォーク・マン）", []string{"walkman=ウォークマン", "ウォークマン=walkman", "ウオークマン=walkman"}},
		{"katakana with ヴ, also as kana spells it", "", "Vestas（ヴェスタス）は", []string{"vestas=ヴェスタス", "ヴェスタス=vestas", "ベスタス=vestas"}},
		{"a gloss is no spelling", "", "FeliCa（おサイフケータイ）とSMS（メール）", nil},
		{"the last of several Latin words", "", "NVIDIA DRIVE（ドライブ）", nil},
		{"inside a longer katakana word", "", "スーパーアクオス(aquos)", nil},
		{"stated twice", "AQUOS（アクオス）", "AQUOS（アクオス）", []string{"aquos=アクオス", "アクオス=aquos"}},
		{"unclosed", "", "AQUOS（アクオス", nil},
		{"an acronym after kanji", "", "欧州連合（EU）は新たな規則を定めた。", []string{"eu=欧州連合", "欧州連合=eu"}},
		{"an acronym after kanji and katakana", "", "同社の大規模言語モデル（LLM）", []string{"llm=大規模言語モデル", "大規模言語モデル=llm"}},
		{"kanji too many to be one word", "", "電気自動車メーカー大手米国企業（ABC）", nil},
		{"a number is no acronym", "", "第3四半期（Q3）", nil},
		{"katakana after another gloss", "", "Pony.ai（小馬智行、ポニー・エーアイ）は", []string{"pony.ai=ポニーエーアイ", "ポニーエーアイ=pony.ai"}},
		{"latin after another gloss", "", "アフィーラ（AFEELA、ソニー・ホンダの車）", []string{"afeela=アフィーラ", "アフィーラ=afeela", "アフイーラ=afeela"}},
		{"glosses of other things", "", "Preferred Networks（PFN、プリファードネットワークス）", nil},
		{"full-width capitals", "", "欧州連合（ＥＵ）の規則", []string{"eu=欧州連合", "欧州連合=eu"}},
		{"a qualifier no longer than the acronym", "", "連続待受時間（LTE）は約300時間、保存用（ROM）は16GB", nil},
		{"a unit in small letters", "", "全長と車両全高（mm）", nil},
		{"kana alone before it", "", "これは（AI）", nil},
		{"a name of two Latin words, joined", "", "新興のアイオーコア（AIO CORE）は", []string{"aiocore=アイオーコア", "アイオーコア=aiocore"}},
		{"more Latin words than a name has", "", "アイオーコア（AIO CORE LINK CHIP）", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := akaTerms(&Article{Title: tt.title, Body: tt.body})
			if !slices.Equal(got, tt.want) {
				t.Errorf("akaTerms = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAkaFollowsWrites: a pair counts while an article states it. (A pair
// whose consonants are one apart, TRSM and TRTM: names that sound exactly
// alike find each other anyway, see sound.go.)
func TestAkaFollowsWrites(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "latin", Title: "Dilithiumの解説", Body: "Dilithiumの署名。", Published: day("2026-06-01")},
		Article{ID: "kana", Title: "ダイリチウムの新版", Body: "ダイリチウムが採用された。", Published: day("2026-06-02")})
	if got := ids(mustSearch(t, ix, Request{Query: "ダイリチウム"})); !slices.Equal(got, []string{"kana"}) {
		t.Fatalf("before any article pairs them: %v", got)
	}
	mustPut(t, ix, Article{ID: "intro", Title: "Dilithium（ダイリチウム）とは", Body: "署名方式。", Published: day("2026-06-03")})
	if got := ids(mustSearch(t, ix, Request{Query: "ダイリチウム"})); !sameSet(got, []string{"kana", "intro", "latin"}) {
		t.Fatalf("with an article that pairs them: %v", got)
	}
	if err := ix.Delete(t.Context(), "intro"); err != nil {
		t.Fatal(err)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "ダイリチウム"})); !slices.Equal(got, []string{"kana"}) {
		t.Fatalf("after it is deleted: %v", got)
	}
}

// TestAkaTypedInKana: hiragana typed for a katakana name the articles
// spell with ヴ (べすたす for ヴェスタス) finds the articles that write the
// name only in Latin letters, as the katakana typed does (a query of kana
// had found only the article that glosses the pair).
func TestAkaTypedInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "gloss", Title: "風車の羽根の工場を検討", Body: "デンマークのVestas（ヴェスタス）が工場を検討している。", Published: day("2028-06-02")},
		Article{ID: "latin", Title: "Vestas、秋田に工場", Body: "Vestasは秋田に工場を建てると発表した。", Published: day("2028-06-20")},
		Article{ID: "other", Title: "洋上風力の商用運転", Body: "浮体式の風車が商用運転を始めた。", Published: day("2028-05-19")},
	)
	for _, q := range []string{"ヴェスタス", "べすたす", "べすたす あきた"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !slices.Contains(got, "latin") || slices.Contains(got, "other") {
			t.Errorf("Search(%s) = %v, want latin found and not other", q, got)
		}
	}
}

func TestGlossTerms(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"投手の小鳥遊翔真(たかなし・しょうま)が先発", []string{"タカナシショウマ=小鳥遊翔真", "タカナシ=小鳥遊翔真", "ショウマ=小鳥遊翔真"}},
		{"厚岸町(あっけしちょう)の牡蠣", []string{"アッケシチョウ=厚岸町"}},
		{"五百旗頭(いおきべ)さん", []string{"イオキベ=五百旗頭"}},
		{"メンバーの心愛(ここあ、22)は", []string{"ココア=心愛"}}, // and the age
		{"nvidia(えぬびでぃあ)", nil},                 // no kanji before it
		{"東京(トウキョウ)", nil},                      // katakana: a spelling, see akaPairs
		{"大(だいだいだいだいだいだい)", nil},                // too long to read one kanji
		{"山田(やまだ", nil},                         // never closed
		{"山田(やまだ)と山田(やまだ)", []string{"ヤマダ=山田"}}, // once
		{"回答(なし)、特典(あり)", nil},                  // remarks, not readings
		{"支給の対象(ただし、学生を除く)", nil},
	} {
		got := glossTerms(tt.text, map[string]bool{}, nil)
		if !slices.Equal(got, tt.want) {
			t.Errorf("glossTerms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAcronymGlossed: an acronym an article glosses after the words it
// stands for (欧州連合（EU）) finds the articles that write only those
// words, and they find the ones that write only the acronym, after an
// article with the word as typed in its title.
func TestAcronymGlossed(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "gloss", Title: "電池の新規則を採択", Body: "欧州連合（EU）は電池の新しい規則を採択した。", Published: day("2026-06-01")},
		Article{ID: "acronym", Title: "EUが排出規制を見直し", Body: "EUは自動車の排出規制を見直す。", Published: day("2026-06-02")},
		Article{ID: "words", Title: "欧州連合の首脳会議", Body: "欧州連合の首脳会議が開かれた。", Published: day("2026-06-03")},
		Article{ID: "other", Title: "米国の関税", Body: "米国が関税を引き上げた。", Published: day("2026-06-04")},
	)
	for q, want := range map[string][]string{"欧州連合": {"words", "gloss", "acronym"}, "EU": {"acronym", "gloss", "words"}} {
		got := ids(mustSearch(t, ix, Request{Query: q}))
		if !sameSet(got, want) || got[0] != want[0] {
			t.Errorf("Search(%s) = %v, want %v with %s first", q, got, want, want[0])
		}
	}
}

// TestAkaNameOfTwoWords: a katakana name glossed with a name of two Latin
// words is found by the two words typed in the articles that write only
// the katakana, ranked with the one that glosses it (aio core 訂正 had
// relaxed to the story with the gloss and the ASUS AiO tablets, the
// correction 7th in one index with livedoor).
func TestAkaNameOfTwoWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "story", Title: "アイオーコアが光チップを量産", Body: "アイオーコア（AIO CORE）は量産を始める。", Published: day("2027-05-18")},
		Article{ID: "correction", Title: "【訂正】アイオーコアの量産時期", Body: "アイオーコアの量産開始は12月でした。訂正します。", Published: day("2027-05-20")},
		Article{ID: "tablet", Title: "一体型パソコンの新型", Body: "AIOのパソコン。Core i7を積む。", Published: day("2012-05-20")},
	)
	for _, tt := range []struct {
		name, q, first string
		found          []string
	}{
		{"the name", "aio core", "story", []string{"correction"}},
		{"the name and a word", "aio core 訂正", "correction", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.q}))
			if len(got) == 0 || got[0] != tt.first || slices.ContainsFunc(tt.found, func(id string) bool { return !slices.Contains(got, id) }) {
				t.Errorf("Search(%s) = %v, want %s first and %v found", tt.q, got, tt.first, tt.found)
			}
		})
	}
}

// TestFoldParenTexts: the title and the body are folded once for the
// pairs and the glosses, and only when they have a parenthesis.
func TestFoldParenTexts(t *testing.T) {
	tests := []struct {
		name        string
		title, body string
		want        parenTexts
	}{
		{"no parenthesis", "欧州連合の規則", "ＥＵの規則", parenTexts{"", ""}},
		{"the body's, full width", "欧州連合の規則", "欧州連合（ＥＵ）の規則", parenTexts{"", "欧州連合(eu)の規則"}},
		{"the title's, ascii", "Pony.ai (小馬智行)", "本文", parenTexts{"pony.ai (小馬智行)", ""}},
		{"both", "Ａ（ｂ）", "c(Ｄ)", parenTexts{"a(b)", "c(d)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foldParenTexts(&Article{Title: tt.title, Body: tt.body}); got != tt.want {
				t.Errorf("foldParenTexts = %q, want %q", got, tt.want)
			}
		})
	}
}

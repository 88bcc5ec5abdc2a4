package index

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestLatinSkeletons(t *testing.T) {
	tests := []struct{ latin, kana string }{
		{"starship", "スターシップ"},  // r before a consonant is a long vowel
		{"firmware", "ファームウェア"}, // and a final -re
		{"mercedes", "メルセデス"},   // or ル
		{"deepseek", "ディープシーク"},
		{"propilot", "プロパイロット"},
		{"gemini", "ジェミニ"},           // a soft g
		{"porsche", "ポルシェ"},          // sch
		{"chrome", "クローム"},           // chr
		{"playstation", "プレイステーション"}, // -tion
		{"toyota", "トヨタ"},            // y between vowels
		{"mobileye", "モービルアイ"},       // but not in -eye
		{"windows", "ウィンドウズ"},        // w after a vowel
		{"west", "ウエスト"},             // ウエ at the start
		{"wood", "ウッド"},              // ウッ at the start
		{"software", "ソフトウエア"},       // ウエ inside a word
		{"hollywood", "ハリウッド"},       // ウッ inside a word
		{"vivienne westwood", "ヴィヴィアンウエストウッド"},
		{"walkman", "ウォークマン"},  // alk
		{"terahertz", "テラヘルツ"}, // tz is ツ
		{"tsunami", "ツナミ"},     // and ts
		{"ammonia", "アンモニア"},   // a doubled m is ンm
		{"hammer", "ハンマー"},
		{"volkswagen", "フォルクスワーゲン"},  // a v at the start may be F
		{"volvo", "ボルボ"},             // or B
		{"hulu", "フールー"},             // hu at the start may be F
		{"samsung", "サムスン"},          // a final ng ン
		{"jensen huang", "ジェンスンフアン"}, // both, at the start and end of a name's second word
		{"huang", "ハング"},             // or not
		{"firefox", "ファイアフォックス"},     // an r before an e and a consonant unsounded
		{"forest", "フォレスト"},          // or sounded
		{"michelin", "ミシュラン"},        // ch may be シ
		{"parachute", "パラシュート"},
		{"chocolate", "チョコレート"}, // or チ
		{"tech", "テック"},         // or K
		{"mechanic", "メカニック"},
	}
	for _, tt := range tests {
		t.Run(tt.latin, func(t *testing.T) {
			if k := kanaSkeleton(tt.kana); !slices.Contains(latinSkeletons(tt.latin), k) {
				t.Errorf("latinSkeletons(%q) = %v, want one of them %s (%s)", tt.latin, latinSkeletons(tt.latin), k, tt.kana)
			}
		})
	}
}

func TestSoundTerms(t *testing.T) {
	got := soundTerms(&Article{
		Title: "ＳｐａｃｅＸのStarshipとスターシップ",
		Body:  "NHKとPQC、ＡＩは略語。ｻｰﾊﾞｰとiPhone17、ゲームボーイアドバンス。",
	})
	want := []string{
		"SBSKS=spacex", "STRSB=starship", "STSB=starship", "STSB=スターシップ",
		"KMBTBNS=ゲームボーイアドバンス", // not サーバー (SB) nor iPhone (FN): too short to tell
	}
	if !slices.Equal(got, want) {
		t.Errorf("soundTerms = %q,\nwant %q", got, want)
	}
}

func TestSoundWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a dotted name is also one word", "ティム・クックCEOが登壇", []string{"ティム", "クック", "ティムクック", "ceo"}},
		{"half-width dot and kana", "ｼﾞｪﾌ･ﾍﾞｿﾞｽ氏", []string{"ジェフ", "ベゾス", "ジェフベゾス"}},
		{"three words", "ジョン・ポール・ジョーンズ", []string{"ジョン", "ポール", "ジョーンズ", "ジョンポールジョーンズ"}},
		{"a dot between other words joins nothing", "米国・中国・ロシア", []string{"ロシア"}},
		{"a dot before kanji ends the name", "イーロン・マスク・テスラ社", []string{"イーロン", "マスク", "テスラ", "イーロンマスクテスラ"}},
		{"a dot and Latin", "ソニー・Honda", []string{"ソニー", "honda"}},
		{"no dot, no join", "スター シップ", []string{"スター", "シップ"}},
		{"two Latin words with a space are also one", "Intelの「Panther Lake」と kobo Touch", []string{"intel", "panther", "lake", "kobo", "touch", "panther lake", "kobo touch"}},
		{"not across other text or a mark", "Intel、Panther Lake。M5", []string{"intel", "panther", "lake", "panther lake"}},
		{"not two spaces, nor a word of one letter", "Panther  Lake a b", []string{"panther", "lake"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := soundWords(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("soundWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSoundLatinPair: a katakana word no article has finds the two Latin
// words an article writes side by side that it sounds like (パンサーレイク
// is Panther Lake), not articles with the two words apart.
func TestSoundLatinPair(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "pl", Title: "Intel、「Panther Lake」を発表", Body: "IntelはPanther Lakeを投入する。", Published: day("2026-03-01")},
		Article{ID: "kobo", Title: "電子書籍リーダー「kobo Touch」が登場", Body: "楽天のkobo Touchは7,980円。", Published: day("2026-03-02")},
		Article{ID: "apart", Title: "湖の話", Body: "lake と panther の話。Touch して kobo を見る。", Published: day("2026-03-04")},
		Article{ID: "gs", Title: "撮影スタジオに「Green Screen」を常設", Body: "背景を合成するGreen Screenを置いた。", Published: day("2026-03-05")},
		Article{ID: "mv", Title: "工場の検査に「Machine Vision」", Body: "カメラで部品を見分けるMachine Visionを導入。", Published: day("2026-03-06")},
	)
	for _, tt := range []struct{ q, want string }{
		{"パンサーレイク", "pl"},
		{"ぱんさーれいく", "pl"},
		{"パンサー・レイク", "pl"},
		{"コボタッチ", "kobo"},
		{"グリーンスクリーン", "gs"}, // ee as one long i
		{"マシンビジョン", "mv"},   // ch as シ
	} {
		if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("Search(%s) = %v, want %s", tt.q, got, tt.want)
		}
	}
}

func TestSoundDottedName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "cook", Title: "アップルが新型iPhoneを発表", Body: "ティム・クックCEOは新製品を紹介した。", Published: day("2026-05-01")},
		Article{ID: "bezos", Title: "宇宙企業が打ち上げ", Body: "創業者のジェフ・ベゾス氏が見守った。", Published: day("2026-05-02")},
		Article{ID: "cooking", Title: "料理の新サービス", Body: "クックパッドが新機能を発表した。", Published: day("2026-05-03")},
		Article{ID: "tomoko", Title: "新番組の司会", Body: "司会はトモコさんが務める。", Published: day("2026-05-04")},
		Article{ID: "huang", Title: "エヌビディアが決算発表", Body: "ジェンスン・フアンCEOはAI需要を強調した。", Published: day("2026-05-05")},
		Article{ID: "gates", Title: "財団が寄付", Body: "ビル・ゲイツ氏の財団が寄付を発表した。", Published: day("2026-05-06")},
		Article{ID: "bill", Title: "米議会の法案", Body: "the bill passed the senate", Published: day("2026-05-07")},
		Article{ID: "gate", Title: "空港の新ゲート", Body: "the new gates opened, flying flags", Published: day("2026-05-08")},
		Article{ID: "feeling", Title: "新しいフィーリング", Body: "フィーリングが合う。", Published: day("2026-05-09")},
		Article{ID: "car", Title: "新車の発表", Body: "the car of the year", Published: day("2026-05-10")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"tim cook", []string{"cook"}},      // (not トモコ, which only sounds roughly alike)
		{"Jeff Bezos", []string{"bezos"}},   // (bezos alone is too short to tell by sound)
		{"jensen huang", []string{"huang"}}, // (hu as フ, ng as ン)
		{"bill gates", []string{"gates"}},   // each word in some article, the two in none
		{"flying car", nil},                 // relaxed: no part of フィーリング starts as car does
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		if got := ids(res); tt.want == nil && !res.Relaxed || tt.want != nil && (!slices.Equal(got, tt.want) || res.Relaxed) {
			t.Errorf("Search(%s) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
		}
	}
}

// TestThAsT: a th at the start of a word is also T in the sound field
// (thomas トーマス), but not in the words of grammar whose th katakana
// writes ザ (the bullet had sounded like チップレット).
func TestThAsT(t *testing.T) {
	tests := []struct {
		name, latin, skeleton string
		has                   bool
	}{
		{"a name", "thomas", "TMS", true},
		{"a name, its S kept", "thomas", "SMS", true},
		{"the second word of a pair", "tom thames", "TMTMS", true},
		{"the article before a word", "the bullet", "TBRT", false},
		{"this", "this game", "TSKM", false},
		{"th inside a word", "smith", "SMT", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slices.Contains(latinSkeletons(tt.latin), tt.skeleton); got != tt.has {
				t.Errorf("latinSkeletons(%q) = %v, has %s = %v, want %v", tt.latin, latinSkeletons(tt.latin), tt.skeleton, got, tt.has)
			}
		})
	}
}

// TestSilentH: an h inside a Latin word that no vowel follows, or after a
// consonant it makes no sound with, is also read silent in the sound field
// (john ジョン, piranha ピラニア), and still read H (manhattan マンハッタン);
// an h that starts a word, or sounds with the letter before it, is kept.
func TestSilentH(t *testing.T) {
	tests := []struct {
		name, latin, skeleton string
		has                   bool
	}{
		{"after a vowel, before a consonant", "john", "SN", true},
		{"at the end", "sarah", "SR", true},
		{"after a consonant", "piranha", "BRN", true},
		{"the first name of a pair", "john carter", "SNKT", true},
		{"still read H", "manhattan", "MNHTN", true},
		{"between vowels it sounds", "graham", "KRM", false},
		{"at the start it sounds", "honda", "NT", false},
		{"sh is one sound", "shadow", "STW", false},
		{"after a y, a typo more often than a name", "pyhton", "BTN", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slices.Contains(latinSkeletons(tt.latin), tt.skeleton); got != tt.has {
				t.Errorf("latinSkeletons(%q) = %v, has %s = %v, want %v", tt.latin, latinSkeletons(tt.latin), tt.skeleton, got, tt.has)
			}
		})
	}
}

// TestSilentHFinds: a Latin name with a silent h finds the article that
// writes it in katakana: john carter had sounded as SHNKT, which no
// katakana has, and relaxed to the articles with john or carter; piranha
// found nothing.
func TestSilentHFinds(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "carter", Title: "映画『ジョン・カーター』の場面写真が公開", Body: "ディズニーの巨編『ジョン・カーター』が公開される。", Published: day("2026-05-01")},
		Article{ID: "john", Title: "Johnの店が開店", Body: "店主のJohnは語った。", Published: day("2026-05-02")},
		Article{ID: "cartercorp", Title: "Carter社の決算", Body: "Carterの売上が伸びた。", Published: day("2026-05-03")},
		Article{ID: "piranha", Title: "夏はピラニア映画", Body: "続編『ピラニア リターンズ』が公開。", Published: day("2026-05-04")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a Latin name with a silent h, in katakana in one article", "john carter", []string{"carter"}},
		{"a word no article has, by its katakana", "piranha", []string{"piranha"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); len(got) == 0 || got[0] != tt.want[0] || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v first", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

func TestSoundDistance(t *testing.T) {
	tests := []struct {
		latin, kana string
		near        bool // within maxSoundDistance
	}{
		{"altman", "アルトマン", true},
		{"starship", "スターシップ", true},
		{"deepseek", "ディープシーク", true},
		{"google", "グーグル", true},
		{"switch", "スイッチ", true},
		{"ispace", "アイスペース", true},
		{"ohtani", "オオタニ", true},
		{"tokyo", "トウキョウ", true},
		{"weather", "ウェザー", true}, // ウェ is W and e
		{"version", "バージョン", true},
		{"burger", "バーガー", true}, // ur as アー
		{"wework", "ウィーワーク", true},
		{"wishscope", "ウイッシュスコープ", true}, // ウイ at the start is W and i
		{"watch", "ウオッチ", true},
		{"nvdia", "エヌビディア", true},    // a letter's name
		{"altman", "リチウムイオン", false}, // the same consonants only
		{"nist", "オオノサト", false},
		{"jensen huang", "ジェンスンフアン", true},
		{"huang", "フアン", true}, // (too short to be looked up alone: FN)
		{"firefox", "ファイアフォックス", true},
		{"thames", "テムズ", true},   // th at the start as T
		{"smith", "スミス", true},    // th at the end as S
		{"thunder", "サンダー", true}, // th at the start as S too
	}
	// English spellings of one long vowel sound nearly the same as their
	// katakana, as a word some articles have must (maxSoundDistanceSeen).
	for _, tt := range []struct{ latin, kana string }{
		{"freedom", "フリーダム"}, // ee
		{"seafood", "シーフード"}, // ea
		{"machine", "マシン"},   // ch as シ
		{"thomas", "トーマス"},   // th at the start as T
		{"real", "リアル"},      // ea as two vowels too
		{"great", "グレート"},
	} {
		t.Run("seen/"+tt.latin, func(t *testing.T) {
			if d := soundDistance(tt.latin, tt.kana); d > maxSoundDistanceSeen {
				t.Errorf("soundDistance(%q, %q) = %.2f, want within %.2f", tt.latin, tt.kana, d, maxSoundDistanceSeen)
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.latin+"/"+tt.kana, func(t *testing.T) {
			if d := soundDistance(tt.latin, tt.kana); (d <= maxSoundDistance) != tt.near {
				t.Errorf("soundDistance(%q, %q) = %.2f, want near=%v (limit %.2f)", tt.latin, tt.kana, d, tt.near, maxSoundDistance)
			}
		})
	}
	// Words that start apart are not the same name: アマゾン for amazon,
	// not ミッション.
	if d := soundDistance("amazon", "アマゾン"); d > maxSoundDistanceSeen || !firstSoundAgrees("amazon", "アマゾン") {
		t.Errorf("soundDistance(amazon, アマゾン) = %.2f, want it within %.2f and starting alike", d, maxSoundDistanceSeen)
	}
	for _, p := range [][2]string{{"amazon", "ミッション"}, {"ispace", "サービス"}, {"quantum", "ガンダム"}, {"game", "ケーム"}, {"dell", "テル"}, {"nintendo", "エンドツーエンド"}, {"radio", "アーディオ"}, {"vision", "バージョン"}, {"solid", "ゼロデイ"}, {"zero", "セロ"}, {"jensen", "センセン"}} {
		if firstSoundAgrees(p[0], p[1]) {
			t.Errorf("firstSoundAgrees(%q, %q) = true, want false", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"huawei", "ファーウェイ"}, {"xiaomi", "シャオミ"}, {"volkswagen", "フォルクスワーゲン"}, {"iphone", "アイフォーン"}, {"gemini", "ジェミニ"}, {"unity", "ユニティ"},
		{"wolfspeed", "ウルフスピード"}, {"western", "ウエスタン"}, {"google", "グーグル"}, {"canon", "キヤノン"}, {"cisco", "シスコ"}, {"qualcomm", "クアルコム"}, {"broadcom", "ブロードコム"}, {"panasonic", "パナソニック"}, {"nvidia", "エヌビディア"},
		{"vision", "ビジョン"}, {"version", "バージョン"}, {"virgin", "ヴァージン"}, {"nike", "ナイキ"}, {"tiger", "タイガー"}, {"samsung", "サムスン"}, {"zoom", "ズーム"}, {"suzuki", "スズキ"}, {"cisco", "シスコ"}} {
		if !firstSoundAgrees(p[0], p[1]) {
			t.Errorf("firstSoundAgrees(%q, %q) = false, want true", p[0], p[1])
		}
	}
}

// TestSoundPlural: an English plural one article has as written also
// finds the katakana singular the others write (drones: ドローン).
func TestSoundPlural(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{{ID: "latin", Title: "海外の展示会", Body: "会場ではdronesという看板が目立った。", Published: day("2026-05-01")}}
	for i := range 3 {
		arts = append(arts, Article{ID: fmt.Sprintf("kana-%d", i), Title: fmt.Sprintf("物流の記事%d", i), Body: "ドローンで荷物を運ぶ。", Published: day("2026-05-02")})
	}
	mustPut(t, ix, arts...)
	if got := ids(mustSearch(t, ix, Request{Query: "drones"})); !slices.Contains(got, "latin") || !slices.Contains(got, "kana-0") {
		t.Errorf("Search(drones) = %v, want the article with drones and those with ドローン", got)
	}
}

// TestSoundNeedsAVowel: Latin letters with no vowel are no word to sound
// out (zzqx had found セックス, bbqx ボクサー, not marked relaxed).
func TestSoundNeedsAVowel(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "boxer", Title: "女子ボクサーが優勝", Body: "ボクサーが試合に勝った。", Published: day("2026-05-01")},
		Article{ID: "sax", Title: "サックス奏者の公演", Body: "サックスの演奏会が開かれた。", Published: day("2026-05-02")},
	)
	for _, q := range []string{"bbqx", "zzqx", "sks"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) > 0 {
			t.Errorf("Search(%q) = %v, want nothing", q, got)
		}
	}
	if got := ids(mustSearch(t, ix, Request{Query: "boxer"})); !slices.Equal(got, []string{"boxer"}) {
		t.Errorf("Search(boxer) = %v, want boxer by sound", got)
	}
}

func TestSpelledLetters(t *testing.T) {
	for in, want := range map[string]string{
		"ユーエスビー": "usb", "えぬてぃーてぃー": "ntt", "えぬてぃてぃ": "ntt", "ディーブイディ": "dvd", "ジーピーユー": "gpu", "エーアイ": "ai",
		"パーティ": "",
		"ユーザー": "", "エス": "", "アイス": "", "ピーシー": "pc",
	} {
		if got := spelledLetters(in); got != want {
			t.Errorf("spelledLetters(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSpelledModel(t *testing.T) {
	for _, tt := range []struct{ in, letters, digits string }{
		{"えっちすりー", "h", "3"},
		{"エイチツー", "h", "2"},
		{"ぴーえすふぁいぶ", "ps", "5"},
		{"じーぴーてぃーふぉー", "gpt", "4"},
		{"すりー", "", ""},
		{"れべるすりー", "", ""},
		{"ぴーえす", "", ""},
	} {
		if l, d := spelledModel(tt.in); l != tt.letters || d != tt.digits {
			t.Errorf("spelledModel(%q) = %q, %q; want %q, %q", tt.in, l, d, tt.letters, tt.digits)
		}
	}
}

// TestModelSpelledInKana: a model's letters and number typed as they are
// read find the model however the dictionary reads its letter (H3 is
// エイチスリー to the user dictionary; えっちすりー had found nothing).
func TestModelSpelledInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "h3", Title: "H3ロケットの打ち上げ成功", Body: "H3ロケット6号機が打ち上げられた。", Published: day("2026-05-01")},
		Article{ID: "three", Title: "3社が提携", Body: "3社がロケット部品で提携した。", Published: day("2026-05-02")},
	)
	for _, q := range []string{"えっちすりー", "えいちすりー"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !slices.Equal(got, []string{"h3"}) {
			t.Errorf("Search(%s) = %v, want h3", q, got)
		}
	}
}

// TestNameSpelledInKana: letters' names in kana find the name articles
// write with a hyphen (えいちてぃーぶいえっくす is HTV-X, as htvx typed is;
// it had found nothing), and the mark covers the name whole.
func TestNameSpelledInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "htvx", Title: "補給機HTV-Xが到着", Body: "新型補給機HTV-Xの1号機がISSに着いた。", Published: day("2026-02-05")},
		Article{ID: "htv", Title: "こうのとりHTVの歩み", Body: "X線の観測衛星も紹介する。", Published: day("2026-02-06")},
	)
	for _, q := range []string{"えいちてぃーぶいえっくす", "エイチティーブイエックス", "htvx"} {
		res := mustSearch(t, ix, Request{Query: q})
		if got := ids(res); !slices.Equal(got, []string{"htvx"}) || !strings.Contains(res.Hits[0].TitleHTML, "<mark>HTV-X</mark>") {
			t.Errorf("Search(%s) = %v, want htvx marked whole: %+v", q, got, res.Hits)
		}
	}
}

// TestSoundCompoundStart: an English word that no article has finds the
// katakana word the articles write it as at the start of a compound
// (humanoid: ヒューマノイドロボット), and nothing that only sounds alike up to
// a cut kagome does not make (toshiba: ディスプ of ディスプレイ) or by too
// few consonants (jeita: シード of シードラウンド).
func TestSoundCompoundStart(t *testing.T) {
	// Without the glossary, which has humanoid and phishing.
	ix, err := Open(filepath.Join(t.TempDir(), "ix"), Options{English: "# none"})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	mustPut(t, ix,
		Article{ID: "robot", Title: "二足歩行の新型", Body: "ヒューマノイドロボットを公開した。", Published: day("2026-05-01")},
		Article{ID: "display", Title: "新しい画面", Body: "ディスプレイを刷新した。", Published: day("2026-05-02")},
		Article{ID: "phish", Title: "詐欺の手口", Body: "フィッシングサイトに誘導する。", Published: day("2026-05-03")},
		Article{ID: "phish2", Title: "注意喚起", Body: "フィッシングで盗まれた。", Published: day("2026-05-04")},
		Article{ID: "seed", Title: "資金調達", Body: "シードラウンドで3億円を集めた。", Published: day("2026-05-05")},
	)
	for _, tt := range []struct{ q, want string }{{"humanoid", "robot"}, {"toshiba", ""}, {"phishing", "phish"}, {"jeita", ""}} {
		got := ids(mustSearch(t, ix, Request{Query: tt.q}))
		if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("Search(%s) = %v, want %q", tt.q, got, tt.want)
		}
	}
}

// TestSoundBothScripts: a name most articles write in katakana also finds
// the article that writes it only in Latin letters, and the reverse,
// below the articles that have it as typed; a word of the other script
// that only sounds somewhat alike is not added.
func TestSoundBothScripts(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range 4 {
		arts = append(arts,
			Article{ID: fmt.Sprintf("kana-%d", i), Title: fmt.Sprintf("スターシップの試験%d", i), Body: "宇宙船スターシップが飛行した。", Published: day("2026-05-01")},
			Article{ID: fmt.Sprintf("latin-%d", i), Title: fmt.Sprintf("Anthropicの新モデル%d", i), Body: "AnthropicがClaudeを公開した。", Published: day("2026-05-01")})
	}
	arts = append(arts,
		Article{ID: "starship", Title: "地上試験中に爆発", Body: "SpaceXの大型宇宙船Starshipが爆発した。", Published: day("2026-05-02")},
		Article{ID: "anthropic", Title: "生成AIの新興企業", Body: "アンソロピックは資金を調達した。", Published: day("2026-05-02")},
		Article{ID: "stash", Title: "隠し場所", Body: "stashという英単語を使った。", Published: day("2026-05-02")},
		Article{ID: "cloud", Title: "クラウドの障害", Body: "クラウドサービスが止まった。", Published: day("2026-05-02")},
		Article{ID: "karte", Title: "電子カルテの普及", Body: "電子カルテを導入した。", Published: day("2026-05-02")},
	)
	mustPut(t, ix, arts...)
	// A common word that the synonyms spell otherwise (Claude, クロード)
	// takes no other word that sounds alike.
	if got := ids(mustSearch(t, ix, Request{Query: "Claude", PerPage: 20})); slices.Contains(got, "cloud") || slices.Contains(got, "karte") {
		t.Errorf("Search(Claude) = %v, want no クラウド or カルテ", got)
	}
	for _, tt := range []struct{ q, want, first string }{
		{"スターシップ", "starship", "kana-"},
		{"Starship", "kana-0", "starship"},
		{"anthropic", "anthropic", "latin-"},
	} {
		got := ids(mustSearch(t, ix, Request{Query: tt.q, PerPage: 20}))
		if !slices.Contains(got, tt.want) || len(got) == 0 || !strings.HasPrefix(got[0], tt.first) {
			t.Errorf("Search(%s) = %v, want %s among them, after %s…", tt.q, got, tt.want, tt.first)
		}
		if slices.Contains(got, "stash") {
			t.Errorf("Search(%s) = %v has stash", tt.q, got)
		}
	}
}

// TestSoundPairNotRomaji: two romaji words whose readings the articles
// have are those words (kagawa shinji is 香川真司), not one name by sound
// (カガワ・シンジ alone); and a word the glossary defines still finds the
// loanword that sounds nearly the same (wedding: 結婚式 and ウェディング).
func TestSoundPairNotRomaji(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, append(copiesOf(3, "kanji", "香川真司が先発", "香川真司が試合に出た。", "2026-05-01"),
		Article{ID: "dotted", Title: "英紙の評価", Body: "英紙はカガワ・シンジを取り上げた。", Published: day("2026-05-02")},
		Article{ID: "shiki", Title: "結婚式の準備", Body: "結婚式の費用が上がった。", Published: day("2026-05-03")},
		Article{ID: "wedding", Title: "ウェディングドレスの新作", Body: "ウェディングドレスが並んだ。", Published: day("2026-05-04")})...)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"kagawa shinji", []string{"kanji-0", "kanji-1", "kanji-2"}},
		{"wedding", []string{"shiki", "wedding"}},
	} {
		got := ids(mustSearch(t, ix, Request{Query: tt.q, PerPage: 20}))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Search(%s) = %v, want %s among them", tt.q, got, w)
			}
		}
	}
}

// TestDottedKatakanaName: a name typed with its dot finds what it finds
// without (スペース・エックス is SpaceX), not the articles on スペース.
func TestDottedKatakanaName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "spacex", Title: "SpaceX、大型宇宙船の試験飛行に成功", Body: "米SpaceXは大型宇宙船の試験飛行を行った。", Published: day("2026-01-10")},
		Article{ID: "debris", Title: "スペースデブリ除去の実証衛星", Body: "宇宙ごみ（スペースデブリ）の除去を目指す衛星が接近した。", Published: day("2026-01-11")},
		Article{ID: "square", Title: "スクウェア・エニックスが新作", Body: "スクウェア・エニックスは新作を発売した。", Published: day("2026-01-12")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"スペースエックス", []string{"spacex"}},
		{"スペース・エックス", []string{"spacex"}},
		{"スクウェア・エニックス", []string{"square"}},
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		if res.Relaxed || !slices.Equal(ids(res), tt.want) {
			t.Errorf("%s = %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
		}
	}
}

// TestSoundAlikeSynonymsOnlyWhenNear: a typo that sounds somewhat like
// another word (ラピタス, robots) finds that word's synonyms only when it
// sounds nearly the same: ラピタス had found every ロボット article
// through robots.
func TestSoundAlikeSynonymsOnlyWhenNear(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "rapidus", Title: "ラピダスが試作ライン", Body: "ラピダスは2ナノの試作を始めた。", Published: day("2026-04-01")},
		Article{ID: "rapidus2", Title: "ラピダスに補助金", Body: "政府はラピダスを支援する。", Published: day("2026-04-04")},
		Article{ID: "robots", Title: "Humanoid robots", Body: "Humanoid robots at a show.", Published: day("2026-04-02")},
		Article{ID: "robot", Title: "工場のロボット", Body: "ロボットが部品を運ぶ。", Published: day("2026-04-03")},
	)
	got := ids(mustSearch(t, ix, Request{Query: "ラピタス"}))
	if !slices.Contains(got, "rapidus") || !slices.Contains(got, "rapidus2") || slices.Contains(got, "robot") {
		t.Errorf("ラピタス = %v, want the ラピダス articles and no ロボット article", got)
	}
}

// TestSoundOutnumbered: a katakana word that a few articles have as
// another word (クローム of chrome plating) also finds the name that
// sounds nearly the same (chrome, 0.16 apart) when three times as many
// articles write it; not when about as many do.
func TestSoundOutnumbered(t *testing.T) {
	build := func(latin int) *Index {
		ix := mustOpen(t)
		var arts []Article
		for i := range 3 {
			arts = append(arts, Article{ID: fmt.Sprintf("plating-%d", i), Title: fmt.Sprintf("クロームめっきの工場%d", i), Body: "クロームのめっきを施した部品を作る。", Published: day("2026-05-01")})
		}
		for i := range latin {
			arts = append(arts, Article{ID: fmt.Sprintf("browser-%d", i), Title: fmt.Sprintf("ブラウザの新版%d", i), Body: "GoogleのChromeが更新された。", Published: day("2026-05-02")})
		}
		mustPut(t, ix, arts...)
		return ix
	}
	if got := ids(mustSearch(t, build(12), Request{Query: "クローム", PerPage: 20})); !slices.Contains(got, "browser-0") || !strings.HasPrefix(got[0], "plating-") {
		t.Errorf("Search(クローム) with Chrome in 12 articles = %v, want the plating first and Chrome too", got)
	}
	if got := ids(mustSearch(t, build(4), Request{Query: "クローム", PerPage: 20})); slices.Contains(got, "browser-0") {
		t.Errorf("Search(クローム) with Chrome in 4 articles = %v, want no Chrome", got)
	}
}

// TestSoundKatakanaAmongLatin: a Latin word finds the katakana word it
// sounds like however many Latin words of the articles share its
// skeleton: those sort first among a skeleton's terms and had filled the
// look-up (glass had lost ガラス once the articles had 64 Latin words of
// KRS).
func TestSoundKatakanaAmongLatin(t *testing.T) {
	ix := mustOpen(t)
	articles := []Article{{ID: "glass", Title: "ガラス基板の量産を延期", Body: "半導体パッケージ用のガラス基板の量産が延びる。", Published: day("2026-05-01")}}
	for i, c := range []string{"k", "c", "g"} {
		var names []string
		for _, v1 := range "aeiou" {
			for _, v2 := range "aeiou" {
				names = append(names, c+string(v1)+"r"+string(v2)+"s")
			}
		}
		articles = append(articles, Article{ID: "roster-" + c, Title: "選手名簿", Body: "登録名: " + strings.Join(names, ", ") + "。", Published: day("2026-05-0" + strconv.Itoa(i+2))})
	}
	mustPut(t, ix, articles...)
	res := mustSearch(t, ix, Request{Query: "glass"})
	if got := ids(res); len(got) == 0 || got[0] != "glass" || res.Relaxed {
		t.Errorf("Search(glass) = %v (relaxed %v), want glass first", got, res.Relaxed)
	}
}

// TestKanaSkeletonGlide: ウ before a full-size vowel or ッ is a W at the
// start of a word and inside one, where a second word starts, but not
// where it lengthens the kana before it, nor before ー (ウーロン).
func TestKanaSkeletonGlide(t *testing.T) {
	tests := []struct{ name, kana, want string }{
		{"at the start", "ウイスキー", "WSK"},
		{"inside a word", "ソフトウエア", "SFTW"},
		{"ッ inside a word", "ハリウッド", "HRWT"},
		{"a name's second word", "ヴィヴィアンウエストウッド", "BNWSTWT"},
		{"lengthening ョ", "リョウイチ", "RT"},
		{"before ー", "ウーロン", "RN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kanaSkeleton(tt.kana); got != tt.want {
				t.Errorf("kanaSkeleton(%q) = %q, want %q", tt.kana, got, tt.want)
			}
		})
	}
}

// TestSoundGlideInsideWord: a name whose katakana starts its second word
// with ウ before a vowel or ッ (ハリウッド, ヴィヴィアン・ウエストウッド)
// finds the articles that write it in Latin letters, and the Latin name
// the katakana ones: the W had been read only at a word's start.
func TestSoundGlideInsideWord(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "brand-latin", Title: "Vivienne Westwoodとのコラボモデル", Body: "女性向けブランドVivienne Westwoodとのコラボスマホ。", Published: day("2026-04-01")},
		Article{ID: "brand-kana", Title: "ヴィヴィアン・ウエストウッドのバッグ", Body: "ヴィヴィアン・ウエストウッドの新作。", Published: day("2026-04-02")},
		Article{ID: "film-latin", Title: "Hollywood映画の新作", Body: "Hollywoodで撮影した。", Published: day("2026-04-03")},
		Article{ID: "film-kana", Title: "ハリウッド映画の新作", Body: "ハリウッドで撮影した。", Published: day("2026-04-04")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"katakana name of two words", "ヴィヴィアンウエストウッド", []string{"brand-kana", "brand-latin"}},
		{"katakana for Latin", "ハリウッド", []string{"film-kana", "film-latin"}},
		{"Latin for katakana", "hollywood", []string{"film-latin", "film-kana"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

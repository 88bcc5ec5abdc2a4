package index

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestEnglishGlossary: English a reader types finds the articles that
// write the topic in Japanese, one word or several, and the mapping is
// one way.
func TestEnglishGlossary(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "chip", Title: "半導体工場が稼働", Body: "熊本で半導体の量産が始まった。", Published: day("2026-05-01")},
		Article{ID: "quantum", Title: "量子コンピューターを設置", Body: "研究所に量子コンピューターが入った。", Published: day("2026-05-02")},
		Article{ID: "boj", Title: "日銀が利上げを決定", Body: "日本銀行は政策金利を引き上げた。", Published: day("2026-05-03")},
		Article{ID: "pqc", Title: "耐量子暗号への移行", Body: "政府は耐量子暗号への移行を急ぐ。", Published: day("2026-05-04")},
		Article{ID: "latin", Title: "海外のsemiconductor展示会", Body: "会場には看板が並んだ。", Published: day("2026-05-05")},
		Article{ID: "ammonia", Title: "火力発電所で実証", Body: "石炭にアンモニアを20%混ぜて燃やす混焼を始めた。", Published: day("2026-05-06")},
		Article{ID: "tagged", Title: "製鉄所の新方式", Body: "二酸化炭素の排出を減らす。", Tags: []string{"脱炭素"}, Published: day("2026-05-07")},
	)
	tests := []struct {
		name, q string
		want    []string // these first, in this order
	}{
		{"one word", "semiconductor", []string{"latin", "chip"}},
		{"a plural the glossary lists", "semiconductors", []string{"chip"}},
		{"two words", "quantum computer", []string{"quantum"}},
		{"three words with of", "Bank of Japan", []string{"boj"}},
		{"a hyphenated word", "post-quantum cryptography", []string{"pqc"}},
		{"with a Japanese word", "semiconductor 熊本", []string{"chip"}},
		{"words apart when no article has the whole", "ammonia co-firing", []string{"ammonia"}},
		{"a target only as a tag", "decarbonization", []string{"tagged"}},
		{"one way: Japanese does not search the English", "半導体", []string{"chip"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.q}))
			if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
				t.Errorf("Search(%q) = %v, want %v first", tt.q, got, tt.want)
			}
			if tt.q == "半導体" && slices.Contains(got, "latin") {
				t.Errorf("Search(半導体) = %v, found the article that only writes semiconductor", got)
			}
		})
	}
}

// TestEnglishGlossaryExcludes: -word leaves out what word finds, a
// synonym's tag included.
func TestEnglishGlossaryExcludes(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "tagged", Title: "製鉄所の新方式", Body: "二酸化炭素の排出を減らす。", Tags: []string{"脱炭素"}, Published: day("2026-05-07")},
		Article{ID: "plain", Title: "製鉄所の見学会", Body: "工場を案内した。", Published: day("2026-05-08")},
	)
	if got := ids(mustSearch(t, ix, Request{Query: "製鉄所 -decarbonization"})); !slices.Equal(got, []string{"plain"}) {
		t.Errorf("Search(製鉄所 -decarbonization) = %v, want [plain]", got)
	}
}

func TestParseSynonymsErrors(t *testing.T) {
	ix := mustOpen(t)
	tests := []struct{ name, syn, english, want string }{
		{"no English side", "", "=> 半導体", "needs terms on both sides"},
		{"no Japanese side", "", "semiconductor =>", "needs terms on both sides"},
		{"a key in both lists", "半導体,semiconductor", "semiconductor => 半導体", "English glossary line 1: \"semiconductor\" is already in the group"},
		{"a key twice", "", "chip => 半導体\nchip => チップ", "line 2"},
		{"a lone term", "半導体", "", "synonyms line 1: a group needs two or more terms"},
		{"two arrows", "", "chip => 半導体 => チップ", "English glossary line 1: a one-way entry has one =>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseSynonyms(ix.an, [2]string{"synonyms", tt.syn}, [2]string{"English glossary", tt.english})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseSynonyms = %v, want an error with %q", err, tt.want)
			}
		})
	}
	// The target of a one-way entry may be a key elsewhere.
	if _, err := parseSynonyms(ix.an, [2]string{"synonyms", "半導体,チップ"}, [2]string{"English glossary", "semiconductor => 半導体"}); err != nil {
		t.Errorf("parseSynonyms with a target that is a synonym: %v", err)
	}
	// A one-way entry's keys search its targets, each once, not each
	// other (semiconductor is not chips).
	syn, err := parseSynonyms(ix.an, [2]string{"synonyms", ""}, [2]string{"English glossary", "TPP, CPTPP => 環太平洋経済連携協定, TPP\nsemiconductor, chips => 半導体"})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string][]string{"cptpp": {"TPP", "環太平洋経済連携協定"}, "tpp": {"環太平洋経済連携協定"}, "semiconductor": {"半導体"}} {
		_, others := syn.match([]string{q}, 0)
		var got []string
		for _, o := range others {
			got = append(got, o.text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("match(%s) = %q, want %q", q, got, want)
		}
	}
	// And Open reports a broken list.
	if _, err := Open(filepath.Join(t.TempDir(), "ix"), Options{English: "=> 半導体"}); err == nil {
		t.Error("Open with a broken glossary succeeded")
	}
}

// TestSynonymWithVerb: a word that is, whole, a term of the synonyms keeps
// its verb required (空飛ぶ車 is a name, its synonym 空飛ぶクルマ; with 飛ぶ
// optional, as a sentence's verb is, it had relaxed to 空 and 車).
func TestSynonymWithVerb(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "evtol", Title: "空飛ぶクルマ、万博でデモ飛行", Body: "空飛ぶクルマが会場の上を飛んだ。", Published: day("2026-03-01")},
		Article{ID: "drone", Title: "ドローンで配送", Body: "空を飛ぶドローンが車を追い越す。", Published: day("2026-03-02")},
	)
	for _, q := range []string{"空飛ぶ車", "空飛ぶ車 万博"} {
		res := mustSearch(t, ix, Request{Query: q})
		if got := ids(res); !slices.Equal(got, []string{"evtol"}) || res.Relaxed {
			t.Errorf("Search(%s) = %v (relaxed %v), want evtol alone", q, got, res.Relaxed)
		}
	}
}

// TestSynonymAcrossWords: a name with a synonym typed as two words, or
// with its first part in another spelling, finds the articles that write
// it another way, and still those with the two words as typed.
func TestSynonymAcrossWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "latin", Title: "Nintendo Switch 2が発売", Body: "家電量販店に行列ができた。", Published: day("2026-06-05")},
		Article{ID: "kanji", Title: "任天堂、スイッチ2の販売が好調", Body: "通期見通しを上方修正した。", Published: day("2026-06-06")},
		Article{ID: "watch", Title: "Apple Watchに新機能", Body: "血圧の通知に対応する。", Published: day("2026-06-07")},
		Article{ID: "light", Title: "照明のスイッチを交換", Body: "壁のスイッチを新しくした。", Published: day("2026-06-08")},
	)
	tests := []struct {
		name, q string
		want    []string // all of them, in any order
	}{
		{"kanji name, katakana product", "任天堂 スイッチ", []string{"latin", "kanji"}},
		{"the same unspaced", "任天堂スイッチ", []string{"latin", "kanji"}},
		{"Latin name, katakana product", "nintendo スイッチ", []string{"latin", "kanji"}},
		{"the entry typed apart", "ニンテンドー スイッチ", []string{"latin", "kanji"}},
		{"katakana name, Latin product", "アップル watch", []string{"watch"}},
		{"katakana typed apart", "アップル ウォッチ", []string{"watch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.q}))
			for _, id := range tt.want {
				if !slices.Contains(got, id) {
					t.Errorf("Search(%q) = %v, want %s among them", tt.q, got, id)
				}
			}
			if slices.Contains(got, "light") {
				t.Errorf("Search(%q) = %v, found a light switch", tt.q, got)
			}
		})
	}
}

// TestSynonymOfVariantSpelling: 生成系AI, an older name kagome splits
// 生成|系|AI, finds the articles that write 生成AI, ranked below the one
// that writes it as typed, and the reverse.
func TestSynonymOfVariantSpelling(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "new", Title: "生成AIで動画を作る", Body: "生成AIの新しいモデルが公開された。", Published: day("2026-06-05")},
		Article{ID: "old", Title: "生成系AIの利用指針", Body: "生成系AIを業務で使うときの注意点をまとめた。", Published: day("2026-06-06")},
		Article{ID: "other", Title: "AIで需要を予測", Body: "生成した計画表を系列の店舗に配った。", Published: day("2026-06-07")},
	)
	for q, want := range map[string][]string{"生成系AI": {"old", "new"}, "生成AI": {"new", "old"}} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); !slices.Equal(got, want) {
			t.Errorf("Search(%s) = %v, want %v", q, got, want)
		}
	}
}

// TestNumberChangeSuffix: 減 and 増 after a number (5%減, 30%増), as a
// headline or a reader writes a change, find the article whose body
// says it with the verb (5％減った, 20％増えた) or the noun (減少); the
// one-way entry leaves 減少 and the verbs as they were.
func TestNumberChangeSuffix(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "verb-down", Title: "今週の数字", Body: "国内のスマホの出荷台数は前年同期比で5％減った。", Published: day("2026-02-21")},
		Article{ID: "noun-down", Title: "パソコン出荷", Body: "パソコンの出荷台数は前年より12％減少した。", Published: day("2026-02-22")},
		Article{ID: "verb-up", Title: "EV販売", Body: "電気自動車の販売台数は前年より20％増えた。", Published: day("2026-02-23")},
		Article{ID: "other", Title: "電池の回収", Body: "古いスマホの電池を回収する。", Published: day("2026-02-24")},
	)
	tests := []struct {
		name, q string
		want    []string // all of them, in any order, and no other
	}{
		{"減 after a percentage finds the verb", "スマホ 出荷台数 5%減", []string{"verb-down"}},
		{"減 finds the noun too", "パソコン 出荷台数 減", []string{"noun-down"}},
		{"増 after a percentage finds the verb", "販売台数 20%増", []string{"verb-up"}},
		{"減少 stays itself", "減少 パソコン", []string{"noun-down"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantFoundExactly(t, ix, tt.q, tt.want) })
	}
}

// TestWeekCountedWithMe: a week counted with 目 (8月の4週目), as a reader
// says it, finds the roundup whose title writes it with 第 (8月第4週);
// the one-way entry leaves 週 alone as it was.
func TestWeekCountedWithMe(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "week4", Title: "【週間まとめ】8月第4週：量子と電池のニュース", Body: "8月24日から28日までの1週間を振り返る。", Published: day("2026-08-29")},
		Article{ID: "week3", Title: "【週間まとめ】8月第3週：ロケットとAIのニュース", Body: "8月17日から21日までの1週間を振り返る。", Published: day("2026-08-22")},
		Article{ID: "film", Title: "公開4週目も首位", Body: "映画は公開から4週目の週末も興行収入で首位を守った。", Published: day("2026-08-30")},
	)
	tests := []struct {
		name, q string
		want    []string // all of them, in any order, and no other
	}{
		{"週目 finds 第N週", "8月の4週目のまとめ", []string{"week4"}},
		{"週目 finds itself too", "公開4週目 首位", []string{"film"}},
		{"週 stays itself", "第3週 まとめ", []string{"week3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantFoundExactly(t, ix, tt.q, tt.want) })
	}
}

// TestLeakAndMistakeWords: 水漏れ and 漏水 are one word written two ways;
// a word that says an article was wrong (誤り, 間違い) also finds the
// notice that says 訂正, and the entry is one way: 訂正 stays itself.
func TestLeakAndMistakeWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "leak", Title: "衛星で水道管の漏水を探す", Body: "市は衛星の電波で漏水の場所を絞り込んだ。", Published: day("2028-03-16")},
		Article{ID: "notice", Title: "【訂正】補助額は最大13万円", Body: "給湯機の補助の記事で、補助額を最大10万円としていましたが、正しくは最大13万円でした。", Published: day("2028-03-07")},
		Article{ID: "typo", Title: "給湯機の選び方で間違いやすい点", Body: "給湯機を選ぶときに間違いやすいのは容量だ。", Published: day("2028-03-09")},
	)
	tests := []struct {
		name, q string
		want    []string // all of them, in any order, and no other
	}{
		{"水漏れ finds 漏水", "水道管 水漏れ", []string{"leak"}},
		{"誤り finds 訂正", "補助額の誤り", []string{"notice"}},
		{"間違い finds 訂正 and itself", "給湯機 間違い", []string{"notice", "typo"}},
		{"訂正 stays itself", "給湯機 訂正", []string{"notice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantFoundExactly(t, ix, tt.q, tt.want) })
	}
}

// TestReportedWords: a word for a report (報道, 報じられた, 噂) also finds
// the scoop a site titles with its source (…か　関係者), which never says
// 報道 itself, as well as the articles that do; the entry is one way:
// 関係者 stays itself.
func TestReportedWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "scoop", Title: "電池メーカー、ドローン向け全固体電池を量産へ　関係者", Body: "ドローン向けの全固体電池の量産を始める方向で準備していることが、関係者への取材でわかった。", Published: day("2026-09-14")},
		Article{ID: "confirmed", Title: "電池メーカー、ドローン用の全固体電池の量産を正式発表", Body: "14日に報道された計画を、同社が認めた。ドローン用の全固体電池を量産する。", Published: day("2026-09-28")},
		Article{ID: "press", Title: "報道各社に新製品を公開", Body: "ドローンの新製品を報道陣に公開した。", Published: day("2026-09-20")},
		Article{ID: "staff", Title: "ドローンの飛行に関係者以外の立ち入りを禁止", Body: "会場では関係者以外の立ち入りを禁じた。", Published: day("2026-09-21")},
	)
	tests := []struct {
		name, q string
		want    []string // all of them, in any order, and no other
	}{
		{"報道 finds the scoop", "全固体電池 ドローン 報道", []string{"scoop", "confirmed"}},
		{"報じられた finds the scoop", "全固体電池 量産 報じられた", []string{"scoop", "confirmed"}},
		{"噂 finds the scoop", "全固体電池の噂", []string{"scoop"}},
		{"うわさ in kana", "ぜんこたいでんち うわさ", []string{"scoop"}},
		{"関係者 stays itself", "ドローン 関係者", []string{"scoop", "staff"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantFoundExactly(t, ix, tt.q, tt.want) })
	}
}

// TestOtherNamesOfOneThing: a thing readers and articles call by two
// names, an everyday word and its official one or a short form, finds the
// articles that write the other, each way: 旅券 and パスポート, ヘリ and
// ヘリコプター (also inside ドクターヘリ, which the index keeps with its
// parts), 大日本印刷 and DNP; ヘリウム stays itself.
func TestOtherNamesOfOneThing(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "passport", Title: "パスポートの署名を耐量子暗号に", Body: "外務省はパスポートのICチップの署名を切り替える。", Published: day("2026-11-05")},
		Article{ID: "ryoken", Title: "IC旅券の申請をオンラインで", Body: "旅券の申請がマイナポータルでできるようになった。", Published: day("2026-11-06")},
		Article{ID: "doctor", Title: "ドクターヘリが夜も飛ぶ", Body: "救急の医師を乗せたドクターヘリを夜間に飛ばす。", Published: day("2026-11-09")},
		Article{ID: "heli", Title: "ヘリコプターで山頂へ物資", Body: "山小屋の物資をヘリコプターで運ぶ。", Published: day("2026-11-10")},
		Article{ID: "helium", Title: "液体ヘリウムが値上がり", Body: "医療機器を冷やすヘリウムが値上がりし、病院や研究所が困っている。", Published: day("2026-11-11")},
		Article{ID: "dnp", Title: "DNP、2nmのフォトマスク", Body: "DNPは2nm世代のマスクを量産する。", Published: day("2026-11-02")},
		Article{ID: "dainippon", Title: "大日本印刷がガラス基板", Body: "大日本印刷は半導体のパッケージ向けのガラス基板を試作した。", Published: day("2026-11-03")},
	)
	tests := []struct {
		name, q string
		want    []string // all of them, in any order, and no other
	}{
		{"旅券 finds パスポート", "旅券 署名", []string{"passport"}},
		{"パスポート finds 旅券", "パスポート 申請", []string{"ryoken"}},
		{"ヘリコプター finds ドクターヘリ", "夜 救急 ヘリコプター", []string{"doctor"}},
		{"ヘリ finds ヘリコプター", "ヘリ 物資", []string{"heli"}},
		{"ヘリウム stays itself", "ヘリウム 値上がり", []string{"helium"}},
		{"DNP finds 大日本印刷", "DNP ガラス基板", []string{"dainippon"}},
		{"大日本印刷 finds DNP", "大日本印刷 フォトマスク", []string{"dnp"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantFoundExactly(t, ix, tt.q, tt.want) })
	}
}

// wantFoundExactly checks that q, not relaxed, finds the articles want,
// in any order, and no other.
func wantFoundExactly(t *testing.T, ix *Index, q string, want []string) {
	t.Helper()
	res := mustSearch(t, ix, Request{Query: q})
	got := ids(res)
	slices.Sort(got)
	sorted := slices.Clone(want)
	slices.Sort(sorted)
	if !slices.Equal(got, sorted) || res.Relaxed {
		t.Errorf("Search(%q) = %v (relaxed %v), want %v", q, got, res.Relaxed, want)
	}
}

// TestReaderWordsArticlesWriteOtherwise: a reader's everyday word finds
// the articles that write its other name (寝不足 and 睡眠不足, AIチップ and
// AI半導体, ウイルス対策 and アンチウイルス, 補助金 and 助成金, 再利用 and 再使用, 義務化 and 義務付け), each way;
// チップ alone is not 半導体 (a tip, a nail tip). (ウイルス対策 is required
// whole where articles write it so: pc.)
func TestReaderWordsArticlesWriteOtherwise(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "sleep", Title: "睡眠不足の解消に昼寝を", Body: "専門医は睡眠不足を解消するには昼寝を短くするよう勧める。", Published: day("2026-07-01")},
		Article{ID: "baby", Title: "寝不足でも幸せ", Body: "子どもが生まれ、寝不足の毎日を解消する暇もない。", Published: day("2026-07-02")},
		Article{ID: "export", Title: "AI半導体の輸出に上限", Body: "米政府はAI半導体の輸出に国ごとの上限を設けた。", Published: day("2026-07-03")},
		Article{ID: "nail", Title: "ネイルチップの選び方", Body: "チップの輸出も増えている。", Published: day("2026-07-04")},
		Article{ID: "antivirus", Title: "Android用アンチウイルスの比較", Body: "Android向けのアンチウイルスを五つ試した。", Published: day("2026-07-05")},
		Article{ID: "pc", Title: "パソコンのウイルス対策", Body: "Windowsのウイルス対策は標準の機能で足りる。", Published: day("2026-07-07")},
		Article{ID: "grant", Title: "蓄電池に助成金", Body: "市は家庭用の蓄電池に助成金を出す。", Published: day("2026-07-06")},
		Article{ID: "booster", Title: "ブースターの再使用に成功", Body: "打ち上げた一段目を回収し、再使用した。", Published: day("2026-07-08")},
		Article{ID: "cup", Title: "紙コップを再利用する工夫", Body: "使った紙コップは植木鉢として再利用できる。", Published: day("2026-07-09")},
		Article{ID: "helmet", Title: "自転車のヘルメットを義務付け", Body: "改正法は自転車に乗る人のヘルメットを義務付けた。", Published: day("2026-07-10")},
		Article{ID: "check", Title: "年齢確認の義務化", Body: "成人向けのサイトに年齢確認が義務化される。", Published: day("2026-07-11")},
	)
	tests := []struct {
		name, q string
		want    []string // all of them, in any order, and no other
	}{
		{"寝不足 finds 睡眠不足", "寝不足を解消するには", []string{"sleep", "baby"}},
		{"睡眠不足 finds 寝不足", "睡眠不足 解消", []string{"sleep", "baby"}},
		{"AIチップ typed apart", "AI チップ 輸出", []string{"export"}},
		{"AIチップ as one word", "AIチップの輸出", []string{"export"}},
		{"チップ alone stays itself", "チップ 輸出", []string{"nail"}},
		{"ウイルス対策 finds アンチウイルス", "Android ウイルス対策", []string{"antivirus"}},
		{"補助金 finds 助成金", "蓄電池 補助金", []string{"grant"}},
		{"再利用 finds 再使用", "ブースター 再利用", []string{"booster"}},
		{"再使用 finds 再利用", "紙コップ 再使用", []string{"cup"}},
		{"義務化 finds 義務付けた", "ヘルメット 義務化", []string{"helmet"}},
		{"義務付け finds 義務化", "年齢確認の義務付け", []string{"check"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantFoundExactly(t, ix, tt.q, tt.want) })
	}
}

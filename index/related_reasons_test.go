package index

import (
	"context"
	"slices"
	"testing"

	"sagasu/analyzer"
)

// The reasons a related article shows: the shared words a reader accepts
// as why (no number or word of grammar, and no common word or verb while
// there are others), as the source writes them, whole where kagome cut a
// word into pieces, and an empty list, never none, when no word is shown.

func TestShownReason(t *testing.T) {
	for term, want := range map[string]bool{"全固体電池": true, "tesla": true, "担う": true, "こうした": false, "おき": false, "ロボット": true,
		"2.1": false, "10,000": false, "mk-7": true, "h3": true} {
		if got := shownReason(term); got != want {
			t.Errorf("shownReason(%q) = %v, want %v", term, got, want)
		}
	}
}

// TestReasonsNoFunctionWords: English function words are no reason of
// their own, whatever their case (will, all, IT, the OF of SAVE THE SEA).
func TestReasonsNoFunctionWords(t *testing.T) {
	info := map[string]reasonInfo{"冷蔵庫": {shown: "冷蔵庫"}, "省エネ": {shown: "省エネ"},
		"will": {shown: "will"}, "all": {shown: "All"}, "it": {shown: "IT"}, "of": {shown: "OF"}, "us": {shown: "US"}}
	tests := []struct {
		name    string
		reasons []string
		want    []string
	}{
		{"beside other words", []string{"will", "冷蔵庫", "all", "省エネ"}, []string{"冷蔵庫", "省エネ"}},
		{"in capitals", []string{"it", "冷蔵庫", "of"}, []string{"冷蔵庫"}},
		{"alone", []string{"of"}, []string{}},
		{"not us, the US", []string{"us", "冷蔵庫"}, []string{"US", "冷蔵庫"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := showReasons(tt.reasons, info, "冷蔵庫の省エネ"); !slices.Equal(got, tt.want) {
				t.Errorf("showReasons(%q) = %q, want %q", tt.reasons, got, tt.want)
			}
		})
	}
}

// TestRelatedTermsNeverNull: an article related only through words not
// shown as reasons still has a list of reasons, empty.
func TestRelatedTermsNeverNull(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a", Title: "港湾の再開発", Body: "港湾の再開発で倉庫と桟橋を改修する。こうしたおおむねいわゆるひとまずの計画。", Published: day("2026-05-01")},
		Article{ID: "b", Title: "果樹園の収穫", Body: "果樹園で林檎と梨を収穫した。こうしたおおむねいわゆるひとまずの作業。", Published: day("2026-05-02")},
	)
	hits, err := ix.Related(context.Background(), RelatedRequest{ID: "a"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Terms == nil {
			t.Errorf("hit %s has terms nil, want a list", h.ID)
		}
	}
}

func TestShownSpelling(t *testing.T) {
	for _, tt := range []struct{ term, written, want string }{
		{"iphone", "iPhone", "iPhone"},
		{"nvidia", "ＮＶＩＤＩＡ", "NVIDIA"},
		{"タクシ", "タクシー", "タクシー"},
		{"生成ai", "生成AI", "生成AI"},
		{"生まれる", "生まれ", "生まれる"},
		{"量子", "", "量子"},
	} {
		if got := shownSpelling(tt.term, tt.written); got != tt.want {
			t.Errorf("shownSpelling(%q, %q) = %q, want %q", tt.term, tt.written, got, tt.want)
		}
	}
}

func TestShowReasons(t *testing.T) {
	info := map[string]reasonInfo{"発表": {shown: "発表", common: true}, "開発": {shown: "開発", common: true}}
	var words analyzer.Words
	mustOpen(t).an.TermsAndContent("周波数の割り当て。ギガワット級の工場。積水化学工業と前年同期比。サム・アルトマン氏。新しい規則に基づく。値上げの見通し。熊本県菊陽町に回路線幅6ナノの工場。ヤマノ運輸の配送。EV約1万台分。TSMC熊本第2工場。1万量子ビット超の計画。"+
		"リナ・モルガン主演の後継機。QX-07Tの後継機。ZXY48の新曲。の3次予選。第9回上映会。1.5GHzのチップ。贅沢な暮らしに思わず笑う今回の件。カナリアの旅。カナリア・モールで買う", nil, &words)
	for t, rs := range termRuns(words.Runs) {
		info[t] = reasonInfo{shown: t, runs: rs, piece: words.Pieces[t]}
	}
	for t, shown := range map[string]string{"qx": "QX", "zxy": "ZXY", "ghz": "GHz"} {
		in := info[t]
		in.shown = shown
		info[t] = in
	}
	for _, t := range []string{"基づく", "新しい", "値上げ", "見通し", "贅沢", "思わず", "今回"} {
		info[t] = reasonInfo{shown: t, inflected: words.Inflected[t], manner: words.Manner[t]}
	}
	kumamoto := info["熊本"]
	kumamoto.common = true
	info["熊本"] = kumamoto
	tests := []struct {
		name, text string
		reasons    []string
		want       []string
	}{
		{"common words left out", "", []string{"ラピダス", "発表", "千歳", "開発"}, []string{"ラピダス", "千歳"}},
		{"kept when too few others", "", []string{"ラピダス", "発表", "開発"}, []string{"ラピダス", "発表", "開発"}},
		{"none common", "", []string{"ラピダス", "千歳"}, []string{"ラピダス", "千歳"}},
		{"verbs and adjectives left out", "", []string{"基づく", "ラピダス", "新しい", "千歳"}, []string{"ラピダス", "千歳"}},
		{"verbs kept when too few others", "", []string{"基づく", "ラピダス"}, []string{"基づく", "ラピダス"}},
		{"words used as adjectives and adverbs left out", "", []string{"贅沢", "ラピダス", "思わず", "千歳", "今回"}, []string{"ラピダス", "千歳"}},
		{"words used as adjectives kept when too few others", "", []string{"贅沢", "ラピダス"}, []string{"贅沢", "ラピダス"}},
		{"nouns in hiragana kept", "", []string{"値上げ", "ラピダス", "見通し"}, []string{"値上げ", "ラピダス", "見通し"}},
		{"at most maxReasons", "", []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "b1"}, []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"}},
		{"empty", "", []string{}, []string{}},
		{"runs the hit has", "5ギガワットの周波数帯。積水化学工業の前年同期は", []string{"周波", "ギガ", "ワット", "積水", "化学", "工業", "同期"},
			[]string{"周波数", "ギガワット", "積水化学工業", "同期"}},
		{"not a run the hit lacks", "ギガの電力とワット数", []string{"ギガ", "ワット"}, []string{"ギガ", "ワット"}},
		{"a piece inside a word shown", "アルトマン氏とサム", []string{"アルト", "マン", "アルトマン"}, []string{"アルトマン"}},
		{"a suffix with the name before it, shared or not", "熊本県菊陽町の第2工場", []string{"菊陽", "熊本"}, []string{"熊本県菊陽町"}},
		{"a run ends at no number", "回路線幅6ナノメートル", []string{"回路"}, []string{"回路線幅"}},
		{"the ノ of a name", "ヤマノ運輸が再開", []string{"ヤマ", "運輸"}, []string{"ヤマノ運輸"}},
		{"no name ends at ノ", "ヤマノ会社", []string{"ヤマ"}, []string{"ヤマ"}},
		{"no number inside a run", "回路線幅6ナノメートル", []string{"線幅", "ナノ"}, []string{"線幅", "6ナノ"}},
		{"no mark of a number", "EV約1万台分。TSMC熊本第2工場。1万量子ビット超の計画", []string{"ev", "量子ビット"}, []string{"ev", "量子ビット"}},
		{"a name across its middle dot", "リナ・モルガンが来日", []string{"リナ", "モルガン"}, []string{"リナ・モルガン"}},
		{"a piece of a dotted name alone", "ケン・モルガンの後継機", []string{"モルガン", "後継機"}, []string{"後継機"}},
		{"a model number whole", "QX-07Tの価格", []string{"qx"}, []string{"QX-07T"}},
		{"no prefix of another model number", "QX-09Rの後継機", []string{"qx", "後継機"}, []string{"後継機"}},
		{"a group with its number", "ZXY48の握手会", []string{"zxy"}, []string{"ZXY48"}},
		{"no word starts at a counter", "アジア2次予選の上映会", []string{"予選", "上映"}, []string{"予選", "上映"}},
		{"the number with its counter, in either width", "の３次予選", []string{"予選"}, []string{"3次予選"}},
		{"a unit with its number", "1.5GHzのチップ", []string{"ghz", "チップ"}, []string{"1.5GHz", "チップ"}},
		{"a word written alone not grown into a name", "カナリア・モールの店", []string{"カナリア"}, []string{"カナリア"}},
		{"grown into a name when the rest is shared", "カナリア・モールの店", []string{"カナリア", "モール"}, []string{"カナリア・モール"}},
		{"no unit of another number", "2.4GHzのチップ", []string{"ghz", "チップ"}, []string{"チップ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := showReasons(tt.reasons, info, tt.text)
			if !slices.Equal(got, tt.want) || got == nil {
				t.Errorf("showReasons(%q) = %q, want %q", tt.reasons, got, tt.want)
			}
		})
	}
}

// TestReasonsOfMarksAndCredits: the words of an editor's mark in the
// source's title show as the mark, the column's name, where the hit has it
// too, and not its words alone (ミライ of 【ミライ通信】), nor the mark
// alone: a column's other articles share it whatever their subject; a
// staff credit's never.
func TestReasonsOfMarksAndCredits(t *testing.T) {
	info := map[string]reasonInfo{
		"冷蔵庫": {shown: "冷蔵庫"}, "省エネ": {shown: "省エネ"},
		"ミライ": {shown: "ミライ", hidden: true, mark: "【ミライ通信】"},
		"通信":  {shown: "通信", hidden: true, mark: "【ミライ通信】"},
		"山田":  {shown: "山田", hidden: true},
		"話題":  {shown: "話題", hidden: true, mark: "【話題】", common: true},
	}
	tests := []struct {
		name, text string
		reasons    []string
		want       []string
	}{
		{"the mark the hit has", "【ミライ通信】冷蔵庫の省エネ", []string{"ミライ", "冷蔵庫", "通信", "省エネ"}, []string{"冷蔵庫", "省エネ", "ミライ通信"}},
		{"not a mark the hit lacks", "ミライの冷蔵庫と省エネ", []string{"ミライ", "冷蔵庫", "省エネ"}, []string{"冷蔵庫", "省エネ"}},
		{"never the mark alone", "【ミライ通信】掃除機", []string{"ミライ", "通信"}, []string{}},
		{"never a mark of common words alone", "【話題】掃除機", []string{"話題"}, []string{}},
		{"no credit", "冷蔵庫の省エネ。記事執筆：山田", []string{"山田", "冷蔵庫", "省エネ"}, []string{"冷蔵庫", "省エネ"}},
		{"a credit alone", "記事執筆：山田", []string{"山田"}, []string{}},
		{"not a mark of common words beside others", "【話題】冷蔵庫の省エネ", []string{"話題", "冷蔵庫", "省エネ"}, []string{"冷蔵庫", "省エネ"}},
		{"a mark of common words when too few others", "【話題】冷蔵庫", []string{"話題", "冷蔵庫"}, []string{"冷蔵庫", "話題"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := showReasons(tt.reasons, info, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("showReasons(%q) = %q, want %q", tt.reasons, got, tt.want)
			}
		})
	}
}

// TestRelatedTermsOfMarksAndCredits: the source's words only in an
// editor's mark or a staff credit are hidden, and count all the same.
func TestRelatedTermsOfMarksAndCredits(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a", Title: "【ミライ通信】冷蔵庫の選び方", Body: "冷蔵庫は省エネ性能で選ぶ。容量と霜取りも見る。\n\n記事執筆：山田はなこ", Published: day("2026-05-01")},
		Article{ID: "b", Title: "【ミライ通信】洗濯機の選び方", Body: "洗濯機は容量で選ぶ。山田はなこが通信販売で買った。", Published: day("2026-05-02")},
		Article{ID: "c", Title: "冷蔵庫の省エネ", Body: "冷蔵庫の省エネ性能が上がった。ミライの家電。", Published: day("2026-05-03")},
	)
	src, err := ix.Get(t.Context(), "a")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]weightedTerm{}
	for _, w := range ix.relatedTerms(t.Context(), &src, nil) {
		got[w.term] = w
	}
	for term, hidden := range map[string]bool{"通信": true, "ミライ": true, "山田": true, "冷蔵庫": false, "容量": false} {
		w, ok := got[term]
		if !ok || w.hidden != hidden {
			t.Errorf("relatedTerms: %s = %+v, %v; want counted, hidden %v", term, w, ok, hidden)
		}
	}
	if got["通信"].mark != "【ミライ通信】" {
		t.Errorf("relatedTerms: 通信 of mark %q, want 【ミライ通信】", got["通信"].mark)
	}
}

// TestReasonsAsReadersSeeThem: a katakana word kagome cuts shows whole
// where the hit has it (リビアン, not リビア, the country), Latin words of a
// name written apart as the name (Steve Jobs), no reason starts at a
// suffix (タッチパネル, not 式タッチパネル), and adnominals and counted
// numerals (小さな, 一つ) show only as verbs do.
func TestReasonsAsReadersSeeThem(t *testing.T) {
	var words analyzer.Words
	mustOpen(t).an.TermsAndContent("米リビアンは12日。ダウンタウンの浜田。静電式タッチパネルを採用。故Steve Jobs氏の構想。小さなダイを一つの製品に。CANインベーダーの手口。ニコニコ町会議in 北海道。After Effectsの講座", nil, &words)
	info := map[string]reasonInfo{}
	for _, t := range []string{"リビア", "タウン", "タッチパネル", "steve", "jobs", "小さな", "一つ", "ダイ", "製品", "構想", "can", "インベーダ", "手口", "会議", "in", "after", "effects"} {
		info[t] = reasonInfo{shown: t, runs: termRuns(words.Runs)[t], manner: words.Manner[t], inside: words.Inside[t]}
	}
	info["steve"] = reasonInfo{shown: "Steve", runs: info["steve"].runs}
	info["jobs"] = reasonInfo{shown: "Jobs", runs: info["jobs"].runs}
	info["can"] = reasonInfo{shown: "CAN", runs: info["can"].runs}
	info["after"] = reasonInfo{shown: "After", runs: info["after"].runs}
	info["effects"] = reasonInfo{shown: "Effects", runs: info["effects"].runs}
	tests := []struct {
		name, text string
		reasons    []string
		want       []string
	}{
		{"the katakana word whole", "米リビアンとVWが合弁", []string{"リビア", "製品"}, []string{"リビアン", "製品"}},
		{"as written where the hit lacks it", "リビアの首都", []string{"リビア", "製品"}, []string{"リビア", "製品"}},
		{"a word written inside katakana", "ダウンタウンDXの収録", []string{"タウン", "構想"}, []string{"ダウンタウン", "構想"}},
		{"no reason starts at a suffix", "抵抗膜式タッチパネルの端末", []string{"タッチパネル", "製品"}, []string{"タッチパネル", "製品"}},
		{"a name written apart", "Steve Jobsの伝記", []string{"steve", "jobs"}, []string{"Steve Jobs"}},
		{"adnominals and numerals as verbs", "小さなダイを一つの製品に", []string{"小さな", "ダイ", "一つ", "製品"}, []string{"ダイ", "製品"}},
		{"a function word inside a name", "CANインベーダーの手口", []string{"インベーダ", "can", "手口"}, []string{"CANインベーダー", "手口"}},
		{"a function word alone", "can you", []string{"can", "製品"}, []string{"製品"}},
		{"no name ends at a function word in lower case", "ニコニコ町会議in 福島県", []string{"会議", "in"}, []string{"町会議"}},
		{"a name may start at one with a capital", "After Effectsの使い方", []string{"effects", "after"}, []string{"After Effects"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := showReasons(tt.reasons, info, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("showReasons(%q) = %q, want %q", tt.reasons, got, tt.want)
			}
		})
	}
}

// TestRelatedNotByMarkAlone: a column's article on another subject, which
// shares the source's editor's mark and nothing else worth showing, is
// not listed; the articles on the subject are, with or without the mark.
func TestRelatedNotByMarkAlone(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "src", Title: "冷蔵庫の霜取りを楽にする方法【家電コラム】", Body: "冷蔵庫の霜取りは面倒だ。冷凍室の霜は電気代も増やす。自動霜取りの冷蔵庫なら手間がない。", Published: day("2026-05-01")},
		Article{ID: "fridge", Title: "冷蔵庫の電気代を下げるコツ", Body: "冷蔵庫の電気代は霜で増える。冷凍室を詰め込みすぎず、霜取りもこまめにする。", Published: day("2026-05-02")},
		Article{ID: "fridge-col", Title: "自動霜取りの冷凍室を試した【家電コラム】", Body: "自動霜取りの冷凍室は霜がつかない。冷蔵庫の手間が減った。", Published: day("2026-05-03")},
		Article{ID: "bike", Title: "折りたたみ自転車で通勤してみた【家電コラム】", Body: "家電コラムの番外編。折りたたみ自転車を電車に持ち込んで通勤した。坂道は電動アシストが頼もしい。", Published: day("2026-05-04")},
		Article{ID: "tea", Title: "緑茶の淹れ方", Body: "緑茶は湯を冷ましてから淹れる。急須で蒸らすと甘みが出る。", Published: day("2026-05-05")},
	)
	ids := mustRelatedIDs(t, ix, "src")
	for _, want := range []string{"fridge", "fridge-col"} {
		if !slices.Contains(ids, want) {
			t.Errorf("related = %v, want %s among them", ids, want)
		}
	}
	if slices.Contains(ids, "bike") {
		t.Errorf("related = %v, want no bike (the column's mark alone)", ids)
	}
}

// mustRelatedIDs returns the ids of the articles related to id.
func mustRelatedIDs(tb testing.TB, ix *Index, id string) []string {
	tb.Helper()
	hits, err := ix.Related(context.Background(), RelatedRequest{ID: id})
	if err != nil {
		tb.Fatal(err)
	}
	return relatedIDs(hits)
}

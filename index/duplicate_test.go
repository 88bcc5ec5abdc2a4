package index

import (
	"strings"
	"testing"
)

// dupBody and dupOther are two stories' texts for the duplicate checks.
const (
	dupBody = "トヨタ自動車と出光興産は、全固体電池に使う固体電解質の量産プラントの建設に着工した。" +
		"年産能力は数百トン規模で、2027年の稼働を目指す。硫化物系の固体電解質は水分に弱く、" +
		"製造には乾燥した環境が要る。両社は2023年に提携を発表しており、電気自動車向けの電池の量産に向けた一歩となる。"
	dupOther = "NVIDIAは決算を発表した。データセンター向けのGPUが好調で、売上高は過去最高を更新した。" +
		"生成AIの学習と推論の需要が続き、次の四半期も増収を見込む。中国向けの輸出規制の影響は限られるという。"
)

func TestDuplicateOf(t *testing.T) {
	const body, other = dupBody, dupOther
	const (
		first  = "トヨタ自動車と出光興産は、全固体電池に使う固体電解質の量産プラントの建設に着工した。"
		second = "年産能力は数百トン規模で、2027年の稼働を目指す。"
		last   = "両社は2023年に提携を発表しており、電気自動車向けの電池の量産に向けた一歩となる。"
		retold = "硫化物系の固体電解質は水分に弱く、製造には乾燥した環境が要る。"
	)
	for _, tc := range []struct {
		name              string
		title, body       string
		srcTitle, srcBody string
		want, repost      bool // duplicateOf, repostOf
	}{
		{"same body, other title", "再掲", body, "全固体電池の工場に着工", body, true, true},
		{"white space only", "a", strings.ReplaceAll(body, "。", "。\n\n"), "b", body, true, true},
		{"correction with a mark", "【訂正】全固体電池の工場に着工", strings.Replace(body, "数百トン", "数千トン", 1) + "（訂正：年産能力を数千トンに改めました）", "全固体電池の工場に着工", body, true, true},
		{"update with a paragraph", "全固体電池の工場に着工（更新）", body + "出光は同日、説明会を開き、原料の硫化リチウムも自社で作ると述べた。", "全固体電池の工場に着工", body, true, true},
		{"one figure changed, same title", "全固体電池の工場に着工", strings.Replace(body, "2027年", "2028年", 1), "全固体電池の工場に着工", body, true, true},
		{"same title, other story", "決算発表", other, "決算発表", body, false, false},
		{"other title, shared paragraph only", "固体電解質の新工場", body[:len(body)/2] + other, "全固体電池の工場に着工", body, false, false},
		{"other story", "NVIDIA決算", other, "全固体電池の工場に着工", body, false, false},
		{"empty bodies, other titles", "速報", "", "続報", "", true, true},
		{"same headline, a sentence replaced", "トヨタと出光、固体電解質の量産プラントに着工", first + retold + last, "トヨタと出光、固体電解質の量産プラントに着工", first + second + last, true, true},
		{"a short headline many share, a sentence replaced", "お知らせ", first + retold + last, "お知らせ", first + second + last, false, false},
		{"retitled, a figure changed", "工場の年産能力は数千トンに", strings.Replace(body, "数百トン", "数千トン", 1), "全固体電池の工場に着工", body, true, false},
		{"retitled, every fortieth character changed", "全く別の見出し", everyNth(body, 40, 'あ'), "全固体電池の工場に着工", body, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, src := newDupText(tc.title, tc.body), newDupText(tc.srcTitle, tc.srcBody)
			if got := d.duplicateOf(src); got != tc.want {
				t.Errorf("duplicateOf = %v, want %v", got, tc.want)
			}
			if got := src.duplicateOf(d); got != tc.want {
				t.Errorf("duplicateOf, the other way = %v, want %v", got, tc.want)
			}
			if got := d.repostOf(src); got != tc.repost {
				t.Errorf("repostOf = %v, want %v", got, tc.repost)
			}
		})
	}
}

func TestBareTitle(t *testing.T) {
	for in, want := range map[string]string{
		"【訂正】全固体電池の工場":          "全固体電池の工場",
		"全固体電池の工場（更新）":          "全固体電池の工場",
		"[更新]【続報】全固体電池の工場":      "全固体電池の工場",
		"【特集：全固体電池の量産はいつ始まるのか】": "【特集：全固体電池の量産はいつ始まるのか】",
		"全固体電池(SSB)の工場":         "全固体電池(SSB)の工場",
		"（更新）":                  "（更新）",
	} {
		if got := bareTitle(in); got != want {
			t.Errorf("bareTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// everyNth returns s with every nth character from the fifth replaced by r.
func everyNth(s string, n int, r rune) string {
	rs := []rune(s)
	for i := 5; i < len(rs); i += n {
		rs[i] = r
	}
	return string(rs)
}

// TestSampleIn checks the look-up of a few trigrams that spares listing
// all of a body's: it passes copies and near copies, and stops bodies of
// other stories.
func TestSampleIn(t *testing.T) {
	const body, other = dupBody, dupOther
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"same", body, body, true},
		{"every fortieth character changed", everyNth(body, 40, 'あ'), body, true},
		{"every tenth character changed", everyNth(body, 10, 'あ'), body, true},
		{"a tenth longer", body + "出光は同日、説明会を開いた。", body, true},
		{"other story", other, body, false},
		{"other story, the other way", body, other, false},
		{"too short to sample", "短い本文", other, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := newDupText("", tc.a).sampleIn(newDupText("", tc.b)); got != tc.want {
				t.Errorf("sampleIn = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDupBeginning: the beginning read from the body as written is the
// squashed body's first dupTextBytes, cut at a character.
func TestDupBeginning(t *testing.T) {
	tests := []struct{ name, body string }{
		{"empty", ""},
		{"spaces only", " \n\u3000\t"},
		{"short with spaces", "全固体 電池の\n量産　ライン"},
		{"long kana, a character across the limit", strings.Repeat("あ い", 1000)},
		{"long ASCII", strings.Repeat("ab c\n", 2000)},
		{"exactly the limit", strings.Repeat("ab", dupTextBytes/2) + " 続き"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDupText("題", tt.body)
			var got strings.Builder
			for r := range d.beginning() {
				got.WriteRune(r)
			}
			if want := head(squash(tt.body), dupTextBytes); got.String() != want {
				t.Errorf("beginning of %.20q… = %d bytes %.20q…, want %d bytes %.20q…", tt.body, got.Len(), got.String(), len(want), want)
			}
			if want := packedTrigrams(head(squash(tt.body), dupTextBytes)); len(d.trigrams()) != len(want) {
				t.Errorf("trigrams: %d, want %d", len(d.trigrams()), len(want))
			}
		})
	}
}

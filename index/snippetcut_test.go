package index

import (
	"strings"
	"testing"
)

// TestCutEnd: a snippet's end moves back to the nearest place a word ends
// (sentence, clause, a change of script), or on past a Latin word, and
// never into the matches it shows.
func TestCutEnd(t *testing.T) {
	tests := []struct {
		name, text string // | marks where the cut would fall
		floor      string // text the snippet must keep (the last match)
		want       string // the snippet up to the cut
	}{
		{"a sentence close before", "会場では省エネ機能を使う。エコナビ機能を搭載しているエ|アコン", "", "会場では省エネ機能を使う。"},
		{"a comma before katakana", "暑い夏は節電が大事で、エコナビを搭載しているエ|アコン", "", "暑い夏は節電が大事で、エコナビを搭載している"},
		{"a particle before kanji", "今年の夏はとても長い時間にわたって電力は不|足", "", "今年の夏はとても長い時間にわたって電力は"},
		{"not inside okurigana", "ずっと長い長い長い長い道のりを自分を信じ|て", "", "ずっと長い長い長い長い道のりを自分を"},
		{"a space in English", "the reviewers said the titanium fra|me is light", "", "the reviewers said the titanium "},
		{"a number's comma is no clause", "今年の興行収入は長い長い集計で5億5,|000万円", "", "今年の興行収入は長い長い集計で"},
		{"a long word goes on", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrs|tuv だった", "", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv"},
		{"not before the last match", "一文目。とても長い全固体電池|の話", "全固体電池", "一文目。とても長い全固体電池"},
		{"already at a boundary", "一文目。|二文目", "", "一文目。"},
		{"before a middle dot", "今年のドラフトでオリックス・ブル|ーウェーブ", "", "今年のドラフトでオリックス"},
		{"not inside dots of a pause", "会社に戻ってから長い長い連絡・・・とか|していると", "", "会社に戻ってから長い長い連絡・・・とか"},
		{"a long katakana word goes on", "製造はとても長い長い名のモバイルコミュニケーショ|ンズ製", "", "製造はとても長い長い名のモバイルコミュニケーションズ"},
		{"at the end of the last match", "とても長い長い長い緊急速報メールア|プリ", "緊急速報", "とても長い長い長い緊急速報"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, "|")
			body := tt.text[:at] + tt.text[at+1:]
			floor := 0
			if tt.floor != "" {
				floor = strings.Index(body, tt.floor) + len(tt.floor)
			}
			if got := body[:cutEnd(body, floor, at)]; got != tt.want {
				t.Errorf("cut at %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCutStart: a snippet's start moves on to the nearest place a word
// starts, never past its first match.
func TestCutStart(t *testing.T) {
	tests := []struct {
		name, text string // | marks where the snippet would start
		ceil       string // the first match
		want       string // the snippet from the cut
	}{
		{"after a comma", "渦巻|く様子、台風が近づく", "台風", "台風が近づく"},
		{"a word of English", "titan|ium frame. The reviewers", "reviewers", " frame. The reviewers"},
		{"a sentence first", "前の文の終わ|り。次の文の節電の話", "節電", "次の文の節電の話"},
		{"not past the match", "渦巻|く全固体電池", "全固体電池", "全固体電池"},
		{"between hiragana", "お買い上げの方にそ|の場でくじを引く", "くじ", "の場でくじを引く"},
		{"between hiragana, a clause near", "お買い上げの方にそ|の、場でくじを引く", "くじ", "場でくじを引く"},
		{"inside a number", "価格は6万3|000円の浄水器", "浄水器", "浄水器"},
		{"after a middle dot", "アップル・ソフ|トウェア・アップデートの更新", "更新", "アップデートの更新"},
		{"not after dots of a pause", "まあ・|・・それで節電", "節電", "節電"},
		{"back to a katakana word's start", "新しいタ|ブレットユーザーは必見な節電", "節電", "タブレットユーザーは必見な節電"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, "|")
			body := tt.text[:at] + tt.text[at+1:]
			ceil := strings.Index(body, tt.ceil)
			if got := body[cutStart(body, at, ceil):]; got != tt.want {
				t.Errorf("starts %q, want %q", got, tt.want)
			}
		})
	}
}

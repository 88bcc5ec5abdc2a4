package index

import (
	"testing"
)

// TestSuggestLoanSounded: a loanword's sound typed with the plain kana
// nearest it (ti for ティ, di for ディ, ho for フォ) completes the loanword
// when nothing completes the kana as typed, or only words cut in two, and
// before a word of fewer articles the kana complete with a voicing mark
// slipped (ちっしゅ: ティッシュ, not 実習); kana that complete a word as
// typed keep it.
func TestSuggestLoanSounded(t *testing.T) {
	suggest := suggesterOver(t, "l",
		"地域のコミュニティが集まる。", "コミュニティの会合。", "ネットのコミュニティ。",
		"コミュ力を鍛える。", "コミュ障の悩み。", "コミュの使い方。",
		"チームの練習。", "チーム一丸。", "チームが勝った。",
		"ティム・バートン監督の新作。", "ティム・バートンの映画。", "ティム・バートン作品。",
		"チームのバートン選手。", "チームとバートン。",
		"大型ディスプレイを置く。", "ディスプレイの解像度。", "ディスプレイが割れた。",
		"ファイルのフォーマット。", "フォーマットを揃える。", "フォーマットの変更。",
		"地図を広げる。", "地図アプリ。", "地図の更新。",
		"ティッシュを取る。", "ティッシュの箱。", "ティッシュで拭く。", "ポケットティッシュ。",
		"実習に行く。", "教育実習の日。",
	)
	for _, tt := range []struct {
		name, q, first string
	}{
		{"ti typed for ティ, cut in two before", "こみゅにち", "コミュニティ"}, // not コミュ チーム
		{"in romaji", "komyuniti", "コミュニティ"},
		{"cut in two before", "ちむばーとん", "ティムバートン"}, // not チーム バートン (bodies only: shown without its dot)
		{"di typed for ディ", "ぢすぷれい", "ディスプレイ"},
		{"with a syllable begun", "ぢすぷれ", "ディスプレイ"},
		{"ho typed for フォ", "ほーまっと", "フォーマット"},
		{"in romaji", "ho-matto", "フォーマット"},
		{"kana that complete a word as typed", "ちず", "地図"},
		{"before a voicing slip's word of fewer articles", "ちっしゅ", "ティッシュ"}, // not 実習, read ぢっしゅ
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := suggest(tt.q)
			if len(got) == 0 || got[0].Text != tt.first {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.q, texts(got), tt.first)
			}
		})
	}
}

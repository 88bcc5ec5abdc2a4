package index

import (
	"slices"
	"testing"
)

// TestLettersThenWordInKana: a name said as letters and then a word, typed
// as it is said, finds the Latin name (ユービーテック, ピーファス and
// ジーメール had found nothing or only what the letters' names sound like:
// のりピー for ぴーふぁす), and kana that is a word an article has, or
// whose rest sounds like no such name, is left alone.
func TestLettersThenWordInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "ubtech", Title: "UBTechの人型ロボット", Body: "中国UBTechが工場向けに納入する。", Published: day("2027-05-27")},
		Article{ID: "pfas", Title: "冷却液とPFAS規制", Body: "液浸冷却の冷却液はPFASにあたる。", Published: day("2027-10-14")},
		Article{ID: "gmail", Title: "Gmailの新機能", Body: "Gmailで予約送信ができる。", Published: day("2026-04-01")},
		Article{ID: "noripi", Title: "のりピーの新曲", Body: "のりピーが歌う。", Published: day("2012-01-01")},
		Article{ID: "bitec", Title: "ビーテック社の決算", Body: "ビーテックは増益。", Published: day("2026-02-01")},
		Article{ID: "visionpro", Title: "Vision Proの新型", Body: "AppleのVision Proが値下げ。", Published: day("2026-06-01")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"two letters and a word", "ユービーテック", []string{"ubtech"}},
		{"two letters and a word, in hiragana", "ゆーびーてっく", []string{"ubtech"}},
		{"a letter and the sound of the rest", "ぴーふぁす", []string{"pfas"}},
		{"a letter and a word", "ジーメール", []string{"gmail"}},
		{"with other words", "ぴーふぁす 冷却液", []string{"pfas"}},
		{"a word an article has", "ビーテック", []string{"bitec"}},
		{"a rest that sounds like no such name", "ユービーメール", nil},
		{"a word whole by sound, not a letter and a word", "ヴィジョンプロ", []string{"visionpro"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%s) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestJoinSkeletons(t *testing.T) {
	for _, tt := range []struct{ name, a, b, want string }{
		{"apart", "B", "TK", "BTK"},
		{"a class at the join written once", "K", "KR", "KR"},
		{"the letters silent", "", "MBR", "MBR"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinSkeletons(tt.a, tt.b); got != tt.want {
				t.Errorf("joinSkeletons(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

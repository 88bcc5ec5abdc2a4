package index

import (
	"slices"
	"testing"
)

// TestErVowel: an er after a consonant and before a vowel that starts
// three letters or more is also read unsounded in the sound field, as
// katakana writes a name run together from two English words (cyberagent:
// サイバーエージェント, SBSNT), and still read R; not at a word's end
// (camera カメラ, hero ヒーロー).
func TestErVowel(t *testing.T) {
	tests := []struct {
		name, latin, skeleton string
		has                   bool
	}{
		{"two words run together", "cyberagent", "SBSNT", true},
		{"still read R", "cyberagent", "SBRSNT", true},
		{"before a word of three letters", "superapp", "SB", true},
		{"the second word of a pair", "tokyo overall", "TKBR", true},
		{"a vowel ends the word", "camera", "KM", false},
		{"two letters after the r", "hero", "H", false},
		{"after a vowel", "pioneering", "BNNK", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slices.Contains(latinSkeletons(tt.latin), tt.skeleton); got != tt.has {
				t.Errorf("latinSkeletons(%q) = %v, has %s = %v, want %v", tt.latin, latinSkeletons(tt.latin), tt.skeleton, got, tt.has)
			}
		})
	}
}

// TestErVowelFinds: a Latin name run together from two English words, the
// first ending in er, finds the article that writes it in katakana
// (cyberagent had found nothing: its skeleton SBRKNT is no prefix of
// サイバーエージェント's SBSNT).
func TestErVowelFinds(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "ca", Title: "サイバーエージェント、日本語LLMを公開", Body: "サイバーエージェントは13日、日本語の大規模言語モデルを公開した。", Published: day("2028-01-13")},
		Article{ID: "cyber", Title: "サイバー攻撃が増加", Body: "企業へのサイバー攻撃が増えている。", Published: day("2028-01-14")},
		Article{ID: "agent", Title: "AIエージェントの導入進む", Body: "業務をこなすAIエージェントが広がる。", Published: day("2028-01-15")},
	)
	res := mustSearch(t, ix, Request{Query: "cyberagent"})
	if got := ids(res); len(got) == 0 || got[0] != "ca" || res.Relaxed {
		t.Errorf("Search(cyberagent) = %v (relaxed %v), want ca first", got, res.Relaxed)
	}
}

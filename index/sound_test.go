package index

import (
	"slices"
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
		{"walkman", "ウォークマン"},        // alk
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

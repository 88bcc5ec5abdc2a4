package index

import (
	"fmt"
	"testing"
)

// TestRelaxedNamesFirst: in a relaxed search an article with the name a
// reader typed ranks above one with only the common word, however rare.
func TestRelaxedNamesFirst(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "gpu", Title: "NVIDIAが新型GPUを発表", Body: "NVIDIAはデータセンター向けの新型GPUを発表した。", Published: day("2026-03-01")},
		Article{ID: "earnings", Title: "NVIDIAの決算、売上高が過去最高", Body: "NVIDIAの売上高はAI向け需要で伸びた。", Published: day("2026-03-02")},
		Article{ID: "stocks", Title: "量子関連企業の株価が急騰", Body: "量子コンピューター関連の新興企業の株価が急騰した。株価は1年で5倍になった。", Published: day("2026-03-03")},
		Article{ID: "other", Title: "NVIDIAとAMDのGPU比較", Body: "NVIDIAとAMDの新型GPUを比べた。", Published: day("2026-03-04")},
	)
	for i, title := range []string{"全固体電池の量産が始まる", "自動運転タクシーが都内を走行", "耐量子暗号への移行が進む", "小型衛星の打ち上げに成功",
		"スマートフォンの出荷が増加", "ゲーム機の販売が好調", "量子コンピューターの新方式", "ロボットが倉庫で働く", "ドローン配送の実験",
		"電気自動車の充電網が拡大", "生成AIで議事録を作る", "5G基地局の整備", "半導体工場の建設", "宇宙ステーションの補給", "サイバー攻撃への備え"} {
		mustPut(t, ix, Article{ID: fmt.Sprintf("filler-%d", i), Title: title, Body: title + "。詳しくは続報で伝える。", Published: day("2026-02-01")})
	}
	res := mustSearch(t, ix, Request{Query: "NVIDIA 株価"})
	if got := ids(res); !res.Relaxed || len(got) != 4 || got[3] != "stocks" {
		t.Errorf("NVIDIA 株価 = %v (relaxed %v), want the NVIDIA articles first, stocks last", got, res.Relaxed)
	}
	// Beside a verb, which neither has, the articles that miss two of
	// three words are closer; still an NVIDIA article comes first.
	res = mustSearch(t, ix, Request{Query: "なぜNVIDIAの株価が下がったのか"})
	if got := ids(res); !res.Relaxed || len(got) != 4 || got[0] == "stocks" {
		t.Errorf("なぜNVIDIAの株価が下がったのか = %v (relaxed %v), want an NVIDIA article first", got, res.Relaxed)
	}
	// Names alike: the rarer still counts for more.
	res = mustSearch(t, ix, Request{Query: "AMD 決算"})
	if got := ids(res); !res.Relaxed || len(got) == 0 {
		t.Errorf("AMD 決算 = %v (relaxed %v), want relaxed hits", got, res.Relaxed)
	}
}

func TestIsName(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"NVIDIA", true},
		{"全固体電池", true}, // a user-dictionary term
		{"株価", false},
		{"企業", false},
		{"熊本", false}, // a place is as often where as what
		{"2026", false},
		{"なぜNVIDIA", true},
		{"なぜ", false},
	} {
		if got := isName(indexed(ix.an.Tokens(tt.word))); got != tt.want {
			t.Errorf("isName(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

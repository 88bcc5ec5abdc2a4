package index

import (
	"fmt"
	"slices"
	"testing"

	"sagasu/analyzer"
)

// TestDigestTitleCountsAsBody: in an index with a roundup category, or
// with articles titled as roundups in an ordinary one, the article about a
// subject ranks above the roundup whose title lists it; the roundup is
// still found, and a category of another name with an ordinary title
// changes nothing.
func TestDigestTitleCountsAsBody(t *testing.T) {
	const headlines = "NVIDIA決算、量子暗号、ロケット打ち上げ"
	for _, tt := range []struct {
		category, title string
		first           string
		ask             string // a query that asks for the roundups
	}{
		{"週間まとめ", headlines, "nvidia", "NVIDIA 決算 まとめ"},
		{"Weekly Digest", headlines, "nvidia", "NVIDIA 決算 まとめ"},
		{"半導体", headlines, "roundup", "NVIDIA 決算 まとめ"},
		{"半導体", "NVIDIA決算など週間ランキング", "nvidia", "NVIDIA 決算 週間ランキング"},
		{"半導体", "NVIDIA決算まとめ読み", "nvidia", "NVIDIA 決算 まとめ"},
	} {
		t.Run(tt.category+" "+tt.title, func(t *testing.T) {
			ix := mustOpen(t)
			arts := []Article{
				{ID: "roundup", Title: tt.title, Category: tt.category,
					Body: "今週はNVIDIA決算が話題になった。量子暗号の実験、ロケットの打ち上げもあった。", Published: day("2026-05-09")},
				{ID: "nvidia", Title: "NVIDIA、5〜7月期の決算は過去最高", Category: "半導体",
					Body: "NVIDIAが発表した決算は、データセンター向けGPUが好調だった。", Published: day("2026-05-08")},
			}
			for i := range 20 {
				arts = append(arts, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("量子暗号の実験 %d", i),
					Category: "量子", Body: "量子暗号の通信実験が進む。", Published: day("2026-05-01")})
			}
			mustPut(t, ix, arts...)
			res := mustSearch(t, ix, Request{Query: "NVIDIA 決算"})
			if got := ids(res); len(got) != 2 || got[0] != tt.first {
				t.Errorf("NVIDIA 決算 = %v, want both, %s first", got, tt.first)
			}
			// And by reading, typed in kana before conversion.
			res = mustSearch(t, ix, Request{Query: "けっさん"})
			if got := ids(res); len(got) != 2 || got[0] != tt.first {
				t.Errorf("けっさん = %v, want both, %s first", got, tt.first)
			}
			// Asking for the roundups ranks them as before.
			res = mustSearch(t, ix, Request{Query: tt.ask})
			if got := ids(res); len(got) == 0 || got[0] != "roundup" {
				t.Errorf("%s = %v, want roundup first", tt.ask, got)
			}
		})
	}
}

// TestDigestTagsCountAsBody: a roundup's tags list the day's subjects as
// its title does, so a reader's word that is one of them ranks the
// article about it first (月面探査 had listed the day's roundup above the
// lunar lander's story, both tagged with it), and the roundup first when
// the reader asks for the roundups.
func TestDigestTagsCountAsBody(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "roundup", Title: "きょうのテック（5月29日）", Category: "デイリーまとめ",
			Tags: []string{"デイリーまとめ", "月面探査", "半導体"},
			Body: "月面探査の企業が着陸船を打ち上げた。半導体の新工場も話題になった。", Published: day("2026-05-29")},
		Article{ID: "lander", Title: "新型の着陸船を米国から打ち上げ", Category: "宇宙・航空",
			Tags: []string{"月面探査", "着陸船"},
			Body: "月面探査を手がける宇宙企業は、新型の着陸船を打ち上げたと発表した。過去の挑戦では高度の測定に問題があり、着陸に失敗した。今回は測距計を追加し、着陸時の速度の制御を見直した。着陸は約4か月後の予定だ。", Published: day("2026-05-28")},
	)
	for i := range 10 {
		mustPut(t, ix, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("半導体の新工場 %d", i),
			Category: "半導体", Body: "半導体の新工場が稼働した。", Published: day("2026-05-01")})
	}
	if got := ids(mustSearch(t, ix, Request{Query: "月面探査"})); len(got) != 2 || got[0] != "lander" {
		t.Errorf("月面探査 = %v, want both, lander first", got)
	}
	if got := ids(mustSearch(t, ix, Request{Query: "月面探査 まとめ"})); len(got) == 0 || got[0] != "roundup" {
		t.Errorf("月面探査 まとめ = %v, want roundup first", got)
	}
}

// TestRoundupTitle: a site's ranking or digest of its own articles reads
// as a roundup; a ranking of things or a list on one subject does not.
func TestRoundupTitle(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"浮気中の男の行動パターン／同棲中にやってはいけないNG行動など−【恋愛】週間ランキング", true},
		{"【週末映画まとめ読み】TIFFが終了！", true},
		{"【独女通信編集部】2011年記事まとめ　vol.1", true},
		{"今週のテックニュースまとめ（1月8日～12日）", true},
		{"今日のニュース（3月21日）：ソフトバンクがAmpere買収", true},
		{"2025年の半導体業界10大ニュース", true},
		{"2025年のAI業界を振り返る　編集部が選ぶ５大ニュース", true},
		{"今年のAIニュース5選", true},
		{"2025年を振り返る", true},
		{"大ニュースが飛び込んだ", false},
		{"創業者が失敗を振り返る", false},
		{"ＡＣＣＥＳＳランキング：今週の人気記事", false},
		{"2011年の赤ちゃんの名前ランキング", false},
		{"おすすめAndroidアプリまとめ", false},
		{"全固体電池の最新動向まとめ", false},
		{"【訂正】Switch 2の世界販売台数について", true},
		{"訂正：AWS障害の記事で復旧時刻に誤り", true},
		{"お詫びと訂正", true},
		{"決算発表の日程（訂正）", true},
		{"NVIDIAが業績予想を訂正", false},
		{"訂正印のいらない電子契約", false},
	} {
		if got := titledRoundup(tt.title); got != tt.want {
			t.Errorf("roundupTitle(%s) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestRoundupTitleMarks checks that the words titledRoundup looks for
// first never hide a match of its expressions: over every corpus title,
// and titles of each kind in half-width and full-width forms.
func TestRoundupTitleMarks(t *testing.T) {
	titles := []string{"ﾆｭｰｽまとめ", "週間ﾗﾝｷﾝｸﾞ", "【ｵﾜﾋﾞ】", "（訂正）", "2025年を振り返る", "ＡＩニュース１０選", "今週のﾀﾞｲｼﾞｪｽﾄ"}
	for _, a := range loadCorpus(t, 1<<20) {
		titles = append(titles, a.Title)
	}
	for _, title := range titles {
		f := analyzer.Fold(title)
		want := roundupTitle.MatchString(f) || correctionTitle.MatchString(f)
		if got := titledRoundup(title); got != want {
			t.Errorf("titledRoundup(%s) = %v, the expressions say %v", title, got, want)
		}
	}
}

func TestDigestCategory(t *testing.T) {
	for name, want := range map[string]bool{"まとめ": true, "週間ダイジェスト": true, "Daily News": true, "今日のニュース": true, "AI": false, "宇宙・航空": false} {
		if got := digestCategory(name); got != want {
			t.Errorf("digestCategory(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestRelatedRoundupsAfterArticles: an article's related list puts the
// articles on its subject before a roundup that shares as much with it
// (a roundup shares a little with everything of its week); a roundup's
// own list puts the articles on its items before another roundup that
// shares the words of the form.
func TestRelatedRoundupsAfterArticles(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "src", Title: "トヨタ、全固体電池の量産を開始", Category: "電池",
			Body: "トヨタ自動車は全固体電池の量産を始めた。固体電解質の工場を新設し、電気自動車に載せる。", Published: day("2026-05-01")},
		Article{ID: "peer", Title: "出光、固体電解質の工場を新設", Category: "電池",
			Body: "出光興産は全固体電池向けの固体電解質の工場を新設する。トヨタ自動車に供給する。", Published: day("2026-05-02")},
		Article{ID: "roundup", Title: "今週のまとめ：トヨタ全固体電池、量子暗号、ロケット", Category: "週間まとめ",
			Body: "トヨタ自動車が全固体電池の量産を始め、電気自動車に載せる。固体電解質の話題もあった。量子暗号の実験もあった。", Published: day("2026-05-03")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "src"})
	if got := relatedIDs(hits); err != nil || len(got) != 2 || got[0] != "peer" {
		t.Errorf("related(src) = %v, %v; want peer before roundup", got, err)
	}
	mustPut(t, ix, Article{ID: "roundup2", Title: "今週のまとめ：量子暗号、ロケット、新型スマホ", Category: "週間まとめ",
		Body: "今週の話題を振り返る。全固体電池の話題もあった。量子暗号の実験もあった。ロケットの話題もあった。新型スマホの発売もあった。", Published: day("2026-05-10")})
	hits, err = ix.Related(t.Context(), RelatedRequest{ID: "roundup"})
	if got := relatedIDs(hits); err != nil || !slices.Equal(got, []string{"src", "peer", "roundup2"}) {
		t.Errorf("related(roundup) = %v, %v; want the articles on its items before roundup2", got, err)
	}
}

// TestCorrectionBelowStory: a notice correcting an article, whose short
// text names the story's words, ranks below the story.
func TestCorrectionBelowStory(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "story", Title: "Switch 2の世界販売台数が1700万台に", Category: "ゲーム",
			Body: "任天堂はSwitch 2の世界販売台数が1700万台を超えたと発表した。年末商戦に向けて生産を増やす。ソフトの販売も好調だった。", Published: day("2026-05-08")},
		{ID: "notice", Title: "【訂正】Switch 2の販売台数の記事", Category: "ゲーム",
			Body: "Switch 2の販売台数の記事で、台数に誤りがありました。", Published: day("2026-05-09")},
	}
	for i := range 20 {
		arts = append(arts, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("量子暗号の実験 %d", i),
			Category: "量子", Body: "量子暗号の通信実験が進む。", Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	if got := ids(mustSearch(t, ix, Request{Query: "Switch 2"})); len(got) != 2 || got[0] != "story" {
		t.Errorf("Switch 2 = %v, want both, story first", got)
	}
}

package index

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// Which related articles are listed, and in what order: a copy of the
// source, or one text under two headlines, listed once at most; a
// correction in its original's place; and the articles on the source's
// names and the words of its title before those that share as many of
// the genre's ordinary words.

// TestRelatedDuplicatesWithLinks: a copy of an article that ends with a
// list of links is still a duplicate (the index keeps the list apart).
func TestRelatedDuplicatesWithLinks(t *testing.T) {
	ix := mustOpen(t)
	links := "\n■関連記事\n・量子暗号の実証実験\n・量子ビットを千個に"
	arts := slices.Clone(relatedFixtures)
	for i := range arts {
		arts[i].Body += links
	}
	copyQ := arts[5] // q-1
	copyQ.ID, copyQ.Title = "q-1-copy", "【再掲】"+copyQ.Title
	mustPut(t, ix, append(arts, copyQ)...)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "q-1", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); slices.Contains(got, "q-1-copy") || len(got) == 0 {
		t.Errorf("related(q-1) = %v, want others and not its copy", got)
	}
}

// TestRelatedShowsTheNewerVersion: of an article and its correction, the
// correction is listed, in the original's place.
func TestRelatedShowsTheNewerVersion(t *testing.T) {
	ix := mustOpen(t)
	fixed := relatedFixtures[4] // bat-3
	fixed.ID, fixed.Title = "bat-3-fixed", "【訂正】"+fixed.Title
	fixed.Body = strings.Replace(fixed.Body, "材料費", "原材料費", 1)
	fixed.Published = fixed.Published.Add(24 * time.Hour)
	mustPut(t, ix, append(slices.Clone(relatedFixtures), fixed)...)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "bat-1", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); !slices.Contains(got, "bat-3-fixed") || slices.Contains(got, "bat-3") {
		t.Errorf("related(bat-1) = %v, want bat-3-fixed and not bat-3", got)
	}
}

// TestRelatedListsOnePressRelease: one text under two headlines is listed
// once.
func TestRelatedListsOnePressRelease(t *testing.T) {
	ix := mustOpen(t)
	release := "スペースXは大型宇宙船スターシップの10回目の飛行試験を実施した。ブースターは発射台の機構で回収され、宇宙船はインド洋に着水した。同社は次の試験で軌道到達を目指す。"
	mustPut(t, ix, append(slices.Clone(relatedFixtures),
		Article{ID: "ss-1", Title: "スターシップ、9回目の試験で機体を失う", Body: "スペースXの大型宇宙船スターシップは9回目の飛行試験で機体を失った。ブースターは発射台に戻れず、宇宙船は大気圏で分解した。", Published: day("2026-03-01")},
		Article{ID: "ss-2", Title: "スターシップ10回目の飛行試験に成功", Body: release, Published: day("2026-04-01")},
		Article{ID: "ss-2pr", Title: "【プレスリリース】スペースX、飛行試験の結果を公表", Body: release + "（発表資料より）", Published: day("2026-04-01")},
	)...)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "ss-1", Size: 5})
	got := relatedIDs(hits)
	if err != nil || slices.Contains(got, "ss-2") == slices.Contains(got, "ss-2pr") {
		t.Errorf("related(ss-1) = %v, %v; want one of ss-2 and ss-2pr", got, err)
	}
}

func TestAnchoredFirst(t *testing.T) {
	hit := func(id string, score float64, terms ...string) RelatedHit {
		return RelatedHit{ID: id, Score: score, Terms: terms}
	}
	title := map[string]bool{"ラピダス": true, "出資": true}
	tests := []struct {
		name string
		hits []RelatedHit
		want []string
	}{
		{"a weak hit off the title goes after a weaker one on it", []RelatedHit{
			hit("a", 10, "ラピダス"), hit("b", 5, "決算", "需要"), hit("c", 4, "出資")}, []string{"a", "c", "b"}},
		{"a strong hit stays whatever its words", []RelatedHit{
			hit("a", 10, "ラピダス"), hit("b", 7, "決算"), hit("c", 4, "出資")}, []string{"a", "b", "c"}},
		{"the first stays first", []RelatedHit{
			hit("a", 10, "決算"), hit("b", 4, "ラピダス")}, []string{"a", "b"}},
		{"order kept within each", []RelatedHit{
			hit("a", 10, "ラピダス"), hit("b", 5.5, "需要"), hit("c", 5, "決算"), hit("d", 4, "出資")}, []string{"a", "d", "b", "c"}},
		{"a faint hit stays weak though it shares a title word", []RelatedHit{
			hit("a", 10, "ラピダス"), hit("b", 5, "決算"), hit("c", 2, "出資")}, []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, h := range anchoredFirst(tt.hits, title) {
				got = append(got, h.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	// A company named in the title (false: a name) anchors nothing alone:
	// its other news goes after another company's on the subject.
	named := map[string]bool{"ミナト電機": false, "全固体電池": true, "新工場": true}
	for _, tt := range []struct {
		name string
		hits []RelatedHit
		want []string
	}{
		{"the company's other news after the subject", []RelatedHit{
			hit("a", 10, "ミナト電機", "全固体電池"), hit("b", 5, "ミナト電機"), hit("c", 4, "全固体電池")}, []string{"a", "c", "b"}},
		{"the company with another word of the title stays", []RelatedHit{
			hit("a", 10, "全固体電池"), hit("b", 5, "ミナト電機", "新工場"), hit("c", 4, "全固体電池")}, []string{"a", "b", "c"}},
		{"a strong hit by the name alone stays", []RelatedHit{
			hit("a", 10, "全固体電池"), hit("b", 7, "ミナト電機"), hit("c", 4, "新工場")}, []string{"a", "b", "c"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, h := range anchoredFirst(tt.hits, named) {
				got = append(got, h.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if got := anchoredFirst([]RelatedHit{hit("a", 10), hit("b", 1)}, nil); got[1].ID != "b" {
		t.Errorf("a title with no specific word changed the order: %v", got)
	}
}

// TestRelatedNamesOverGenreWords: on product news the name is the
// subject: the other article on Pixel ranks above one on another phone
// that shares more of the genre's ordinary words.
func TestRelatedNamesOverGenreWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, append(slices.Clone(relatedFixtures),
		Article{ID: "pixel-a", Title: "グーグル、廉価スマホ「Pixel 10a」を発売", Body: "Pixel 10aは画面が大きく、価格は安い。カメラと電池も改良し、本体は軽い。新色も発売する。", Published: day("2026-03-01")},
		Article{ID: "pixel", Title: "Pixel 10のカメラを試す", Body: "Pixel 10で夜景を撮った。写りは良い。", Published: day("2026-02-01")},
		Article{ID: "aquos", Title: "シャープの新型スマホ", Body: "画面が大きい。", Published: day("2026-02-15")},
	)...)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "pixel-a", Size: 5})
	got := relatedIDs(hits)
	if err != nil || len(got) < 2 || got[0] != "pixel" {
		t.Errorf("related(pixel-a) = %v, %v; want pixel first", got, err)
	}
}

func TestLatinName(t *testing.T) {
	tests := []struct {
		written string
		want    bool
	}{
		{"iPhone", true}, {"NVIDIA", true}, {"Pixel", true}, {"A5X", true}, {"ｉＰａｄ", true}, {"x86", true},
		{"sale", false}, {"new", false}, {"reg", false}, {"type", false}, {"", false},
	}
	for _, tt := range tests {
		t.Run(tt.written, func(t *testing.T) {
			if got := latinName(tt.written); got != tt.want {
				t.Errorf("latinName(%q) = %v, want %v", tt.written, got, tt.want)
			}
		})
	}
}

// TestRelatedTitleNameFirst: an article that shares the name in the
// source's title (its own story) goes before another company's news of
// the same kind, which shares as many of its ordinary words.
func TestRelatedTitleNameFirst(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "launch", Title: "ミライ研究所、言語モデル「Kotoha-3」を公開", Body: "ミライ研究所は大規模言語モデルKotoha-3を公開した。日本語の性能を高め、パラメータ数は700億。企業向けに提供し、推論の費用を抑える。", Published: day("2026-03-01")},
		Article{ID: "followup", Title: "Kotoha-3、地方銀行が採用", Body: "地方銀行がKotoha-3を窓口業務に採用した。ミライ研究所の言語モデルで、推論の費用を抑える。", Published: day("2026-03-10")},
		Article{ID: "rival", Title: "ソラ技研、言語モデル「Tsumugi-2」を公開", Body: "ソラ技研は大規模言語モデルTsumugi-2を公開した。日本語の性能を高め、企業向けに提供する。", Published: day("2026-03-05")},
		Article{ID: "other", Title: "新しい冷蔵庫が登場", Body: "省エネ性能を高めた冷蔵庫が発売された。", Published: day("2026-03-06")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "launch", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); len(got) < 2 || got[0] != "followup" {
		t.Errorf("related(launch) = %v %+v, want followup first", got, hits)
	}
}

// TestDistinctHitsVersions: of an article and a later version of it (a
// correction, an update), the later is listed where the earlier ranked
// and with its score, whichever of the two the similarity found first.
func TestDistinctHitsVersions(t *testing.T) {
	src := relatedFixtures[0]  // bat-1
	orig := relatedFixtures[4] // bat-3
	fixedBody := strings.Replace(orig.Body, "材料費", "原材料費", 1)
	fields := map[string]*hitFields{
		"bat-2":       {title: relatedFixtures[3].Title, body: relatedFixtures[3].Body, published: relatedFixtures[3].Published},
		"bat-3":       {title: orig.Title, body: orig.Body, published: orig.Published},
		"bat-3-fixed": {title: "【訂正】" + orig.Title, body: fixedBody, published: orig.Published.Add(24 * time.Hour)},
		"other":       {title: "量子コンピューターの新型機", body: "量子ビットの数を倍にした新型機を公開した。誤り訂正の実験も進める。", published: day("2026-02-10")},
	}
	type want struct {
		id    string
		score float64
	}
	tests := []struct {
		name string
		hits []scoredID
		want []want
	}{
		{"the correction found after the original", []scoredID{{id: "bat-2", score: 3}, {id: "bat-3", score: 2}, {id: "other", score: 1.5}, {id: "bat-3-fixed", score: 1.2}},
			[]want{{"bat-2", 3}, {"bat-3-fixed", 2}, {"other", 1.5}}},
		{"the correction found first", []scoredID{{id: "bat-3-fixed", score: 2.5}, {id: "bat-2", score: 2}, {id: "bat-3", score: 1.9}},
			[]want{{"bat-3-fixed", 2.5}, {"bat-2", 2}}},
		{"no version", []scoredID{{id: "bat-2", score: 3}, {id: "bat-3", score: 2}},
			[]want{{"bat-2", 3}, {"bat-3", 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := distinctHits(&src, tt.hits, fields)
			var got []want
			for _, h := range out {
				got = append(got, want{h.ID, h.Score})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("distinctHits = %v, want %v", got, tt.want)
			}
		})
	}
}

package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// relatedFixtures: four battery articles (one an exact duplicate of the
// first, one with the same title and nearly the same body), three quantum
// articles, and one too short to relate.
var relatedFixtures = []Article{
	{ID: "bat-1", Title: "全固体電池の量産ライン、トヨタが建設へ", Body: "トヨタ自動車は全固体電池の量産ラインを建設すると発表した。電気自動車の航続距離を伸ばし、充電時間を短くする。固体電解質の材料は国内で調達する。", Category: "電池", Published: day("2026-01-10")},
	{ID: "bat-dup", Title: "【再掲】全固体電池の量産ライン", Body: "トヨタ自動車は全固体電池の量産ラインを建設すると発表した。電気自動車の航続距離を伸ばし、充電時間を短くする。固体電解質の材料は国内で調達する。", Category: "電池", Published: day("2026-01-11")},
	{ID: "bat-near", Title: "全固体電池の量産ライン、トヨタが建設へ", Body: "トヨタ自動車は全固体電池の量産ラインを建設すると発表した。電気自動車の航続距離を伸ばし、充電時間を短くする。固体電解質の材料は国内で調達する予定だ。", Category: "電池", Published: day("2026-01-12")},
	{ID: "bat-2", Title: "固体電解質の新工場が稼働", Body: "全固体電池に使う固体電解質の工場が稼働した。電気自動車向けの需要を見込み、量産を急ぐ。充電時間の短縮にもつながる。", Category: "電池", Published: day("2026-02-01")},
	{ID: "bat-3", Title: "ナトリウムイオン電池の量産を発表", Body: "電池大手はナトリウムイオン電池の量産を発表した。電気自動車や蓄電池向けで、材料費を抑えられる。充電の速さも売りにする。", Category: "電池", Published: day("2026-03-01")},
	{ID: "q-1", Title: "量子コンピュータの誤り訂正に前進", Body: "研究チームは量子ビットの誤り訂正で新しい手法を示した。超伝導回路を使い、論理量子ビットの寿命を延ばした。", Category: "量子", Published: day("2026-01-20")},
	{ID: "q-2", Title: "量子ビットを千個に", Body: "量子コンピュータの開発企業は量子ビットを千個に増やす計画を示した。誤り訂正には多くの量子ビットが要る。", Category: "量子", Published: day("2026-02-20")},
	{ID: "q-3", Title: "量子暗号の実証実験", Body: "量子コンピュータ時代に備え、量子暗号の通信実験が始まった。量子ビットを光で送る。", Category: "量子", Published: day("2026-03-20")},
	{ID: "short", Title: "MIWA ROCK!!の新モード", Body: "MIWA ROCK!!", Category: "電池", Published: day("2026-03-21")},
}

func relatedIDs(hits []RelatedHit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

func TestRelated(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, relatedFixtures...)
	ctx := t.Context()

	hits, err := ix.Related(ctx, RelatedRequest{ID: "bat-1", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	got := relatedIDs(hits)
	if len(got) < 2 || (got[0] != "bat-2" && got[0] != "bat-3") {
		t.Errorf("related(bat-1) = %v, want the other battery articles first", got)
	}
	for _, bad := range []string{"bat-1", "bat-dup", "bat-near"} {
		if slices.Contains(got, bad) {
			t.Errorf("related(bat-1) = %v includes %s (itself or a duplicate)", got, bad)
		}
	}
	for _, h := range hits {
		if len(h.Terms) == 0 || h.Title == "" || h.Published.IsZero() || h.Score <= 0 {
			t.Errorf("hit %+v lacks reasons, title, date or score", h)
		}
	}
	if !slices.Contains(hits[0].Terms, "全固体電池") && !slices.Contains(hits[0].Terms, "固体電解質") && !slices.Contains(hits[0].Terms, "量産") {
		t.Errorf("reasons of %s = %v", hits[0].ID, hits[0].Terms)
	}

	// A draft relates the same way and may include every indexed article.
	draft, err := ix.Related(ctx, RelatedRequest{Title: "量子ビットの誤り訂正", Body: "量子コンピュータの量子ビットで誤り訂正を試した。超伝導回路を使った。", Size: 3})
	if err != nil || len(draft) == 0 || draft[0].ID != "q-1" {
		t.Errorf("related(draft) = %v, %v; want q-1 first", relatedIDs(draft), err)
	}
	// A draft with a title and no body yet relates by its title.
	titled, err := ix.Related(ctx, RelatedRequest{Title: "量子コンピュータの量子ビットで誤り訂正", Size: 3})
	if got := relatedIDs(titled); err != nil || !sameSet(got, []string{"q-1", "q-2", "q-3"}) {
		t.Errorf("related(title only) = %v, %v; want the quantum articles", got, err)
	}

	// A draft of one word relates (an editor asks); an indexed article
	// that short does not (see short, below).
	if hits, err := ix.Related(ctx, RelatedRequest{Title: "量子ビット", Size: 3}); err != nil || len(hits) == 0 {
		t.Errorf("related(one-word draft) = %v, %v; want the quantum articles", relatedIDs(hits), err)
	}

	// Options: the same category only; recency prefers newer articles.
	same, _ := ix.Related(ctx, RelatedRequest{ID: "q-1", SameCategory: true})
	for _, h := range same {
		if h.Category != "量子" {
			t.Errorf("category=same returned %s (%s)", h.ID, h.Category)
		}
	}
	// Recency scores the older article down, by half at most.
	plain, _ := ix.Related(ctx, RelatedRequest{ID: "q-1", Size: 2})
	recent, _ := ix.Related(ctx, RelatedRequest{ID: "q-1", HalfLife: 24 * time.Hour, Size: 2})
	score := func(hits []RelatedHit, id string) float64 {
		for _, h := range hits {
			if h.ID == id {
				return h.Score
			}
		}
		return 0
	}
	if p2, p3, r2, r3 := score(plain, "q-2"), score(plain, "q-3"), score(recent, "q-2"), score(recent, "q-3"); p2*p3*r2*r3 == 0 || r3/r2 <= p3/p2 || r2 < p2/2-0.01 {
		t.Errorf("recency: q-2 %.3f → %.3f, q-3 %.3f → %.3f; want q-2 (older) down by half at most, q-3 up against it", p2, r2, p3, r3)
	}

	// Too little text: an empty list, not an error.
	if hits, err := ix.Related(ctx, RelatedRequest{ID: "short"}); err != nil || len(hits) != 0 {
		t.Errorf("related(short) = %v, %v; want empty", relatedIDs(hits), err)
	}

	// Deletes and upserts show at once.
	if err := ix.Delete(ctx, "bat-2"); err != nil {
		t.Fatal(err)
	}
	if hits, _ := ix.Related(ctx, RelatedRequest{ID: "bat-1"}); slices.Contains(relatedIDs(hits), "bat-2") {
		t.Errorf("deleted bat-2 still related: %v", relatedIDs(hits))
	}
	mustPut(t, ix, Article{ID: "bat-4", Title: "全固体電池の固体電解質を量産", Body: "全固体電池の固体電解質を量産する。トヨタの電気自動車に使う。充電時間を短くする。", Category: "電池", Published: day("2026-04-01")})
	if hits, _ := ix.Related(ctx, RelatedRequest{ID: "bat-1"}); !slices.Contains(relatedIDs(hits), "bat-4") {
		t.Errorf("new bat-4 not related: %v", relatedIDs(hits))
	}
}

func TestRelatedRejects(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, relatedFixtures...)
	ctx := t.Context()
	if _, err := ix.Related(ctx, RelatedRequest{ID: "no-such"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v, want ErrNotFound", err)
	}
	for _, r := range []RelatedRequest{
		{ID: "bat-1", Size: 21},
		{ID: "bat-1", Size: -1},
		{ID: "bat-1", HalfLife: -time.Hour},
		{Title: " ", Body: ""},
		{Title: "\u200b"},
		{Title: "\u200d", Body: "\u3000\u2060\n"},
		{Body: "a\xffb"},
	} {
		if _, err := ix.Related(ctx, r); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("Related(%+v) = %v, want ErrInvalidRequest", r, err)
		}
	}
}

// TestRelatedFollowsNewWords: the first article on a new subject relates
// to the follow-ups written after its related articles were first asked
// for (the frequencies of rare words are not kept across requests).
func TestRelatedFollowsNewWords(t *testing.T) {
	ctx := context.Background()
	ix := mustSample(t)
	var base []Article // enough that two writes move the count by less than 2%
	for i := range 500 {
		a := fixtures[i%len(fixtures)]
		a.ID = fmt.Sprintf("base-%03d", i)
		base = append(base, a)
	}
	mustPut(t, ix, base...)
	news := []Article{
		{ID: "comet-1", Title: "ヌルポガ彗星が接近", Body: "ヌルポガ彗星が地球に接近している。ヌルポガ彗星は来月、肉眼で見える見込み。天文台が観測を始めた。", Published: day("2026-06-01")},
		{ID: "comet-2", Title: "ヌルポガ彗星の尾を撮影", Body: "アマチュア天文家がヌルポガ彗星の尾の撮影に成功した。ヌルポガ彗星は明るさを増している。", Published: day("2026-06-02")},
		{ID: "comet-3", Title: "ヌルポガ彗星、観測会に人出", Body: "ヌルポガ彗星の観測会が各地で開かれた。ヌルポガ彗星を見ようと多くの人が集まった。", Published: day("2026-06-03")},
	}
	mustPut(t, ix, news[0])
	if _, err := ix.Related(ctx, RelatedRequest{ID: "comet-1"}); err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, news[1:]...)
	hits, err := ix.Related(ctx, RelatedRequest{ID: "comet-1"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.ID)
	}
	if len(got) < 2 || !sameSet(got[:2], []string{"comet-2", "comet-3"}) {
		t.Errorf("related of comet-1 = %v, want comet-2 and comet-3 first", got)
	}
}

// TestRelatedRecencyFromTheArchive: ages count from the archive's newest
// article, not the newest hit (which moved with the list's length: a
// longer list could start otherwise than a shorter one).
func TestRelatedRecencyFromTheArchive(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "src", Title: "量子暗号通信の衛星実験", Body: "量子暗号通信の衛星実験を行った。量子鍵配送で暗号鍵を地上局と共有した。", Published: day("2026-03-01")},
		Article{ID: "a", Title: "量子暗号通信を衛星で実証", Body: "量子暗号通信の衛星実験に成功した。量子鍵配送の暗号鍵を地上局に送った。", Published: day("2026-03-01")},
		Article{ID: "b", Title: "量子鍵配送の地上局", Body: "量子鍵配送の地上局を新設した。暗号鍵を共有する。", Published: day("2026-03-03")},
		Article{ID: "new", Title: "桜の開花", Body: "東京で桜が咲いた。花見の季節が来た。", Published: day("2026-04-20")},
	)
	ctx := context.Background()
	plain, err := ix.Related(ctx, RelatedRequest{ID: "src"})
	if err != nil {
		t.Fatal(err)
	}
	recent, err := ix.Related(ctx, RelatedRequest{ID: "src", HalfLife: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range recent {
		i := slices.IndexFunc(plain, func(p RelatedHit) bool { return p.ID == h.ID })
		// (Seven weeks from the newest article: all but halved.)
		if i < 0 || math.Abs(h.Score-plain[i].Score/2) > 0.01 {
			t.Errorf("%s: %.3f with recency, want about half of %v", h.ID, h.Score, plain)
		}
	}
	if len(recent) != 2 {
		t.Errorf("recent = %v, want a and b", relatedIDs(recent))
	}
}

// TestRelatedRecencyNotFromTheFuture: an article dated a century ahead
// does not make every other article old: ages count from now at the
// latest, so a hit of two days ago keeps most of its score where one of
// two months ago loses about half.
func TestRelatedRecencyNotFromTheFuture(t *testing.T) {
	ix := mustOpen(t)
	now := time.Now().UTC()
	mustPut(t, ix,
		Article{ID: "src", Title: "量子暗号通信の衛星実験", Body: "量子暗号通信の衛星実験を行った。量子鍵配送で暗号鍵を地上局と共有した。", Published: now.AddDate(0, 0, -3)},
		Article{ID: "recent", Title: "量子暗号通信を衛星で実証", Body: "量子暗号通信の衛星実験に成功した。量子鍵配送の暗号鍵を地上局に送った。", Published: now.AddDate(0, 0, -2)},
		Article{ID: "older", Title: "量子暗号通信を衛星で実証へ", Body: "量子暗号通信の衛星実験を計画する。量子鍵配送の暗号鍵を地上局に送る。", Published: now.AddDate(0, -2, 0)},
		Article{ID: "ahead", Title: "桜の開花", Body: "東京で桜が咲いた。花見の季節が来た。", Published: now.AddDate(100, 0, 0)},
	)
	ctx := context.Background()
	plain, err := ix.Related(ctx, RelatedRequest{ID: "src"})
	if err != nil {
		t.Fatal(err)
	}
	recent, err := ix.Related(ctx, RelatedRequest{ID: "src", HalfLife: 7 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		id       string
		min, max float64 // of the score with recency over the score without
	}{
		{"recent", 0.85, 0.95},
		{"older", 0.45, 0.55},
	} {
		i := slices.IndexFunc(plain, func(h RelatedHit) bool { return h.ID == tt.id })
		j := slices.IndexFunc(recent, func(h RelatedHit) bool { return h.ID == tt.id })
		if i < 0 || j < 0 {
			t.Fatalf("%s missing: %v, %v", tt.id, relatedIDs(plain), relatedIDs(recent))
		}
		if r := recent[j].Score / plain[i].Score; r < tt.min || r > tt.max {
			t.Errorf("%s: %.3f of its score with a week's half-life, want %.2f–%.2f", tt.id, r, tt.min, tt.max)
		}
	}
}

// TestRelatedShortBodyHeadline: an article whose body is too short to
// relate is related by a headline that names its subject, as the same
// text sent as a draft is; one whose headline only repeats its body is
// not.
func TestRelatedShortBodyHeadline(t *testing.T) {
	ctx := context.Background()
	ix := mustOpen(t)
	flash := Article{ID: "flash", Title: "【速報】トヨタ、全固体電池の量産ラインを公開", Body: "詳細は追って。", Category: "電池", Published: day("2026-04-01")}
	mustPut(t, ix, append(slices.Clone(relatedFixtures), flash)...)
	for _, req := range []RelatedRequest{{ID: "flash"}, {Title: flash.Title, Body: flash.Body}} {
		hits, err := ix.Related(ctx, req)
		if err != nil || len(hits) == 0 || !strings.HasPrefix(hits[0].ID, "bat-") {
			t.Errorf("related(%+v) = %v, %v; want the battery articles", req, relatedIDs(hits), err)
		}
	}
	if hits, err := ix.Related(ctx, RelatedRequest{ID: "short"}); err != nil || len(hits) != 0 {
		t.Errorf("related(short) = %v, %v; want empty", relatedIDs(hits), err)
	}
	// A flash with no subject yet relates to nothing, however many
	// articles offer details or were flashes.
	mustPut(t, ix, Article{ID: "details", Title: "【速報】新型カメラを発売", Body: "新型カメラを発売した。詳細は公式サイトで。", Published: day("2026-04-02")})
	if hits, err := ix.Related(ctx, RelatedRequest{Title: "速報", Body: "詳細は追って。"}); err != nil || len(hits) != 0 {
		t.Errorf("related(速報, 詳細は追って。) = %v, %v; want empty", relatedIDs(hits), err)
	}
}

// TestRelatedNotByBackReferences: 同社 and 同日 point back at a name the
// story gave; two articles on other subjects that share only them and
// the site's everyday words are not related.
func TestRelatedNotByBackReferences(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "game", Title: "人気ゲームの発売を延期", Body: "米ゲーム会社は人気シリーズ最新作の発売を延期すると発表した。同社は同日、開発に時間がかかっていると説明した。", Published: day("2026-05-01")},
		Article{ID: "chip", Title: "車載半導体の出荷が停止", Body: "半導体メーカーの出荷停止で自動車の生産に影響が出ている。同社は同日、供給の再開時期は未定と説明した。", Published: day("2026-05-02")},
		Article{ID: "game2", Title: "ゲーム機の新型を発表", Body: "新型のゲーム機は来月発売される。人気シリーズの最新作も同時に出る。", Published: day("2026-05-03")},
	)
	hits, err := ix.Related(context.Background(), RelatedRequest{ID: "game"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if slices.Contains(h.Terms, "同社") || slices.Contains(h.Terms, "同日") {
			t.Errorf("%s related by %v", h.ID, h.Terms)
		}
	}
	if len(hits) == 0 || hits[0].ID != "game2" {
		t.Errorf("related of game = %v, want game2 first", hits)
	}
}

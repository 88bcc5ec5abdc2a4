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

	"sagasu/analyzer"
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
		{Body: "a\xffb"},
	} {
		if _, err := ix.Related(ctx, r); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("Related(%+v) = %v, want ErrInvalidRequest", r, err)
		}
	}
}

func TestHead(t *testing.T) {
	tests := []struct {
		name, s string
		n       int
		want    string
	}{
		{"short", "量子", 16, "量子"},
		{"cut at a character boundary", "量子暗号", 7, "量子"},
		{"exact", "量子暗号", 6, "量子"},
		{"inside the first character", "量子", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := head(tt.s, tt.n); got != tt.want {
				t.Errorf("head(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
			}
		})
	}
}

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

func TestShownReason(t *testing.T) {
	for term, want := range map[string]bool{"全固体電池": true, "tesla": true, "担う": true, "こうした": false, "おき": false, "ロボット": true,
		"2.1": false, "10,000": false, "the": false, "and": false, "mk-7": true, "h3": true} {
		if got := shownReason(term); got != want {
			t.Errorf("shownReason(%q) = %v, want %v", term, got, want)
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

// TestRelatedTermsNeverNull: an article related only through words not
// shown as reasons still has a list of reasons, empty.
func TestRelatedTermsNeverNull(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a", Title: "港湾の再開発", Body: "港湾の再開発で倉庫と桟橋を改修する。こうしたおおむねいわゆるひとまずの計画。", Published: day("2026-05-01")},
		Article{ID: "b", Title: "果樹園の収穫", Body: "果樹園で林檎と梨を収穫した。こうしたおおむねいわゆるひとまずの作業。", Published: day("2026-05-02")},
	)
	hits, err := ix.Related(context.Background(), RelatedRequest{ID: "a"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Terms == nil {
			t.Errorf("hit %s has terms nil, want a list", h.ID)
		}
	}
}

func TestShownSpelling(t *testing.T) {
	for _, tt := range []struct{ term, written, want string }{
		{"iphone", "iPhone", "iPhone"},
		{"nvidia", "ＮＶＩＤＩＡ", "NVIDIA"},
		{"タクシ", "タクシー", "タクシー"},
		{"生成ai", "生成AI", "生成AI"},
		{"生まれる", "生まれ", "生まれる"},
		{"量子", "", "量子"},
	} {
		if got := shownSpelling(tt.term, tt.written); got != tt.want {
			t.Errorf("shownSpelling(%q, %q) = %q, want %q", tt.term, tt.written, got, tt.want)
		}
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

// TestRelatedSkipsRepeatedSentences: a paragraph of background that other
// articles repeat word for word shares many words with them whatever their
// subject; the article on the source's subject comes first all the same.
func TestRelatedSkipsRepeatedSentences(t *testing.T) {
	ix := mustOpen(t)
	const background = "自動車業界は「100年に1度の変革期」と言われ、電動化と自動運転、ソフトウェアをめぐる競争が激しくなっている。"
	mustPut(t, ix,
		Article{ID: "bat-1", Title: "全固体電池の量産ライン", Body: "トヨタ自動車は全固体電池の量産ラインを建設すると発表した。" + background, Published: day("2026-01-10")},
		Article{ID: "bat-2", Title: "固体電解質の新工場", Body: "全固体電池に使う固体電解質の工場が稼働し、量産を急ぐ。", Published: day("2026-01-11")},
		Article{ID: "av-1", Title: "自動運転タクシーの実証", Body: "自動運転タクシーの実証が都内で始まった。" + background, Published: day("2026-01-12")},
		Article{ID: "av-2", Title: "自動運転バスの運行", Body: "地方の路線で自動運転バスの運行が始まった。" + background, Published: day("2026-01-13")},
		Article{ID: "av-3", Title: "ソフトウェア定義車両", Body: "車の機能をソフトウェアで更新する車両が増えている。" + background, Published: day("2026-01-14")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "bat-1", Size: 3})
	if got := relatedIDs(hits); err != nil || len(got) == 0 || got[0] != "bat-2" {
		t.Errorf("related(bat-1) = %v, %v; want bat-2 first", got, err)
	}
	// Its own sentences, not another's, relate a draft that repeats it.
	var keys []string
	sentences("短い。"+background+"見出し\n"+background, func(_, key string) { keys = append(keys, key) })
	if len(keys) != 2 || keys[0] != keys[1] {
		t.Errorf("sentences: %v, want the background twice", keys)
	}
}

// TestRelatedIgnoresTheSiteList: the same list of links under a dozen
// articles on different subjects names the site's sections, not a
// subject; the article on the source's subject (without the list) comes
// first, and no hit is related by the list's words alone.
func TestRelatedIgnoresTheSiteList(t *testing.T) {
	ix := mustOpen(t)
	const list = "\n【関連リンク】\n・EVニュース一覧\n・電池特集\n・AIと半導体の最新動向\n"
	subjects := []string{"台風10号の進路", "プロ野球の開幕戦", "新米の価格", "ラーメン店の行列", "花火大会の中止", "動物園の赤ちゃん",
		"図書館の新館", "マラソン大会の結果", "紅葉の見頃", "温泉街のにぎわい", "地下鉄の延伸", "美術館の特別展"}
	var as []Article
	for i, s := range subjects {
		as = append(as, Article{ID: fmt.Sprintf("x-%d", i), Title: s, Body: s + "について地元の関係者が説明した。詳しい日程は今後決める。" + list, Published: day("2026-01-10")})
	}
	as = append(as,
		Article{ID: "ev-1", Title: "EV用電池の新工場", Body: "EV用の電池を作る工場が完成した。", Published: day("2026-01-20")},
		Article{ID: "ai-1", Title: "AI向け半導体の需要", Body: "AI向けの半導体の需要が伸びている。", Published: day("2026-01-21")},
		Article{ID: "ev-2", Title: "EVの電池を再利用", Body: "使い終えたEVの電池を蓄電池に再利用する。", Published: day("2026-01-22")},
		Article{ID: "ai-2", Title: "AI半導体の輸出規制", Body: "AIに使う半導体の輸出規制が強まった。", Published: day("2026-01-23")},
		Article{ID: "h3-1", Title: "H3ロケット5号機の打ち上げ成功", Body: "JAXAはH3ロケット5号機の打ち上げに成功した。種子島宇宙センターから衛星を軌道に投入した。" + list, Published: day("2026-02-01")},
		Article{ID: "h3-2", Title: "H3ロケット6号機、来月打ち上げ", Body: "JAXAはH3ロケット6号機を来月、種子島宇宙センターから打ち上げると発表した。衛星を載せる。", Published: day("2026-02-10")},
	)
	mustPut(t, ix, as...)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "h3-1", Size: 5})
	if got := relatedIDs(hits); err != nil || len(got) == 0 || got[0] != "h3-2" {
		t.Fatalf("related(h3-1) = %v, %v; want h3-2 first", got, err)
	}
	for _, h := range hits {
		for _, term := range h.Terms {
			if slices.Contains([]string{"EV", "電池", "AI", "半導体", "関連", "特集"}, term) {
				t.Errorf("hit %s related by the list's word %s (terms %v)", h.ID, term, h.Terms)
			}
		}
	}
}

// TestRelatedNotByTheDaysHeadlines: a site that lists its headlines of
// the day under each article (■関連記事) relates nothing by them. The
// source's list names other subjects, which must not bring their
// articles; the lists of the same day's articles name the source, which
// must not rank them above the article on its subject that never links
// to it.
func TestRelatedNotByTheDaysHeadlines(t *testing.T) {
	ix := mustOpen(t)
	heads := "\n■関連記事\n・電動歯ブラシの新モデルが登場\n・炊飯器の売れ筋ランキング\n・ねこの寝顔がネットで話題に\n"
	mustPut(t, ix,
		Article{ID: "cat", Title: "ねこの寝顔がネットで話題に", Body: "飼いねこが前足で顔を覆って眠る姿がネットで話題になっている。ねこ好きの投稿が相次ぐ。" + heads, Published: day("2026-03-01")},
		Article{ID: "rice", Title: "炊飯器の売れ筋ランキング", Body: "今月よく売れた炊飯器を紹介する。土鍋の風合いを再現した機種が人気だ。" + heads, Published: day("2026-03-01")},
		Article{ID: "brush", Title: "電動歯ブラシの新モデルが登場", Body: "歯ぐきへの負担を抑える電動歯ブラシが発売された。" + heads, Published: day("2026-03-02")},
		Article{ID: "cat-2", Title: "ねこの肉球の写真集", Body: "ねこの肉球を集めた写真集が出た。ねこ好きの間で評判になっている。", Published: day("2026-06-01")},
		Article{ID: "rice-2", Title: "土鍋で炊くご飯", Body: "土鍋で炊いたご飯はおいしい。炊飯器との違いを比べた。", Published: day("2026-06-02")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "cat", Size: 5})
	got := relatedIDs(hits)
	if err != nil || len(got) == 0 || got[0] != "cat-2" {
		t.Fatalf("related(cat) = %v, %v; want cat-2 first", got, err)
	}
	if slices.Contains(got, "rice-2") {
		t.Errorf("related(cat) = %v: rice-2 is related only by the source's list of headlines", got)
	}
}

// TestRelatedNotByListsAlone: an article that names the source only in
// its list of links (■関連記事) has no word of its own to show why it
// would be related: it is not listed (a TV story had shown the source's
// air conditioner as its reason).
func TestRelatedNotByListsAlone(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "aircon", Title: "声で操作するエアコン「大清快」", Body: "東芝は声で操作できるエアコン大清快を発売した。冷房と暖房を声で切り替える。", Published: day("2026-03-01")},
		Article{ID: "aircon-2", Title: "省エネのエアコン", Body: "暖房の効率を上げたエアコンが出た。冷房も静かだ。", Published: day("2026-03-05")},
		Article{ID: "tv", Title: "テレビ離れが進む", Body: "若い世代でテレビを見ない人が増えた。動画配信が伸びている。\n■関連記事\n・声で操作するエアコン「大清快」東芝から\n", Published: day("2026-03-02")},
		Article{ID: "rice", Title: "炊飯器の売れ筋", Body: "土鍋の風合いの炊飯器が売れた。", Published: day("2026-03-03")},
		Article{ID: "brush", Title: "電動歯ブラシ", Body: "歯ぐきにやさしい電動歯ブラシ。", Published: day("2026-03-04")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "aircon", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.ID == "tv" {
			t.Errorf("related(aircon) has tv, for %v, which it has only in its list of links", h.Terms)
		}
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

func TestShowReasons(t *testing.T) {
	info := map[string]reasonInfo{"発表": {shown: "発表", common: true}, "開発": {shown: "開発", common: true}}
	var words analyzer.Words
	mustOpen(t).an.TermsAndContent("周波数の割り当て。ギガワット級の工場。積水化学工業と前年同期比。サム・アルトマン氏。新しい規則に基づく。値上げの見通し。熊本県菊陽町に回路線幅6ナノの工場。ヤマノ運輸の配送。EV約1万台分。TSMC熊本第2工場。1万量子ビット超の計画", nil, &words)
	for t, rs := range termRuns(words.Runs) {
		info[t] = reasonInfo{shown: t, runs: rs}
	}
	for _, t := range []string{"基づく", "新しい", "値上げ", "見通し"} {
		info[t] = reasonInfo{shown: t, inflected: words.Inflected[t]}
	}
	kumamoto := info["熊本"]
	kumamoto.common = true
	info["熊本"] = kumamoto
	tests := []struct {
		name, text string
		reasons    []string
		want       []string
	}{
		{"common words left out", "", []string{"ラピダス", "発表", "千歳", "開発"}, []string{"ラピダス", "千歳"}},
		{"kept when too few others", "", []string{"ラピダス", "発表", "開発"}, []string{"ラピダス", "発表", "開発"}},
		{"none common", "", []string{"ラピダス", "千歳"}, []string{"ラピダス", "千歳"}},
		{"verbs and adjectives left out", "", []string{"基づく", "ラピダス", "新しい", "千歳"}, []string{"ラピダス", "千歳"}},
		{"verbs kept when too few others", "", []string{"基づく", "ラピダス"}, []string{"基づく", "ラピダス"}},
		{"nouns in hiragana kept", "", []string{"値上げ", "ラピダス", "見通し"}, []string{"値上げ", "ラピダス", "見通し"}},
		{"at most maxReasons", "", []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "b1"}, []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"}},
		{"empty", "", []string{}, []string{}},
		{"runs the hit has", "5ギガワットの周波数帯。積水化学工業の前年同期は", []string{"周波", "ギガ", "ワット", "積水", "化学", "工業", "同期"},
			[]string{"周波数", "ギガワット", "積水化学工業", "同期"}},
		{"not a run the hit lacks", "ギガの電力とワット数", []string{"ギガ", "ワット"}, []string{"ギガ", "ワット"}},
		{"a piece inside a word shown", "アルトマン氏とサム", []string{"アルト", "マン", "アルトマン"}, []string{"アルトマン"}},
		{"a suffix with the name before it, shared or not", "熊本県菊陽町の第2工場", []string{"菊陽", "熊本"}, []string{"熊本県菊陽町"}},
		{"a run ends at no number", "回路線幅6ナノメートル", []string{"回路"}, []string{"回路線幅"}},
		{"the ノ of a name", "ヤマノ運輸が再開", []string{"ヤマ", "運輸"}, []string{"ヤマノ運輸"}},
		{"no name ends at ノ", "ヤマノ会社", []string{"ヤマ"}, []string{"ヤマ"}},
		{"no number inside a run", "回路線幅6ナノメートル", []string{"線幅", "ナノ"}, []string{"線幅", "6ナノ"}},
		{"no mark of a number", "EV約1万台分。TSMC熊本第2工場。1万量子ビット超の計画", []string{"ev", "量子ビット"}, []string{"ev", "量子ビット"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := showReasons(tt.reasons, info, tt.text)
			if !slices.Equal(got, tt.want) || got == nil {
				t.Errorf("showReasons(%q) = %q, want %q", tt.reasons, got, tt.want)
			}
		})
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

// TestRelatedNotByAddresses: the words of a URL in the text (a site's
// column pages) relate no article, and are no reason shown.
func TestRelatedNotByAddresses(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "quake", Title: "地震の備えを見直す", Body: "家具の固定と非常食の備蓄を専門家が勧める。詳しくは http://bousai.example.jp/column/stockpile/ を参照。", Published: day("2026-01-10")},
		Article{ID: "quake-2", Title: "非常食の選び方", Body: "地震に備えて非常食を備蓄する家庭が増えた。", Published: day("2026-01-11")},
		Article{ID: "column", Title: "人気のstockpileコラム", Body: "投資のcolumnとstockpileの話。bousaiという名の店も紹介する。", Published: day("2026-01-12")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "quake", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.ID == "column" || slices.ContainsFunc(h.Terms, func(s string) bool {
			return strings.Contains(strings.ToLower(s), "column") || strings.Contains(s, "stockpile")
		}) {
			t.Errorf("related(quake) = %+v, want nothing by the words of its URL", hits)
		}
	}
	if got := relatedIDs(hits); len(got) == 0 || got[0] != "quake-2" {
		t.Errorf("related(quake) = %v, want quake-2", got)
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
	if got := anchoredFirst([]RelatedHit{hit("a", 10), hit("b", 1)}, nil); got[1].ID != "b" {
		t.Errorf("a title with no specific word changed the order: %v", got)
	}
}

// TestRelatedNotByBylines: a writer's credit relates none of the
// writer's other articles, which are on other subjects.
func TestRelatedNotByBylines(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "nidec", Title: "【分析】ニデックの会計問題", Body: "ニデックは不適切な会計の疑いで第三者委員会を設けた。子会社の会計処理が焦点だ。\n（文・ITジャーナリスト 佐藤一郎）", Published: day("2026-02-01")},
		Article{ID: "nidec-2", Title: "ニデック、監査法人が意見不表明", Body: "ニデックの決算で監査法人が意見を表明しなかった。会計処理の調査が続く。", Published: day("2026-02-02")},
		Article{ID: "robot", Title: "【分析】ヒューマノイドの量産", Body: "人型ロボットの量産が始まるかを探る。\n（文・ITジャーナリスト 佐藤一郎）", Published: day("2026-02-03")},
		Article{ID: "iown", Title: "【分析】IOWNと電力", Body: "光通信で電力を減らす構想を探る。\n取材・文：ITジャーナリスト 佐藤一郎", Published: day("2026-02-04")},
	)
	hits, err := ix.Related(t.Context(), RelatedRequest{ID: "nidec", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := relatedIDs(hits); !slices.Equal(got, []string{"nidec-2"}) {
		t.Errorf("related(nidec) = %v %+v, want only nidec-2 (not the writer's articles, nor by 【分析】)", got, hits)
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

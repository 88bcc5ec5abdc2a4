package index

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"sagasu/data"
)

// mustOpen opens a new index in a temporary directory, closed at cleanup.
func mustOpen(tb testing.TB) *Index {
	tb.Helper()
	ix, err := Open(filepath.Join(tb.TempDir(), "index"), Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	// Tests check what the lookups find, not how fast: on a busy machine
	// the suggester's time budgets leave words unchecked.
	ix.sug.budget = time.Second
	return ix
}

func mustPut(tb testing.TB, ix *Index, arts ...Article) {
	tb.Helper()
	if err := ix.Put(context.Background(), arts...); err != nil {
		tb.Fatal(err)
	}
}

// appendCopies appends n articles of title, numbered, and body to arts,
// with ids that go on from arts' own: a word n articles share.
func appendCopies(arts []Article, n int, title, body string) []Article {
	for i := range n {
		arts = append(arts, Article{ID: fmt.Sprintf("a%03d", len(arts)), Title: fmt.Sprintf("%s（%d）", title, i), Body: body, Published: day("2026-04-01")})
	}
	return arts
}

// mustSample opens an index holding the embedded sample articles.
func mustSample(tb testing.TB) *Index {
	tb.Helper()
	ix := mustOpen(tb)
	rep, err := ix.Import(context.Background(), bytes.NewReader(data.SampleArticles), ImportOptions{})
	if err != nil || rep.Rejected > 0 {
		tb.Fatalf("import samples: %v, rejected %v", err, rep.Rejections)
	}
	return ix
}

// sampleArticles returns the embedded sample articles, decoded.
func sampleArticles(tb testing.TB) []Article {
	tb.Helper()
	var arts []Article
	for line := range bytes.Lines(data.SampleArticles) {
		a, err := DecodeArticle(line)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

func mustSearch(tb testing.TB, ix *Index, r Request) *Result {
	tb.Helper()
	res, err := ix.Search(context.Background(), r)
	if err != nil {
		tb.Fatalf("Search(%+v): %v", r, err)
	}
	return res
}

func ids(res *Result) []string {
	out := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.ID
	}
	return out
}

func day(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02", s, JST)
	if err != nil {
		panic(err)
	}
	return t.Add(9 * time.Hour)
}

// fixtures are small articles written for these tests; each exercises one
// search rule. Months: January, March, April, May (February is empty).
var fixtures = []Article{
	{ID: "ai-chip", Title: "ＡＩ半導体の新工場を発表", Body: "ＮＶＩＤＩＡは２０２６年、新しいＡＩ半導体の工場を建設すると発表した。", Category: "AI", Tags: []string{"NVIDIA", "半導体"}, Published: day("2026-01-10"), URL: "https://example.jp/ai-chip"},
	{ID: "ssb-mass", Title: "全固体電池の量産ラインが稼働", Body: "トヨタは全固体電池の量産を始めた。生産能力は年間一万台分。", Category: "電池", Tags: []string{"トヨタ"}, Published: day("2026-03-05")},
	{ID: "ssb-apart", Title: "電池工場の量産計画", Body: "量産は来年から。全固体の研究は別の拠点で続ける。", Category: "電池", Published: day("2026-03-20")},
	{ID: "tokyo-to", Title: "東京都が新しい条例", Body: "東京都は自動運転バスの実証を広げる条例を定めた。", Category: "自動運転", Published: day("2026-04-01")},
	{ID: "kyoto", Title: "京都大学の研究チーム", Body: "京都大学の研究チームは量子ビットの新しい制御方式を示した。", Category: "量子", Published: day("2026-04-15")},
	{ID: "kix", Title: "空飛ぶクルマの実証", Body: "関西国際空港と大阪市内を結ぶ実証が始まった。", Category: "自動運転", Published: day("2026-05-02")},
	{ID: "escape", Title: "<script>alert(1)</script> & AI", Body: "タグを含むタイトルのAI記事。", Category: "AI", Published: day("2026-05-20")},
}

func mustFixtures(tb testing.TB) *Index {
	tb.Helper()
	ix := mustOpen(tb)
	mustPut(tb, ix, fixtures...)
	return ix
}

// mustSuggestOver opens an index of arts with its suggestions built.
func mustSuggestOver(tb testing.TB, arts ...Article) *Index {
	tb.Helper()
	ix := mustOpen(tb)
	mustPut(tb, ix, arts...)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return ix
}

// copiesOf returns n articles with the same body, ids id-0, id-1, … and
// titles title0, title1, … (a title is no word of its own).
func copiesOf(n int, id, title, body, published string) []Article {
	out := make([]Article, n)
	for i := range out {
		out[i] = Article{ID: fmt.Sprintf("%s-%d", id, i), Title: fmt.Sprintf("%s%d", title, i), Body: body, Published: day(published)}
	}
	return out
}

// sameSet reports whether a and b hold the same strings, in any order.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// suggesterOver opens an index of one article for each of bodies (ids
// prefix0, prefix1, …, titles 記事0, 記事1, …, all of one day), builds
// its suggestions and returns what the index suggests for a text, eight
// at most.
func suggesterOver(tb testing.TB, prefix string, bodies ...string) func(q string) []Suggestion {
	tb.Helper()
	arts := make([]Article, len(bodies))
	for i, b := range bodies {
		arts[i] = Article{ID: fmt.Sprintf("%s%d", prefix, i), Title: fmt.Sprintf("記事%d", i), Body: b, Published: day("2026-05-01")}
	}
	ix := mustSuggestOver(tb, arts...)
	return func(q string) []Suggestion {
		got, err := ix.Suggest(context.Background(), q, 8)
		if err != nil {
			tb.Fatal(err)
		}
		return got
	}
}

// typedCase is an input typed and what must come of it: the word its
// suggestions must hold ("" in checkSlips' empties) or the id of the
// article its search must list first.
type typedCase struct{ name, typed, want string }

// checkSlips checks that each of completes holds its word in ix's top
// three suggestions and that each of empties is offered no word.
func checkSlips(t *testing.T, ix *Index, completes, empties []typedCase) {
	t.Helper()
	for _, tt := range completes {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
				t.Errorf("Suggest(%q) = %v, want %q in the top 3", tt.typed, texts(got), tt.want)
			}
		})
	}
	for _, tt := range empties {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, 3)
			if err != nil {
				t.Fatal(err)
			}
			if slices.ContainsFunc(got, isWordSuggestion) {
				t.Errorf("Suggest(%q) = %v, want no word", tt.typed, texts(got))
			}
		})
	}
}

// checkSuggestFirst checks that each case's word is the first of ix's
// size suggestions for what it types.
func checkSuggestFirst(t *testing.T, ix *Index, size int, cases []typedCase) {
	t.Helper()
	suggestEach(t, ix, size, cases, func(t *testing.T, tt typedCase, got []Suggestion) {
		if len(got) == 0 || got[0].Text != tt.want {
			t.Errorf("Suggest(%q) = %v, want %s first", tt.typed, texts(got), tt.want)
		}
	})
}

// suggestEach runs check, in a subtest for each case, on the first size
// suggestions of ix for what the case types.
func suggestEach(t *testing.T, ix *Index, size int, cases []typedCase, check func(t *testing.T, tt typedCase, got []Suggestion)) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Suggest(t.Context(), tt.typed, size)
			if err != nil {
				t.Fatal(err)
			}
			check(t, tt, got)
		})
	}
}

// checkSearchFirst checks that each case's article is the first hit of a
// search for what it types.
func checkSearchFirst(t *testing.T, ix *Index, cases []typedCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.typed}))
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("%s = %v, want %s first", tt.typed, got, tt.want)
			}
		})
	}
}

// setCase is a search and the articles it must find, in any order.
type setCase struct {
	name string
	q    string
	want []string
}

// checkSearchSet checks that each case's search finds its articles and
// no others.
func checkSearchSet(t *testing.T, ix *Index, cases []setCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(mustSearch(t, ix, Request{Query: tt.q}))
			if !sameSet(got, tt.want) {
				t.Errorf("Search(%s) = %v, want %v in any order", tt.q, got, tt.want)
			}
		})
	}
}

// closedGeneration opens an index in a new directory, writes one
// article and closes it, and returns the index's directory and its
// generation's, where the suggestion files lie.
func closedGeneration(t *testing.T) (dir, gen string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, Article{ID: "a", Title: "量子コンピュータの実用化", Body: "量子ビットの誤り訂正。", Published: day("2026-06-01")})
	release, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	gen = ix.genPath()
	release()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, gen
}

// articlesOf returns one article for each title, its body the title and a
// sentence, all of one day, ids prefix0, prefix1, ….
func articlesOf(prefix string, titles ...string) []Article {
	out := make([]Article, len(titles))
	for i, title := range titles {
		out[i] = Article{ID: fmt.Sprintf("%s%d", prefix, i), Title: title, Body: title + "。詳しくは本文で。", Published: day("2026-06-01")}
	}
	return out
}

// checkNotOffered checks that no suggestion of ix among the first size
// for each case's input is its word, nor starts with it.
func checkNotOffered(t *testing.T, ix *Index, size int, cases []typedCase) {
	t.Helper()
	suggestEach(t, ix, size, cases, func(t *testing.T, tt typedCase, got []Suggestion) {
		if slices.ContainsFunc(got, func(s Suggestion) bool { return s.Kind == kindTerm && strings.HasPrefix(s.Text, tt.want) }) {
			t.Errorf("Suggest(%q) = %v, want no %s", tt.typed, texts(got), tt.want)
		}
	})
}

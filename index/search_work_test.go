package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// The work a query may cost: only its first words are looked up an edit
// away or as romaji, a typo's spellings are found once when it is
// compiled, and phrases of common or repeated words are searched in
// pieces, or refused, before comparing their positions reads too much.

// TestFuzzyWordsBounded: only the first few words of a query get the
// spellings an edit away; each walks the term dictionary.
func TestFuzzyWordsBounded(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, readerFixtures...)
	words := []string{"クルーズー", "スカイツリ", "ヴァイオリ", "ボルトール", "ジェイソン", "ステイサム", "フェースブ", "ケーキング"}
	tc := &readerCounter{ctx: t.Context(), ix: ix.b}
	defer tc.close()
	c := &compiler{an: ix.an, syn: ix.syn, tc: tc}
	if _, err := c.compile(strings.Join(words, " ")); err != nil {
		t.Fatal(err)
	}
	if c.fuzzed == 0 || c.fuzzed > maxFuzzyWords {
		t.Errorf("%d words looked up an edit away of %d, want 1 to %d", c.fuzzed, len(words), maxFuzzyWords)
	}
}

// TestRomajiWordsBounded: only the first few words of a query are looked
// up as romaji, each by several spellings and readings (32 words of
// made-up romaji had taken half a second), and a query whose context ends
// while its words are compiled answers the context's error rather than
// being searched.
func TestRomajiWordsBounded(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, readerFixtures...)
	q := "nutosotu hotomusu musosoko horurotu momukusu turosono nusosumo hokoroto kosotomu tonusuho sotomuko rotohoso"
	tc := &readerCounter{ctx: t.Context(), ix: ix.b}
	defer tc.close()
	c := &compiler{an: ix.an, syn: ix.syn, tc: tc}
	if _, err := c.compile(q); err != nil {
		t.Fatal(err)
	}
	if c.romaji == 0 || c.romaji > maxRomajiWords {
		t.Errorf("%d words looked up as romaji, want 1 to %d", c.romaji, maxRomajiWords)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	done := &readerCounter{ctx: ctx, ix: ix.b}
	defer done.close()
	if _, err := (&compiler{an: ix.an, syn: ix.syn, tc: done}).compile(q); !errors.Is(err, context.Canceled) {
		t.Errorf("compile with its context ended: err %v, want context.Canceled", err)
	}
}

// TestTypoTermsLookedUpOnce: an English typo searches the words an edit
// away as terms found once, at compile time, not as a fuzzy query that
// walks the term dictionary on each of a relaxed search's runs; and a
// katakana spelling it sounds like that many articles have alone is not
// looked for inside longer words too.
func TestTypoTermsLookedUpOnce(t *testing.T) {
	ix := mustOpen(t)
	var arts []Article
	for i := range maxInsideDF {
		arts = append(arts, Article{ID: fmt.Sprintf("sp-%d", i), Title: "新しいスマートフォン", Body: "smartphone の新製品。スマートフォンケースも出た。", Published: day("2026-05-01")})
	}
	mustPut(t, ix, arts...)
	tc := &readerCounter{ctx: t.Context(), ix: ix.b}
	defer tc.close()
	tq, err := ix.compiler(tc).compile("smartphon")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(tq.units)
	if s := string(b); strings.Contains(s, `"fuzziness":1`) || strings.Contains(s, `"must_not"`) || !strings.Contains(s, `"smartphone"`) {
		t.Errorf("smartphon compiles to %s; want smartphone as a term, no fuzzy query, no search inside words", s)
	}
	if got := mustSearch(t, ix, Request{Query: "smartphon"}); got.Total != maxInsideDF {
		t.Errorf("smartphon finds %d, want %d", got.Total, maxInsideDF)
	}
}

// everywhere counts every term in n articles.
type everywhere struct{ n uint64 }

func (e everywhere) count(string, string) uint64 { return e.n }

// TestPhraseWorkBounded: phrases in quotes of words nearly every article
// has are refused once comparing their positions would read too much (16
// of them had taken seconds on livedoor), by what the archive holds: the
// same phrases of rarer words are searched; a phrase quoted twice is
// searched once.
func TestPhraseWorkBounded(t *testing.T) {
	ix := mustOpen(t)
	common := strings.Repeat(`"日 日 日 日 日 日 日 日" "年 年 年 年 年 年 年 年" `, 4)
	for _, tt := range []struct {
		name   string
		q      string
		df     uint64
		refuse bool
	}{
		{"common words", common, 100_000, true},
		{"rare words", common, 100, false},
		{"one phrase of two common words", `"日 本"`, 12_000, false}, // 本 at 100,000 articles
	} {
		_, err := (&compiler{an: ix.an, syn: ix.syn, tc: everywhere{tt.df}}).compile(tt.q)
		if got := errors.Is(err, ErrInvalidRequest) && strings.Contains(err.Error(), "common"); got != tt.refuse || !tt.refuse && err != nil {
			t.Errorf("%s: err %v, want refused %v", tt.name, err, tt.refuse)
		}
	}
	// Unquoted, such words are their terms anywhere, not refused.
	tq, err := (&compiler{an: ix.an, syn: ix.syn, tc: everywhere{100_000}}).compile("日日日日 年年年年 月月月月")
	if js, _ := json.Marshal(tq.units); err != nil || strings.Contains(string(js), `"terms"`) {
		t.Errorf("日日日日 年年年年 月月月月 in every article: err %v, units %s; want no phrase", err, js)
	}
	once, err := (&compiler{an: ix.an, syn: ix.syn}).compile(`"全固体電池 量産"`)
	if err != nil {
		t.Fatal(err)
	}
	twice, err := (&compiler{an: ix.an, syn: ix.syn}).compile(`"全固体電池 量産" "全固体電池 量産"`)
	if err != nil {
		t.Fatal(err)
	}
	if len(twice.units) != len(once.units) {
		t.Errorf("a phrase quoted twice: %d units, want %d as quoted once", len(twice.units), len(once.units))
	}
}

// TestRepeatedNamePhrase: a query that repeats a name, against an article
// that repeats it, is a phrase of one term per position. A match-phrase
// query put the name's joined runs and readings at the same positions, and
// bleve's phrase search followed every combination: ×4 took gigabytes and
// never ended. A long phrase of a few repeated terms is searched in pieces.
func TestRepeatedNamePhrase(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "names", Title: "t", Body: strings.Repeat("本田圭佑", 8) + strings.Repeat("全固体電池", 60), Published: day("2026-04-01")},
		Article{ID: "quoted", Title: "t", Body: strings.Repeat("「あいうえおかきくけこ」", 60), Published: day("2026-04-02")},
		Article{ID: "car", Title: "t", Body: strings.Repeat("カーー", 3000), Published: day("2026-04-03")},
	)
	for _, tt := range []struct{ q, want string }{
		{strings.Repeat("本田圭佑", 6), "names"},
		{strings.Repeat("全固体電池", 12), "names"},
		{`"` + strings.Repeat("本田圭佑", 6) + `"`, "names"},
		{"body:" + strings.Repeat("本田圭佑", 6), "names"},
		{strings.Repeat("「あいうえおかきくけこ」", 7), "quoted"},
		{strings.Repeat("カーー", 333), "car"},
	} {
		res := mustSearch(t, ix, Request{Query: tt.q})
		if got := ids(res); len(got) == 0 || got[0] != tt.want {
			t.Errorf("Search(%.20s…) = %v, want %s first", tt.q, got, tt.want)
		}
	}
}

func TestPhraseQueryPieces(t *testing.T) {
	seq := func(n, cycle int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprint("t", i%cycle)
		}
		return out
	}
	tests := []struct {
		name   string
		terms  []string
		pieces int // 0: one plain phrase
	}{
		{"short", seq(16, 16), 0},
		{"long, distinct", seq(40, 1000), 3},
		{"long, repeating: one distinct piece", seq(400, 2), 0},
		{"very long, distinct", seq(1000, 1000), maxPhrasePieces},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := phraseQuery(tt.terms, fieldBody, 1)
			got := 0
			if c, ok := q.(*query.ConjunctionQuery); ok {
				got = len(c.Conjuncts)
			}
			if got != tt.pieces {
				t.Errorf("%d terms: %d pieces, want %d", len(tt.terms), got, tt.pieces)
			}
		})
	}
}

// TestPhraseWorkCountsTerms: a phrase's work grows with its terms past the
// second (日 eight times over walks its positions seven times in every
// article with it), so a word of one kanji repeated is no phrase past the
// budget.
func TestPhraseWorkCountsTerms(t *testing.T) {
	ix := mustOpen(t)
	for i := range 5 {
		mustPut(t, ix, Article{ID: fmt.Sprintf("d%d", i), Title: "日日の記録", Body: "日に日に日が長くなる。", Published: day("2026-04-01")})
	}
	tc := &readerCounter{ctx: t.Context(), ix: ix.b}
	defer tc.close()
	c := ix.compiler(tc)
	for _, tt := range []struct {
		n    int
		want uint64
	}{{2, 5}, {3, 10}, {8, 35}} {
		if got := c.phraseWork(slices.Repeat([]string{"日"}, tt.n)); got != tt.want {
			t.Errorf("phraseWork(日 ×%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}

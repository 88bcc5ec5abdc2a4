package analyzer_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"

	"sagasu/analyzer"
)

func TestLongTextIsChunked(t *testing.T) {
	a := mustAnalyzer(t)
	sentence := "量子コンピュータの実用化に向けた研究が進んでいる。"
	long := strings.Repeat(sentence, 400) + strings.Repeat("あ", 5000) + "最後"
	ts := a.Analyze([]byte(long))
	if len(ts) == 0 {
		t.Fatal("no tokens")
	}
	last := ts[len(ts)-1]
	if string(last.Term) != "最後" || long[last.Start:last.End] != "最後" {
		t.Errorf("last token = %q at %d:%d, want 最後 at the end", last.Term, last.Start, last.End)
	}
	prev := 0
	for _, tk := range ts {
		if tk.Position < prev {
			t.Fatalf("position %d after %d", tk.Position, prev)
		}
		prev = tk.Position
	}
}

// TestRunsPastAWordSkipped: a run of one letter, digit or katakana longer
// than any word is read for its first maxRun characters, the rest skipped
// (each maxRun of it took kagome a tenth of a millisecond); what follows
// it is read, at its own offsets; a shorter run, or one cut by a chunk's
// length, is read whole.
func TestRunsPastAWordSkipped(t *testing.T) {
	a := mustAnalyzer(t)
	for _, run := range []string{"a", "7", "ア"} {
		text := strings.Repeat(run, 5000) + "。量子"
		ts := a.Analyze([]byte(text))
		if len(ts) != 2 || string(ts[0].Term) != strings.Repeat(run, 32) || string(ts[1].Term) != "量子" || text[ts[1].Start:ts[1].End] != "量子" {
			var got []string
			for _, tk := range ts[:min(len(ts), 4)] {
				got = append(got, string(tk.Term))
			}
			t.Errorf("%s×5000: %d tokens %q…, want the first 32 (maxRun) and 量子", run, len(ts), got)
		}
	}
	word := "Internationalization"
	if ts := a.Analyze([]byte(word)); len(ts) != 1 || string(ts[0].Term) != strings.ToLower(word) {
		t.Errorf("%s: %v, want one token", word, ts)
	}
}

// keptOccurrences is the analyzer's maxOccurrences.
const keptOccurrences = 32

// TestOccurrencesCapped: a term repeated without end is indexed at its
// first keptOccurrences occurrences in each field, and the rest of the
// text still is.
func TestOccurrencesCapped(t *testing.T) {
	a := projectAnalyzer(t)
	// Below and above countAsYouGoBytes: capped after, and as they come.
	for _, n := range []int{2000, 4000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) { testOccurrencesCapped(t, a, n) })
	}
}

func testOccurrencesCapped(t *testing.T, a *analyzer.Analyzer, repeat int) {
	text := []byte(strings.Repeat("量子とアイス。", repeat) + "最後")
	count := func(ts analysis.TokenStream, term string) (n int) {
		for _, tk := range ts {
			if string(tk.Term) == term {
				n++
			}
		}
		return n
	}
	main := a.Analyze(text)
	tests := []struct {
		field string
		ts    analysis.TokenStream
		term  string
	}{
		{"main", main, "量子"},
		{"main", main, "アイス"},
		{"reading", a.Reading().Analyze(text), "リョウシ"},
		{"bigram", analyzer.Bigram{}.Analyze(text), "アイ"},
	}
	for _, tt := range tests {
		if n := count(tt.ts, tt.term); n != keptOccurrences {
			t.Errorf("%s: %s indexed %d times, want %d", tt.field, tt.term, n, keptOccurrences)
		}
	}
	if last := main[len(main)-1]; string(last.Term) != "最後" {
		t.Errorf("last term %q, want 最後", last.Term)
	}
}

// TestLongNameRunBounded: a run of thousands of name kanji is no name; the
// readings of its combinations would be millions of terms.
func TestLongNameRunBounded(t *testing.T) {
	a := projectAnalyzer(t)
	text := strings.Repeat("佑", 20000)
	if n := len(a.Reading().Analyze([]byte(text))); n > 10000 {
		t.Errorf("%d reading terms for 20,000 name kanji, want at most 10,000", n)
	}
	seen := map[string]int{}
	for _, tk := range a.IndexedTokens(text[:3*5000], true) {
		if seen[tk.Term]++; seen[tk.Term] > keptOccurrences {
			t.Fatalf("IndexedTokens lists %s more than %d times", tk.Term, keptOccurrences)
		}
	}
}

// TestShinglesBounded: random kanji are a shingle run without end, each
// joined term new; a text gives out at most maxShingles of them.
func TestShinglesBounded(t *testing.T) {
	a := projectAnalyzer(t)
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 40000 {
		b.WriteRune(rune(0x4e00 + r.IntN(0x9fa5-0x4e00)))
	}
	distinct := map[string]bool{}
	for _, tk := range a.Analyze([]byte(b.String())) {
		distinct[string(tk.Term)] = true
	}
	// The single kanji (at most 40,000) and the shingles (at most 20,000).
	if n := len(distinct); n > 60000 {
		t.Errorf("%d distinct terms for 40,000 random kanji, want at most 60,000", n)
	}
}

// TestDistinctTermsBounded: a long text of random katakana words is tens
// of thousands of distinct terms in each field; the first 30,000 are
// indexed, and the words met before still at every occurrence.
func TestDistinctTermsBounded(t *testing.T) {
	a := projectAnalyzer(t)
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	b.WriteString("量子コンピュータ。")
	for range 60000 {
		for range 4 {
			b.WriteRune(rune(0x30a2 + r.IntN(0x30f3-0x30a2)))
		}
		b.WriteByte(' ')
	}
	b.WriteString("量子コンピュータ。")
	text := []byte(b.String())
	for _, tt := range []struct {
		field string
		ts    analysis.TokenStream
		early string
	}{
		{"main", a.Analyze(text), "量子"},
		{"reading", a.Reading().Analyze(text), "リョウシ"},
	} {
		distinct, early := map[string]bool{}, 0
		for _, tk := range tt.ts {
			distinct[string(tk.Term)] = true
			if string(tk.Term) == tt.early {
				early++
			}
		}
		if n := len(distinct); n > 30000 || n < 20000 {
			t.Errorf("%s: %d distinct terms for 60,000 random katakana words, want 20,000 to 30,000", tt.field, n)
		}
		if early != 2 {
			t.Errorf("%s: %s indexed %d times, want both", tt.field, tt.early, early)
		}
	}
}

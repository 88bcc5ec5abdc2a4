package index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestEval runs the hand-written known-item queries (testdata/eval) on the
// livedoor corpus and fails when Sagasu's MRR@10 drops below a floor or
// stops beating the cjk-bigram baseline clearly. `sagasu eval` prints the
// per-rule table.
func TestEval(t *testing.T) {
	if testing.Short() {
		t.Skip("imports the corpus twice; skipped with -short")
	}
	ix, _ := mustCorpus(t)
	qs := mustEvalQueries(t, "queries.tsv")
	if len(qs) < 80 {
		t.Fatalf("only %d eval queries", len(qs))
	}
	ctx := context.Background()
	ours, _, err := Evaluate(ctx, qs, ix.Ranker(), 10)
	if err != nil {
		t.Fatal(err)
	}

	bl, err := OpenBaseline(filepath.Join(t.TempDir(), "cjk"))
	if err != nil {
		t.Fatal(err)
	}
	defer bl.Close()
	arts := loadCorpus(t, 1<<20)
	for i := 0; i < len(arts); i += DefaultBatchSize {
		if err := bl.Put(arts[i:min(i+DefaultBatchSize, len(arts))]); err != nil {
			t.Fatal(err)
		}
	}
	base, _, err := Evaluate(ctx, qs, bl.Ranker(), 10)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MRR@10: sagasu %.3f, cjk %.3f; success@10: %.2f vs %.2f", ours[0].MRR, base[0].MRR, ours[0].Success, base[0].Success)
	if ours[0].MRR < 0.85 || ours[0].MRR < base[0].MRR+0.3 {
		t.Errorf("MRR@10 %.3f: want at least 0.85 and 0.3 above cjk (%.3f)", ours[0].MRR, base[0].MRR)
	}
	for rule, s := range ours {
		if rule != 0 && s.Success < 0.5 {
			t.Errorf("rule %d: success@10 %.2f", rule, s.Success)
		}
	}
}

// TestEvalTechNews runs the tech-news sets (testdata/eval/technews*,
// articles and reader queries written for the project, each set by its own author) on
// every run: they need no corpus, so they guard search quality in CI too.
func TestEvalTechNews(t *testing.T) {
	for _, set := range []struct {
		name         string
		articles     int
		mrr, success float64 // floors
	}{
		{"technews", 149, 0.95, 0.98},
		{"technews2", 120, 0.90, 0.95},
		{"technews3", 131, 0.95, 0.97},
		{"technews4", 122, 0.95, 0.97},
		{"technews5", 134, 0.92, 0.94},
		{"technews6", 130, 0.95, 0.97},
		{"technews7", 61, 0.95, 0.97},
		{"technews8", 59, 0.95, 0.97},
		{"technews9", 60, 0.97, 0.99},
		{"portal", 120, 0.92, 0.94},
	} {
		t.Run(set.name, func(t *testing.T) {
			ix := mustOpen(t)
			f, err := os.Open(filepath.Join("testdata", "eval", set.name+".jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			ctx := context.Background()
			rep, err := ix.Import(ctx, f, ImportOptions{})
			if err != nil || rep.Indexed != set.articles || rep.Rejected != 0 {
				t.Fatalf("import: %v, %d indexed, %d rejected", err, rep.Indexed, rep.Rejected)
			}
			if err := ix.RefreshSuggest(ctx); err != nil { // (see mustCorpus)
				t.Fatal(err)
			}
			qs := mustEvalQueries(t, set.name+".tsv")
			scores, ranks, err := Evaluate(ctx, qs, ix.Ranker(), 10)
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range ranks {
				if r != 1 {
					t.Logf("rank %d: %s", r, qs[i].Query)
				}
			}
			t.Logf("%d queries: MRR@10 %.3f, success@10 %.2f", scores[0].Queries, scores[0].MRR, scores[0].Success)
			if scores[0].MRR < set.mrr || scores[0].Success < set.success {
				t.Errorf("MRR@10 %.3f, success@10 %.2f: want at least %.2f and %.2f", scores[0].MRR, scores[0].Success, set.mrr, set.success)
			}
		})
	}
}

// mustEvalQueries reads testdata/eval/name.
func mustEvalQueries(t *testing.T, name string) []EvalQuery {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "eval", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := ParseEvalQueries(f)
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestParseEvalQueriesFromASpreadsheet: a queries file saved by a
// spreadsheet, with a byte order mark and CRLF line ends, reads as the
// same file without them (the mark had made the first rule no number).
func TestParseEvalQueriesFromASpreadsheet(t *testing.T) {
	plain := "1\t全固体電池\ta1,a2\n# a comment\n12\tスマホ 比較\tb1\n"
	tests := []struct{ name, in string }{
		{"as written", plain},
		{"a byte order mark first", "\ufeff" + plain},
		{"CRLF line ends", strings.ReplaceAll(plain, "\n", "\r\n")},
		{"both", "\ufeff" + strings.ReplaceAll(plain, "\n", "\r\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, err := ParseEvalQueries(strings.NewReader(tt.in))
			if err != nil || len(qs) != 2 || qs[0].Rule != 1 || qs[0].Query != "全固体電池" || !slices.Equal(qs[0].Relevant, []string{"a1", "a2"}) || qs[1].Relevant[0] != "b1" {
				t.Errorf("ParseEvalQueries(%q) = %+v, %v; want rules 1 and 12, ids a1,a2 and b1", tt.in, qs, err)
			}
		})
	}
}

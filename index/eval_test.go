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
// A set whose stories follow the earlier sets' is also run among them
// (with), where its queries must tell a story from its neighbours.
func TestEvalTechNews(t *testing.T) {
	earlier := []string{"technews", "technews2", "technews3", "technews4", "technews5", "technews6", "technews7", "technews8", "technews9", "portal"}
	for _, set := range []struct {
		name, label  string
		with         []string // sets imported beside it
		articles     int      // all of them
		mrr, success float64  // floors
	}{
		{"technews", "", nil, 149, 0.95, 0.98},
		{"technews2", "", nil, 120, 0.90, 0.95},
		{"technews3", "", nil, 131, 0.95, 0.97},
		{"technews4", "", nil, 122, 0.95, 0.97},
		{"technews5", "", nil, 134, 0.92, 0.94},
		{"technews6", "", nil, 130, 0.95, 0.97},
		{"technews7", "", nil, 61, 0.95, 0.97},
		{"technews8", "", nil, 59, 0.95, 0.97},
		{"technews9", "", nil, 60, 0.97, 0.99},
		{"technews10", "", nil, 60, 0.97, 0.98},
		{"technews11", "", nil, 60, 0.95, 0.98},
		{"technews12", "", nil, 60, 0.97, 0.99},
		{"technews13", "", nil, 60, 0.97, 0.99},
		{"technews14", "", nil, 60, 0.92, 0.96},
		{"technews15", "", nil, 60, 0.97, 0.98},
		{"technews16", "", nil, 60, 0.96, 0.98},
		{"technews17", "", nil, 60, 0.98, 0.99},
		{"technews18", "", nil, 60, 0.98, 0.99},
		{"technews19", "", nil, 60, 0.98, 0.99},
		{"portal", "", nil, 120, 0.92, 0.94},
		{"technews10", "among the earlier sets", earlier, 1146, 0.85, 0.96},
		{"technews11", "among the earlier sets", append(slices.Clone(earlier), "technews10"), 1206, 0.85, 0.96},
		{"technews12", "among the earlier sets", append(slices.Clone(earlier), "technews10", "technews11"), 1266, 0.94, 0.97},
		{"technews13", "among the earlier sets", append(slices.Clone(earlier), "technews10", "technews11", "technews12"), 1326, 0.97, 0.99},
		{"technews14", "among the earlier sets", append(slices.Clone(earlier), "technews10", "technews11", "technews12", "technews13"), 1386, 0.89, 0.95},
		{"technews15", "among the earlier sets", append(slices.Clone(earlier), "technews10", "technews11", "technews12", "technews13", "technews14"), 1446, 0.94, 0.97},
		{"technews16", "among the earlier sets", append(slices.Clone(earlier), "technews10", "technews11", "technews12", "technews13", "technews14", "technews15"), 1506, 0.94, 0.98},
		{"technews17", "among the earlier sets", append(slices.Clone(earlier), "technews10", "technews11", "technews12", "technews13", "technews14", "technews15", "technews16"), 1566, 0.96, 0.98},
		{"technews18", "among the earlier sets", append(slices.Clone(earlier), "technews10", "technews11", "technews12", "technews13", "technews14", "technews15", "technews16", "technews17"), 1626, 0.93, 0.98},
		{"technews19", "among the earlier sets", append(slices.Clone(earlier), "technews10", "technews11", "technews12", "technews13", "technews14", "technews15", "technews16", "technews17", "technews18"), 1686, 0.95, 0.99},
	} {
		t.Run(strings.TrimSpace(set.name+" "+set.label), func(t *testing.T) {
			ix := mustOpen(t)
			ctx := context.Background()
			indexed := 0
			for _, name := range append([]string{set.name}, set.with...) {
				f, err := os.Open(filepath.Join("testdata", "eval", name+".jsonl"))
				if err != nil {
					t.Fatal(err)
				}
				rep, err := ix.Import(ctx, f, ImportOptions{})
				f.Close()
				if err != nil || rep.Rejected != 0 {
					t.Fatalf("import %s: %v, %d rejected", name, err, rep.Rejected)
				}
				indexed += rep.Indexed
			}
			if indexed != set.articles {
				t.Fatalf("import: %d indexed, want %d", indexed, set.articles)
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

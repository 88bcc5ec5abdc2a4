package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"text/tabwriter"
	"time"

	"sagasu/index"
)

// ruleNames label the rules of the relevance evaluation.
var ruleNames = map[int]string{
	1: "width and case", 2: "katakana long vowel", 3: "inflection", 4: "compounds", 5: "precision (京都≠東京都)",
	6: "kana input", 7: "neologisms", 8: "synonyms", 9: "segmentation mismatch", 10: "kanji numerals, 々",
	11: "long articles", 12: "spelling variants", 13: "junk symbols", 14: "no dead ends", 15: "reader queries",
}

func runEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var corpus, queries string
	var k int
	var verbose bool
	f := newFlags("eval", getenv, stderr)
	f.string(&corpus, "corpus", "SAGASU_CORPUS", filepath.Join("..", "shared", "corpus", "livedoor.jsonl"), "JSONL `file` of articles to evaluate on")
	f.string(&queries, "queries", "SAGASU_EVAL_QUERIES", filepath.Join("index", "testdata", "eval", "queries.tsv"), "TSV `file` of rule, query, relevant ids")
	f.int(&k, "k", "SAGASU_EVAL_K", 10, "cut-off rank")
	f.bool(&verbose, "v", "SAGASU_EVAL_VERBOSE", false, "print every query's rank")
	if err := f.parse(args); err != nil {
		return err
	}
	if err := f.noArguments("the articles are --corpus FILE, the queries --queries FILE"); err != nil {
		return err
	}
	if k < 1 || k > 100 {
		return errors.New("-k must be 1–100")
	}
	qf, _, err := openFile(queries, "a TSV file of queries")
	if err != nil {
		return fmt.Errorf("queries: %w (set -queries or SAGASU_EVAL_QUERIES; the default is read from the repository's top directory)", err)
	}
	qs, err := index.ParseEvalQueries(qf)
	qf.Close()
	if err != nil {
		return err
	}
	if len(qs) == 0 {
		// (Before the corpus is indexed twice, minutes for livedoor, to
		// score nothing.)
		return fmt.Errorf("eval: %s holds no queries (a TSV file of rule, query and relevant ids, one query a line: --queries)", queries)
	}
	dir, err := os.MkdirTemp("", "sagasu-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	start := time.Now()
	ix, err := index.Open(filepath.Join(dir, "sagasu"), index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	bl, err := index.OpenBaseline(filepath.Join(dir, "cjk"))
	if err != nil {
		return err
	}
	defer bl.Close()
	n, err := loadBoth(ctx, corpus, ix, bl)
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("eval: no article in %s could be read (a JSONL file of articles, one per line: --corpus)", corpus)
	}
	// The suggestion data is what a server has built by the time readers
	// search: kana typed before conversion is read by its words.
	if err := ix.RefreshSuggest(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "eval: indexed %d articles twice in %s\n", n, time.Since(start).Round(time.Second))

	ours, ourRanks, err := index.Evaluate(ctx, qs, ix.Ranker(), k)
	if err != nil {
		return err
	}
	base, baseRanks, err := index.Evaluate(ctx, qs, bl.Ranker(), k)
	if err != nil {
		return err
	}
	if verbose {
		for i, q := range qs {
			fmt.Fprintf(stdout, "%2d  sagasu %2d  cjk %2d  %s\n", q.Rule, ourRanks[i], baseRanks[i], q.Query)
		}
		fmt.Fprintln(stdout)
	}
	printScores(stdout, ours, base, k)
	return nil
}

// loadBoth imports the corpus into Sagasu and the baseline.
func loadBoth(ctx context.Context, path string, ix *index.Index, bl *index.Baseline) (int, error) {
	f, _, err := openFile(path, "a JSONL file of articles")
	if err != nil {
		return 0, fmt.Errorf("corpus: %w (set -corpus or SAGASU_CORPUS)", err)
	}
	defer f.Close()
	rep, err := ix.Import(ctx, f, index.ImportOptions{})
	if err != nil {
		return 0, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	var batch []index.Article
	for sc.Scan() {
		a, err := index.DecodeArticle(sc.Bytes())
		if err != nil {
			continue // Import reported it
		}
		if batch = append(batch, a); len(batch) == index.DefaultBatchSize {
			if err := bl.Put(batch); err != nil {
				return 0, err
			}
			batch = batch[:0]
		}
	}
	if err := bl.Put(batch); err != nil {
		return 0, err
	}
	return rep.Indexed, sc.Err()
}

func printScores(w io.Writer, ours, base map[int]index.EvalScore, k int) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "rule\t\tqueries\tMRR@%d sagasu\tcjk\tsuccess@%d sagasu\tcjk\t\n", k, k)
	var rules []int
	for r := range ours {
		if r != 0 {
			rules = append(rules, r)
		}
	}
	sort.Ints(rules)
	row := func(name string, r int) {
		o, b := ours[r], base[r]
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%.2f\t%.2f\t\n", name, ruleNames[r], o.Queries, o.MRR, b.MRR, o.Success, b.Success)
	}
	for _, r := range rules {
		row(fmt.Sprint(r), r)
	}
	row("all", 0)
	tw.Flush()
}

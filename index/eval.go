package index

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
)

// EvalQuery is one known-item query of a relevance evaluation.
type EvalQuery struct {
	Rule     int      // the analysis rule the query exercises
	Query    string   // what a reader types
	Relevant []string // the article ids the reader is looking for
}

// ParseEvalQueries reads a TSV of rule, query, comma-separated relevant
// ids and an optional note; # starts a comment. A byte order mark at the
// start and CRLF line ends, as a spreadsheet saves a TSV, are read as
// nothing.
func ParseEvalQueries(r io.Reader) ([]EvalQuery, error) {
	var out []EvalQuery
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if line == 1 {
			l = strings.TrimPrefix(l, "\ufeff") // (a spreadsheet's TSV starts with a byte order mark)
		}
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("eval queries line %d: want rule, query and ids separated by tabs", line)
		}
		rule, err := strconv.Atoi(strings.TrimSpace(cols[0]))
		if err != nil {
			return nil, fmt.Errorf("eval queries line %d: rule %q is not a number", line, cols[0])
		}
		q := EvalQuery{Rule: rule, Query: strings.TrimSpace(cols[1])}
		for _, id := range strings.Split(cols[2], ",") {
			if id = strings.TrimSpace(id); id != "" {
				q.Relevant = append(q.Relevant, id)
			}
		}
		if q.Query == "" || len(q.Relevant) == 0 {
			return nil, fmt.Errorf("eval queries line %d: empty query or ids", line)
		}
		out = append(out, q)
	}
	return out, sc.Err()
}

// Ranker returns the ids of the top k articles for a query.
type Ranker func(ctx context.Context, q string, k int) ([]string, error)

// Ranker ranks with Sagasu's own search.
func (ix *Index) Ranker() Ranker {
	return func(ctx context.Context, q string, k int) ([]string, error) {
		res, err := ix.Search(ctx, Request{Query: q, PerPage: k})
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		return ids, nil
	}
}

// EvalScore is MRR@k and success@k over a set of queries.
type EvalScore struct {
	Queries int
	MRR     float64 // mean reciprocal rank of the first relevant hit, 0 beyond k
	Success float64 // share of queries with a relevant hit in the top k
}

// Evaluate runs every query through rank and scores it per rule (key 0 is
// all queries). ranks holds the rank of the first relevant hit of each
// query, 0 when none is in the top k.
func Evaluate(ctx context.Context, qs []EvalQuery, rank Ranker, k int) (scores map[int]EvalScore, ranks []int, err error) {
	sums := map[int]*EvalScore{}
	add := func(rule int, rr float64) {
		s := sums[rule]
		if s == nil {
			s = &EvalScore{}
			sums[rule] = s
		}
		s.Queries++
		s.MRR += rr
		if rr > 0 {
			s.Success++
		}
	}
	for _, q := range qs {
		ids, err := rank(ctx, q.Query, k)
		if err != nil {
			return nil, nil, fmt.Errorf("query %q: %w", q.Query, err)
		}
		r := 0
		for i, id := range ids {
			if slices.Contains(q.Relevant, id) {
				r = i + 1
				break
			}
		}
		ranks = append(ranks, r)
		rr := 0.0
		if r > 0 {
			rr = 1 / float64(r)
		}
		add(q.Rule, rr)
		add(0, rr)
	}
	scores = map[int]EvalScore{}
	for rule, s := range sums {
		scores[rule] = EvalScore{Queries: s.Queries, MRR: s.MRR / float64(s.Queries), Success: s.Success / float64(s.Queries)}
	}
	return scores, ranks, nil
}

// Baseline is the comparison engine of the evaluation: bleve's built-in
// cjk analyzer (overlapping character bigrams) on title and body, queried
// with every bigram required, the usual setup of a bigram engine.
type Baseline struct {
	b bleve.Index
}

// OpenBaseline creates a baseline index in dir, which must not exist.
func OpenBaseline(dir string) (*Baseline, error) {
	im := bleve.NewIndexMapping()
	im.ScoringModel = "bm25"
	im.DefaultAnalyzer = cjk.AnalyzerName
	text := bleve.NewTextFieldMapping()
	text.Analyzer = cjk.AnalyzerName
	text.Store = false
	text.IncludeInAll = false
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldTitle, text)
	doc.AddFieldMappingsAt(fieldBody, text)
	im.DefaultMapping = doc
	b, err := bleve.NewUsing(dir, im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: baseline: %w", err)
	}
	return &Baseline{b: b}, nil
}

// Put indexes articles into the baseline.
func (bl *Baseline) Put(arts []Article) error {
	batch := bl.b.NewBatch()
	for _, a := range arts {
		if err := batch.Index(a.ID, map[string]any{fieldTitle: a.Title, fieldBody: a.Body}); err != nil {
			return err
		}
	}
	return bl.b.Batch(batch)
}

// Close closes the baseline index.
func (bl *Baseline) Close() error { return bl.b.Close() }

// Ranker ranks with the baseline: each space-separated word must match
// (all its bigrams, in the title boosted like Sagasu's or in the body);
// articles of one score in the order of their ids.
func (bl *Baseline) Ranker() Ranker {
	return func(ctx context.Context, q string, k int) ([]string, error) {
		var words []query.Query
		for _, w := range strings.Fields(q) {
			t := bleve.NewMatchQuery(w)
			t.SetField(fieldTitle)
			t.SetOperator(query.MatchQueryOperatorAnd)
			t.SetBoost(titleBoost)
			b := bleve.NewMatchQuery(w)
			b.SetField(fieldBody)
			b.SetOperator(query.MatchQueryOperatorAnd)
			words = append(words, bleve.NewDisjunctionQuery(t, b))
		}
		if len(words) == 0 {
			return nil, nil
		}
		req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(words...), k, 0, false)
		// Ties by id, not by the order scorch's merges left the articles
		// in, which differs from one import to the next.
		req.SortBy([]string{"-_score", "_id"})
		res, err := bl.b.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		return ids, nil
	}
}

package index

import (
	"context"
	"math"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The candidate stage of related articles: the pool of articles sharing
// the source's strongest words most, which the similarity is then counted
// for (similarity.go).

// Two stages keep related articles fast: candidateTerms of the strongest
// words whose postings are short pick a pool of candidatePool articles by
// BM25, and the similarity is computed exactly for the pool over the
// simTerms strongest words. Both stages read about as many postings at a
// million articles as at ten thousand.
const (
	candidateTerms    = 60
	minCandidateWords = 10
	// candidateDFScale: 2√n is 172 articles of livedoor's 7,367 (2.3%),
	// 632 of 100,000 and 2,000 of 1,000,000.
	candidateDFScale = 2
	// 300 candidates and 300 words rather than 200 and 200: precision@5
	// 0.901 → 0.904 on livedoor (all articles as sources) for about a
	// tenth more time per request, at 7,367 articles as at 1,000,000.
	candidatePool = 300
	simTerms      = 300
)

// poolMember is a candidate by its internal id in the request's snapshot.
type poolMember struct {
	iid bindex.IndexInternalID
	num uint64 // iid's value
}

// candidates returns the candidatePool articles of r that share the
// source's strongest words most, other than self (nil: a draft) and
// within filter (nil: any).
//
// The ranking is bleve's for the disjunction of the words, each matched
// in the title (boosted by titleBoost), the body and, unless the word is
// of the site's standard list, the lists of links, each boosted by the
// word's tf-idf weight: BM25 with bleve's field averages, and its
// coordination (a disjunction's score times the share of its clauses that
// match). It is computed a word at a time here, each word's postings read
// once into a score per article: run as a query, bleve's disjunction of
// 180 term searchers spent most of a related request's time ordering them
// by document (at 100,000 articles, 36% of a request's CPU, and 8% more to
// turn the hits into ids and back).
func (ix *Index) candidates(ctx context.Context, r bindex.IndexReader, terms []weightedTerm, self bindex.IndexInternalID, filter query.Query) ([]poolMember, error) {
	n, err := r.DocCount()
	if err != nil || n == 0 {
		return nil, err
	}
	var allowed map[uint64]bool
	if filter != nil {
		if allowed, err = ix.matching(ctx, r, filter); err != nil {
			return nil, err
		}
	}
	top := candidateWords(terms, n)
	bm := newBM25(r, n)
	acc := getScores()
	defer putScores(acc)
	var lists [3][]posting
	var doc bindex.TermFieldDoc
	for _, t := range top {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		w := exact(t.weight)
		if lists[0], err = bm.postings(ctx, t.term, fieldTitle, w.title, lists[0][:0], &doc); err != nil {
			return nil, err
		}
		if lists[1], err = bm.postings(ctx, t.term, fieldBody, w.body, lists[1][:0], &doc); err != nil {
			return nil, err
		}
		lists[2] = lists[2][:0]
		if !t.listed {
			if lists[2], err = bm.postings(ctx, t.term, fieldLinks, t.weight, lists[2], &doc); err != nil {
				return nil, err
			}
		}
		acc.addWord(lists, !t.listed)
	}
	var skip uint64 = math.MaxUint64
	if self != nil {
		skip = self.Value()
	}
	return acc.best(float64(len(top)), candidatePool, func(num uint64) bool {
		return num != skip && (allowed == nil || allowed[num])
	}), nil
}

// candidateWords picks the candidate stage's words: the strongest whose
// postings are short (df ≤ candidateDFScale·√n), so the stage reads about
// the same number of postings whatever the archive's size; rarer words
// are the more telling ones anyway. When the source has too few such
// words, the rarest of the others make up minCandidateWords.
func candidateWords(terms []weightedTerm, n uint64) []weightedTerm {
	maxDF := uint64(candidateDFScale * math.Sqrt(float64(n)))
	var top, common []weightedTerm
	for _, t := range terms {
		if len(top) == candidateTerms {
			break
		}
		if t.df > maxDF {
			common = append(common, t)
			continue
		}
		top = append(top, t)
	}
	if len(top) < minCandidateWords {
		sort.SliceStable(common, func(i, j int) bool { return common[i].df < common[j].df })
		top = append(top, common[:min(len(common), minCandidateWords-len(top))]...)
	}
	return top
}

// matching returns the internal ids of r's articles that q matches.
func (ix *Index) matching(ctx context.Context, r bindex.IndexReader, q query.Query) (map[uint64]bool, error) {
	s, err := q.Searcher(ctx, r, ix.b.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	out := map[uint64]bool{}
	for {
		d, err := s.Next(sctx)
		if err != nil || d == nil {
			return out, err
		}
		out[d.IndexInternalID.Value()] = true
		sctx.DocumentMatchPool.Put(d)
	}
}

// posting is an article's score for one word in one field.
type posting struct {
	num   uint64
	score float64
}

// bm25 scores a term's postings as bleve's term searcher does under the
// bm25 model, short of the query norm (the same factor for every term of
// a query, so no change to its ranking): idf · tf·k1 / (tf + k1·(1 − b +
// b·length/average)) times the query weight, boost · idf, with tf the
// square root of the frequency and the field's average its cardinality
// over the article count, rounded up.
type bm25 struct {
	r   bindex.IndexReader
	tr  *termReader // r's segments, when a scorch snapshot
	n   uint64
	avg map[string]float64
}

func newBM25(r bindex.IndexReader, n uint64) *bm25 {
	return &bm25{r: r, tr: newTermReader(r), n: n, avg: map[string]float64{}}
}

// average returns bleve's average length of field (0: none known, when
// bleve scores by tf-idf instead).
func (b *bm25) average(field string) (float64, error) {
	if a, ok := b.avg[field]; ok {
		return a, nil
	}
	a := 0.0
	if br, ok := b.r.(bindex.BM25Reader); ok {
		card, err := br.FieldCardinality(field)
		if err != nil {
			return 0, err
		}
		a = math.Ceil(float64(card) / float64(b.n))
	}
	b.avg[field] = a
	return a, nil
}

// postings appends the scores of term's postings in field to out, in
// the order of the articles' internal ids.
func (b *bm25) postings(ctx context.Context, term, field string, boost float64, out []posting, doc *bindex.TermFieldDoc) ([]posting, error) {
	avg, err := b.average(field)
	if err != nil {
		return out, err
	}
	if b.tr != nil {
		df, err := b.tr.find(term, field)
		if err != nil || df == 0 {
			return out, err
		}
		idf, weight := b.idf(df, avg, boost)
		err = b.tr.each(func(num, freq uint64, norm float64) {
			out = append(out, posting{num: num, score: bm25Score(idf, avg, freq, norm) * weight})
		})
		return out, err
	}
	tfr, err := b.r.TermFieldReader(ctx, []byte(term), field, true, true, false)
	if err != nil {
		return out, err
	}
	df := tfr.Count()
	if df == 0 {
		return out, tfr.Close()
	}
	idf, weight := b.idf(df, avg, boost)
	for {
		d, err := tfr.Next(doc)
		if err != nil {
			tfr.Close()
			return out, err
		}
		if d == nil {
			break
		}
		out = append(out, posting{num: d.ID.Value(), score: bm25Score(idf, avg, d.Freq, d.Norm) * weight})
	}
	return out, tfr.Close()
}

// idf returns a term's idf for df articles and its query weight.
func (b *bm25) idf(df uint64, avg, boost float64) (idf, weight float64) {
	if avg > 0 {
		idf = math.Log(1 + (float64(b.n)-float64(df)+0.5)/(float64(df)+0.5))
	} else {
		idf = 1 + math.Log(float64(b.n)/float64(df+1))
	}
	return idf, boost * idf
}

// bm25Score is a posting's score before the query weight.
func bm25Score(idf, avg float64, freq uint64, norm float64) float64 {
	tf := math.Sqrt(float64(freq))
	if avg > 0 {
		length := 1 / (norm * norm)
		return idf * (tf * search.BM25_k1) / (tf + search.BM25_k1*(1-search.BM25_b+(search.BM25_b*length/avg)))
	}
	return tf * norm * idf
}

// scores accumulates the candidate stage's scores by internal id: a
// slice as long as the highest id seen, so a posting costs an addition,
// and the ids touched, so that it is cleared for the next request
// without writing all of it.
type scores struct {
	sum     []float64
	words   []uint16 // the words matched
	touched []uint64
}

var scoresPool = sync.Pool{New: func() any { return &scores{} }}

func getScores() *scores { return scoresPool.Get().(*scores) }

func putScores(s *scores) {
	for _, num := range s.touched {
		s.sum[num], s.words[num] = 0, 0
	}
	s.touched = s.touched[:0]
	scoresPool.Put(s)
}

// addWord adds one word's score to every article that has it: its
// postings in the title, the body and the lists of links (lists[0..2],
// each in id order). The title and the body are a disjunction, and with
// links the disjunction of that and the lists: each scaled by the share
// of its two clauses that match.
func (s *scores) addWord(lists [3][]posting, links bool) {
	var at [3]int
	for {
		num := uint64(math.MaxUint64)
		for f := range lists {
			if at[f] < len(lists[f]) {
				num = min(num, lists[f][at[f]].num)
			}
		}
		if num == math.MaxUint64 {
			return
		}
		var text, matched float64
		for f := range 2 {
			if at[f] < len(lists[f]) && lists[f][at[f]].num == num {
				text += lists[f][at[f]].score
				matched++
				at[f]++
			}
		}
		score := text * matched / 2
		if links {
			matched = min(matched, 1) // the title and the body: one clause
			if at[2] < len(lists[2]) && lists[2][at[2]].num == num {
				score += lists[2][at[2]].score
				matched++
				at[2]++
			}
			score = score * matched / 2
		}
		s.add(num, score)
	}
}

func (s *scores) add(num uint64, score float64) {
	if num >= uint64(len(s.sum)) {
		size := max(num+1, uint64(2*len(s.sum)), 1024)
		s.sum = append(s.sum, make([]float64, size-uint64(len(s.sum)))...)
		s.words = append(s.words, make([]uint16, size-uint64(len(s.words)))...)
	}
	if s.words[num] == 0 {
		s.touched = append(s.touched, num)
	}
	s.sum[num] += score
	s.words[num]++
}

// best returns the k highest scoring articles that keep accepts, each
// article's sum scaled by the share of the total words it matched, ties
// in id order (as bleve's collector orders them).
func (s *scores) best(total float64, k int, keep func(num uint64) bool) []poolMember {
	type scored struct {
		num   uint64
		score float64
	}
	worse := func(a, b scored) bool { return a.score < b.score || a.score == b.score && a.num > b.num }
	h := make([]scored, 0, k) // a min-heap of the best so far
	for _, num := range s.touched {
		if !keep(num) {
			continue
		}
		c := scored{num, s.sum[num] * float64(s.words[num]) / total}
		if len(h) == k {
			if !worse(h[0], c) {
				continue
			}
			h[0] = c
		} else {
			h = append(h, c)
			for i := len(h) - 1; i > 0; { // up
				p := (i - 1) / 2
				if !worse(h[i], h[p]) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
			continue
		}
		for i := 0; ; { // down
			l, m := 2*i+1, i
			if l < len(h) && worse(h[l], h[m]) {
				m = l
			}
			if l+1 < len(h) && worse(h[l+1], h[m]) {
				m = l + 1
			}
			if m == i {
				break
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	sort.Slice(h, func(i, j int) bool { return worse(h[j], h[i]) })
	out := make([]poolMember, len(h))
	for i, c := range h {
		out[i] = poolMember{iid: bindex.NewIndexInternalID(nil, c.num), num: c.num}
	}
	return out
}

package index

import (
	"context"
	"math"
	"sort"
	"strconv"

	bindex "github.com/blevesearch/bleve_index_api"
)

// scoredID is an article and its similarity to a related source.
type scoredID struct {
	id    string
	score float64
	terms []string // the shared words among the reasonTerms strongest, at most maxReasons
}

// similarity scores the pool's articles by the number of the source's
// simTerms strongest words their bodies share, divided by their length
// (characters, from doc values) to the power lengthExponent, and returns
// the best n, ties by id, each with the shared words that explain it.
//
// It reads the index directly instead of running a query: for each word,
// a postings reader without frequencies or norms jumps from one pool
// article to the next through the postings bitmap. A scoring query reads
// every posting between them (frequencies and norms are stored in
// chunks), so its cost grew with the archive: 200 words × 200 articles
// took most of a related request at 100,000 articles.
func (ix *Index) similarity(ctx context.Context, terms []weightedTerm, pool []string, n int) ([]scoredID, error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()

	type cand struct {
		id     string
		iid    bindex.IndexInternalID
		shared int
		terms  []string
	}
	cands := make([]cand, 0, len(pool))
	for _, id := range pool {
		iid, err := r.InternalID(id)
		if err != nil {
			return nil, err
		}
		if iid != nil { // nil: deleted since the candidates were picked
			cands = append(cands, cand{id: id, iid: iid})
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].iid.Compare(cands[j].iid) < 0 })

	var doc bindex.TermFieldDoc // reused by every Advance: one allocation, not one per step
	for ti, t := range terms[:min(len(terms), simTerms)] {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		tfr, err := r.TermFieldReader(ctx, []byte(t.term), fieldBody, false, false, false)
		if err != nil {
			return nil, err
		}
		var at bindex.IndexInternalID // where the reader stands
		for i := range cands {
			if at == nil || at.Compare(cands[i].iid) < 0 {
				d, err := tfr.Advance(cands[i].iid, &doc)
				if err != nil {
					tfr.Close()
					return nil, err
				}
				if d == nil {
					break // no later article has the word
				}
				at = append(at[:0], d.ID...)
			}
			if at.Equals(cands[i].iid) {
				c := &cands[i]
				c.shared++
				if ti < reasonTerms && len(c.terms) < maxReasons {
					c.terms = append(c.terms, t.term)
				}
			}
		}
		if err := tfr.Close(); err != nil {
			return nil, err
		}
	}

	dvr, err := r.DocValueReader([]string{fieldChars})
	if err != nil {
		return nil, err
	}
	out := make([]scoredID, 0, len(cands))
	for _, c := range cands {
		if c.shared == 0 {
			continue
		}
		chars := 1.0
		err := dvr.VisitDocValues(c.iid, func(_ string, term []byte) {
			if v, err := strconv.ParseFloat(string(term), 64); err == nil {
				chars = max(v, 1)
			}
		})
		if err != nil {
			return nil, err
		}
		out = append(out, scoredID{id: c.id, score: float64(c.shared) / math.Pow(chars, lengthExponent), terms: c.terms})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].id < out[j].id
	})
	return out[:min(len(out), n)], nil
}

package index

import (
	"context"
	"sort"
	"strings"
	"time"

	bindex "github.com/blevesearch/bleve_index_api"
)

// Counting the articles that have a compound a title joined from words
// the index holds apart (携帯|電話, 東日本|大震災): the titles alone gave
// 携帯電話 11 articles of the 366 that write it, ranked it below
// 携帯電話事業者, and offered compounds of one title (日本代表快勝) for
// every prefix of their words.

// minCompoundDocs: a compound of a title must be in this many articles,
// counting bodies, to be offered as a word; the title itself stays
// findable by each of its words.
const minCompoundDocs = 2

// compoundCheck is a phraseCount answer and the article count of the
// compound's rarest word it was given for.
type compoundCheck struct {
	rarest uint64
	n      uint64
}

// compoundCounts gives each compound the titles joined the number of
// articles whose body has its words in sequence, when more than its
// titles, and drops the compounds in fewer than minCompoundDocs articles.
// Counting walks the postings of each compound's rarest word: within
// compoundWork per build, the compounds of the most titles first; the
// rest keep their titles' count for now, and are counted by the builds
// that follow (the counts are kept across builds).
func (b *sugBuilder) compoundCounts(ctx context.Context) error {
	tc := &readerCounter{ctx: ctx, ix: b.ix.b}
	defer tc.close()
	var terms []string
	for t, s := range b.terms {
		switch {
		case len(s.parts) < 2:
		case s.inDict && s.count < minCompoundDocs:
			delete(b.terms, t) // a run the index joins (ロボット|センター), counted
		case !s.inDict:
			terms = append(terms, t)
		}
	}
	sort.Slice(terms, func(i, j int) bool {
		if ci, cj := b.terms[terms[i]].count, b.terms[terms[j]].count; ci != cj {
			return ci > cj
		}
		return terms[i] < terms[j]
	})
	budget := b.ix.sug.compoundWork.Load()
	if budget == 0 {
		budget = compoundWork
	}
	var work int64
	used := make(map[string]bool, len(terms))
	fresh, left := 0, 0 // compounds this build counted, and left uncounted
	for i, t := range terms {
		if i%64 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		s := b.terms[t]
		key := fieldBody + "\x00" + strings.Join(s.parts, "\x00")
		used[key] = true
		// (The first compound not counted before is counted however
		// short the budget: every build gets further, so the builds that
		// follow one cut short (below) end.)
		n, ok, counted := b.ix.phraseCount(tc, key, s.parts, fieldBody, fresh == 0 || work < budget, &work)
		if counted {
			fresh++
		}
		if s.whole != nil && ok {
			// The articles that have it as the dictionary reads it
			// whole, if more (a few have both).
			key := fieldBody + "\x00" + strings.Join(s.whole, "\x00")
			used[key] = true
			nw, okw, countedw := b.ix.phraseCount(tc, key, s.whole, fieldBody, true, &work)
			if countedw {
				fresh++
			}
			ok = okw
			n = max(n, nw)
		}
		if !ok {
			left++
		}
		if n > uint64(s.count) {
			s.count = int(n)
			scaleSurfaces(s)
		}
		if ok && s.count < minCompoundDocs {
			delete(b.terms, t)
		}
	}
	b.uncounted = left > 0 && fresh > 0
	// Compounds no title has any more are forgotten.
	b.ix.sug.compounds.Range(func(k, _ any) bool {
		if !used[k.(string)] {
			b.ix.sug.compounds.Delete(k)
		}
		return true
	})
	return nil
}

// compoundWork bounds the work a build spends counting compounds not
// counted before: a count costs compoundCountWork and one more for each
// article of the rarest word, whose postings it walks (livedoor with the
// tech sets: 8,413 counts, 1.8 million, 0.7–1.3 s). It counts work, not
// time: with a budget of 2 s, a build on a machine busy enough to take
// 100 s had left 2,700 compounds with their titles' count (53,598 entries
// where an idle machine's build held 50,910) until the builds that
// follow counted them; the same index now gives the same build however
// busy the machine.
const (
	compoundWork      = 5_000_000
	compoundCountWork = 100
)

// phraseCount returns how many articles have terms at consecutive
// positions of field (key names them), whether it could tell, and whether
// it counted them now: a count is remembered across rebuilds while the
// rarest term's article count stays within a fifth (a rebuild follows
// every burst of writes), and made only when count is true. A count made
// adds its cost to *work (see compoundWork).
func (ix *Index) phraseCount(tc *readerCounter, key string, terms []string, field string, count bool, work *int64) (n uint64, ok, counted bool) {
	rarest := uint64(0)
	for i, t := range terms {
		if n := tc.count(t, field); i == 0 || n < rarest {
			rarest = n
		}
	}
	if rarest == 0 || tc.r == nil {
		return 0, tc.r != nil, false
	}
	if v, ok := ix.sug.compounds.Load(key); ok {
		if c := v.(compoundCheck); 5*rarest >= 4*c.rarest && 4*rarest <= 5*c.rarest {
			return c.n, true, false
		}
	}
	if !count {
		return 0, false, false
	}
	if d := ix.sug.countPause; d > 0 {
		time.Sleep(d)
	}
	*work += compoundCountWork + int64(rarest)
	n, err := countSequence(tc.ctx, tc.r, terms, field)
	if err != nil {
		return 0, false, false
	}
	ix.sug.learn(&ix.sug.compounds, key, compoundCheck{rarest: rarest, n: n})
	return n, true, true
}

// countSequence counts the articles whose field has terms[0], terms[1], …
// at consecutive positions. It walks the rarest term's postings and
// advances the others' readers to each of its articles.
func countSequence(ctx context.Context, r bindex.IndexReader, terms []string, field string) (uint64, error) {
	readers := make([]bindex.TermFieldReader, len(terms))
	defer func() {
		for _, tfr := range readers {
			if tfr != nil {
				tfr.Close()
			}
		}
	}()
	lead := 0
	for i, t := range terms {
		tfr, err := r.TermFieldReader(ctx, []byte(t), field, true, false, true)
		if err != nil {
			return 0, err
		}
		readers[i] = tfr
		if tfr.Count() < readers[lead].Count() {
			lead = i
		}
	}
	docs := make([]bindex.TermFieldDoc, len(terms))
	at := make([]map[uint64]bool, len(terms))
	for i := range at {
		at[i] = map[uint64]bool{}
	}
	var n uint64
	for steps := 0; ; steps++ {
		if steps%1024 == 0 && ctx.Err() != nil {
			return n, ctx.Err()
		}
		d, err := readers[lead].Next(&docs[lead])
		if err != nil || d == nil {
			return n, err
		}
		all := true
		for i := range readers {
			// Each reader only moves forward: it is advanced when it
			// stands before the lead's article.
			if i == lead || docs[i].ID != nil && docs[i].ID.Compare(d.ID) >= 0 {
				all = all && (i == lead || docs[i].ID.Equals(d.ID))
				continue
			}
			o, err := readers[i].Advance(d.ID, &docs[i])
			if err != nil {
				return n, err
			}
			if o == nil {
				return n, nil // no later article has this word
			}
			all = all && o.ID.Equals(d.ID)
		}
		if all && inSequence(docs, at) {
			n++
		}
	}
}

// inSequence reports whether some position of the first document's term
// is followed by the second's at the next position, and so on (at holds
// a map per term to reuse).
func inSequence(docs []bindex.TermFieldDoc, at []map[uint64]bool) bool {
	for i := 1; i < len(docs); i++ {
		clear(at[i])
		for _, v := range docs[i].Vectors {
			at[i][v.Pos] = true
		}
	}
next:
	for _, v := range docs[0].Vectors {
		for i := 1; i < len(docs); i++ {
			if !at[i][v.Pos+uint64(i)] {
				continue next
			}
		}
		return true
	}
	return false
}

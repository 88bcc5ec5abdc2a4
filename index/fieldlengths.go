package index

import (
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

// BM25 weighs a match by its field's length against the field's average
// length in the index. bleve estimates that average as the number of
// distinct terms the field has in the whole index divided by the number of
// articles (IndexSnapshot.FieldCardinality): 17 tokens for livedoor's
// bodies, which average 400. Every body then counted as twenty times the
// average, so a body match weighed a thirtieth of a title match instead of
// a third, and among the articles that have a word only in the body the
// shortest came first however often the others use it (結婚式: an article
// that says it fourteen times ranked below four that say it once).
// Searches therefore give bleve the fields' average lengths measured on a
// sample of articles, analysed as the index analyses them.

const (
	// lengthSample is how many articles, spread over the index, are
	// analysed to measure the average lengths (0.2–0.4 s on livedoor).
	lengthSample = 64
	// lengthDrift: the averages are measured again once the number of
	// articles has changed by more than this share, or by lengthSample
	// while fewer than that were measured.
	lengthDrift = 0.2
	// lengthBytes bounds the body analysed of each sampled article: past
	// it, an article's common words have reached the bound on a term's
	// occurrences (analyzer/occurrences.go), and its indexed length grows
	// little. (Two dozen bodies near the 1 MiB limit, analysed whole, had
	// made a measurement, and the searches waiting for it, take half a
	// minute.)
	lengthBytes = 32 << 10
	// keptLengths is how many of the last measurements stay at hand for
	// the cursors of searches that began under them.
	keptLengths = 4
)

var bodyFields = []string{fieldBody, fieldBodyReading, fieldBigram, fieldLinks}

// lengthFields are the analysed text fields whose lengths BM25 uses; the
// keyword fields keep bleve's estimate (one term per value).
var lengthFields = []string{fieldTitle, fieldBody, fieldTitleReading, fieldBodyReading, fieldBigram, fieldLinks}

// mappedFields are the fields articleDocument may give an article, and
// the names bleve reads for a query without a field.
var mappedFields = []string{fieldTitle, fieldBody, fieldBodyTail, fieldLinks, fieldTitleReading, fieldBodyReading,
	fieldBigram, fieldCategory, fieldTags, fieldPublished, fieldURL, fieldAuthor, fieldChars, fieldKeys,
	fieldAka, fieldSound, fieldTagWord, fieldSentence, fieldKind, fieldSourceWords, "*", "_all", "_id"}

// fieldLengths holds the last measurement, and the few before it.
type fieldLengths struct {
	mu   sync.Mutex // held while measuring
	last atomic.Pointer[lengths]

	keptMu sync.Mutex
	kept   []*lengths // the last keptLengths, newest last
}

// lengths is one measurement.
type lengths struct {
	// avg is every field's average length in terms: measured for
	// lengthFields, bleve's estimate for the others.
	avg     map[string]float64
	count   uint64 // articles in the index when measured
	sampled int    // articles analysed
	// gen names the measurement in cursors: a relevance-sorted walk
	// scores every page with the lengths its first page had (a new
	// measurement moves every score, and search_after on the score
	// then skips or repeats articles). Drawn from the clock, it names
	// no other measurement after a restart.
	gen int64
}

// keep makes l the last measurement.
func (fl *fieldLengths) keep(l *lengths) {
	fl.keptMu.Lock()
	defer fl.keptMu.Unlock()
	if n := len(fl.kept); n > 0 && l.gen <= fl.kept[n-1].gen {
		l.gen = fl.kept[n-1].gen + 1
	}
	fl.kept = append(fl.kept, l)
	if len(fl.kept) > keptLengths {
		fl.kept = slices.Delete(fl.kept, 0, len(fl.kept)-keptLengths)
	}
	fl.last.Store(l)
}

// byGen returns the kept measurement gen names, or nil.
func (fl *fieldLengths) byGen(gen int64) *lengths {
	fl.keptMu.Lock()
	defer fl.keptMu.Unlock()
	for _, l := range fl.kept {
		if l.gen == gen {
			return l
		}
	}
	return nil
}

// measured returns the measurement whose statistics a scored search passes
// to bleve, or nil when there is none (bleve then uses its own estimate).
// The first
// search of an index measures them (a bounded cost, see lengthBytes) unless
// the measurement begun at open is done; once the index has grown or
// shrunk enough, a search starts a new measurement in the background and
// every search uses the last one until it is done.
func (ix *Index) measured() *lengths {
	n, err := ix.b.DocCount()
	if err != nil || n == 0 {
		return nil
	}
	fl := &ix.lengths
	last := fl.last.Load()
	if last != nil && !last.stale(n) {
		return last
	}
	if last != nil {
		if fl.mu.TryLock() { // (else another is measuring)
			go func() {
				defer ix.survive("measuring field lengths")
				defer fl.mu.Unlock()
				release, err := ix.acquire()
				if err != nil {
					return // closed
				}
				defer release()
				ix.remeasure()
			}()
		}
		return last
	}
	fl.mu.Lock()
	defer fl.mu.Unlock()
	if last = fl.last.Load(); last != nil {
		return last // measured while this one waited
	}
	return ix.remeasure()
}

// remeasure measures the lengths and keeps them, with fl.mu held; it
// returns them, or the last ones when they cannot be measured.
func (ix *Index) remeasure() *lengths {
	fl := &ix.lengths
	last := fl.last.Load()
	n, err := ix.b.DocCount()
	if err == nil && n > 0 {
		if avg, sampled, err := ix.measureLengths(n); err == nil && avg != nil {
			l := &lengths{avg: avg, count: n, sampled: sampled, gen: time.Now().UnixNano()}
			fl.keep(l)
			return l
		}
	}
	return last
}

// measureOnOpen measures the lengths of a newly opened index in the
// background, so its first search does not wait for them (it waits only
// when it comes first).
func (ix *Index) measureOnOpen() {
	defer ix.survive("measuring field lengths")
	release, err := ix.acquire()
	if err != nil {
		return
	}
	defer release()
	if !ix.lengths.mu.TryLock() {
		return // a search is measuring them (never wait on it holding the index)
	}
	defer ix.lengths.mu.Unlock()
	if ix.lengths.last.Load() == nil {
		ix.remeasure()
	}
}

// stale reports whether averages measured over l.sampled of l.count
// articles no longer describe an index of n.
func (l *lengths) stale(n uint64) bool {
	if l.sampled < lengthSample && n >= l.count+lengthSample-uint64(l.sampled) {
		return true
	}
	d := float64(n) - float64(l.count)
	return d > lengthDrift*float64(l.count) || -d > lengthDrift*float64(l.count)
}

// measureLengths analyses up to lengthSample articles spread evenly over
// the index's n and returns the average length of every field the index
// has: measured for the analysed ones, bleve's estimate for the others.
func (ix *Index) measureLengths(n uint64) (map[string]float64, int, error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, 0, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, 0, err
	}
	defer r.Close()
	br, ok := r.(bindex.BM25Reader)
	if !ok {
		return nil, 0, nil
	}
	ids, err := sampleIDs(r, n, lengthSample)
	if err != nil {
		return nil, 0, err
	}
	m := ix.b.Mapping()
	sums := map[string]float64{}
	sampled := 0
	for _, id := range ids {
		d, err := r.Document(id)
		if err != nil || d == nil {
			continue
		}
		a := docToArticle(id, d)
		a.Body = head(a.Body, lengthBytes)
		doc := document.NewDocument(id)
		if err := m.MapDocument(doc, toDoc(&a)); err != nil {
			continue
		}
		sampled++
		for _, f := range doc.Fields {
			if slices.Contains(lengthFields, f.Name()) {
				f.Analyze()
				sums[f.Name()] += float64(f.AnalyzedLength())
			}
		}
	}
	if sampled == 0 {
		return nil, 0, nil
	}
	fields, err := ix.b.Fields()
	if err != nil {
		return nil, 0, err
	}
	// bleve fails a search that reads a field the statistics lack, so they
	// also name every field the mapping has, and "*" (a query of no
	// field), whether or not an article has it yet.
	fields = append(fields, mappedFields...)
	avgs := make(map[string]float64, len(fields))
	for _, f := range fields {
		card, err := br.FieldCardinality(f)
		if err != nil {
			return nil, 0, err
		}
		avgs[f] = float64(card) / float64(n)
	}
	for _, f := range lengthFields {
		if avg := sums[f] / float64(sampled); avg > 0 {
			avgs[f] = avg
		}
	}
	return avgs, sampled, nil
}

// stats returns bleve's statistics for an index of n articles with l's
// average lengths. The count is the index's own, not the measurement's:
// a word's weight (idf) compares the articles that have it with all the
// articles, and the measurement's count, up to lengthDrift behind, had
// weighed a word that new articles made common as rarer than it is (past
// the count, BM25 gives it a weight below 0). bleve takes a field's average
// as its "cardinality" over the count, rounded up: the cardinality is
// that rounded average times n, so the averages, and the scores of
// a walk through the pages, stay the same while n changes.
func (l *lengths) stats(n uint64) *search.BM25Stats {
	st := &search.BM25Stats{DocCount: float64(n), FieldCardinality: make(map[string]int, len(l.avg))}
	for f, avg := range l.avg {
		st.FieldCardinality[f] = int(math.Ceil(avg)) * int(n)
	}
	return st
}

// sampleIDs returns the ids of up to k of the index's n articles, spread
// evenly in the order of their ids: the same articles whatever order an
// import wrote them in. (Spread in the index's internal order, which
// differs from one import of a file to the next, the sample had differed
// too, and with it every average by a few per cent: two imports of one
// archive ranked near ties apart, a score 2% off.) An id's term may stay in
// the dictionary after its article is deleted or replaced until a merge
// drops it; measureLengths skips an id with no article.
func sampleIDs(r bindex.IndexReader, n uint64, k int) ([]string, error) {
	dict, err := r.FieldDict("_id")
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	step := max(n/uint64(k), 1)
	var ids []string
	for i := uint64(0); len(ids) < k; i++ {
		e, err := dict.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		if i%step == 0 {
			ids = append(ids, e.Term)
		}
	}
	return ids, nil
}

// withLengths gives a scored request the field lengths of l.
func (ix *Index) withLengths(req *bleve.SearchRequest, l *lengths) {
	if l == nil {
		return
	}
	if n, err := ix.b.DocCount(); err == nil && n > 0 {
		req.PreSearchData = map[string]any{search.BM25PreSearchDataKey: l.stats(n)}
	}
}

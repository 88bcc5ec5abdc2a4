package index

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// Put validates and indexes articles in one batch, replacing any article
// with the same id. When Put returns nil the batch is on disk: it survives
// a crash. Nothing is written if any article is invalid.
func (ix *Index) Put(ctx context.Context, arts ...Article) error {
	_, err := ix.Upsert(ctx, arts...)
	return err
}

// Upsert is Put that also reports, for each article, whether it was new
// (true) or replaced one with the same id (false).
func (ix *Index) Upsert(ctx context.Context, arts ...Article) ([]bool, error) {
	if err := validate(arts); err != nil {
		return nil, err // at once, not after waiting for room
	}
	release, err := ix.admit(ctx, arts)
	if err != nil {
		return nil, err
	}
	// The analysis cannot stop half way, and a megabyte of text of many
	// distinct words takes seconds: past the deadline the writer is
	// answered at once, and the room is given back when the analysis
	// ends, its work thrown away.
	type analysed struct {
		p   *prepared
		err error
	}
	ch := make(chan analysed, 1)
	go func() {
		defer func() {
			// Out of the request's goroutine, a panic would end the
			// process, not the request.
			if r := recover(); r != nil {
				ch <- analysed{err: fmt.Errorf("index: analysing the articles: panic: %v", r)}
			}
		}()
		if testHookAnalysis != nil {
			testHookAnalysis()
		}
		p, err := ix.prepareValid(arts)
		ch <- analysed{p, err}
	}()
	select {
	case <-ctx.Done():
		go func() {
			<-ch
			release()
		}()
		return nil, ctx.Err()
	case a := <-ch:
		defer release()
		if a.err != nil {
			return nil, a.err
		}
		return ix.write(ctx, a.p)
	}
}

// testHookAnalysis, when set by a test, runs before a write's analysis,
// so a test can hold the analysis as long as it needs.
var testHookAnalysis func()

// write indexes a prepared batch in one bleve batch. Documents prepared
// for a generation a reindex has since replaced are analysed again.
func (ix *Index) write(ctx context.Context, p *prepared) ([]bool, error) {
	if err := ix.wmu.LockContext(ctx); err != nil {
		return nil, err
	}
	defer ix.wmu.Unlock()
	release, err := ix.acquire()
	if err != nil {
		return nil, err
	}
	release = sync.OnceFunc(release) // (reopenHeld releases it early)
	defer release()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if p.b != ix.b {
		if p.docs, err = analyzeDocuments(ix.b, p.arts); err != nil {
			return nil, err
		}
	}
	ids := make([]string, len(p.arts))
	for i := range p.arts {
		ids[i] = p.arts[i].ID
	}
	existing, err := ix.existing(ctx, ids)
	if err != nil {
		return nil, err
	}
	keys, err := ix.storedSortKeys(ctx, ids)
	if err != nil {
		return nil, err
	}
	old := ix.replacedWords(ctx, existing)
	batch := ix.b.NewBatch()
	created := make([]bool, len(p.arts))
	seen := map[string]bool{}
	for i, doc := range p.docs {
		if err := batch.IndexAdvanced(doc); err != nil {
			return nil, fmt.Errorf("index: %s: %w", ids[i], err)
		}
		created[i] = !existing[ids[i]] && !seen[ids[i]]
		seen[ids[i]] = true
	}
	// The date span widens first: searches see the articles before Batch
	// returns, and a span too narrow would drop a date bound they need.
	for i := range p.arts {
		ix.dates.extend(p.arts[i].Published)
	}
	ix.notifyExports(keys, ids, p.arts) // (before searches can see it: see exportWatch)
	err = ix.b.Batch(batch)
	ix.newCategories(p.arts)
	ix.answers.clear()
	if err != nil {
		err = storageError(fmt.Sprintf("batch of %d", len(p.arts)), err)
		ix.reopenHeld(err, release)
		return nil, err
	}
	ix.writes.Add(1)
	ix.record(ids...)
	ix.sug.gone.written(ids)
	ix.sug.markDirty(old)
	ix.sug.notify()
	return created, nil
}

// maxReplacedWords: a batch that replaces up to this many articles (an
// editor's corrections) notes their old words for the suggester, as a
// delete does; a re-import of thousands would analyse each article twice.
const maxReplacedWords = 16

// replacedWords returns the words of the articles a write replaces, when
// they are few (see markDirty).
func (ix *Index) replacedWords(ctx context.Context, existing map[string]bool) map[string]bool {
	if len(existing) == 0 || len(existing) > maxReplacedWords {
		return nil
	}
	ids := make([]string, 0, len(existing))
	for id := range existing {
		ids = append(ids, id)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldTitle, fieldBody}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil
	}
	words := map[string]bool{}
	for _, h := range res.Hits {
		for w := range ix.articleWords(str(h.Fields[fieldTitle]), str(h.Fields[fieldBody])) {
			words[w] = true
		}
	}
	return words
}

// existing returns which of ids are in the index, with one search.
func (ix *Index) existing(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, searchError(err)
	}
	for _, h := range res.Hits {
		out[h.ID] = true
	}
	return out, nil
}

// Delete removes the article with id; ErrNotFound if there is none. When
// it returns nil the deletion is on disk.
func (ix *Index) Delete(ctx context.Context, id string) error {
	if err := ValidateID(id); err != nil {
		return err
	}
	if err := ix.wmu.LockContext(ctx); err != nil {
		return err
	}
	defer ix.wmu.Unlock()
	release, err := ix.acquire()
	if err != nil {
		return err
	}
	release = sync.OnceFunc(release) // (reopenHeld releases it early)
	defer release()
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{fieldTitle, fieldBody}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return searchError(err)
	}
	if len(res.Hits) == 0 {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	keys, err := ix.storedSortKeys(ctx, []string{id})
	if err != nil {
		return err
	}
	ix.notifyExports(keys, []string{id}, nil)
	err = ix.b.Delete(id)
	ix.answers.clear()
	if err != nil {
		err = storageError("delete "+id, err)
		ix.reopenHeld(err, release)
		return err
	}
	ix.sug.gone.add(id, ix.writes.Add(1))
	ix.record(id)
	h := res.Hits[0]
	ix.sug.markDirty(ix.articleWords(str(h.Fields[fieldTitle]), str(h.Fields[fieldBody])))
	ix.sug.notify()
	return nil
}

// record notes written ids for a running reindex. The caller holds wmu.
func (ix *Index) record(ids ...string) {
	if ix.journal == nil {
		return
	}
	for _, id := range ids {
		ix.journal[id] = true
	}
}

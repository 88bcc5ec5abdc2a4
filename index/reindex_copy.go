package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// Copying articles from one generation into another during a reindex: all
// of them in id order, then those written meanwhile, in batches bounded
// by the text they hold.

// reindexBatch is the number of articles copied per batch.
const reindexBatch = 500

// copyAll copies every article of from into to, in id order.
func (ix *Index) copyAll(ctx context.Context, from, to bleve.Index) error {
	n, err := from.DocCount()
	if err != nil {
		return err
	}
	ix.progress.total.Store(int64(n))
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), reindexBatch, 0, false)
		req.SortByCustom(search.SortOrder{&search.SortDocID{}})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := from.SearchInContext(ctx, req)
		if err != nil {
			return searchError(err)
		}
		if len(res.Hits) == 0 {
			return nil
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		if err := ix.copyIDs(ctx, from, to, ids); err != nil {
			return err
		}
		copied := ix.progress.copied.Add(int64(len(ids)))
		// Articles written meanwhile grow the total.
		if n, err := from.DocCount(); err == nil {
			ix.progress.total.Store(max(int64(n), copied))
		}
		after = []string{ids[len(ids)-1]}
	}
}

// copyIDs copies the articles with ids from from into to, deleting from
// to those from no longer has.
func (ix *Index) copyIDs(ctx context.Context, from, to bleve.Index, ids []string) error {
	batch := to.NewBatch()
	var text int64
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := from.Document(id)
		if err != nil {
			return fmt.Errorf("index: reindex: read %s: %w", id, err)
		}
		if doc == nil {
			batch.Delete(id)
			continue
		}
		a := docToArticle(id, doc)
		// Long articles are written a few at a time, as an import
		// writes them (see maxBatchBytes): a batch holds their analysis.
		// The batch ends before an article that would take it past the
		// bound (two articles of a megabyte of random katakana in one
		// batch took 3 GB).
		n := textBytes([]Article{a})
		if batch.Size() > 0 && text+n > maxBatchBytes {
			if err := to.Batch(batch); err != nil {
				return fmt.Errorf("index: reindex: %w", err)
			}
			batch, text = to.NewBatch(), 0
		}
		text += n
		d, err := articleDocument(to.Mapping(), &a)
		if err == nil {
			err = batch.IndexAdvanced(d)
		}
		if err != nil {
			return fmt.Errorf("index: reindex: %s: %w", id, err)
		}
	}
	if batch.Size() == 0 {
		return nil
	}
	if err := to.Batch(batch); err != nil {
		return fmt.Errorf("index: reindex: %w", err)
	}
	return nil
}

package index

import (
	"cmp"
	"context"
	"math"
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
)

// What the suggestion data learns from the articles' titles and their
// labels (categories and tags), beside the words of their text.

// titles reads the newest titles: each becomes a title suggestion, and
// its words and compounds (adjacent content words, 関西|国際|空港 →
// 関西国際空港) count with the article's recency; the older titles up to
// suggestCompoundTitles give their compounds only.
func (b *sugBuilder) titles(ctx context.Context) error {
	var after []string
	var newest time.Time
	seen, newestTitles := 0, suggestTitles
	if n := b.ix.sug.newestTitles; n > 0 {
		newestTitles = n
	}
	for seen < suggestCompoundTitles {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), min(1000, suggestCompoundTitles-seen), 0, false)
		req.SortByCustom(sortOrder(SortNewest))
		req.Fields = []string{fieldTitle, fieldPublished}
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := b.ix.b.SearchInContext(ctx, req)
		if err != nil {
			return searchError(err)
		}
		if len(res.Hits) == 0 {
			break
		}
		for _, h := range res.Hits {
			title, _ := h.Fields[fieldTitle].(string)
			published, _ := time.Parse(time.RFC3339, str(h.Fields[fieldPublished]))
			if newest.IsZero() {
				newest = published
			}
			w := math.Exp2(-newest.Sub(published).Hours() / suggestHalfLife.Hours())
			if seen < newestTitles {
				b.title(h.ID, title, w)
			} else {
				b.olderTitle(title, w)
			}
			seen++
		}
		after = lastSort(res.Hits)
	}
	for t, s := range b.terms {
		if len(s.parts) > 1 && !s.newest && s.count < minCompoundDocs {
			// A compound of one older title: not counted in the bodies
			// (the counting's budget goes to those of the newest titles
			// and of several older ones: 転職活動 of 15).
			delete(b.terms, t)
		}
	}
	return nil
}

func str(v any) string { s, _ := v.(string); return s }

// lastSort is the search_after key of the last hit.
func lastSort(hits search.DocumentMatchCollection) []string {
	return hits[len(hits)-1].DecodedSort
}

// labels adds categories or tags with their article counts; those spelt
// alike but for width, case and a final ー (ＡＩ and AI) are one, as a
// filter selects them, under the spelling most of its articles have.
func (b *sugBuilder) labels(ctx context.Context, kind, field string) error {
	// The dictionary first, then the most used labels only: an archive
	// with hundreds of thousands of distinct tags had taken minutes per
	// rebuild (each checked and read) while its rarest tags were no
	// suggestion anyone would see.
	type label struct {
		term  string
		count uint64
	}
	var all []label
	err := b.eachTerm(ctx, field, func(e *bindex.DictEntry, _ *readerCounter) error {
		all = append(all, label{e.Term, e.Count}) // (to pick the commonest: see below for the counts)
		return nil
	})
	if err != nil {
		return err
	}
	if len(all) > maxSuggestLabels {
		slices.SortStableFunc(all, func(x, y label) int { return cmp.Compare(y.count, x.count) })
		all = all[:maxSuggestLabels]
	}
	tc := &readerCounter{ctx: ctx, ix: b.ix.b}
	defer tc.close()
	byTerm := map[string]int32{} // folded label: entry
	most := map[int32]uint64{}   // the articles of the entry's spelling
	for i, l := range all {
		if i%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		// The live count, never the dictionary's: it counts deleted and
		// replaced articles until a merge drops them, and a segment
		// written by one bulk can hold a count of 1 for a label of
		// thousands (a category shown with 3,496 of its 6,000 articles).
		count := tc.count(l.term, field)
		if count == 0 {
			continue
		}
		entry, seen := byTerm[analyzer.WordTerm(l.term)]
		if seen {
			en := &b.entries[entry]
			en.count += int32(count)
			en.score += float32(count)
			if count > most[entry] {
				en.text, most[entry] = l.term, count
			}
		} else {
			entry = int32(len(b.entries))
			byTerm[analyzer.WordTerm(l.term)], most[entry] = entry, count
			b.entries = append(b.entries, sugEntry{text: l.term, kind: kind, count: int32(count), score: float32(count) + 1})
		}
		b.key(analyzer.Fold(l.term), entry)
		if r := b.ix.labelReading(l.term); r != "" {
			b.key(r, entry)
		}
	}
	return nil
}

// maxSuggestLabels bounds the categories and the tags (each) read for
// suggestions, the most used first.
const maxSuggestLabels = 20_000

// labelReading is readingKey of a category or tag, kept across rebuilds
// (a rebuild had read every label again).
func (ix *Index) labelReading(label string) string {
	ix.sug.use(&ix.sug.labels, label)
	if v, ok := ix.sug.labels.Load(label); ok {
		return v.(string)
	}
	r := readingKey(ix.an, label)
	ix.sug.learn(&ix.sug.labels, label, r)
	return r
}

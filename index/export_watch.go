package index

import (
	"context"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// A date-sorted export reads its pages one after another from the index as
// it is then, each after the sort key the page before ended on (search
// after). An article written while it runs would otherwise move across that
// point: one the export had passed and that a write dated later for a
// newest-first export (or earlier for oldest-first) came a second time, and
// one it had not reached yet that a write moved into the part it had passed
// never came at all (a livedoor export with bodies while 100 of its early
// articles were dated back and 100 of its late ones forward: 99 twice, 94
// missing). An exportWatch follows the writes made while the export runs,
// page reads and writes taking turns under wmu, so it knows which version
// of each written article the export has read:
//
//   - an article whose old version lay in the part passed was exported
//     already (done): a page that meets it again leaves it out;
//   - one written into the part passed (new, or moved there from the part
//     ahead) that the export had not read is late: it is read, as it is
//     then, after the last page, if it still matches.
//
// Each article that exists while the export runs is in it once: the
// version its page read, or, when a write moved it behind the export, the
// latest version at the end. The watch holds the ids written while the
// export runs, never the ids exported.
type exportWatch struct {
	desc     bool            // newest first
	pos      string          // the sort key the pages read so far end on; "" before the first
	finished bool            // every page has been read: all of the order is passed
	done     map[string]bool // written after the export read them: leave them out of later pages
	late     map[string]bool // written into the part passed before the export read them
}

func newExportWatch(desc bool) *exportWatch {
	return &exportWatch{desc: desc, done: map[string]bool{}, late: map[string]bool{}}
}

// passed reports whether the pages read so far cover sort key k.
func (w *exportWatch) passed(k string) bool {
	switch {
	case w.finished:
		return true
	case w.pos == "":
		return false
	case w.desc:
		return k >= w.pos
	default:
		return k <= w.pos
	}
}

// wrote notes a write of id, whose sort key was old ("" when it was not in
// the index) and is now new ("" when it was deleted). The caller holds wmu.
func (w *exportWatch) wrote(id, old, new string) {
	if w.late[id] {
		if new == "" {
			delete(w.late, id) // (deleted before the export read it)
		}
		return
	}
	switch {
	case w.done[id]:
	case old != "" && w.passed(old):
		w.done[id] = true
	case new != "" && w.passed(new):
		w.late[id] = true
	}
}

// read notes a page read by the export, which now ends on sort key pos
// ("" for the last page), and returns the page's ids the export must leave
// out (read before, in an older version). The caller holds wmu.
func (w *exportWatch) read(ids []string, pos string) map[string]bool {
	skip := map[string]bool{}
	for _, id := range ids {
		if w.done[id] {
			skip[id] = true
			continue
		}
		delete(w.late, id) // (moved again, ahead of the export: read now)
	}
	if pos == "" {
		w.finished = true
	} else {
		w.pos = pos
	}
	return skip
}

// sortKey returns a's date sort key (see keys).
func sortKey(a *Article) string {
	return keySort + a.Published.UTC().Format(sortKeyLayout) + a.ID
}

// watchExport registers w, so that writes from now on are noted in it.
func (ix *Index) watchExport(ctx context.Context, w *exportWatch) error {
	if err := ix.wmu.LockContext(ctx); err != nil {
		return err
	}
	defer ix.wmu.Unlock()
	if ix.exports == nil {
		ix.exports = map[*exportWatch]bool{}
	}
	ix.exports[w] = true
	return nil
}

// unwatchExport ends w's watch and returns its late ids.
func (ix *Index) unwatchExport(w *exportWatch) []string {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	delete(ix.exports, w)
	late := make([]string, 0, len(w.late))
	for id := range w.late {
		late = append(late, id)
	}
	return late
}

// storedSortKeys returns the sort keys the articles ids have in the index
// (none for those it does not have), for the exports watching writes. The
// caller holds wmu.
func (ix *Index) storedSortKeys(ctx context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	if len(ix.exports) == 0 || len(ids) == 0 {
		return out, nil
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldPublished}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, searchError(err)
	}
	for _, h := range res.Hits {
		v, _ := h.Fields[fieldPublished].(string)
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			continue
		}
		out[h.ID] = sortKey(&Article{ID: h.ID, Published: t})
	}
	return out, nil
}

// notifyExports tells the watching exports of a write: the sort keys the
// ids had (old) and have now (arts, nil for a delete of the one id). The
// caller holds wmu.
func (ix *Index) notifyExports(old map[string]string, ids []string, arts []Article) {
	if len(ix.exports) == 0 {
		return
	}
	cur := map[string]string{}
	for i, id := range ids {
		before, ok := cur[id] // (an id twice in one batch: its first version)
		if !ok {
			before = old[id]
		}
		after := ""
		if arts != nil {
			after = sortKey(&arts[i])
		}
		cur[id] = after
		for w := range ix.exports {
			w.wrote(id, before, after)
		}
	}
}

package index

import (
	"context"
	"sync"
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
// so it knows which version of each written article the export has read:
//
//   - an article whose old version lay in the part passed was exported
//     already (done): a page that meets it again leaves it out;
//   - one written into the part passed (new, or moved there from the part
//     ahead) that the export had not read is late: it is read, as it is
//     then, after the last page, if it still matches.
//
// A write is noted before the index shows it and judged by the next page
// read: an article the page holds was read, one it lacks was not, and a
// page read before the index showed the write holds the old version. So
// pages and writes never wait for each other.
//
// Each article that exists while the export runs is in it once: the
// version its page read, or, when a write moved it behind the export, the
// latest version at the end. The watch holds the ids written while the
// export runs, never the ids exported.
type exportWatch struct {
	desc bool // newest first

	mu       sync.Mutex
	pos      string          // the sort key the pages read so far end on; "" before the first
	finished bool            // every page has been read: all of the order is passed
	pending  []watchedWrite  // the writes noted since the last page was read
	done     map[string]bool // written after the export read them: leave them out of later pages
	late     map[string]bool // written into the part passed before the export read them
}

// watchedWrite is a write of id, whose sort key was old ("" when it was
// not in the index) and is now new ("" when it was deleted).
type watchedWrite struct{ id, old, new string }

func newExportWatch(desc bool) *exportWatch {
	return &exportWatch{desc: desc, done: map[string]bool{}, late: map[string]bool{}}
}

// passed reports whether the pages read so far cover sort key k. The
// caller holds mu.
func (w *exportWatch) passed(k string) bool {
	return w.finished || w.passedBefore(w.pos, k)
}

// wrote notes a write of id, whose sort key was old ("" when it was not in
// the index) and is now new ("" when it was deleted), before the index
// shows it: the next page read judges it by what it holds (see readPage).
func (w *exportWatch) wrote(id, old, new string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pending = append(w.pending, watchedWrite{id, old, new})
}

// judge decides what a write of id means for the export; inPage: the page
// read while it was made holds id.
func (w *exportWatch) judge(id, old, new string, inPage bool) {
	if w.late[id] {
		if new == "" {
			delete(w.late, id) // (deleted before the export read it)
		}
		return
	}
	switch {
	case w.done[id]:
	case inPage || old != "" && w.passed(old):
		w.done[id] = true
	case new != "" && w.passed(new):
		w.late[id] = true
	}
}

// readPage notes the page the export read, which holds ids and ends on
// sort key pos ("" for the last page), judges the writes noted since the
// page before by what this one holds (whether the index showed a write
// before or after the page was read, an article the page holds was read,
// and one it lacks was not), and returns the page's ids the export must
// leave out (read before, in an older version).
func (w *exportWatch) readPage(ids []string, pos string) map[string]bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	before := w.pos // (the part passed before this page)
	pending := w.merged()
	for _, p := range pending {
		if !w.late[p.id] && p.old != "" && w.passedBefore(before, p.old) {
			w.done[p.id] = true // (read by a page before: not again in this one)
		}
	}
	skip := map[string]bool{}
	in := make(map[string]bool, len(ids))
	for _, id := range ids {
		in[id] = true
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
	for _, p := range pending {
		if in[p.id] {
			w.judge(p.id, p.old, p.new, true)
		} else {
			w.judge(p.id, "", p.new, false) // (its new place against the part passed now)
		}
	}
	return skip
}

// merged returns the writes noted since the last page, an id written
// several times as one write from its first sort key to its last (the
// keys between were never in a page), and empties the list.
func (w *exportWatch) merged() []watchedWrite {
	out := make([]watchedWrite, 0, len(w.pending))
	at := map[string]int{}
	for _, p := range w.pending {
		if i, ok := at[p.id]; ok {
			out[i].new = p.new
			continue
		}
		at[p.id] = len(out)
		out = append(out, p)
	}
	w.pending = nil
	return out
}

// passedBefore reports whether the part passed up to pos covers k.
func (w *exportWatch) passedBefore(pos, k string) bool {
	switch {
	case pos == "":
		return false
	case w.desc:
		return k >= pos
	default:
		return k <= pos
	}
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
	delete(ix.exports, w)
	ix.wmu.Unlock()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.merged() { // (after the last page: every version was read)
		w.finished = true
		w.judge(p.id, p.old, p.new, false)
	}
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

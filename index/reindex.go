package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// ReindexProgress reports a running (or the last) reindex.
type ReindexProgress struct {
	Running bool      `json:"running"`
	Copied  int64     `json:"copied"`
	Total   int64     `json:"total"`
	Started time.Time `json:"started,omitzero"` // absent before the first reindex
}

type atomicProgress struct {
	running atomic.Bool
	copied  atomic.Int64
	total   atomic.Int64
	started atomic.Int64 // unix nanoseconds
}

// ReindexProgress reports the running or last reindex.
func (ix *Index) ReindexProgress() ReindexProgress {
	p := &ix.progress
	r := ReindexProgress{Running: p.running.Load(), Copied: p.copied.Load(), Total: p.total.Load()}
	if ns := p.started.Load(); ns != 0 {
		r.Started = time.Unix(0, ns)
	}
	return r
}

// reindexBatch is the number of articles copied per batch.
const reindexBatch = 500

// Reindex rebuilds the index as a new generation with the current mapping,
// analyzer and user dictionary (after either changed), while the current
// generation keeps answering searches and taking writes. Writes made
// during the copy are replayed into the new generation; then, with writes
// held for the replay of the last few and searches held only for the
// switch itself, CURRENT points at the new generation and the old one is
// closed and deleted. No search fails or sees a partial index; a crash at
// any point leaves one complete generation in use.
func (ix *Index) Reindex(ctx context.Context) error {
	run, err := ix.claimReindex()
	if err != nil {
		return err
	}
	return run(ctx)
}

// StartReindex starts Reindex in the background and returns at once with
// a channel that receives its result. Only one reindex runs at a time:
// the claim is made before StartReindex returns, so of concurrent callers
// exactly one starts it and the others get ErrBusy.
func (ix *Index) StartReindex(ctx context.Context) (<-chan error, error) {
	run, err := ix.claimReindex()
	if err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	return done, nil
}

// claimReindex marks a reindex as running (progress included) or says why
// one cannot start; run does the work and ends the claim.
func (ix *Index) claimReindex() (run func(context.Context) error, err error) {
	if !ix.reindexing.CompareAndSwap(false, true) {
		return nil, fmt.Errorf("%w: a reindex is already running", ErrBusy)
	}
	ix.wmu.Lock()
	ix.mu.RLock()
	closed, old, gen := ix.closed, ix.b, ix.gen
	ix.mu.RUnlock()
	if closed {
		ix.wmu.Unlock()
		ix.reindexing.Store(false)
		return nil, ErrClosed
	}
	ix.journal = map[string]bool{}
	ix.wmu.Unlock()

	p := &ix.progress
	// This run's figures before it shows as running (not the last run's
	// total until the copy counts this one's).
	p.copied.Store(0)
	n, _ := old.DocCount()
	p.total.Store(int64(n))
	p.started.Store(time.Now().UnixNano())
	p.running.Store(true)
	return func(ctx context.Context) error {
		defer p.running.Store(false)
		return ix.reindex(ctx, old, gen)
	}, nil
}

// reindex copies old (generation gen) into a new generation and switches
// to it; the caller holds the claim.
func (ix *Index) reindex(ctx context.Context, old bleve.Index, gen string) error {
	next := nextGeneration(gen)
	path := filepath.Join(ix.dir, next)
	os.RemoveAll(path) // the leftover of an interrupted reindex
	nb, err := ix.create(path)
	if err != nil {
		ix.endJournal()
		return err
	}
	switched := false
	defer func() {
		if !switched {
			ix.endJournal()
			nb.Close()
			os.RemoveAll(path)
		}
	}()

	if err := ix.copyAll(ctx, old, nb); err != nil {
		return err
	}
	// One segment, as after an import; searches and writes go on
	// meanwhile against the current generation.
	if err := compact(ctx, nb); err != nil {
		return err
	}

	// Replay what changed during the copy while writes go on, then what
	// changed during that replay, until few are left; then hold writes,
	// replay the rest and switch.
	for range maxCatchUpRounds {
		ix.wmu.Lock()
		ids := ix.journalIDs()
		if len(ids) <= heldReplayIDs {
			ix.wmu.Unlock()
			break
		}
		ix.journal = map[string]bool{}
		ix.wmu.Unlock()
		if err := ix.copyIDs(ctx, old, nb, ids); err != nil {
			return err
		}
	}
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	if err := ix.copyIDs(ctx, old, nb, ix.journalIDs()); err != nil {
		return err
	}
	an, syn, _, err := ix.check(nb)
	if err != nil {
		return err
	}
	// The cursors readers hold stay valid across the switch.
	if old := ix.cursorKey; old != nil {
		if err := nb.SetInternal(cursorKeyName, old); err != nil {
			return fmt.Errorf("index: reindex: %w", err)
		}
	}
	key, err := loadCursorKey(nb)
	if err != nil {
		return fmt.Errorf("index: reindex: %w", err)
	}
	if err := writeCurrent(ix.dir, next); err != nil {
		return err
	}
	ix.sug.hold() // a suggestion rebuild would hold the switch up
	defer ix.sug.release()
	ix.lockForSwitch()
	if ix.closed {
		// Closed meanwhile (shutdown): the new generation is complete and
		// CURRENT names it, so the next Open opens it.
		ix.mu.Unlock()
		ix.journal = nil
		ix.reindexing.Store(false)
		switched = true
		nb.Close()
		return ErrClosed
	}
	ix.b, ix.gen, ix.an, ix.syn, ix.stale, ix.cursorKey = nb, next, an, syn, false, key
	ix.answers.clear()
	ix.sug.forget()
	ix.journal = nil
	ix.mu.Unlock()
	ix.reindexing.Store(false)
	switched = true
	// Done: every article is in, replays of writes made meanwhile too.
	if n, err := nb.DocCount(); err == nil {
		ix.progress.total.Store(int64(n))
		ix.progress.copied.Store(int64(n))
	}

	old.Close()
	if gen == "" {
		// A plain index directory: its files sit beside the generations.
		os.Remove(filepath.Join(ix.dir, "index_meta.json"))
		os.RemoveAll(filepath.Join(ix.dir, "store"))
		os.Remove(filepath.Join(ix.dir, suggestCacheName))
	} else {
		os.RemoveAll(filepath.Join(ix.dir, gen))
	}
	ix.df.at(0)
	ix.counts.at(0)
	ix.dates.reset()
	if ix.sug.stop == nil {
		ix.startSuggest()
	}
	ix.sug.notify()
	return nil
}

// switchPatience is how long the switch to a new generation waits for a
// moment with no request reading the index before it queues for one.
const switchPatience = 250 * time.Millisecond

// lockForSwitch takes ix.mu for writing. A waiting writer makes every new
// reader wait behind it (sync.RWMutex), so a switch that simply queued
// would stall new requests for as long as the slowest one in flight; it
// first tries for a while to find the index free, which under normal load
// it soon is. While a backup copies the index (holding it for as long as
// the copy takes) it keeps trying without queueing: requests go on, and
// the switch, with writes held, waits for the copy.
func (ix *Index) lockForSwitch() {
	deadline := time.Now().Add(switchPatience)
	for time.Now().Before(deadline) || ix.backups.Load() > 0 {
		if ix.mu.TryLock() {
			return
		}
		time.Sleep(time.Millisecond)
	}
	ix.mu.Lock()
}

func (ix *Index) endJournal() {
	ix.wmu.Lock()
	ix.journal = nil
	ix.wmu.Unlock()
	ix.reindexing.Store(false)
}

// Catching up with writes made during a reindex: at most maxCatchUpRounds
// replays while writes go on, until no more than heldReplayIDs articles
// are left to replay with writes held.
const (
	maxCatchUpRounds = 8
	heldReplayIDs    = 64
)

// journalIDs returns the ids written since the journal began; the caller
// holds wmu.
func (ix *Index) journalIDs() []string {
	ids := make([]string, 0, len(ix.journal))
	for id := range ix.journal {
		ids = append(ids, id)
	}
	return ids
}

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

// insideDir reports whether dir, links resolved, is parent or lies
// inside it; dir need not exist yet.
func insideDir(dir, parent string) (bool, error) {
	d, err := resolvePath(dir)
	if err != nil {
		return false, err
	}
	p, err := resolvePath(parent)
	if err != nil {
		return false, err
	}
	return d == p || strings.HasPrefix(d, p+string(filepath.Separator)), nil
}

// resolvePath is path made absolute with the links of its longest
// existing part resolved.
func resolvePath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rest := ""
	for {
		r, err := filepath.EvalSymlinks(abs)
		if err == nil {
			return filepath.Join(r, rest), nil
		}
		parent := filepath.Dir(abs)
		if !errors.Is(err, fs.ErrNotExist) || parent == abs {
			return "", err
		}
		rest, abs = filepath.Join(filepath.Base(abs), rest), parent
	}
}

// Backup writes a consistent copy of the index to dir (which must not
// exist or be empty), as a data directory `sagasu serve --data-dir` opens.
// Searches and writes go on meanwhile; the copy holds the state of the
// moment it started.
func (ix *Index) Backup(ctx context.Context, dir string) error {
	if err := checkEmptyDir(dir); err != nil {
		return err
	}
	// (Checked on every backup: the directory may have been replaced by
	// a link into the data directory since the server started.)
	if in, err := insideDir(dir, ix.dir); err != nil {
		return fmt.Errorf("%w: %s cannot be resolved: %v", ErrBackupDir, dir, err)
	} else if in {
		return fmt.Errorf("%w: %s is inside the data directory %s", ErrBackupDir, dir, ix.dir)
	}
	release, err := ix.acquire()
	if err != nil {
		return err
	}
	defer release()
	ix.backups.Add(1) // (a switch waits without queueing meanwhile: see lockForSwitch)
	defer ix.backups.Add(-1)
	c, ok := ix.b.(bleve.IndexCopyable)
	if !ok {
		return errors.New("index: this index cannot be copied")
	}
	// The marker stays until CURRENT is written: a copy cut short by a
	// crash is refused by Open (see layout), not taken for a new index.
	marker := filepath.Join(dir, backupMarker)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := writeSynced(marker, []byte("a backup was being written here and did not finish\n")); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := syncDir(dir); err != nil { // (before the copy: never a copy without it)
		return err
	}
	name := generationName(1)
	if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := c.CopyTo(bleve.FileSystemDirectory(filepath.Join(dir, name))); err != nil {
		return fmt.Errorf("index: backup: %w", err)
	}
	if err := syncTree(dir); err != nil {
		return err
	}
	if err := writeCurrent(dir, name); err != nil {
		return err
	}
	if err := os.Remove(marker); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return syncDir(dir)
}

// backupMarker names the file a backup's directory holds until the copy
// is complete.
const backupMarker = "BACKUP-INCOMPLETE"

// writeSynced writes a new file and syncs it to disk.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

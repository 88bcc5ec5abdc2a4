package index

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	"golang.org/x/sync/semaphore"

	"sagasu/analyzer"
	"sagasu/data"
)

// Options configure Open. The zero value is ready to use.
type Options struct {
	// UserDict is the kagome user dictionary for a new index (or a new
	// generation built by Reindex); empty means the one shipped in package
	// data. An existing index keeps the dictionary it was built with.
	UserDict string
	// NameReadings is the table of readings kanji have in given names for
	// a new index (see package analyzer); empty means the one shipped in
	// package data. An existing index keeps the table it was built with.
	NameReadings string
	// Synonyms are the query-time synonym groups; empty means the list
	// shipped in package data.
	Synonyms string
	// English is the query-time glossary of English words for Japanese
	// ones (one-way synonyms); empty means the one shipped in package
	// data.
	English string
	// AnswerCache is the memory in bytes kept for the latest answers to
	// searches and related-article requests, emptied by every write (see
	// answerCache); 0 keeps none.
	AnswerCache int
	// LockTimeout is how long Open waits for another process to release
	// the directory; 0 means one second.
	LockTimeout time.Duration
	// AnySchema opens an index built by an incompatible version, to read
	// its articles into a new generation (Reindex) and nothing else.
	AnySchema bool
	// NoSuggest skips the suggestion data (built in the background and
	// after every burst of writes), for tools that only write or copy: it
	// was a sixth of the CPU of a bulk import.
	NoSuggest bool
	// Logger receives what the index reports on its own (a failed write
	// and the reopening after it); nil means slog.Default().
	Logger *slog.Logger
	// MustExist makes Open fail with ErrNoIndex rather than create an
	// index (tools that copy or rebuild one: a mistyped directory is an
	// error, not an empty index).
	MustExist bool
	// BulkImport opens the index for an import that Compact follows
	// (sagasu import): scorch leaves the segments the import writes
	// unmerged until bulkTier of them are of a size, rather than merging
	// each into the last as it comes (see openConfig). Searches meanwhile
	// read more segments; the compaction makes one.
	BulkImport bool
	// Initial are the articles (JSONL) a newly created index starts with.
	// They are written before CURRENT names the new index, so a crash
	// while they load leaves no index, and the next Open begins again.
	Initial []byte
}

// Index is a Sagasu article index on disk. Its methods are safe for
// concurrent use.
type Index struct {
	dir     string // the data directory
	opts    Options
	created bool
	df      dfCache
	counts  dfCache // counts of query alternatives across searches (see compiler.counted)
	sug     suggester
	cats    atomic.Pointer[categoryNames] // see namedCategories
	lengths fieldLengths                  // see measured
	answers *answerCache                  // see answerCache
	keys    keyTable                      // see keyTable

	// mu guards the current generation: every operation holds it for
	// reading; Close and Reindex's switch hold it for writing, so a switch
	// waits for in-flight searches and no search sees half of one.
	mu        sync.RWMutex
	b         bleve.Index
	gen       string // generation name, "" for a plain index directory
	an        *analyzer.Analyzer
	syn       *synonyms
	cursorKey []byte   // signs search cursors; stored in the index
	dates     dateSpan // first and last publication dates
	stale     bool     // built by an incompatible version (AnySchema)
	closed    bool
	broken    error       // set when the index could not be reopened after a failed write (storage.go)
	reopening atomic.Bool // a failed write is reopening the index (storage.go)
	// saveFailures counts the writes that failed to save (see
	// surviveSaveFailure).
	saveFailures atomic.Uint64
	// writes counts the writes since the index opened; openFiles lists
	// its segment files as they were before it opened (see
	// suggest_snapshot.go).
	writes    atomic.Uint64
	openFiles string
	backups   atomic.Int32 // backups copying the index now (see lockForSwitch)

	// wmu serialises writes; while a reindex runs, journal records the
	// ids written so they can be replayed into the new generation.
	wmu     writeLock
	journal map[string]bool
	// exports are the date-sorted exports running, which every write
	// tells what it moved (see exportWatch); guarded by wmu.
	exports map[*exportWatch]bool
	// reindexing is claimed before wmu is taken, so a second reindex is
	// refused at once rather than after the writes queued for wmu.
	reindexing atomic.Bool

	progress atomicProgress // of the running reindex

	writing   *semaphore.Weighted // the text being analysed and written (see admit)
	searching *semaphore.Weighted // the searches running (see admitSearch)
	heavy     *semaphore.Weighted // the searches of long input running (see enterSearch)
}

// schemaKey is the internal key holding schemaVersion.
var schemaKey = []byte("sagasu.schema")

// Open opens the index in dir, creating the directory and an empty index
// when there is none. A directory held by another process gives ErrLocked;
// an index from an incompatible version gives ErrSchema.
func Open(dir string, opts Options) (*Index, error) {
	if opts.UserDict == "" {
		opts.UserDict = data.UserDict
	}
	if opts.NameReadings == "" {
		opts.NameReadings = data.NameReadings
	}
	if opts.Synonyms == "" {
		opts.Synonyms = data.Synonyms
	}
	if opts.English == "" {
		opts.English = data.English
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = time.Second
	}
	path, gen, exists, err := layout(dir)
	if err != nil {
		return nil, err
	}
	ix := &Index{dir: dir, opts: opts, gen: gen, writing: newWriting(), searching: newSearching(), heavy: newHeavy(), wmu: newWriteLock(), answers: newAnswerCache(opts.AnswerCache)}
	if exists {
		if err := checkGeneration(dir, path, gen, opts.LockTimeout); err != nil {
			return nil, err
		}
		ix.openFiles = segmentFiles(path)
		ix.b, err = openBleve(path, ix.openConfig(path))
		if err != nil {
			return nil, openError(path, err)
		}
	} else {
		if opts.MustExist {
			return nil, fmt.Errorf("%w in %s; give the --data-dir of an existing index", ErrNoIndex, dir)
		}
		if ix.b, err = ix.create(path); err != nil {
			return nil, err
		}
		ix.created = true
	}
	if ix.an, ix.syn, ix.stale, err = ix.check(ix.b); err == nil && !ix.stale {
		ix.cursorKey, err = loadCursorKey(ix.b)
	}
	if err != nil {
		ix.b.Close()
		return nil, err
	}
	// An interrupted reindex leaves a generation behind (beside a plain
	// index directory too, whose CURRENT it never wrote).
	removeStale(dir, gen)
	if exists {
		removeSuggestTmp(path, opts.Logger)
	}
	if !ix.stale && !ix.opts.NoSuggest {
		ix.startSuggest()
	}
	if ix.created {
		if err := ix.name(opts.Initial); err != nil {
			ix.Close()
			return nil, err
		}
	}
	if !ix.stale {
		go ix.measureOnOpen()
		go ix.warmKeys()
	}
	return ix, nil
}

// name loads the initial articles into a new index, then names it in
// CURRENT: until then a crash leaves a directory that the next Open
// clears (see clearCrashedCreate).
func (ix *Index) name(initial []byte) error {
	if len(initial) > 0 {
		if _, err := ix.Import(context.Background(), bytes.NewReader(initial), ImportOptions{}); err != nil {
			return fmt.Errorf("index: loading the initial articles: %w", err)
		}
	}
	return writeCurrent(ix.dir, ix.gen)
}

// kvConfig is scorch's configuration for the index at path, whose
// background errors it sends to the index's logger. bleve stores the
// configuration an index is created with, and an open overrides it key
// by key.
func (ix *Index) kvConfig(path string) map[string]any {
	watchAsyncErrors(path, ix.opts.Logger)
	return map[string]any{"bolt_timeout": ix.opts.LockTimeout.String(), "asyncErrorCallbackName": asyncErrorCallback}
}

// openConfig is kvConfig with what holds for this open only: the merge
// plan of a bulk import, which must not be stored in the index (the
// server opening it later would keep it).
func (ix *Index) openConfig(path string) map[string]any {
	kv := ix.kvConfig(path)
	if ix.opts.BulkImport {
		// scorch's defaults (mergeplan.DefaultMergePlanOptions) but for
		// the floor and the tiers. By default a segment under 2,000
		// articles counts as 2,000, and an index under 20,000 articles
		// is allowed one segment per 2,000: each 1 MiB batch (about 300
		// livedoor articles) was merged into the latest segment as it
		// came, and merges took an eighth of the CPU of an import of
		// 2,000 articles. Here bulkTier segments of a size make one
		// bulkTier times as large.
		kv["scorchMergePlanOptions"] = map[string]any{"FloorSegmentSize": 1, "MaxSegmentsPerTier": bulkTier, "SegmentsPerMergeTask": bulkTier}
	}
	return kv
}

// bulkTier is how many segments of a size a bulk import leaves before
// they are merged into one; the compaction then merges all of them at
// once. An article is rewritten once per tier it climbs and once by the
// compaction. Run over batches of 300 articles, scorch's planner rewrote
// each article 4.1, 4.2 and 4.8 times on the way to one segment with its
// default plan (and a compaction of ten segments at a time), and 1, 1.9
// and 2.5 times with this one, at 7,367 (livedoor's 25 batches stay
// unmerged until the compaction), 100,000 and 1,000,000 articles, ending
// the import with 44 segments at 100,000 and 84 at 1,000,000. Merging
// many small segments costs more per article than the count suggests:
// importing 100,000 generated articles (batches of 500) and compacting
// took 49 s of CPU in merges by default, 44 with tiers of ten and 34
// with thirty.
const bulkTier = 30

// create makes an empty index at path with the current mapping and user
// dictionary.
func (ix *Index) create(path string) (bleve.Index, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	m, err := newMapping(analyzer.Options{UserDict: ix.opts.UserDict, NameReadings: ix.opts.NameReadings})
	if err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	b, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, ix.kvConfig(path))
	if err != nil {
		return nil, openError(path, err)
	}
	if err := b.SetInternal(schemaKey, []byte(schemaVersion)); err != nil {
		b.Close()
		return nil, fmt.Errorf("index: %w", err)
	}
	if ix.opts.BulkImport {
		// Created with the stored configuration; reopened with this
		// open's.
		if err := b.Close(); err != nil {
			return nil, fmt.Errorf("index: %w", err)
		}
		if b, err = openBleve(path, ix.openConfig(path)); err != nil {
			return nil, openError(path, err)
		}
	}
	return b, nil
}

// check verifies the schema of b and resolves the analyzer it was built
// with and the synonyms compiled for it. stale is set when the schema is
// old and opts.AnySchema allowed it.
func (ix *Index) check(b bleve.Index) (*analyzer.Analyzer, *synonyms, bool, error) {
	v, err := b.GetInternal(schemaKey)
	if err != nil {
		return nil, nil, false, fmt.Errorf("index: %w", err)
	}
	if string(v) != schemaVersion {
		if ix.opts.AnySchema {
			return nil, nil, true, nil
		}
		return nil, nil, false, fmt.Errorf("%w: %s was built with schema %q, this build needs %q: rebuild it with `sagasu reindex --data-dir %s`",
			ErrSchema, ix.dir, v, schemaVersion, ix.dir)
	}
	a := b.Mapping().AnalyzerNamed(textAnalyzer)
	an, ok := a.(*analyzer.Analyzer)
	if !ok {
		return nil, nil, false, fmt.Errorf("%w: analyzer %q is %T, not Sagasu's", ErrSchema, textAnalyzer, a)
	}
	syn, err := parseSynonyms(an, [2]string{"synonyms", ix.opts.Synonyms}, [2]string{"English glossary", ix.opts.English})
	if err != nil {
		return nil, nil, false, err
	}
	return an, syn, false, nil
}

// openBleve opens a bleve index, a panic of the segment reader (a
// damaged segment file: zapx reads its lengths unchecked) returned as an
// error.
func openBleve(path string, cfg map[string]interface{}) (b bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("a segment could not be read: %v", r)
		}
	}()
	return bleve.OpenUsing(path, cfg)
}

// Created reports whether Open created a new, empty index.
func (ix *Index) Created() bool { return ix.created }

// Dir returns the index directory.
func (ix *Index) Dir() string { return ix.dir }

// Analyzer returns the analyzer the index was built with.
func (ix *Index) Analyzer() *analyzer.Analyzer {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.an
}

// Close flushes and closes the index. Calls after Close return ErrClosed.
func (ix *Index) Close() error {
	// What the builds learnt is written before waiting for the build
	// under way to stop (it checks for the stop only now and then, and
	// at 100,000 articles on a loaded machine a shutdown's wait had run
	// out first, keeping nothing), then again for what it learnt since
	// (and a tool's RefreshSuggest, without the rebuilds).
	ix.cancelSuggest()
	ix.saveSuggestCache(true)
	ix.stopSuggest()
	ix.saveSuggestCache(true)
	ix.mu.Lock()
	if ix.closed {
		ix.mu.Unlock()
		return nil
	}
	ix.closed = true
	ix.answers.close()
	if ix.b == nil {
		ix.mu.Unlock()
		return nil // closed already: it could not be reopened (storage.go)
	}
	snap := ix.snapToKeep()
	err := ix.b.Close()
	ix.mu.Unlock()
	if err == nil && snap != nil {
		// Written once the lock is free: requests arriving meanwhile get
		// ErrClosed at once rather than wait for a large archive's file.
		snap.keep(ix)
	}
	return err
}

// acquire guards an operation against a concurrent Close or generation
// switch; call the returned release when done.
func (ix *Index) acquire() (release func(), err error) {
	ix.mu.RLock()
	if ix.closed {
		ix.mu.RUnlock()
		return nil, ErrClosed
	}
	if ix.stale {
		ix.mu.RUnlock()
		return nil, fmt.Errorf("%w: the index was built by an older version; run `sagasu reindex`", ErrSchema)
	}
	if ix.broken != nil {
		err := ix.broken
		ix.mu.RUnlock()
		return nil, err
	}
	if ix.reopening.Load() {
		ix.mu.RUnlock()
		return nil, fmt.Errorf("%w: the index is being reopened after a failed write; try again", ErrStorage)
	}
	return ix.mu.RUnlock, nil
}

// Count returns the number of articles.
func (ix *Index) Count() (uint64, error) {
	release, err := ix.acquire()
	if err != nil {
		return 0, err
	}
	defer release()
	return ix.b.DocCount()
}

// Get returns the article with id, or ErrNotFound.
func (ix *Index) Get(ctx context.Context, id string) (Article, error) {
	doc, err := ix.document(ctx, id)
	if err != nil {
		return Article{}, err
	}
	return docToArticle(id, doc), nil
}

// document returns the stored fields of the article id.
func (ix *Index) document(ctx context.Context, id string) (bindex.Document, error) {
	if err := ValidateID(id); err != nil {
		return nil, err
	}
	release, err := ix.acquire()
	if err != nil {
		return nil, err
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := ix.b.Document(id)
	if err != nil {
		return nil, fmt.Errorf("index: get %s: %w", id, err)
	}
	if doc == nil {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	return doc, nil
}

// docToArticle reads an article back from its stored fields.
func docToArticle(id string, doc bindex.Document) Article {
	a := Article{ID: id, Tags: []string{}}
	doc.VisitFields(func(f bindex.Field) {
		switch v := f.(type) {
		case bindex.DateTimeField:
			if f.Name() == fieldPublished {
				if t, _, err := v.DateTime(); err == nil {
					a.Published = t.In(JST)
				}
			}
		case bindex.TextField:
			a.setField(f.Name(), v.Text())
		}
	})
	return a
}

// setField sets a stored text field by its index name.
func (a *Article) setField(name, v string) {
	switch name {
	case fieldTitle:
		a.Title = v
	case fieldBody: // the fields may come in either order
		a.Body = v + a.Body
	case fieldBodyTail:
		a.Body += v
	case fieldCategory:
		a.Category = v
	case fieldTags:
		a.Tags = append(a.Tags, v)
	case fieldURL:
		a.URL = v
	case fieldAuthor:
		a.Author = v
	}
}

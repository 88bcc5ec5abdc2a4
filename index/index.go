package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
	"sagasu/data"
)

// Options configure Open. The zero value is ready to use.
type Options struct {
	// UserDict is the kagome user dictionary for a new index; empty means
	// the one shipped in package data. An existing index keeps the
	// dictionary it was built with.
	UserDict string
	// Synonyms are the query-time synonym groups; empty means the list
	// shipped in package data.
	Synonyms string
	// LockTimeout is how long Open waits for another process to release
	// the directory; 0 means one second.
	LockTimeout time.Duration
}

// Index is a Sagasu article index on disk. Its methods are safe for
// concurrent use.
type Index struct {
	dir     string
	created bool
	an      *analyzer.Analyzer
	syn     *synonyms
	df      dfCache
	sug     suggester

	mu     sync.RWMutex // write-locked only by Close
	b      bleve.Index
	closed bool
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
	if opts.Synonyms == "" {
		opts.Synonyms = data.Synonyms
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = time.Second
	}
	kv := map[string]any{"bolt_timeout": opts.LockTimeout.String()}
	ix := &Index{dir: dir}
	_, err := os.Stat(filepath.Join(dir, "index_meta.json"))
	switch {
	case err == nil:
		ix.b, err = bleve.OpenUsing(dir, kv)
		if err != nil {
			return nil, openError(dir, err)
		}
	case errors.Is(err, os.ErrNotExist):
		if err := checkEmptyDir(dir); err != nil {
			return nil, err
		}
		m, merr := newMapping(analyzer.Options{UserDict: opts.UserDict})
		if merr != nil {
			return nil, fmt.Errorf("index: mapping: %w", merr)
		}
		ix.b, err = bleve.NewUsing(dir, m, scorch.Name, scorch.Name, kv)
		if err != nil {
			return nil, openError(dir, err)
		}
		if err := ix.b.SetInternal(schemaKey, []byte(schemaVersion)); err != nil {
			ix.b.Close()
			return nil, fmt.Errorf("index: %w", err)
		}
		ix.created = true
	default:
		return nil, fmt.Errorf("index: %w", err)
	}
	if err := ix.init(opts.Synonyms); err != nil {
		ix.b.Close()
		return nil, err
	}
	ix.startSuggest()
	return ix, nil
}

// init checks the schema and resolves the analyzer the index was built with.
func (ix *Index) init(syn string) error {
	v, err := ix.b.GetInternal(schemaKey)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if string(v) != schemaVersion {
		return fmt.Errorf("%w: %s was built with schema %q, this build needs %q: rebuild it with `sagasu reindex` or import into a new --data-dir",
			ErrSchema, ix.dir, v, schemaVersion)
	}
	a := ix.b.Mapping().AnalyzerNamed(textAnalyzer)
	an, ok := a.(*analyzer.Analyzer)
	if !ok {
		return fmt.Errorf("%w: analyzer %q is %T, not Sagasu's", ErrSchema, textAnalyzer, a)
	}
	ix.an = an
	if ix.syn, err = parseSynonyms(an, syn); err != nil {
		return err
	}
	return nil
}

func checkEmptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("index: %s is not empty and holds no index; choose an empty or new directory", dir)
	}
	return os.Remove(dir) // bleve wants to create it itself
}

func openError(dir string, err error) error {
	if strings.Contains(err.Error(), "timeout") {
		return fmt.Errorf("%w: %s (is `sagasu serve` running on it?)", ErrLocked, dir)
	}
	return fmt.Errorf("index: open %s: %w", dir, err)
}

// Created reports whether Open created a new, empty index.
func (ix *Index) Created() bool { return ix.created }

// Dir returns the index directory.
func (ix *Index) Dir() string { return ix.dir }

// Analyzer returns the analyzer the index was built with.
func (ix *Index) Analyzer() *analyzer.Analyzer { return ix.an }

// Close flushes and closes the index. Calls after Close return ErrClosed.
func (ix *Index) Close() error {
	ix.stopSuggest()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	return ix.b.Close()
}

// acquire guards an operation against a concurrent Close; call the
// returned release when done.
func (ix *Index) acquire() (release func(), err error) {
	ix.mu.RLock()
	if ix.closed {
		ix.mu.RUnlock()
		return nil, ErrClosed
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

// Put validates and indexes articles in one batch, replacing any article
// with the same id. When Put returns nil the batch is on disk: it survives
// a crash. Nothing is written if any article is invalid.
func (ix *Index) Put(ctx context.Context, arts ...Article) error {
	for i := range arts {
		if err := arts[i].Validate(); err != nil {
			return err
		}
	}
	release, err := ix.acquire()
	if err != nil {
		return err
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return err
	}
	batch := ix.b.NewBatch()
	for i := range arts {
		if err := batch.Index(arts[i].ID, toDoc(&arts[i])); err != nil {
			return fmt.Errorf("index: %s: %w", arts[i].ID, err)
		}
	}
	if err := ix.b.Batch(batch); err != nil {
		return fmt.Errorf("index: batch of %d: %w", len(arts), err)
	}
	ix.sug.notify()
	return nil
}

// Delete removes the article with id; ErrNotFound if there is none.
func (ix *Index) Delete(ctx context.Context, id string) error {
	if _, err := ix.Get(ctx, id); err != nil {
		return err
	}
	release, err := ix.acquire()
	if err != nil {
		return err
	}
	defer release()
	if err := ix.b.Delete(id); err != nil {
		return fmt.Errorf("index: delete %s: %w", id, err)
	}
	ix.sug.notify()
	return nil
}

// Get returns the article with id, or ErrNotFound.
func (ix *Index) Get(ctx context.Context, id string) (Article, error) {
	if err := ValidateID(id); err != nil {
		return Article{}, err
	}
	release, err := ix.acquire()
	if err != nil {
		return Article{}, err
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return Article{}, err
	}
	doc, err := ix.b.Document(id)
	if err != nil {
		return Article{}, fmt.Errorf("index: get %s: %w", id, err)
	}
	if doc == nil {
		return Article{}, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
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
	return a, nil
}

// setField sets a stored text field by its index name.
func (a *Article) setField(name, v string) {
	switch name {
	case fieldTitle:
		a.Title = v
	case fieldBody:
		a.Body = v
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

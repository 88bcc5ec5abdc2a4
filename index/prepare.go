package index

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
)

// prepared is a batch of articles turned into analysed bleve documents,
// ready for the write that indexes them. Preparing is most of the cost of
// a write (kagome's lattice), needs no lock, and runs on every core; an
// import prepares the next batch while bleve builds and persists the
// segment of the current one.
type prepared struct {
	b    bleve.Index // the generation whose mapping analysed the documents
	arts []Article
	docs []*document.Document
}

// prepare validates arts and analyses their documents with the current
// generation's mapping. Nothing is written.
func (ix *Index) prepare(arts []Article) (*prepared, error) {
	if err := validate(arts); err != nil {
		return nil, err
	}
	return ix.prepareValid(arts)
}

// validate validates every article of arts.
func validate(arts []Article) error {
	for i := range arts {
		if err := arts[i].Validate(); err != nil {
			return err
		}
	}
	return nil
}

// prepareValid is prepare for articles already validated.
func (ix *Index) prepareValid(arts []Article) (*prepared, error) {
	release, err := ix.acquire()
	if err != nil {
		return nil, err
	}
	b := ix.b
	release()
	docs, err := analyzeDocuments(b, arts)
	if err != nil {
		return nil, err
	}
	return &prepared{b: b, arts: arts, docs: docs}, nil
}

// analyzeDocuments builds the documents of arts for b and analyses their
// text fields, spread over GOMAXPROCS goroutines.
func analyzeDocuments(b bleve.Index, arts []Article) ([]*document.Document, error) {
	docs := make([]*document.Document, len(arts))
	errs := make([]error, len(arts))
	m := b.Mapping()
	one := func(i int) {
		defer func() {
			// On a worker goroutine a panic would end the process, not
			// the write (or the import, or the reindex).
			if r := recover(); r != nil {
				errs[i] = fmt.Errorf("index: %s: analysing the article: panic: %v", arts[i].ID, r)
			}
		}()
		doc, err := articleDocument(m, &arts[i])
		if err != nil {
			errs[i] = fmt.Errorf("index: %s: %w", arts[i].ID, err)
			return
		}
		preAnalyze(doc)
		docs[i] = doc
	}
	workers := min(runtime.GOMAXPROCS(0), len(arts))
	if workers <= 1 {
		for i := range arts {
			one(i)
		}
	} else {
		var wg sync.WaitGroup
		next := make(chan int)
		for range workers {
			wg.Go(func() {
				for i := range next {
					one(i)
				}
			})
		}
		for i := range arts {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// preAnalyze analyses doc's indexed text fields now and replaces each with
// an analyzedText, so the analysis bleve runs inside Batch finds nothing
// left to do. Fields are analysed in document order: the reading view of
// a text picks up what the main field's analysis left for it.
func preAnalyze(doc *document.Document) {
	for i, f := range doc.Fields {
		tf, ok := f.(*document.TextField)
		if !ok || !tf.Options().IsIndexed() {
			continue
		}
		tf.Analyze()
		doc.Fields[i] = analyzedText{tf}
	}
}

// analyzedText is a text field whose analysis has already run.
type analyzedText struct{ *document.TextField }

// Analyze keeps the frequencies computed by preAnalyze.
func (analyzedText) Analyze() {}

package index

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// The shared livedoor corpus is read from outside the repository, never
// copied into it: $SAGASU_CORPUS, or ../../shared/corpus/livedoor.jsonl.
func corpusPath() string {
	if p := os.Getenv("SAGASU_CORPUS"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "shared", "corpus", "livedoor.jsonl")
}

// needCorpus returns the corpus path, skipping the test when it is absent,
// or failing it when CI=true.
func needCorpus(tb testing.TB) string {
	tb.Helper()
	p := corpusPath()
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("CI=true and the livedoor corpus is missing at %s (set SAGASU_CORPUS): %v", p, err)
		}
		tb.Skipf("livedoor corpus not found at %s; set SAGASU_CORPUS to run this", p)
	}
	return p
}

var corpusIndex struct {
	once sync.Once
	ix   *Index
	rep  *ImportReport
	err  error
}

// corpusDir holds the corpus index for the whole test binary.
var corpusDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if corpusIndex.ix != nil {
		corpusIndex.ix.Close()
	}
	if corpusDir != "" {
		os.RemoveAll(corpusDir)
	}
	os.Exit(code)
}

// mustCorpus imports the livedoor corpus once per test binary.
func mustCorpus(tb testing.TB) (*Index, *ImportReport) {
	tb.Helper()
	path := needCorpus(tb)
	corpusIndex.once.Do(func() {
		f, err := os.Open(path)
		if err != nil {
			corpusIndex.err = err
			return
		}
		defer f.Close()
		if corpusDir, err = os.MkdirTemp("", "sagasu-livedoor-"); err != nil {
			corpusIndex.err = err
			return
		}
		ix, err := Open(filepath.Join(corpusDir, "index"), Options{})
		if err != nil {
			corpusIndex.err = err
			return
		}
		corpusIndex.ix = ix
		if corpusIndex.rep, corpusIndex.err = ix.Import(context.Background(), f, ImportOptions{}); corpusIndex.err == nil {
			// Searches as a server answers them once its suggestion data
			// is built (kana cut into the words the archive has, by their
			// readings), not as the first second after an import does.
			corpusIndex.err = ix.RefreshSuggest(context.Background())
		}
	})
	if corpusIndex.err != nil {
		tb.Fatal(corpusIndex.err)
	}
	return corpusIndex.ix, corpusIndex.rep
}

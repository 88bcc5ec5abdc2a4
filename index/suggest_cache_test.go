package index

import (
	"bytes"
	"context"
	"encoding/gob"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"sagasu/data"
)

func mapLen(m *sync.Map) int {
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	return n
}

// TestSuggestCacheAcrossRestart: what the suggestion builds learnt is
// kept in the index directory at shutdown, read at the next start (so its
// first build learns nothing new and answers as the last one did), and
// ignored when written for another stamp or damaged.
func TestSuggestCacheAcrossRestart(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := ix.Import(ctx, bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil || rep.Rejected > 0 {
		t.Fatalf("import: %v %v", err, rep.Rejections)
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	prefixes := []string{"じどう", "robo", "ぜんこ", "tes", "量子 こ", "ろぼた", "nvi"}
	suggestAll := func(ix *Index) [][]Suggestion {
		var out [][]Suggestion
		for _, q := range prefixes {
			got, err := ix.Suggest(ctx, q, 8)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, got)
		}
		return out
	}
	before := suggestAll(ix)
	path := filepath.Join(ix.genPath(), suggestCacheName)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	words := mapLen(&ix.sug.words)
	if words == 0 {
		t.Fatal("the builds learnt no words")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no cache file after Close: %v", err)
	}

	// reopen opens the index without the background builder and reads the
	// cache file as it stands.
	reopen := func(t *testing.T) *Index {
		t.Helper()
		ix, err := Open(dir, Options{NoSuggest: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		ix.loadSuggestCache()
		return ix
	}
	rewrite := func(t *testing.T, b []byte) {
		t.Helper()
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("read at the next start", func(t *testing.T) {
		rewrite(t, raw)
		ix := reopen(t)
		if got := mapLen(&ix.sug.words); got != words {
			t.Fatalf("read %d words, the last run had %d", got, words)
		}
		if err := ix.RefreshSuggest(ctx); err != nil {
			t.Fatal(err)
		}
		if n := ix.sug.learnt.Load(); n*20 > int64(words) {
			t.Errorf("the first build after a start learnt %d things (of %d words known)", n, words)
		}
		if after := suggestAll(ix); !slices.EqualFunc(before, after, slices.Equal) {
			t.Errorf("suggestions differ after a restart:\nbefore %v\nafter  %v", before, after)
		}
	})

	var c cacheFile
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&c); err != nil {
		t.Fatal(err)
	}
	c.Stamp = "another build"
	var other bytes.Buffer
	if err := gob.NewEncoder(&other).Encode(&c); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		file []byte
	}{
		{"another stamp", other.Bytes()},
		{"cut short", raw[:len(raw)/2]},
		{"not a cache", []byte("\x00\x01garbage")},
		{"empty", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rewrite(t, tc.file)
			ix := reopen(t)
			if got := mapLen(&ix.sug.words); got != 0 {
				t.Fatalf("read %d words from an unusable file", got)
			}
			if err := ix.RefreshSuggest(ctx); err != nil {
				t.Fatal(err)
			}
			if n := ix.sug.learnt.Load(); n*20 <= int64(words) {
				t.Errorf("a build from nothing learnt only %d things (the last run knew %d words)", n, words)
			}
			if after := suggestAll(ix); !slices.EqualFunc(before, after, slices.Equal) {
				t.Errorf("suggestions differ:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

// TestSuggestCacheForgetsDeletedWords: a build forgets what the caches
// learnt of words no article has any more, so memory and the cache file
// follow the live archive, not every word ever written.
func TestSuggestCacheForgetsDeletedWords(t *testing.T) {
	ctx := context.Background()
	ix := mustSample(t)
	odd := Article{ID: "odd", Title: "ズボラモゲ語の辞典", Body: "ズボラモゲとホゲラッタとフニャリポンの話。zqxwidget と ZQXgadget。",
		Category: "ズボラ分類", Tags: []string{"モゲラ札"}, Published: day("2026-05-01")}
	mustPut(t, ix, odd)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	learnt := func() []string {
		var got []string
		for _, m := range []*sync.Map{&ix.sug.words, &ix.sug.long, &ix.sug.cased, &ix.sug.labels} {
			m.Range(func(k, _ any) bool {
				if s := k.(string); s == "ズボラモゲ" || s == "ホゲラッタ" || s == "zqxwidget" || s == "ズボラ分類" || s == "モゲラ札" {
					got = append(got, s)
				}
				return true
			})
		}
		slices.Sort(got)
		return got
	}
	if got := learnt(); len(got) < 3 {
		t.Fatalf("after writing the article the caches hold %v of its words, want most", got)
	}
	words := mapLen(&ix.sug.words)
	if err := ix.Delete(ctx, "odd"); err != nil {
		t.Fatal(err)
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	if got := learnt(); len(got) > 0 {
		t.Errorf("after deleting the article the caches still hold %v", got)
	}
	if n := mapLen(&ix.sug.words); n >= words {
		t.Errorf("the word cache holds %d words, as many as before the delete (%d)", n, words)
	}
	// What the live articles need is kept: the next build learns nothing.
	ix.sug.learnt.Store(0)
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	if n := ix.sug.learnt.Load(); n != 0 {
		t.Errorf("a build after the pruning one learnt %d things, want 0", n)
	}
}

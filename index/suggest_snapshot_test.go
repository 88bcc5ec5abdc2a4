package index

import (
	"bufio"
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"sagasu/data"
)

// snapProbes are the typing a start must answer as the last build did:
// suggestions by reading, romaji and prefix, and a search whose kana is
// read by the suggestion data's words.
var snapProbes = []string{"じどう", "robo", "ぜんこ", "tes", "量子 こ", "nvi"}

// snapAnswers returns ix's suggestions for snapProbes and its hits for a
// search in kana.
func snapAnswers(t *testing.T, ix *Index) []any {
	t.Helper()
	ctx := context.Background()
	var out []any
	for _, q := range snapProbes {
		got, err := ix.Suggest(ctx, q, 8)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, got)
	}
	for _, q := range []string{"じどううんてん", "こんぴゅた"} {
		res, err := ix.Search(ctx, Request{Query: q, PerPage: 10})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		out = append(out, ids)
	}
	return out
}

// keptSample fills a new index in dir with the sample articles, builds
// their suggestions and closes it, and returns the answers it gave and
// the path of the data it kept.
func keptSample(t *testing.T, dir string) (answers []any, path string) {
	t.Helper()
	ctx := context.Background()
	ix := openSnapTest(t, dir)
	if rep, err := ix.Import(ctx, bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil || rep.Rejected > 0 {
		t.Fatalf("import: %v %v", err, rep.Rejections)
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	answers = snapAnswers(t, ix)
	path = filepath.Join(ix.genPath(), suggestSnapName)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return answers, path
}

// TestSuggestSnapshotAcrossRestart: the suggestion data a clean close
// leaves beside the index is what the next start shows before any build,
// and a file that no longer describes the index is not read.
func TestSuggestSnapshotAcrossRestart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	before, path := keptSample(t, dir)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no suggestion data kept at Close: %v", err)
	}

	t.Run("read at the next start", func(t *testing.T) {
		ix := openSnapTest(t, dir)
		if !ix.loadSuggestSnap() {
			t.Fatal("the kept data was not read")
		}
		if got := snapAnswers(t, ix); !reflect.DeepEqual(got, before) {
			t.Errorf("answers from the kept data:\n%v\nwant, as after the build:\n%v", got, before)
		}
	})
	for _, tt := range []struct {
		name  string
		alter func(t *testing.T, f *snapFile) []byte
	}{
		{"cut short", func(t *testing.T, _ *snapFile) []byte { return raw[:len(raw)/2] }},
		{"another program's", func(t *testing.T, f *snapFile) []byte { f.Stamp = "other"; return encodeSnap(t, f) }},
		{"another count", func(t *testing.T, f *snapFile) []byte { f.Count++; return encodeSnap(t, f) }},
		{"columns that disagree", func(t *testing.T, f *snapFile) []byte { f.KeyEntry = f.KeyEntry[1:]; return encodeSnap(t, f) }},
		{"a key past the entries", func(t *testing.T, f *snapFile) []byte {
			f.KeyEntry[0] = int32(len(f.Texts))
			return encodeSnap(t, f)
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var f snapFile
			if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&f); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tt.alter(t, &f), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.WriteFile(path, raw, 0o644) })
			ix := openSnapTest(t, dir)
			if ix.loadSuggestSnap() {
				t.Error("a file that does not describe the index was read")
			}
		})
	}
}

// TestSuggestSnapshotAfterWrites: a write after the build the kept data
// holds (a put adds a segment file; a delete changes only the count)
// leaves a file the next start does not read; a build after it is kept
// and read, the written article in it.
func TestSuggestSnapshotAfterWrites(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix := openSnapTest(t, dir)
	if rep, err := ix.Import(ctx, bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil || rep.Rejected > 0 {
		t.Fatalf("import: %v %v", err, rep.Rejections)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	neo := Article{ID: "neo", Title: "ネオジム磁石の新工場", Body: "ネオジム磁石の工場が稼働した。", Published: day("2026-06-01")}
	for _, tt := range []struct {
		name  string
		write func(t *testing.T, ix *Index)
		build bool // a build after the write, before the close
		read  bool
	}{
		{"a put since the build", func(t *testing.T, ix *Index) { mustPut(t, ix, neo) }, false, false},
		{"a delete since the build", func(t *testing.T, ix *Index) {
			if err := ix.Delete(ctx, "neo"); err != nil {
				t.Fatal(err)
			}
		}, false, false},
		{"a build after the put", func(t *testing.T, ix *Index) { mustPut(t, ix, neo) }, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := openSnapTest(t, dir) // kept data that describes the index
			if err := ix.RefreshSuggest(ctx); err != nil {
				t.Fatal(err)
			}
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			ix = openSnapTest(t, dir)
			if !ix.loadSuggestSnap() {
				t.Fatal("the data kept by a clean close was not read")
			}
			tt.write(t, ix)
			if tt.build {
				if err := ix.RefreshSuggest(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			ix = openSnapTest(t, dir)
			if got := ix.loadSuggestSnap(); got != tt.read {
				t.Fatalf("kept data read at the next start: %v, want %v", got, tt.read)
			}
			if !tt.read {
				return
			}
			if got, _ := ix.Suggest(ctx, "ねおじ", 5); len(got) == 0 || got[0].Text != "ネオジム" {
				t.Errorf("suggestions for ねおじ from the kept data = %v, want the written article's ネオジム first", got)
			}
		})
	}
}

// openSnapTest opens the index in dir without a background builder,
// closed at cleanup, with lookups that a busy machine does not cut
// short (the answers are compared across a restart).
func openSnapTest(t *testing.T, dir string) *Index {
	t.Helper()
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ix.sug.budget = time.Second
	return ix
}

func encodeSnap(t *testing.T, f *snapFile) []byte {
	t.Helper()
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := gob.NewEncoder(w).Encode(f); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	return b.Bytes()
}

// TestSuggestSnapshotAfterReindex: the data a close keeps after a
// reindex is the new generation's, in its directory, and read at the
// next start; the old generation's file goes with it (a plain index
// directory's too, which would otherwise stay beside the generations).
func TestSuggestSnapshotAfterReindex(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		dir  func(t *testing.T) string
	}{
		{"a generation", func(t *testing.T) string { return filepath.Join(t.TempDir(), "data") }},
		{"a plain index directory", func(t *testing.T) string {
			ix := openSnapTest(t, filepath.Join(t.TempDir(), "data"))
			b, err := ix.create(filepath.Join(t.TempDir(), "plain")) // with Open's defaults
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			return b.Name()
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir(t)
			before, old := keptSample(t, dir)
			if _, err := os.Stat(old); err != nil {
				t.Fatalf("no data kept before the reindex: %v", err)
			}

			ix := openSnapTest(t, dir)
			if err := ix.Reindex(ctx); err != nil {
				t.Fatal(err)
			}
			if err := ix.RefreshSuggest(ctx); err != nil {
				t.Fatal(err)
			}
			kept := filepath.Join(ix.genPath(), suggestSnapName)
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(old); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("the old generation's data is still there (%v)", err)
			}
			if kept == old {
				t.Fatalf("the reindex kept the data in the old place, %s", old)
			}
			if _, err := os.Stat(kept); err != nil {
				t.Fatalf("no data kept in the new generation: %v", err)
			}
			ix = openSnapTest(t, dir)
			if !ix.loadSuggestSnap() {
				t.Fatal("the new generation's data was not read")
			}
			if got := snapAnswers(t, ix); !reflect.DeepEqual(got, before) {
				t.Errorf("answers from the new generation's data:\n%v\nwant, as before the reindex:\n%v", got, before)
			}
		})
	}
}

package index

import (
	"bufio"
	"bytes"
	"context"
	"encoding/gob"
	"os"
	"path/filepath"
	"reflect"
	"testing"

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

// TestSuggestSnapshotAcrossRestart: the suggestion data a clean close
// leaves beside the index is what the next start shows before any build,
// and a file that no longer describes the index is not read.
func TestSuggestSnapshotAcrossRestart(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := ix.Import(ctx, bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil || rep.Rejected > 0 {
		t.Fatalf("import: %v %v", err, rep.Rejections)
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	before := snapAnswers(t, ix)
	path := filepath.Join(ix.genPath(), suggestSnapName)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no suggestion data kept at Close: %v", err)
	}

	reopen := func(t *testing.T) *Index {
		t.Helper()
		ix, err := Open(dir, Options{NoSuggest: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	}
	t.Run("read at the next start", func(t *testing.T) {
		ix := reopen(t)
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
			ix := reopen(t)
			if ix.loadSuggestSnap() {
				t.Error("a file that does not describe the index was read")
			}
		})
	}
	t.Run("not read after a write", func(t *testing.T) {
		ix, err := Open(dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		mustPut(t, ix, Article{ID: "neo", Title: "ネオジム磁石の新工場", Body: "ネオジム磁石の工場が稼働した。", Published: day("2026-06-01")})
		if err := ix.Close(); err != nil { // (a rebuild may not have followed)
			t.Fatal(err)
		}
		ix = reopen(t)
		if ix.loadSuggestSnap() {
			if got, _ := ix.Suggest(ctx, "ねおじ", 5); len(got) == 0 {
				t.Error("data from before a write was read at the next start")
			}
		}
	})
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

// TestSuggestWaitsForFirstBuild: with no data kept, a start's first
// suggestion and kana search wait for the first build rather than
// answering from an empty box.
func TestSuggestWaitsForFirstBuild(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := ix.Import(ctx, bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil || rep.Rejected > 0 {
		t.Fatalf("import: %v %v", err, rep.Rejections)
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	want := snapAnswers(t, ix)
	path := filepath.Join(ix.genPath(), suggestSnapName)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := snapAnswers(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("answers right after a start:\n%v\nwant, as after a build:\n%v", got, want)
	}
}

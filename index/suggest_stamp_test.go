package index

import (
	"bytes"
	"context"
	"encoding/gob"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sagasu/data"
)

// keptFiles is a sample index closed with both suggestion files beside it.
type keptFiles struct {
	dir, cache, snap  string
	rawCache, rawSnap []byte
	inputs            stampInputs // this build's, for the index
}

func mustKeptFiles(t *testing.T) *keptFiles {
	t.Helper()
	k := &keptFiles{dir: filepath.Join(t.TempDir(), "index")}
	_, k.snap = keptSample(t, k.dir)
	k.cache = filepath.Join(filepath.Dir(k.snap), suggestCacheName)
	var err error
	if k.rawCache, err = os.ReadFile(k.cache); err != nil {
		t.Fatalf("no cache file after Close: %v", err)
	}
	if k.rawSnap, err = os.ReadFile(k.snap); err != nil {
		t.Fatalf("no suggestion data after Close: %v", err)
	}
	ix := openSnapTest(t, k.dir)
	k.inputs = ix.stampInputs(ix.b)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return k
}

// restore writes both files back as kept, stamped with stamp.
func (k *keptFiles) restore(t *testing.T, stamp string) {
	t.Helper()
	var c cacheFile
	var f snapFile
	if err := gob.NewDecoder(bytes.NewReader(k.rawCache)).Decode(&c); err != nil {
		t.Fatal(err)
	}
	if err := gob.NewDecoder(bytes.NewReader(k.rawSnap)).Decode(&f); err != nil {
		t.Fatal(err)
	}
	c.Stamp, f.Stamp = stamp, stamp
	var cb bytes.Buffer
	if err := gob.NewEncoder(&cb).Encode(&c); err != nil {
		t.Fatal(err)
	}
	for path, b := range map[string][]byte{k.cache: cb.Bytes(), k.snap: encodeSnap(t, &f)} {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// stamps returns the stamps the two files hold.
func (k *keptFiles) stamps(t *testing.T) (cache, snap string) {
	t.Helper()
	var c cacheFile
	var f snapFile
	for path, v := range map[string]any{k.cache: &c, k.snap: &f} {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return c.Stamp, f.Stamp
}

// TestSuggestFilesOfAnotherBuild: the suggestion files kept beside an
// index are read by a build whose stamp has the same inputs, whatever its
// executable, and by no other: one with another suggestVersion, schema,
// Go release or modules, user dictionary, name table, synonyms or
// glossary ignores them, builds the suggestions from nothing and writes
// both files again with its own stamp.
func TestSuggestFilesOfAnotherBuild(t *testing.T) {
	k := mustKeptFiles(t)
	for _, tc := range []struct {
		name  string
		opts  Options            // opened with (NoSuggest added)
		alter func(*stampInputs) // of the stamp the files were written with
		read  bool
	}{
		{name: "this build's", read: true},
		{name: "another suggestVersion", alter: func(in *stampInputs) { in.suggest += "+1" }},
		{name: "another schema", alter: func(in *stampInputs) { in.schema = "72" }},
		{name: "another Go release or modules", alter: func(in *stampInputs) { in.build += "\ngithub.com/ikawaha/kagome/v2@v2.0.0" }},
		{name: "another dictionary in the index", alter: func(in *stampInputs) { in.stored = strings.Replace(in.stored, "量子", "陽子", 1) }},
		{name: "another user dictionary", opts: Options{UserDict: data.UserDict + "ズボラモゲ,ズボラ モゲ,ズボラ モゲ,名詞\n"}},
		{name: "another name table", opts: Options{NameReadings: data.NameReadings + "\n麿\tマロ\n"}},
		{name: "other synonyms", opts: Options{Synonyms: data.Synonyms + "\nズボラモゲ,ホゲラッタ\n"}},
		{name: "another glossary", opts: Options{English: data.English + "\nzubora => ズボラモゲ\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := k.inputs
			if tc.alter != nil {
				tc.alter(&in)
				if in == k.inputs {
					t.Fatal("the case changes nothing")
				}
			}
			k.restore(t, in.stamp())
			opts := tc.opts
			opts.NoSuggest = true
			ix, err := Open(k.dir, opts)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			ix.sug.budget = time.Second
			ix.loadSuggestCache()
			words, shown := mapLen(&ix.sug.words), ix.loadSuggestSnap()
			if got := words > 0; got != tc.read || shown != tc.read {
				t.Fatalf("cache read: %v (%d words), suggestion data shown: %v; want %v", got, words, shown, tc.read)
			}
			if tc.read {
				return
			}
			if err := ix.RefreshSuggest(context.Background()); err != nil {
				t.Fatal(err)
			}
			if ix.sug.learnt.Load() == 0 {
				t.Error("the build learnt nothing: the caches were not built again")
			}
			ix.mu.RLock()
			want := ix.suggestStamp()
			ix.mu.RUnlock()
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			if cache, snap := k.stamps(t); cache != want || snap != want {
				t.Errorf("after the build the files are stamped %.12s and %.12s, want this build's %.12s", cache, snap, want)
			}
		})
	}
}

// TestSuggestFilesUnreadableWarned: a suggestion file cut short or not
// one at all is ignored with a warning naming it; one of another build
// quietly.
func TestSuggestFilesUnreadableWarned(t *testing.T) {
	k := mustKeptFiles(t)
	garbage := []byte("\x00\x01garbage")
	for _, tc := range []struct {
		name      string
		stamp     string // the files'; "" this build's
		cache     []byte // nil: as kept
		snap      []byte
		warnCache bool
		warnSnap  bool
	}{
		{name: "cache cut short", cache: k.rawCache[:len(k.rawCache)/2], warnCache: true},
		{name: "cache not a cache", cache: garbage, warnCache: true},
		{name: "suggestion data cut short", snap: k.rawSnap[:len(k.rawSnap)/3], warnSnap: true},
		{name: "suggestion data not one", snap: garbage, warnSnap: true},
		{name: "another build's", stamp: "another build"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stamp := tc.stamp
			if stamp == "" {
				stamp = k.inputs.stamp()
			}
			k.restore(t, stamp)
			for path, b := range map[string][]byte{k.cache: tc.cache, k.snap: tc.snap} {
				if b != nil {
					if err := os.WriteFile(path, b, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			var log bytes.Buffer
			ix, err := Open(k.dir, Options{NoSuggest: true, Logger: slog.New(slog.NewTextHandler(&log, nil))})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			ix.loadSuggestCache()
			shown := ix.loadSuggestSnap()
			if tc.warnCache && mapLen(&ix.sug.words) > 0 {
				t.Error("words read from a damaged cache")
			}
			if tc.warnSnap && shown {
				t.Error("damaged suggestion data shown")
			}
			for _, w := range []struct {
				want bool
				path string
			}{{tc.warnCache, k.cache}, {tc.warnSnap, k.snap}} {
				said := strings.Contains(log.String(), "level=WARN") && strings.Contains(log.String(), w.path)
				if said != w.want {
					t.Errorf("warned of %s: %v, want %v; log:\n%s", filepath.Base(w.path), said, w.want, log.String())
				}
			}
		})
	}
}

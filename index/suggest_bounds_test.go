package index

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"sagasu/data"
)

// TestSuggestTailWords bounds the words in few articles a build analyses
// for the first time: a build past the bound leaves the rest untried and
// shows what it has; the builds that follow try the rest, until one shows
// what a build without the bound shows.
func TestSuggestTailWords(t *testing.T) {
	open := func(tail int) *Index {
		ix, err := Open(filepath.Join(t.TempDir(), "index"), Options{NoSuggest: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		if _, err := ix.Import(context.Background(), bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		ix.sug.tailWords = tail
		return ix
	}
	texts := func(si *suggestIndex) []string {
		var out []string
		for _, e := range si.entries {
			out = append(out, e.kind+" "+e.text)
		}
		slices.Sort(out)
		return out
	}
	whole, err := open(0).buildSuggest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if whole.untried {
		t.Fatal("the sample's words are more than maxTailWords")
	}
	const tail = 300
	ix := open(tail)
	var builds []*suggestIndex
	for len(builds) < 100 {
		si, err := ix.buildSuggest(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		builds = append(builds, si)
		if !si.untried {
			break
		}
	}
	if len(builds) < 3 {
		t.Fatalf("%d builds analysed the sample's words %d at a time; want the bound to leave some for later builds", len(builds), tail)
	}
	if last := builds[len(builds)-1]; last.untried {
		t.Fatalf("after %d builds words were still untried", len(builds))
	}
	if n, m := len(builds[0].entries), len(whole.entries); n >= m || n == 0 {
		t.Errorf("the first build showed %d entries, the unbounded one %d: want some, and fewer", n, m)
	}
	if got, want := texts(builds[len(builds)-1]), texts(whole); !slices.Equal(got, want) {
		t.Errorf("the last of %d builds shows %d entries, the unbounded build %d; they differ", len(builds), len(got), len(want))
	}
}

// TestSurviveSaveFailure logs a background task's panic as a warning
// when a write failed to save beside it, before or just after, and as an
// error otherwise.
func TestSurviveSaveFailure(t *testing.T) {
	for _, tc := range []struct {
		name   string
		before bool // the write failed before the panic
		after  bool // the write failed just after
		want   string
	}{
		{"a write failed before", true, false, `"level":"WARN","msg":"background task stopped by a write that failed to save`},
		{"a write failed just after", false, true, `"level":"WARN","msg":"background task stopped by a write that failed to save`},
		{"no write failed", false, false, `"level":"ERROR","msg":"background task failed; if it keeps failing, the index may be damaged`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var log bytes.Buffer
			ix := &Index{opts: Options{Logger: slog.New(slog.NewJSONHandler(&log, nil))}}
			if tc.after {
				time.AfterFunc(100*time.Millisecond, func() { ix.saveFailures.Add(1) })
			}
			func() {
				defer ix.surviveSaveFailure("building suggestions", ix.saveFailures.Load())
				if tc.before {
					ix.saveFailures.Add(1)
				}
				var m map[string]bool
				m["x"] = true // (what a reader of a closed segment met)
			}()
			if !strings.Contains(log.String(), tc.want) || !strings.Contains(log.String(), "assignment to entry in nil map") {
				t.Errorf("log %s\nwant %s and the panic", log.String(), tc.want)
			}
		})
	}
}

package index

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"sagasu/data"
)

var update = flag.Bool("update", false, "rewrite testdata/suggest_digest/*.golden")

// digestLivedoorLines is the slice of livedoor the corpus case builds on:
// its first lines, in the file's order, few enough for one import batch
// (maxBatchBytes). (A thousand, in several, had given other cased
// spellings from run to run, before caseSpelling read the first articles
// by id.)
const digestLivedoorLines = 200

// TestSuggestBuildDigest guards suggestVersion: the suggestion files an
// index keeps (suggest.cache, suggest.snap) are read by any build whose
// stamp is the same (suggest_stamp.go), and the stamp holds no code, only
// suggestVersion. The build's output on fixed articles is digested and
// compared to a golden file taken with the same stamp's inputs (the
// versions, dictionaries, synonyms and glossary); output that differs
// under the same inputs is a change of the build that did not bump
// suggestVersion, which -update refuses to record.
func TestSuggestBuildDigest(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles func(t *testing.T) io.Reader
	}{
		{"sample", func(*testing.T) io.Reader { return bytes.NewReader(data.SampleArticles) }},
		{"livedoor", func(t *testing.T) io.Reader { return livedoorSlice(t, digestLivedoorLines) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden := filepath.Join("testdata", "suggest_digest", tc.name+".golden")
			got := suggestDigest(t, tc.articles(t))
			want, err := os.ReadFile(golden)
			if err != nil && !*update {
				t.Fatalf("%v: take it with go test ./index -run TestSuggestBuildDigest -update", err)
			}
			if string(want) == got {
				return
			}
			sameInputs := err == nil && goldenStamp(string(want)) == goldenStamp(got)
			if sameInputs {
				t.Errorf("the suggestions' build gives other output on the %s articles than %s, under the same suggestVersion, schema, dictionaries and synonyms: "+
					"files a server kept with the build before would be read as this one's. Bump suggestVersion in index/mapping.go (with a note), "+
					"then go test ./index -run TestSuggestBuildDigest -update\ngot:\n%s\nwant:\n%s", tc.name, golden, got, want)
				return
			}
			if !*update {
				t.Errorf("%s was taken with other inputs (suggestVersion, schema, dictionaries, synonyms or glossary): "+
					"go test ./index -run TestSuggestBuildDigest -update\ngot:\n%s\nwant:\n%s", golden, got, want)
				return
			}
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// livedoorSlice returns the first n lines of the corpus (skipping the
// test without it).
func livedoorSlice(t *testing.T, n int) io.Reader {
	t.Helper()
	f, err := os.Open(needCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for i := 0; i < n && sc.Scan(); i++ {
		out.Write(sc.Bytes())
		out.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return &out
}

// goldenStamp returns the stamp line of a digest.
func goldenStamp(digest string) string {
	for line := range strings.Lines(digest) {
		if s, ok := strings.CutPrefix(line, "stamp "); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// suggestDigest imports the articles into a new index, builds their
// suggestions and returns the digest of what the build keeps: the stamp's
// inputs but the Go release and modules, then each part's size and hash.
func suggestDigest(t *testing.T, articles io.Reader) string {
	t.Helper()
	ctx := context.Background()
	ix := openSnapTest(t, filepath.Join(t.TempDir(), "index"))
	if rep, err := ix.Import(ctx, articles, ImportOptions{BatchSize: 1000}); err != nil || rep.Rejected > 0 {
		t.Fatalf("import: %v %v", err, rep.Rejections)
	}
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	si := ix.sug.cur.Load()
	if si == nil {
		t.Fatal("no suggestion data after a build")
	}
	in := ix.stampInputs(ix.b)
	in.build, in.stored = "", ""
	out := fmt.Sprintf("suggestVersion %s, schema %s\nstamp %s\n", suggestVersion, schemaVersion, in.stamp())
	for _, p := range digestParts(ix.sug.cacheFileOf(""), snapFileOf(si)) {
		sum := sha256.Sum256([]byte(strings.Join(p.lines, "\n")))
		out += fmt.Sprintf("%s %d %s\n", p.name, len(p.lines), hex.EncodeToString(sum[:8]))
	}
	return out
}

type digestPart struct {
	name  string
	lines []string
}

// digestParts writes what the files hold as sorted lines, part by part
// (not the build's time, duration or memory), in lower case but for the
// spellings the words are shown in (the checks, the entries and their
// keys): the case a Latin word is shown in is read in the first articles
// with it by id (caseSpelling), the same from run to run, so a change of
// it is a change of what the box shows. (It had been read in the first a
// search listed, web Web or WEB from one import to the next, and the
// digest had folded it.)
func digestParts(c *cacheFile, f *snapFile) []digestPart {
	var words, checks, compounds, labels, entries, keys, more []string
	for k, w := range c.Words {
		words = append(words, fmt.Sprintln(k, w.Reading, w.Others, w.Variants, w.Flags))
	}
	for k, l := range c.Long {
		checks = append(checks, fmt.Sprintln("long ", k, l.DF, l.Spelling))
	}
	for k, l := range c.Cased {
		checks = append(checks, fmt.Sprintln("cased ", k, l.DF, l.Spelling))
	}
	for k, n := range c.Compounds {
		compounds = append(compounds, fmt.Sprintln(k, n.Rarest, n.N))
	}
	for k, r := range c.Labels {
		labels = append(labels, k+" "+r)
	}
	// An entry by what it is, not by its place (the build's order of
	// equal entries is its goroutines').
	entry := func(i int32) string { return f.Kinds[i] + ":" + f.Texts[i] + ":" + f.IDs[i] }
	for i := range f.Texts {
		score := strconv.FormatFloat(float64(f.Scores[i]), 'g', 5, 32)
		entries = append(entries, fmt.Sprintln(entry(int32(i)), f.Counts[i], score))
	}
	for i := range f.Keys {
		keys = append(keys, fmt.Sprintln(f.Keys[i], entry(f.KeyEntry[i]), f.KeyFlags[i]))
	}
	for k, v := range f.Aliases {
		more = append(more, "alias "+k+" "+v)
	}
	for i, l := range f.Latin {
		more = append(more, fmt.Sprintln("latin ", entry(i), l))
	}
	for k, v := range f.Unshown {
		more = append(more, fmt.Sprintln("unshown ", k, v))
	}
	for k, v := range f.English {
		more = append(more, fmt.Sprintln("english ", k, v))
	}
	more = append(more, fmt.Sprintln("uncounted ", f.Uncounted, " untried ", f.Untried))
	parts := []digestPart{{"words", words}, {"checks", checks}, {"compounds", compounds}, {"labels", labels},
		{"entries", entries}, {"keys", keys}, {"more", more}}
	shown := map[string]bool{"checks": true, "entries": true, "keys": true}
	for _, p := range parts {
		for i, l := range p.lines {
			if !shown[p.name] {
				p.lines[i] = strings.ToLower(l)
			}
		}
		slices.Sort(p.lines)
	}
	return parts
}

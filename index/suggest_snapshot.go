package index

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The suggestion data itself is kept beside the index too, so that a
// start serves suggestions, and kana queries read by the words the
// archive has, from its first request: a build takes seconds (2–6 s at
// livedoor's size, 23 s at 100,000 articles, minutes at a million), and
// until one ended the box stayed empty and a kana query found less.
//
// The file describes the index as a clean close (or `sagasu import`)
// left it: it is written only when no write came after the build it
// holds began, and read only when the index's segment files are the
// ones listed when it was written (any write adds a segment file or
// changes the article count; a merge renames files) and the count is the
// same. A build over the same index shows the same data (recency counts
// from the newest article, not the clock), so the data read is shown
// until a write; a start rebuilds at once only when the kept build left
// words or compounds for a later one. A crash leaves an old file that no
// longer matches.

// suggestSnapName is the file's name in the generation directory.
const suggestSnapName = "suggest.snap"

// snapFile is the file's content (gob): suggestIndex column by column.
type snapFile struct {
	Stamp, Files string
	Count        uint64

	Texts, Kinds, IDs []string
	Counts            []int32
	Scores            []float32

	Keys      []string
	KeyEntry  []int32
	KeyFlags  []uint8 // 1 exact, 2 weak
	Aliases   map[string]string
	Latin     map[int32][2]string // text, reading
	Unshown   map[string][]string
	English   map[string]bool
	Bytes     int
	Built     time.Time
	Took      time.Duration
	Uncounted bool
	Untried   bool
}

// segmentFiles lists the segment files of the index at path with their
// sizes ("" when it cannot be read): called before the index opens and
// after it closes, when nothing changes them.
func segmentFiles(path string) string {
	des, err := os.ReadDir(filepath.Join(path, "store"))
	if err != nil {
		return ""
	}
	var out []byte
	for _, de := range des {
		if filepath.Ext(de.Name()) != ".zap" {
			continue // root.bolt changes with every open
		}
		fi, err := de.Info()
		if err != nil {
			return ""
		}
		out = fmt.Appendf(out, "%s %d\n", de.Name(), fi.Size())
	}
	if out == nil {
		return ""
	}
	return string(out)
}

// snapFileOf returns the file's content for si.
func snapFileOf(si *suggestIndex) *snapFile {
	f := &snapFile{Aliases: si.aliases, Latin: map[int32][2]string{}, Unshown: si.unshown, English: si.english,
		Bytes: si.bytes, Built: si.built, Took: si.took, Uncounted: si.uncounted, Untried: si.untried}
	for _, e := range si.entries {
		f.Texts, f.Kinds, f.IDs = append(f.Texts, e.text), append(f.Kinds, e.kind), append(f.IDs, e.id)
		f.Counts, f.Scores = append(f.Counts, e.count), append(f.Scores, e.score)
	}
	for _, k := range si.keys {
		var flags uint8
		if k.exact {
			flags |= 1
		}
		if k.weak {
			flags |= 2
		}
		f.Keys, f.KeyEntry, f.KeyFlags = append(f.Keys, k.key), append(f.KeyEntry, k.entry), append(f.KeyFlags, flags)
	}
	for i, l := range si.latin {
		f.Latin[i] = [2]string{l.text, l.reading}
	}
	return f
}

// suggestIndex returns the data the file holds, nil when its columns do
// not agree (a file cut short or from elsewhere).
func (f *snapFile) suggestIndex() *suggestIndex {
	n := len(f.Texts)
	if len(f.Kinds) != n || len(f.IDs) != n || len(f.Counts) != n || len(f.Scores) != n ||
		len(f.KeyEntry) != len(f.Keys) || len(f.KeyFlags) != len(f.Keys) ||
		slices.ContainsFunc(f.KeyEntry, func(e int32) bool { return e < 0 || int(e) >= n }) {
		return nil
	}
	si := &suggestIndex{entries: make([]sugEntry, n), keys: make([]sugKey, len(f.Keys)),
		aliases: f.Aliases, latin: make(map[int32]latinSpelling, len(f.Latin)), unshown: f.Unshown, english: f.English,
		bytes: f.Bytes, built: f.Built, took: f.Took, uncounted: f.Uncounted, untried: f.Untried}
	for i := range si.entries {
		si.entries[i] = sugEntry{text: f.Texts[i], kind: f.Kinds[i], id: f.IDs[i], count: f.Counts[i], score: f.Scores[i]}
	}
	for i := range si.keys {
		si.keys[i] = sugKey{key: f.Keys[i], entry: f.KeyEntry[i], exact: f.KeyFlags[i]&1 != 0, weak: f.KeyFlags[i]&2 != 0}
	}
	if !slices.IsSortedFunc(si.keys, func(a, b sugKey) int { return strings.Compare(a.key, b.key) }) {
		return nil
	}
	for i, l := range f.Latin {
		si.latin[i] = latinSpelling{text: l[0], reading: l[1]}
	}
	return si
}

// loadSuggestSnap shows the suggestion data the file beside the index
// holds when it describes the index as opened (see the top of the file),
// and says whether it did. A file that cannot be read, or whose columns
// do not agree, is ignored with a warning; one of another stamp (see
// suggest_stamp.go) or of other segment files quietly.
func (ix *Index) loadSuggestSnap() bool {
	release, err := ix.acquire()
	if err != nil {
		return false
	}
	path, files, stamp := filepath.Join(ix.genPath(), suggestSnapName), ix.openFiles, ix.suggestStamp()
	n, err := ix.b.DocCount()
	release()
	if err != nil || stamp == "" || files == "" {
		return false
	}
	fh, err := openSuggestFile(path)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			ix.opts.Logger.Warn("the kept suggestions cannot be read; they are ignored and built again", "file", path, "error", err.Error())
		}
		return false
	}
	defer fh.Close()
	var f snapFile
	if err := gob.NewDecoder(bufio.NewReaderSize(fh, 1<<20)).Decode(&f); err != nil {
		ix.opts.Logger.Warn("the kept suggestions cannot be read; they are ignored and built again", "file", path, "error", err.Error())
		return false
	}
	if f.Stamp != stamp || f.Files != files || f.Count != n {
		return false
	}
	si := f.suggestIndex()
	if si == nil {
		ix.opts.Logger.Warn("the kept suggestions are damaged; they are ignored and built again", "file", path)
		return false
	}
	si.docs, si.keptAs = n, files
	if ix.sug.showFirst(si) { // (a build may have ended first)
		ix.answers.clear()
	}
	return true
}

// suggestSnapState is what Close needs to write the file once the index
// is closed: the data, and the article count it describes.
type suggestSnapState struct {
	si    *suggestIndex
	path  string
	stamp string
	count uint64
}

// snapToKeep returns the current suggestion data when it describes the
// index as it is (no write since its build began), for Close to write
// after the index closes; nil otherwise. The caller holds ix.mu.
func (ix *Index) snapToKeep() *suggestSnapState {
	si := ix.sug.cur.Load()
	if si == nil || si.writes != ix.writes.Load() || ix.b == nil || ix.stale || ix.broken != nil {
		return nil
	}
	n, err := ix.b.DocCount()
	if err != nil {
		return nil
	}
	return &suggestSnapState{si: si, path: ix.genPath(), stamp: ix.suggestStamp(), count: n}
}

// keep writes the file for the closed index (replaced whole: written
// beside it, then renamed), or removes an old one it cannot write.
func (st *suggestSnapState) keep(ix *Index) {
	name := filepath.Join(st.path, suggestSnapName)
	files := segmentFiles(st.path)
	if st.stamp == "" || files == "" {
		os.Remove(name)
		return
	}
	if st.si.keptAs == files {
		return // the file read at the start describes it still
	}
	f := snapFileOf(st.si)
	f.Stamp, f.Files, f.Count = st.stamp, files, st.count
	if err := writeGob(name, f); err != nil {
		os.Remove(name)
		ix.opts.Logger.Warn("could not keep the suggestions for the next start", "file", name, "error", err.Error())
	}
}

package index

import (
	"encoding/binary"
	"errors"
	"fmt"

	"sagasu/analyzer"
)

// The kept words of an article (fieldSourceWords, see related_source.go)
// in bytes: a table of the distinct strings, then the lists, maps and runs
// of sourceWords as indexes into it, all varints: about 1.2 times the
// text's bytes on livedoor (the table 43% of it), the index a fifth
// larger, read back in microseconds, against milliseconds for kagome.

// fieldSourceWords is stored only: an article's analysed words for
// related articles (see encodeSourceWords).
const fieldSourceWords = "source_words"

// sourceWordsVersion starts the bytes; a layout changed later reads as
// none kept (the text analysed) until the article is written again.
const sourceWordsVersion = 1

// errSourceWords: kept words that cannot be read (the text is analysed
// instead).
var errSourceWords = errors.New("index: unreadable kept source words")

// Flags of a run's token.
const (
	tokNumber = 1 << iota
	tokGlued
	tokAfter
	tokSuffix
)

// wordsWriter builds the bytes of encodeSourceWords.
type wordsWriter struct {
	strs  []string
	index map[string]uint64
	body  []byte
}

func (w *wordsWriter) str(s string) {
	i, ok := w.index[s]
	if !ok {
		i = uint64(len(w.strs))
		w.index[s] = i
		w.strs = append(w.strs, s)
	}
	w.uint(i)
}

func (w *wordsWriter) uint(n uint64) { w.body = binary.AppendUvarint(w.body, n) }

func (w *wordsWriter) list(ts []string) {
	w.uint(uint64(len(ts)))
	for _, t := range ts {
		w.str(t)
	}
}

func (w *wordsWriter) pairs(m map[string]string) {
	w.uint(uint64(len(m)))
	for k, v := range m {
		w.str(k)
		w.str(v)
	}
}

func (w *wordsWriter) flags(m map[string]bool) {
	w.uint(uint64(len(m)))
	for k, v := range m {
		w.str(k)
		if v {
			w.uint(1)
		} else {
			w.uint(0)
		}
	}
}

// encodeSourceWords returns the bytes of s, read from the text whose
// sourceKey is key.
func encodeSourceWords(s *sourceWords, key uint64) []byte {
	w := &wordsWriter{index: map[string]uint64{}}
	for _, n := range []int{s.titleContent, s.content, s.creditContent} {
		w.uint(uint64(n))
	}
	for _, l := range [][]string{s.title, s.titleQuery, s.marks, s.body, s.credits} {
		w.list(l)
	}
	w.pairs(s.markOf)
	w.pairs(s.written)
	w.pairs(s.words.Inside)
	for _, m := range []map[string]bool{s.words.Inflected, s.words.Manner, s.words.Names, s.words.Pieces} {
		w.flags(m)
	}
	w.uint(uint64(len(s.words.Runs)))
	for _, r := range s.words.Runs {
		w.uint(uint64(len(r)))
		for _, t := range r {
			w.str(t.Term)
			w.str(t.Surface)
			w.str(t.Gap)
			f := 0
			for i, on := range []bool{t.Number, t.Glued, t.After, t.Suffix} {
				if on {
					f |= 1 << i
				}
			}
			w.uint(uint64(f))
		}
	}
	out := make([]byte, 0, 9+len(w.body)+8*len(w.strs))
	out = append(out, sourceWordsVersion)
	out = binary.LittleEndian.AppendUint64(out, key)
	out = binary.AppendUvarint(out, uint64(len(w.strs)))
	for _, s := range w.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return append(out, w.body...)
}

// wordsReader reads the bytes of encodeSourceWords; err is the first
// failure, after which every read gives zero values.
type wordsReader struct {
	b    []byte
	strs []string
	err  error
}

func (r *wordsReader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s", errSourceWords, what)
	}
	r.b = nil
}

func (r *wordsReader) uint() uint64 {
	n, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.fail("truncated")
		return 0
	}
	r.b = r.b[k:]
	return n
}

// count reads a length, bounded by the bytes left (each item takes one
// at least), so that damaged bytes allocate nothing large.
func (r *wordsReader) count() int {
	n := r.uint()
	if n > uint64(len(r.b)) {
		r.fail("count past the end")
		return 0
	}
	return int(n)
}

func (r *wordsReader) str() string {
	i := r.uint()
	if i >= uint64(len(r.strs)) {
		r.fail("string out of the table")
		return ""
	}
	return r.strs[i]
}

func (r *wordsReader) list() []string {
	n := r.count()
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *wordsReader) pairs() map[string]string {
	n := r.count()
	out := make(map[string]string, n)
	for range n {
		k := r.str()
		out[k] = r.str()
	}
	return out
}

func (r *wordsReader) flags() map[string]bool {
	n := r.count()
	out := make(map[string]bool, n)
	for range n {
		k := r.str()
		out[k] = r.uint() == 1
	}
	return out
}

// decodeSourceWords reads the bytes of encodeSourceWords and the key of
// the text they were read from.
func decodeSourceWords(b []byte) (*sourceWords, uint64, error) {
	if len(b) < 9 || b[0] != sourceWordsVersion {
		return nil, 0, fmt.Errorf("%w: no version %d header", errSourceWords, sourceWordsVersion)
	}
	key := binary.LittleEndian.Uint64(b[1:9])
	r := &wordsReader{b: b[9:]}
	whole := string(b) // (one copy: the table's strings are pieces of it)
	r.strs = make([]string, r.count())
	for i := range r.strs {
		n := r.count()
		if r.err != nil {
			break
		}
		at := len(b) - len(r.b)
		r.strs[i], r.b = whole[at:at+n], r.b[n:]
	}
	s := &sourceWords{}
	s.titleContent, s.content, s.creditContent = int(r.uint()), int(r.uint()), int(r.uint())
	s.title, s.titleQuery, s.marks, s.body, s.credits = r.list(), r.list(), r.list(), r.list(), r.list()
	s.markOf, s.written, s.words.Inside = r.pairs(), r.pairs(), r.pairs()
	s.words.Inflected, s.words.Manner, s.words.Names, s.words.Pieces = r.flags(), r.flags(), r.flags(), r.flags()
	s.words.Runs = make([]analyzer.Run, r.count())
	for i := range s.words.Runs {
		run := make(analyzer.Run, r.count())
		for k := range run {
			t := &run[k]
			t.Term, t.Surface, t.Gap = r.str(), r.str(), r.str()
			f := r.uint()
			t.Number, t.Glued, t.After, t.Suffix = f&tokNumber != 0, f&tokGlued != 0, f&tokAfter != 0, f&tokSuffix != 0
		}
		s.words.Runs[i] = run
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail("bytes past the end")
	}
	if r.err != nil {
		return nil, 0, r.err
	}
	return s, key, nil
}

package index

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"

	"sagasu/analyzer"
)

// The kept words of an article (fieldSourceWords, see related_source.go)
// in bytes: its sourceTerms. First a table of the distinct strings, each
// written as where the title or the text it was read from has it (most
// of them: an offset from the string before and a length, two or three
// bytes) or, when neither has it as it is (a term folded, a verb's base
// form), as its bytes; then, in the table's order, each string's notes
// as a term of the source (its counts, its flags and the table indexes
// of its spelling, mark and run; nothing for a string that is no term);
// then the runs of nouns, a token its term's index and its flags. All
// varints. On livedoor about 2.2 KB an article, half the text's bytes,
// where the lists and maps of the analysis in full (version 1) had taken
// 4.4 KB; read back in microseconds, against milliseconds for kagome.

// fieldSourceWords is stored only: an article's analysed words for
// related articles (see encodeSourceTerms).
const fieldSourceWords = "source_words"

// sourceWordsVersion starts the bytes; a layout changed later reads as
// none kept (the text analysed) until the article is written again.
// Version 1 (schema 63) held the analysis's lists of words in order.
const sourceWordsVersion = 2

// errSourceWords: kept words that cannot be read, or were read from
// another text (the text is analysed instead).
var errSourceWords = errors.New("index: unreadable kept source words")

// minRefBytes: a string of more bytes is written as where the title or
// the text has it, which takes two or three bytes.
const minRefBytes = 3

// Flags of a table string's notes as a term (termNotes); none for a
// string that is no term of the source (a spelling, a mark, a word of a
// run only).
const (
	noteTerm        = 1 << iota // a term: its count in the text follows
	noteTitled                  // its count in the title follows
	noteWrittenSame             // written as the term is
	noteWritten                 // written otherwise: the spelling's index follows
	noteInflected
	noteName
	noteManner
	notePiece
	noteQueried
	noteHidden
	noteMark   // the mark's index follows
	noteInside // the run's index follows
	noteAll    = noteInside<<1 - 1
)

// Flags of a run's token.
const (
	tokNumber = 1 << iota
	tokGlued
	tokAfter
	tokSuffix
	tokSurface // written otherwise than its term: the surface's index follows
	tokGap     // the gap's index follows
	tokAll     = tokGap<<1 - 1
)

// encodeSourceTerms returns the bytes of st, read from title and text
// (the beginning of the body).
func encodeSourceTerms(st *sourceTerms, title, text string) []byte {
	var strs []string
	index := map[string]int{}
	add := func(s string) {
		if _, ok := index[s]; !ok && s != "" {
			index[s] = 0
			strs = append(strs, s)
		}
	}
	for t, n := range st.terms {
		add(t)
		add(n.written)
		add(n.mark)
		add(n.inside)
	}
	for _, r := range st.runs {
		for _, t := range r {
			add(t.Term)
			add(t.Surface)
			add(t.Gap)
		}
	}
	// Where each string is first written (-1: nowhere as it is), the
	// title's bytes before the text's; the table goes by it, so that
	// each offset is written as the step from the one before.
	at := make(map[string]int, len(strs))
	for _, s := range strs {
		at[s] = -1
		if len(s) <= minRefBytes {
			continue
		}
		if i := strings.Index(title, s); i >= 0 {
			at[s] = i
		} else if i := strings.Index(text, s); i >= 0 {
			at[s] = len(title) + i
		}
	}
	slices.SortFunc(strs, func(a, b string) int {
		ia, ib := at[a], at[b]
		if (ia < 0) != (ib < 0) {
			return cmp.Compare(ib, ia) // references first
		}
		return cmp.Or(cmp.Compare(ia, ib), cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
	out := make([]byte, 0, 64+4*len(strs)+8*len(st.terms))
	out = append(out, sourceWordsVersion)
	out = binary.LittleEndian.AppendUint64(out, sourceKey(title, text))
	out = binary.AppendUvarint(out, uint64(st.content))
	out = binary.AppendUvarint(out, uint64(st.titleContent))
	out = binary.AppendUvarint(out, uint64(len(strs)))
	prev := 0
	for i, s := range strs {
		index[s] = i
		if o := at[s]; o >= 0 {
			out = binary.AppendUvarint(out, uint64(o-prev)<<1|1)
			out = binary.AppendUvarint(out, uint64(len(s)))
			prev = o
			continue
		}
		out = binary.AppendUvarint(out, uint64(len(s))<<1)
		out = append(out, s...)
	}
	for _, s := range strs {
		n, ok := st.terms[s]
		if !ok {
			out = append(out, 0)
			continue
		}
		out = appendNotes(out, s, n, index)
	}
	out = binary.AppendUvarint(out, uint64(len(st.runs)))
	for _, r := range st.runs {
		out = binary.AppendUvarint(out, uint64(len(r)))
		for _, t := range r {
			term := 0
			if t.Term != "" {
				term = index[t.Term] + 1
			}
			f := 0
			for i, on := range []bool{t.Number, t.Glued, t.After, t.Suffix, t.Surface != t.Term, t.Gap != ""} {
				if on {
					f |= 1 << i
				}
			}
			out = binary.AppendUvarint(out, uint64(term))
			out = binary.AppendUvarint(out, uint64(f))
			if f&tokSurface != 0 {
				out = binary.AppendUvarint(out, uint64(index[t.Surface]))
			}
			if f&tokGap != 0 {
				out = binary.AppendUvarint(out, uint64(index[t.Gap]))
			}
		}
	}
	return out
}

// appendNotes appends the notes of term (see the note flags).
func appendNotes(out []byte, term string, n termNotes, index map[string]int) []byte {
	f := noteTerm
	for i, on := range []bool{n.title > 0, n.written == term, n.written != "" && n.written != term,
		n.inflected, n.name, n.manner, n.piece, n.queried, n.hidden, n.mark != "", n.inside != ""} {
		if on {
			f |= 1 << (i + 1)
		}
	}
	out = binary.AppendUvarint(out, uint64(f))
	out = binary.AppendUvarint(out, uint64(n.body))
	if f&noteTitled != 0 {
		out = binary.AppendUvarint(out, uint64(n.title))
	}
	for _, o := range []struct {
		flag int
		s    string
	}{{noteWritten, n.written}, {noteMark, n.mark}, {noteInside, n.inside}} {
		if f&o.flag != 0 {
			out = binary.AppendUvarint(out, uint64(index[o.s]))
		}
	}
	return out
}

// wordsReader reads the bytes of encodeSourceTerms; err is the first
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

// str reads a string by its index in the table.
func (r *wordsReader) str() string {
	i := r.uint()
	if i >= uint64(len(r.strs)) {
		r.fail("string out of the table")
		return ""
	}
	return r.strs[i]
}

// decodeSourceTerms reads the bytes of encodeSourceTerms, written for
// title and text.
func decodeSourceTerms(b []byte, title, text string) (*sourceTerms, error) {
	if len(b) < 9 || b[0] != sourceWordsVersion {
		return nil, fmt.Errorf("%w: no version %d header", errSourceWords, sourceWordsVersion)
	}
	if binary.LittleEndian.Uint64(b[1:9]) != sourceKey(title, text) {
		return nil, fmt.Errorf("%w: read from another text", errSourceWords)
	}
	r := &wordsReader{b: b[9:]}
	st := &sourceTerms{content: int(r.uint()), titleContent: int(r.uint())}
	r.readTable(b, title, text)
	st.terms = make(map[string]termNotes, len(r.strs))
	for _, s := range r.strs {
		f := r.uint()
		if f == 0 {
			continue
		}
		if f&noteTerm == 0 || f > noteAll {
			r.fail("unknown notes")
			break
		}
		n := termNotes{body: int(r.uint())}
		if f&noteTitled != 0 {
			n.title = int(r.uint())
		}
		if f&noteWrittenSame != 0 {
			n.written = s
		}
		if f&noteWritten != 0 {
			n.written = r.str()
		}
		if f&noteMark != 0 {
			n.mark = r.str()
		}
		if f&noteInside != 0 {
			n.inside = r.str()
		}
		n.inflected, n.name, n.manner, n.piece = f&noteInflected != 0, f&noteName != 0, f&noteManner != 0, f&notePiece != 0
		n.queried, n.hidden = f&noteQueried != 0, f&noteHidden != 0
		st.terms[s] = n
	}
	st.runs = make([]analyzer.Run, r.count())
	for i := range st.runs {
		run := make(analyzer.Run, r.count())
		for k := range run {
			t := &run[k]
			if i := r.uint(); i > 0 {
				if i > uint64(len(r.strs)) {
					r.fail("term out of the table")
					break
				}
				t.Term = r.strs[i-1]
			}
			f := r.uint()
			if f > tokAll {
				r.fail("unknown token flags")
				break
			}
			t.Surface = t.Term
			if f&tokSurface != 0 {
				t.Surface = r.str()
			}
			if f&tokGap != 0 {
				t.Gap = r.str()
			}
			t.Number, t.Glued, t.After, t.Suffix = f&tokNumber != 0, f&tokGlued != 0, f&tokAfter != 0, f&tokSuffix != 0
		}
		st.runs[i] = run
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail("bytes past the end")
	}
	if r.err != nil {
		return nil, r.err
	}
	return st, nil
}

// readTable reads the table of strings into r.strs: those written where
// title (then text) has them are pieces of them, the others pieces of
// one copy of b.
func (r *wordsReader) readTable(b []byte, title, text string) {
	all := ""
	r.strs = make([]string, r.count())
	prev := 0
	for i := range r.strs {
		h := r.uint()
		if h&1 == 0 {
			n := h >> 1
			if n > uint64(len(r.b)) {
				r.fail("string past the end")
				return
			}
			if all == "" {
				all = string(b) // (one copy: the strings are pieces of it)
			}
			at := len(b) - len(r.b)
			r.strs[i], r.b = all[at:at+int(n)], r.b[n:]
			continue
		}
		step, n := h>>1, r.uint()
		if r.err != nil || step > uint64(len(title)+len(text)-prev) || n > uint64(len(title)+len(text)) {
			r.fail("string out of the text")
			return
		}
		o := prev + int(step)
		switch end := o + int(n); {
		case end <= len(title):
			r.strs[i] = title[o:end]
		case o >= len(title) && end <= len(title)+len(text):
			r.strs[i] = text[o-len(title) : end-len(title)]
		default:
			r.fail("string out of the text")
			return
		}
		prev = o
	}
}

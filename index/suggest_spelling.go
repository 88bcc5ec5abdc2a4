package index

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"sagasu/analyzer"
)

// Spellings and readings looked up in the suggestion data: the word a
// reading stands for (タイリョウシアンゴウ: 耐量子暗号), and a typed word as
// the articles spell it (iphone is iPhone, google is Google).

// wordByReading returns the word entry whose whole reading is reading
// that most articles use, or "".
func (si *suggestIndex) wordByReading(reading string) string {
	return si.wordByReadingWhere(reading, nil)
}

// wordByReadingWhere is wordByReading among the words whose text ok
// takes (any, when ok is nil).
func (si *suggestIndex) wordByReadingWhere(reading string, ok func(text string) bool) string {
	best := int32(-1)
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= reading })
	for ; i < len(si.keys) && si.keys[i].key == reading; i++ {
		if e := si.keys[i].entry; si.entries[e].kind == kindTerm && (ok == nil || ok(si.entries[e].text)) && (best < 0 || si.less(e, best)) {
			best = e
		}
	}
	if best < 0 {
		return ""
	}
	return si.entries[best].text
}

// nameByReading returns the word of wordByReading when it is written
// without kanji, or "": particles in a row are a name's sound when a
// name reads so (てすら, ふぉーど: テスラ, フォード), not a word in kanji
// (には is no 二派).
func (si *suggestIndex) nameByReading(kana string) string {
	if w := si.wordByReading(analyzer.ReadingPrefix(kana)); !strings.ContainsFunc(w, isHan) {
		return w
	}
	return ""
}

// maxWordsByReading bounds the words wordsByReading returns.
const maxWordsByReading = 4

// wordsByReading returns the words of the suggestion data whose whole
// reading is reading (耐量子暗号 for タイリョウシアンゴウ), or nil before the
// first build.
func (ix *Index) wordsByReading(reading string) []string {
	si := ix.sug.cur.Load()
	if si == nil || reading == "" {
		return nil
	}
	var out []string
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= reading })
	for ; i < len(si.keys) && si.keys[i].key == reading && len(out) < maxWordsByReading; i++ {
		if e := &si.entries[si.keys[i].entry]; e.kind == kindTerm && !slices.Contains(out, e.text) {
			out = append(out, e.text)
		}
	}
	for _, w := range si.unshown[reading] {
		if len(out) < maxWordsByReading && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// echo returns what precedes a completion of the last word alone: the
// words before it as the articles spell them when one is a suggested word
// that differs from the typed one only in width or case (iphone is
// iPhone), else as the reader typed them.
func (si *suggestIndex) echo(typed, folded []string) string {
	if len(typed) != len(folded) {
		typed = folded
	}
	out := make([]string, 0, len(folded)-1)
	for i, w := range folded[:len(folded)-1] {
		out = append(out, cmp.Or(si.shownSpelling(w), typed[i]))
	}
	return strings.Join(out, " ") + " "
}

// spelling returns the text of the word entry whose folded text is w, or
// "".
func (si *suggestIndex) spelling(w string) string {
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= w })
	for ; i < len(si.keys) && si.keys[i].key == w; i++ {
		if e := &si.entries[si.keys[i].entry]; e.kind == kindTerm && analyzer.Fold(e.text) == w {
			return e.text
		}
	}
	return ""
}

// latinSpelling returns the text of a word entry written in Latin
// letters that is w but for case (nintendo: Nintendo), shown as such or in
// another script, or "".
func (si *suggestIndex) latinSpelling(w string) string {
	if !isLatinWord(w) {
		return ""
	}
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= w })
	for ; i < len(si.keys) && si.keys[i].key == w; i++ {
		e := si.keys[i].entry
		if si.entries[e].kind != kindTerm {
			continue
		}
		for _, text := range []string{si.entries[e].text, si.latin[e].text} {
			if text != "" && strings.EqualFold(analyzer.Fold(text), w) {
				return text
			}
		}
	}
	return ""
}

// shownSpelling is spelling, or the Latin spelling of a name shown in
// another script when that is w (google is Google, shown as グーグル).
func (si *suggestIndex) shownSpelling(w string) string {
	if s := si.spelling(w); s != "" {
		return s
	}
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= w })
	for ; i < len(si.keys) && si.keys[i].key == w; i++ {
		e := si.keys[i].entry
		if l := si.latin[e].text; si.entries[e].kind == kindTerm && l != "" && analyzer.Fold(l) == w {
			return l
		}
	}
	return ""
}

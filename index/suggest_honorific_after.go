package index

import (
	"slices"
	"strings"

	"sagasu/analyzer"
)

// A name titles write with an honorific on it (ノムさん, the nickname of a
// manager in 42 livedoor titles, every one with its さん): shown so, and
// found by its kana with the honorific (のむさん, ノムさん). The analyzer
// drops さん as a stop word, so the suggestion had been ノム, and the kana
// typed on with the honorific had emptied the box (のむさん) or offered
// ノム 賛否 (ノムさん read as ノム and さん, the start of 賛否).

// honorificsAfter are the honorifics written onto a name that readers
// type with it.
var honorificsAfter = []string{"さん", "ちゃん", "くん"}

// minNamedTitles is the fewest titles that write the honorific onto a word
// before it is shown with it, and namedShare the least share of the
// word's titles that do.
const (
	minNamedTitles = 2
	namedShare     = 0.5
)

// honorificAfter returns the honorific written right after toks[i], a
// noun, in its title (ノム|さん: the suffix of names kagome reads), or ""
// (秋の味覚さんま: さんま is a word of its own).
func honorificAfter(toks []analyzer.Token, i int) string {
	t := toks[i]
	if !strings.HasPrefix(t.POS, "名詞") || strings.HasPrefix(t.POS, "名詞,接尾") {
		return ""
	}
	for _, u := range toks[i+1:] {
		if u.Start != t.End || u.Class == "shingle" {
			continue
		}
		if strings.HasPrefix(u.POS, "名詞,接尾") && slices.Contains(honorificsAfter, u.Surface) {
			return u.Surface
		}
		return ""
	}
	return ""
}

// countHonorificAfter counts a title with the word toks[i], once a title,
// and the honorific it writes onto it.
func (s *termStat) countHonorificAfter(toks []analyzer.Token, i int) {
	s.titled++
	if h := honorificAfter(toks, i); h != "" {
		if s.named == nil {
			s.named = map[string]int{}
		}
		s.named[h]++
	}
}

// mergeNamed adds the titles of a spelling merged into s.
func (s *termStat) mergeNamed(from *termStat) {
	s.titled += from.titled
	for h, n := range from.named {
		if s.named == nil {
			s.named = map[string]int{}
		}
		s.named[h] += n
	}
}

// nameHonorific returns the honorific that titles write onto the word in
// at least minNamedTitles and namedShare of the titles counted for it, or
// "" (上原 of 上原美優さん and 上原浩治 stays 上原).
func (s *termStat) nameHonorific() string {
	for _, h := range honorificsAfter {
		if n := s.named[h]; n >= minNamedTitles && float64(n) >= namedShare*float64(s.titled) {
			return h
		}
	}
	return ""
}

// keyNamed shows the entry of word s, whose text is text, with the
// honorific its titles write onto it, and keys it by that spelling and by
// its readings with the honorific's kana.
func (b *sugBuilder) keyNamed(s *termStat, entry int32, text string, key func(string, int32)) {
	h := s.nameHonorific()
	if h == "" || strings.HasSuffix(text, h) {
		return
	}
	b.entries[entry].text = text + h
	key(analyzer.Fold(text+h), entry)
	for _, r := range append([]string{s.reading}, s.others...) {
		if r != "" {
			key(r+analyzer.ToKatakana(h), entry)
		}
	}
}

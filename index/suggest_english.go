package index

import (
	"sagasu/analyzer"
)

// English typed into the search box. A reader who types the English for a
// topic (semic…) is offered the Japanese word the articles use for it
// (半導体), as the search finds them through the English glossary: each
// one-way entry's English keys become keys of its targets' suggestions.
// Only words already suggested get keys; the glossary adds no words.

// minEnglishKey is the fewest letters of an English key typed before its
// targets are suggested.
const minEnglishKey = 5

// englishKeys adds the English keys of the glossary to the term entries
// that are its targets.
func (b *sugBuilder) englishKeys(syn *synonyms) {
	if syn == nil {
		return
	}
	byText := map[string]int32{}
	for i, e := range b.entries {
		if e.kind == kindTerm {
			byText[analyzer.Fold(e.text)] = int32(i)
		}
	}
	for _, group := range syn.groups {
		var keys []string
		var entries []int32
		for _, s := range group {
			if !s.target {
				keys = append(keys, analyzer.Fold(s.text))
			} else if e, ok := byText[analyzer.Fold(s.text)]; ok {
				entries = append(entries, e)
			}
		}
		if len(keys) == len(group) {
			continue // a synonym group, both ways: its words are suggested as they are
		}
		for _, e := range entries {
			for _, k := range keys {
				if k == analyzer.Fold(b.entries[e].text) {
					continue
				}
				// From the fifth letter on: shorter, an English prefix is
				// more often a name being typed (nvi… of NVIDIA).
				for n := minEnglishKey; n <= len(k) && n <= suggestKeyRunes; n++ {
					b.exactKey(k[:n], e)
				}
			}
		}
	}
}

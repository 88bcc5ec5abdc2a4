package index

import (
	"slices"
	"strings"

	"sagasu/analyzer"
)

// What the user dictionary tells the suggestions and the search: how it
// spells a word with Latin letters (NVIDIA, OpenAI), the compounds a word
// is a part of (スマートフォン for フォン), and whether a part stands alone
// often enough to be offered on its own (ドコモ of NTTドコモ).

// dictSpelling returns the user dictionary's spelling of a word with
// Latin letters the index holds lower-cased (NVIDIA, OpenAI, 生成AI), or
// "": a word only the bodies have is shown as the dictionary writes it,
// not as its term.
func (ix *Index) dictSpelling(term string) string {
	ix.sug.spellOnce.Do(ix.readUserDict)
	return ix.sug.spellings[term]
}

// compoundsOf returns the terms of the user dictionary's compounds that
// have term as a part (スマートフォン for フォン).
func (ix *Index) compoundsOf(term string) []string {
	ix.sug.spellOnce.Do(ix.readUserDict)
	return ix.sug.wholes[term]
}

// userWholes returns the terms of the user dictionary's words that have
// a and b as parts side by side (全固体電池 for 全 and 固体).
func (ix *Index) userWholes(a, b string) []string {
	ix.sug.spellOnce.Do(ix.readUserDict)
	return ix.sug.pairs[[2]string{a, b}]
}

// readUserDict reads what the suggestions and the search need of the
// user dictionary.
func (ix *Index) readUserDict() {
	ix.sug.spellings, ix.sug.wholes = map[string]string{}, map[string][]string{}
	ix.sug.pairs = map[[2]string][]string{}
	for line := range strings.Lines(ix.opts.UserDict) {
		fields := strings.Split(strings.TrimSpace(line), ",")
		surface := fields[0]
		if surface == "" || strings.HasPrefix(surface, "#") {
			continue
		}
		whole := analyzer.WordTerm(surface)
		if strings.ToLower(surface) != surface {
			ix.sug.spellings[whole] = surface
		}
		if len(fields) < 2 {
			continue
		}
		if parts := strings.Fields(fields[1]); len(parts) > 1 {
			prev := ""
			for _, p := range parts {
				t := analyzer.WordTerm(p)
				if !slices.Contains(ix.sug.wholes[t], whole) {
					ix.sug.wholes[t] = append(ix.sug.wholes[t], whole)
				}
				if k := [2]string{prev, t}; prev != "" && !slices.Contains(ix.sug.pairs[k], whole) {
					ix.sug.pairs[k] = append(ix.sug.pairs[k], whole)
				}
				prev = t
			}
		}
	}
}

// partOnly reports whether a word is in count articles mostly as a part
// of the user dictionary's compounds (フォン of スマートフォン, 正義 of
// 孫正義, which ま offered by its reading as a name): no word to offer on
// its own. A word that stands alone in a fifth of them is one (ドコモ of
// 547 articles, most of which also write NTTドコモ).
func (ix *Index) partOnly(tc *readerCounter, term string, count uint64, field string) bool {
	wholes := ix.compoundsOf(term)
	if len(wholes) == 0 {
		return false
	}
	var in uint64
	for _, w := range wholes {
		in += tc.count(w, field)
	}
	return 4*count <= 5*in && !ix.standsAlone(tc, term, count, field)
}

// standsAlone reports whether a part of the user dictionary's compounds
// stands alone in at least a fifth of the count articles that have it
// (ドコモ, most of whose titles write NTTドコモ): a word to offer.
func (ix *Index) standsAlone(tc *readerCounter, term string, count uint64, field string) bool {
	wholes := ix.compoundsOf(term)
	return len(wholes) > 0 && 5*tc.alone(term, wholes, field) >= count
}

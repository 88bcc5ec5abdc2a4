package analyzer

import (
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
)

// maxOccurrences bounds how often one term is indexed in one field of one
// document: the first maxOccurrences occurrences in text order are kept.
// The positions are what a phrase query walks, comparing every position
// of each of its words with every position of the next, without a way to
// stop: a body that repeats one word a hundred thousand times (within the
// write API's limits) made a two-word query take minutes and gigabytes,
// and at 512 kept, 2,000 articles that each repeat 量子 600 times made 量子量子
// take 1.3 s and a quoted phrase of four 3.9 s, for any reader (37 ms and
// 52 ms at 32). BM25 has long since saturated at that count, and a phrase
// an article has is nearly always among its first occurrences of a word.
const maxOccurrences = 32

// maxDistinctTerms bounds the distinct terms one field of one document
// indexes: the first maxDistinctTerms in text order are kept, and later
// occurrences of those. Indexing takes memory and time by the distinct
// terms far more than by the text: a 1 MiB body of random katakana words,
// 80,000 distinct terms, took seconds and hundreds of megabytes. Real
// text has far fewer: livedoor's longest article (12,111 characters) has
// 1,174, and all its 7,367 bodies together (8.2 million characters, 23
// times the longest body the write API takes) 126,284, so one body of
// the largest size would have about 26,000 by Heaps' law, the more the
// less it sticks to a subject. Only texts longer than countAsYouGoBytes
// can reach the bound.
const maxDistinctTerms = 30000

// countAsYouGoBytes: texts longer than this have their terms counted as
// they are made, so the occurrences beyond maxOccurrences are never held.
const countAsYouGoBytes = 64 << 10

// capOccurrences drops the occurrences of each term beyond maxOccurrences,
// keeping the order of ts.
func capOccurrences(ts analysis.TokenStream) analysis.TokenStream {
	if len(ts) <= maxOccurrences {
		return ts // no term can occur more often
	}
	seen := make(map[string]int, len(ts)/4)
	out := ts[:0]
	for _, t := range ts {
		if len(t.Term) == 0 {
			out = append(out, t)
			continue
		}
		// The key aliases the term's bytes, which stay unchanged while
		// the map lives.
		k := unsafe.String(&t.Term[0], len(t.Term))
		if n := seen[k] + 1; n <= maxOccurrences {
			seen[k] = n
			out = append(out, t)
		}
	}
	return out
}

// Package index is Sagasu's article index: the bleve mapping, opening or
// creating an index directory (scorch), validated batched upserts, get,
// delete, JSONL import, search, and the relevance evaluation.
//
// Search compiles the search-box syntax (words, "phrases", -exclusions)
// into bleve queries: every content word must match in the title (boosted)
// or the body, with alternatives ranked below the word itself: synonyms
// (data/synonyms.txt, expanded here rather than with bleve's single-token
// synonyms), the reading fields for kana input and spelling variants
// (kana is segmented against the reading terms the index holds, see
// kana.go), and bigrams or joined single kanji for segments kagome was not
// sure of. When nothing matches every word, it runs again ORing them,
// those that miss only one ranked up, and says so (Result.Relaxed). Results carry category and month facets and
// highlighted titles and snippets.
//
// It exports its own request, result and error types, so callers never
// see bleve. Errors are the sentinels in errors.go, wrapped with %w.
//
// Imports: bleve, the analyzer and data packages; never api or cmd.
package index

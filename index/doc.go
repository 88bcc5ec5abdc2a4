// Package index is Sagasu's article index: the bleve mapping, opening or
// creating an index directory (scorch), validated batched upserts, get,
// delete, JSONL import, and search with the search-box query syntax,
// category and month facets, and highlighted titles and snippets.
//
// It exports its own request, result and error types, so callers never
// see bleve. Errors are the sentinels in errors.go, wrapped with %w.
//
// Imports: bleve, the analyzer and data packages; never api or cmd.
package index

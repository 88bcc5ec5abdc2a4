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
// Where things are, by file:
//   - Articles and errors: article.go, decode.go, dates.go, errors.go,
//     analyze.go (the analyze endpoint's tokens).
//   - The index on disk and its writes: index.go, mapping.go, layout.go,
//     storage.go, segments.go, write.go, admit.go, prepare.go, importer.go,
//     reindex*.go, backup.go, compact.go, export.go, asyncerr.go.
//   - The query syntax: queryparse*.go and queryast.go; compiling a query:
//     query*.go (query.go the compiler, query_plain.go the search box word
//     by word, query_optional.go the words that only add to the score,
//     query_tags.go the bonuses for tags, query_node.go editor syntax,
//     query_text.go the clauses a query is built of), scope.go (field
//     scopes), clauses*.go (bleve clauses), dfcache.go (the counts
//     compiling looks up).
//   - One search-box word: word*.go (its steps, alternatives and placing),
//     units*.go (a unit per content word: units_word.go a word of its own,
//     units_tokens.go the tokens told apart), and the other ways an article
//     may have it: alternatives*.go, kana*.go, romaji*.go, sound*.go
//     (sound.go the lookup, sound_candidates.go the words alike,
//     sound_queries.go their query), akasound.go, soundvowels.go,
//     latinkana.go, letters.go, spellings.go, variants.go, typos*.go
//     (katakana, typos_latin.go English, typos_respell.go a compound's run),
//     inside.go, aka.go, gloss.go, synonyms.go, verbforms.go, datewords.go,
//     tagword.go, categories.go.
//   - How a query is read and ranked: intent*.go, explainer.go,
//     sentence.go, named.go, relax.go, mention.go, digest.go,
//     fieldlengths.go, exclusion.go.
//   - Running a search and shaping its answer: search*.go, facets.go, keytable.go,
//     highlight.go, snippetcut.go, clusters.go, cursor.go, datespan.go,
//     answers.go.
//   - Related articles: related*.go, similarity.go, consensus.go,
//     reasons.go, duplicate.go, boilerplate.go, links.go (an indexed
//     source's words analysed once when it is written and kept with it,
//     related_source.go and related_stored.go, not on every request).
//   - Suggestions: suggest*.go (suggest_build.go the build,
//     suggest_dictionary.go its term dictionary pass, suggest_fragments.go
//     the pieces it leaves out; suggest_words.go a term's analysis,
//     suggest_long.go and suggest_userdict.go its spelling;
//     suggest_sound.go a Latin name the articles write in katakana;
//     suggest_context.go, suggest_cooccur.go and suggest_unread.go
//     completing after other words; suggest_cache.go and
//     suggest_snapshot.go what is kept beside the index across restarts).
//   - The relevance evaluation: eval.go.
//
// Imports: bleve, the analyzer and data packages; never api or cmd.
package index

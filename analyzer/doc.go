// Package analyzer is Sagasu's Japanese text analysis: kagome (IPA
// dictionary, search mode) wrapped as a bleve analyzer named "ja".
//
// The pipeline, in order:
//
//  1. Fold the text: NFKC (ＡＩ→ai, ｉＰｈｏｎｅ１５→iphone15, ﾃｽﾗ→テスラ),
//     lower case, zero-width and format characters removed, invalid UTF-8
//     replaced. Folding happens before segmentation, so kagome sees
//     full-width and half-width text alike, and a map of runs takes every
//     token's offsets back to the original bytes: highlights land on the
//     original full-width characters.
//  2. Split the folded text into sentences (。!? and line breaks, or at most
//     2 KB) so the lattice stays small on long articles.
//  3. Segment each sentence with kagome in search mode (関西国際空港 →
//     関西|国際|空港), with the optional user dictionary.
//  4. Keep content words only: particles, auxiliary verbs, conjunctions,
//     fillers, symbols, terms without a letter or digit and a short list
//     of stop words are dropped; they leave gaps in the positions, so
//     phrases still line up. Verbs and adjectives become their base form.
//
// One kagome tokenizer is shared by every goroutine (it is immutable), and
// the IPA dictionary is loaded once per process.
//
// Imports: bleve's analysis and registry packages and kagome only; no other
// Sagasu package.
package analyzer

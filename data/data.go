// Package data holds the files Sagasu ships inside its binary: the sample
// articles loaded into an empty index on first start, the user
// dictionary the analyzer segments with, the readings of name kanji, the
// synonym list and the English glossary. All of it was written for this
// project.
//
// Imports: the standard library only.
package data

import _ "embed"

// SampleArticles is a JSONL file of Japanese tech-news articles, one per
// line, in the import format (id, title, body, category, tags, published,
// url, author).
//
//go:embed articles.jsonl
var SampleArticles []byte

// UserDict is a kagome user dictionary (surface,segmentation,readings,pos)
// of technology terms the IPA dictionary splits wrongly or does not know.
//
//go:embed userdict.csv
var UserDict string

// NameReadings lists the readings kanji have in given names (one kanji,
// then its readings in katakana, per line), so a name typed in kana
// finds the name written in kanji.
//
//go:embed names.txt
var NameReadings string

// Synonyms lists groups of equivalent terms, one group per line,
// comma-separated ("AI,人工知能"). Search expands a query word into the
// other terms of its group, ranked below exact matches.
//
//go:embed synonyms.txt
var Synonyms string

// English maps English words a reader may type to the Japanese words
// articles use for them, one way ("semiconductor => 半導体"); search
// expands a query's English words like synonyms.
//
//go:embed english.txt
var English string

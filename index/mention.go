package index

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Passing mentions. A roundup (the week's news, one paragraph a story)
// shares a story's strongest words, its names and numbers, with every
// article on that story, and so came among the related articles of each:
// four roundups of 106 articles took a place in half of the lists. What
// gives a roundup away is where the shared words sit: all in one short
// paragraph of many, where an article on the story has them throughout.
// Such a hit counts mentionWeight of its score. A title that names none
// of the shared words gives a roundup away too (今日のニュースまとめ), and
// then a paragraph of fewer paragraphs will do: a roundup of five stories
// in five like paragraphs has each a fifth of its text.
const (
	minMentionParagraphs = 5   // a shorter text is no roundup
	maxMentionShare      = 0.2 // of the text, the paragraph the words sit in
	minMentionWords      = 3   // shown reasons found in the text, at least
	mentionWeight        = 0.5
	// under a title without the shared words
	minUntitledParagraphs = 4
	maxUntitledShare      = 0.35
)

// passingMention reports whether body has the shared words (reasons, as
// shown) it has in one paragraph only, a short one of many.
func passingMention(title, body string, reasons []string) bool {
	minParagraphs, maxShare := minMentionParagraphs, maxMentionShare
	if !namesAny(title, reasons) {
		minParagraphs, maxShare = minUntitledParagraphs, maxUntitledShare
	}
	if strings.Count(body, "\n") < minParagraphs-1 {
		return false // (most articles: nothing to fold)
	}
	// Reasons are shown as the source writes them, width folded; bodies
	// are compared as written but for the case of Latin letters
	// (analyzer.Fold of every body was a tenth of a request).
	words := make([]string, 0, len(reasons))
	for _, r := range reasons {
		if r = lowerASCII(norm.NFKC.String(r)); r != "" {
			words = append(words, r)
		}
	}
	if len(words) < minMentionWords {
		return false // (before the paragraphs are listed)
	}
	// The body lower-cased in a buffer of the goroutine's, not a copy of
	// each hit's (a twentieth of a related request's garbage), and its
	// characters counted only once the words are found in one paragraph:
	// most hits have them in several.
	bp := lowerBufs.Get().(*[]byte)
	defer lowerBufs.Put(bp)
	*bp = appendLowerASCII((*bp)[:0], body)
	var paras [][]byte
	for p := range bytes.SplitSeq(*bp, []byte("\n")) {
		if p = bytes.TrimSpace(p); len(p) > 0 {
			paras = append(paras, p)
		}
	}
	if len(paras) < minParagraphs {
		return false
	}
	found, in := 0, -1
	for _, r := range words {
		hit := false
		for i, p := range paras {
			if !bytes.Contains(p, []byte(r)) {
				continue
			}
			if in >= 0 && in != i {
				return false // spread over paragraphs
			}
			in, hit = i, true
		}
		if hit {
			found++
		}
	}
	if found < minMentionWords {
		return false
	}
	total := 0
	for _, p := range paras {
		total += utf8.RuneCount(p)
	}
	return float64(utf8.RuneCount(paras[in])) < maxShare*float64(total)
}

// lowerBufs hold the bodies passingMention lower-cases.
var lowerBufs = sync.Pool{New: func() any { return new([]byte) }}

// appendLowerASCII appends s to b with its ASCII letters in lower case.
func appendLowerASCII(b []byte, s string) []byte {
	b = append(b, s...)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// namesAny reports whether title has one of the reasons (as shown).
func namesAny(title string, reasons []string) bool {
	title = lowerASCII(norm.NFKC.String(title))
	for _, r := range reasons {
		if r = lowerASCII(norm.NFKC.String(r)); r != "" && strings.Contains(title, r) {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases the ASCII letters of s (s itself when it has
// none in upper case).
func lowerASCII(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' }) {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

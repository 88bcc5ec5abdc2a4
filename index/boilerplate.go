package index

import (
	"encoding/base64"
	"hash/fnv"
	"strings"
	"unicode/utf8"
)

// fieldSentence holds a key of each sentence of an article, so that
// related articles can tell the source's own sentences from those that
// other articles repeat word for word: a standing paragraph of background
// (「半導体は『産業のコメ』とも呼ばれ…」), a note at the end of every
// article of a series. Such a paragraph shares a dozen words with every
// article that repeats it, whatever their subject, and outvoted the few
// words of the subject itself.
const fieldSentence = "sentence"

// Repeated sentences; see stripRepeated.
const (
	// minSentenceRunes: shorter sentences (「以上です。」) repeat by
	// chance and say too little to matter.
	minSentenceRunes = 15
	// repeatedBy: a sentence in this many other articles is repeated. Two
	// and not one: a re-post or an update repeats its story once.
	repeatedBy = 2
	// minOwnShare: a source with less of its own text is related by all
	// of it (a story told again in updates repeats most of itself).
	minOwnShare = 0.3
)

// sentences calls f with each sentence of text, of at least
// minSentenceRunes characters, that ends as prose does (。！？), and its
// key. Lines without an ending (a byline, a link to the site's Twitter
// account, a price) are left alone: they name a site or a series more
// than a subject, and dropping them took livedoor's same-category share
// of related articles from 0.903 to 0.893.
func sentences(text string, f func(s, key string)) {
	for text != "" {
		end := len(text)
		if i := strings.IndexAny(text, "。！？\n"); i >= 0 {
			_, n := utf8.DecodeRuneInString(text[i:])
			end = i + n
		}
		s := strings.TrimSpace(text[:end])
		text = text[end:]
		if !strings.HasSuffix(s, "。") && !strings.HasSuffix(s, "！") && !strings.HasSuffix(s, "？") {
			continue
		}
		if utf8.RuneCountInString(s) >= minSentenceRunes {
			f(s, sentenceKey(s))
		}
	}
}

// sentenceKey is the fieldSentence term of a sentence: 64 bits of FNV-1a
// of its form (see sentenceForm), so that two different sentences of an
// archive share a key by chance about never.
func sentenceKey(s string) string {
	h := fnv.New64a()
	h.Write([]byte(sentenceForm(s)))
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))
}

// sentenceForm returns a sentence with each run of digits (either width)
// as one '#': a site's form repeated with another date or count in it
// (・なお、賞品の発送は3月下旬頃を予定しております。 under one giveaway,
// 8月上旬頃 under the next; 先週（…〜…）最も読まれた記事TOP10 under each
// week's ranking) is one sentence repeated, which no key had matched,
// and a site's giveaways or rankings had been related by their form.
func sentenceForm(s string) string {
	if !strings.ContainsFunc(s, isDigitRune) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	digits := false
	for _, r := range s {
		if isDigitRune(r) {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// sentenceKeys returns the fieldSentence terms of an article, each once.
func sentenceKeys(a *Article) []string {
	main, _ := splitLinksAndPopular(a.Body)
	seen := map[string]bool{}
	var out []string
	sentences(main, func(_, key string) {
		if !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	})
	return out
}

// stripRepeated returns body without the sentences that repeatedBy other
// articles or more have word for word; self is 1 when the body is an
// indexed article's (its own copy counts once), 0 for a draft. Each
// sentence costs one lookup in the term dictionary.
func stripRepeated(tc *readerCounter, body string, self uint64) string {
	var b strings.Builder
	rest, dropped := body, 0
	sentences(body, func(s, key string) {
		if tc.count(key, fieldSentence) < self+repeatedBy {
			return
		}
		if i := strings.Index(rest, s); i >= 0 {
			b.WriteString(rest[:i])
			b.WriteString("\n")
			rest = rest[i+len(s):]
			dropped += len(s)
		}
	})
	if dropped == 0 || float64(len(body)-dropped) < minOwnShare*float64(len(body)) {
		return body
	}
	b.WriteString(rest)
	return b.String()
}

package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"golang.org/x/text/unicode/norm"
)

// caseSamples is how many articles caseSpelling reads a word in (the
// first by id, so that every build of the same index reads the same ones:
// the first a search listed by its own order had changed from one import
// to the next, web shown Web or WEB, do Do or do), and
// maxCaseLookups how many words a rebuild looks up at most (a search
// each: on livedoor the first build took 2.5 s more for them, a rebuild
// 0.2 s, as the answers are kept). A look-up that read a long text counts
// once more per caseTextUnit bytes of it: articles of a megabyte of
// random letters had each word's look-up read a megabyte.
const (
	caseSamples    = 5
	maxCaseLookups = 3000
	caseTextUnit   = 16 << 10
)

// caseSpelling returns a Latin word the index holds lower-cased as the
// articles write it, where no title gave its spelling (ceo is CEO, web
// Web): the spelling most of the first caseSamples articles with it by id
// have in field, at the offsets the index keeps, of equal counts the one
// the first of them by id has (casePick); term when they write it in
// lower case or the index cannot tell; "" when most of them write it in
// lower case run on into a number and more lower-case letters, the piece
// of a handle (memn of memn0ck; not mpeg of MPEG4, nor wpa of wpa2).
// The answer is kept across rebuilds while df stays within a fifth, as
// longSpelling's.
func (ix *Index) caseSpelling(tc *readerCounter, term string, df uint64, field string, lookups *int) string {
	if !isLatinWord(term) || strings.ToLower(term) != term {
		return term
	}
	ix.sug.use(&ix.sug.cased, term)
	if v, ok := ix.sug.cased.Load(term); ok {
		if c := v.(longCheck); 5*df >= 4*c.df && 4*df <= 5*c.df {
			return c.spelling
		}
	}
	if *lookups >= maxCaseLookups {
		return term
	}
	*lookups++
	q := bleve.NewTermQuery(term)
	q.SetField(field)
	req := bleve.NewSearchRequestOptions(q, caseSamples, 0, false)
	req.Fields = []string{field}
	req.IncludeLocations = true
	req.Score = "none"
	req.SortByCustom(search.SortOrder{&search.SortDocID{}}) // (not the segments' order)
	res, err := ix.b.SearchInContext(tc.ctx, req)
	if err != nil {
		return term
	}
	var seen []string
	read, runIn := 0, 0
	for _, h := range res.Hits {
		text, _ := h.Fields[field].(string)
		*lookups += len(text) / caseTextUnit
		locs := h.Locations[field][term]
		if len(locs) == 0 || locs[0].End > uint64(len(text)) || locs[0].Start >= locs[0].End {
			continue
		}
		s := norm.NFKC.String(text[locs[0].Start:locs[0].End]) // (ＣＥＯ is CEO)
		if strings.ToLower(s) != term {
			continue // (a form the index folded further)
		}
		read++
		if s == term && handleRunOn(text[locs[0].End:]) {
			runIn++
		}
		if s, ok := writtenSpelling(text, locs, term); ok {
			seen = append(seen, s)
		}
	}
	best := casePick(seen, term)
	if read > 0 && 2*runIn > read {
		// Lower-case letters run on into a number and more of them,
		// most of the times read (memn of memn0ck, a writer's handle,
		// which the index cuts memn|0|ck): a piece, no word.
		best = ""
	}
	// A copy: the spelling is a slice of the article's text, which the
	// cache would keep alive whole (ten long bodies had held 1.6 GB).
	best = strings.Clone(best)
	ix.sug.learn(&ix.sug.cased, term, longCheck{df: df, spelling: best})
	return best
}

// writtenSpelling returns the spelling of the first of locs in text that
// is not lower case inside an address (a URL's host or path, a mail
// address or handle: news of http://news.livedoor.com, watch of
// nicovideo.jp/watch/, which had been shown for NEWS and Watch), where
// lower case says nothing of how the articles write the word; false when
// every one is.
func writtenSpelling(text string, locs search.Locations, term string) (string, bool) {
	for _, l := range locs {
		if l.End > uint64(len(text)) || l.Start >= l.End {
			continue
		}
		s := norm.NFKC.String(text[l.Start:l.End])
		if strings.ToLower(s) != term {
			continue
		}
		if s == term && inAddress(text[:l.Start], text[l.End:]) {
			continue
		}
		return s, true
	}
	return "", false
}

// inAddress reports whether a word between before and after sits in an
// address: after a slash, a dot, an @, an underscore or a URL's = or :,
// or before a slash, an underscore or a dot and a letter (news.livedoor;
// not No.1).
func inAddress(before, after string) bool {
	if before != "" && strings.ContainsRune("/.@_=:", rune(before[len(before)-1])) {
		return true
	}
	if after == "" {
		return false
	}
	switch after[0] {
	case '/', '_':
		return true
	case '.':
		return len(after) > 1 && (after[1] >= 'a' && after[1] <= 'z' || after[1] >= 'A' && after[1] <= 'Z')
	}
	return false
}

// casePick returns the spelling most of seen have, seen in the order of
// the articles' ids, and of equal counts the one seen first; term when
// seen is empty. The answer depends on seen alone, not on a map's order.
func casePick(seen []string, term string) string {
	best, most := term, 0
	for i, s := range seen {
		n := 0
		for _, o := range seen[i:] {
			if o == s {
				n++
			}
		}
		if n > most {
			best, most = s, n
		}
	}
	return best
}

// handleRunOn reports whether rest, the text after a lower-case word,
// starts with digits and then a lower-case letter, as a handle runs on
// (memn|0ck).
func handleRunOn(rest string) bool {
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	return i > 0 && i < len(rest) && rest[i] >= 'a' && rest[i] <= 'z'
}

package index

import (
	"context"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/text/unicode/norm"
)

// A model named by a Latin word and a letter and number typed apart
// (core i5, galaxy s3): kagome cuts the model into its letter and number
// (i|5), which no suggestion holds, and the articles that write it mostly
// say it in their bodies, where no title compound joins it; typed whole
// it had emptied the box (core i5, core i7, in 25 livedoor articles).

// minModelArticles is how many articles must have a model typed apart
// for modelApart to offer it.
const minModelArticles = 2

// modelApart returns the last two words as one suggestion, spelt as the
// first article found writes them (Core i5), when the last is letters
// and a number that the analyzer cuts in pieces, the one before a Latin
// word, and at least minModelArticles articles have them in sequence, in
// a title or body; nil otherwise. The words before are spelt as the
// suggestions show them. One phrase search, made only when nothing
// completes what is typed.
func (ix *Index) modelApart(ctx context.Context, si *suggestIndex, words []string) []Suggestion {
	n := len(words)
	if n < 2 || !letterNumber(words[n-1]) || !isLatinWord(words[n-2]) {
		return nil
	}
	typed := words[n-2] + " " + words[n-1]
	toks := ix.an.Tokens(typed)
	if len(toks) < 3 {
		return nil // (the last word is one term: it completes as typed or is in no article)
	}
	terms := make([]string, len(toks))
	for i, t := range toks {
		if t.Term == "" || i > 0 && t.Position != toks[i-1].Position+1 {
			return nil
		}
		terms[i] = t.Term
	}
	qs := []query.Query{bleve.NewPhraseQuery(terms, fieldTitle), bleve.NewPhraseQuery(terms, fieldBody)}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), 1, 0, false)
	req.Fields = []string{fieldTitle, fieldBody}
	req.IncludeLocations = true // (scored: with Score "none" bleve counts only the hits it returns)
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil || res.Total < minModelArticles || len(res.Hits) == 0 {
		return nil
	}
	spelt := typed
	for _, field := range []string{fieldTitle, fieldBody} {
		text, _ := res.Hits[0].Fields[field].(string)
		if s := phraseSpelling(text, res.Hits[0].Locations[field], terms); s != "" {
			spelt = s
			break
		}
	}
	before := ""
	for _, w := range words[:n-2] {
		if s := si.latinSpelling(w); s != "" {
			w = s // (intel core i7: Intel Core i7)
		} else if s := si.shownSpelling(w); s != "" {
			w = s
		}
		before += w + " "
	}
	return []Suggestion{{Text: before + spelt, Kind: kindTerm, Count: int(res.Total)}}
}

// letterNumber reports whether w is Latin letters and a number, letters
// first (i5, s3, z10): a model's letter and number typed together.
func letterNumber(w string) bool {
	i := strings.IndexFunc(w, unicode.IsDigit)
	return i > 0 && isLatinWord(w) && !strings.ContainsFunc(w[i:], isASCIILetter)
}

// phraseSpelling returns the text of the phrase of terms at the first
// place locs has them in sequence, as the article writes it (NFKC: Ｃｏｒｅ
// ｉ５ is Core i5); "" when locs do not place it.
func phraseSpelling(text string, locs search.TermLocationMap, terms []string) string {
	last := terms[len(terms)-1]
	for _, first := range locs[terms[0]] {
		for _, end := range locs[last] {
			if end.Pos == first.Pos+uint64(len(terms)-1) && first.Start < end.End && end.End <= uint64(len(text)) {
				return norm.NFKC.String(text[first.Start:end.End])
			}
		}
	}
	return ""
}

package index

import (
	"context"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Token is one analysed token as a field of the index sees it.
type Token = analyzer.Token

// MaxAnalyzeRunes bounds the text of an Analyze call, and MaxAnalyzeTokens
// the tokens it returns (10,000 random kanji made 40,000, 7 MB of JSON;
// as many characters of prose make about 4,000).
const (
	MaxAnalyzeRunes  = 10000
	MaxAnalyzeTokens = 5000
)

// Analyze returns the tokens the index makes of text in a field: "title"
// and "body" (the same analysis) or "reading" (the reading fields). It is
// how editors see why an article matches, or does not. It waits for its
// turn as a search does (ten thousand characters of rare kanji keep a core
// busy as long as a search), and the context's deadline bounds the wait.
func (ix *Index) Analyze(ctx context.Context, text, field string) ([]Token, error) {
	if !utf8.ValidString(text) {
		return nil, badParam("text", "invalid_utf8", "is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(text); n > MaxAnalyzeRunes {
		return nil, badParam("text", "text_too_long", "has %d characters; the limit is %d", n, MaxAnalyzeRunes)
	}
	var reading bool
	switch field {
	case "", fieldTitle, fieldBody:
	case "reading":
		reading = true
	default:
		return nil, badParam("field", "invalid_field", "unknown field %q; use title, body or reading", truncate(field, 20))
	}
	// (A long text in the heavy lane, as a long query: twenty analyses of
	// 10,000 characters had held every search slot, and a reader's search
	// queued behind them answered 504 at its deadline.)
	leave, err := ix.enterSearch(ctx, utf8.RuneCountInString(text) > heavyQueryRunes)
	if err != nil {
		return nil, err
	}
	defer leave()
	toks := ix.an.IndexedTokens(text, reading)
	if err := ctx.Err(); err != nil {
		return nil, err // the client has gone, or the answer would be late
	}
	if toks == nil {
		toks = []Token{}
	}
	return toks, nil
}

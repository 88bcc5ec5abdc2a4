package index

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// A search as asked and answered: the request with its limits and sort
// orders, and the result page with its hits.

// Search limits.
const (
	DefaultPerPage = 10
	MaxPerPage     = 100
	MaxWindow      = 10000 // page × per_page may not reach past this
	MaxQueryRunes  = 1000
	MaxCategories  = 20
)

// Sort orders search results.
type Sort int

// Sort orders. Ties are broken by the newer article, then by id, so pages
// are stable.
const (
	SortRelevance Sort = iota // best match first
	SortNewest                // latest published first
	SortOldest                // earliest published first
)

var sortNames = []string{"relevance", "newest", "oldest"}

// String returns the name of s as the API spells it.
func (s Sort) String() string {
	if int(s) < len(sortNames) {
		return sortNames[s]
	}
	return fmt.Sprintf("Sort(%d)", int(s))
}

// ParseSort parses relevance, newest or oldest, in any case or width
// (ＮＥＷＥＳＴ, as an input method left in full width types it); ""
// means relevance.
func ParseSort(s string) (Sort, error) {
	if s = strings.TrimSpace(s); s == "" {
		return SortRelevance, nil // (spaces around it, as around a number)
	}
	narrow := width.Narrow.String(s)
	for i, n := range sortNames {
		if strings.EqualFold(narrow, n) {
			return Sort(i), nil
		}
	}
	return 0, badParam("sort", "invalid_sort", "unknown sort %q; use relevance, newest or oldest", truncate(s, 20))
}

// Request is a search.
type Request struct {
	Query      string    // search-box syntax: words, "phrases", -exclusions
	Categories []string  // any of these categories; empty means all
	From, To   time.Time // published within [From, To]; zero means open
	Sort       Sort
	Page       int    // 1-based; 0 means 1
	PerPage    int    // 0 means DefaultPerPage
	Cursor     string // continue after a previous result's NextCursor (instead of Page)
	Relax      Relax  // when to list articles with most of the words
}

// Result is one page of search results.
type Result struct {
	Total uint64 `json:"total"`
	// Relaxed: the hits past the first AllWords match only some of the
	// words (none had them all, or only a few: see Relax).
	Relaxed  bool          `json:"relaxed"`
	AllWords uint64        `json:"all_words"` // how many of Total have every word
	Took     time.Duration `json:"-"`
	Page     int           `json:"page"`
	PerPage  int           `json:"per_page"`
	Hits     []Hit         `json:"hits"`
	Facets   Facets        `json:"facets"`
	// NextCursor continues to the next page at constant cost, however
	// deep; "" when this is the last page.
	NextCursor string `json:"next_cursor"`
}

// Hit is one article in a result page, with its highlighted title and a
// snippet of the body around the best match (HTML, matches in <mark>).
type Hit struct {
	ID          string    `json:"id"`
	Title       string    `json:"title"`
	URL         string    `json:"url"`
	Category    string    `json:"category"`
	Tags        []string  `json:"tags"`
	Published   time.Time `json:"published"`
	Score       float64   `json:"score"`
	TitleHTML   string    `json:"title_html"`
	SnippetHTML string    `json:"snippet_html"`
}

// validate fills in defaults and checks r, returning a *RequestError.
func (r *Request) validate() error {
	if !utf8.ValidString(r.Query) {
		return badParam("q", "invalid_utf8", "is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(r.Query); n > MaxQueryRunes {
		return badParam("q", "query_too_long", "has %d characters; the limit is %d", n, MaxQueryRunes)
	}
	if strings.IndexFunc(r.Query, isBadControl) >= 0 {
		return badParam("q", "invalid_query", "contains a control character")
	}
	if len(r.Categories) > MaxCategories {
		return badParam("category", "too_many_categories", "has %d values; the limit is %d", len(r.Categories), MaxCategories)
	}
	for _, c := range r.Categories {
		if !utf8.ValidString(c) {
			return badParam("category", "invalid_utf8", "is not valid UTF-8")
		}
		if err := checkLabel("category", c); err != nil {
			return badParam("category", "invalid_parameter", "%s", err.(*ValidationError).Msg)
		}
	}
	for _, d := range []struct {
		name string
		t    time.Time
	}{{"from", r.From}, {"to", r.To}} {
		// (In JST, as a published date is checked: 1899-12-31T15:00:00Z
		// is 1900 there.)
		if y := d.t.In(JST).Year(); !d.t.IsZero() && (y < minPublishYear || y > maxPublishYear) {
			return badParam(d.name, "invalid_date", "year %d (in JST) is outside %d–%d", y, minPublishYear, maxPublishYear)
		}
	}
	if !r.From.IsZero() && !r.To.IsZero() && r.From.After(r.To) {
		return badParam("from", "invalid_range", "from (%s) is after to (%s)", r.From.Format(time.RFC3339Nano), r.To.Format(time.RFC3339Nano))
	}
	if r.Sort < SortRelevance || r.Sort > SortOldest {
		return badParam("sort", "invalid_sort", "unknown sort; use relevance, newest or oldest")
	}
	if r.Relax < RelaxAuto || r.Relax > RelaxFew {
		return badParam("relax", "invalid_relax", "unknown value; use auto, off or few")
	}
	if r.Page == 0 {
		r.Page = 1
	}
	if r.PerPage == 0 {
		r.PerPage = DefaultPerPage
	}
	if r.Page < 1 {
		return badParam("page", "invalid_parameter", "must be 1 or more, not %d", r.Page)
	}
	if r.PerPage < 1 || r.PerPage > MaxPerPage {
		return badParam("per_page", "invalid_parameter", "must be between 1 and %d, not %d", MaxPerPage, r.PerPage)
	}
	if r.Cursor != "" {
		if r.Page != 1 {
			return badParam("cursor", "invalid_parameter", "give either page or cursor, not both")
		}
		return nil // a cursor pages past the window at constant cost
	}
	if r.Page > MaxWindow/r.PerPage {
		return badParam("page", "result_window_exceeded",
			"page %d with per_page %d reaches past the first %d results, the deepest a search can page by number; follow next_cursor from page to page (cursor=…), which goes on past it, or narrow the query with words, a category or a date range, or sort the other way",
			r.Page, r.PerPage, MaxWindow)
	}
	return nil
}

func isBadControl(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v5"
	"golang.org/x/text/unicode/norm"

	"sagasu/index"
)

// searchResponse is the body of GET /v1/search.
type searchResponse struct {
	Total   uint64 `json:"total"`
	Relaxed bool   `json:"relaxed"`
	// AllWords: how many of Total have every word; when relaxed, the
	// first AllWords hits do and the rest miss some.
	AllWords uint64       `json:"all_words"`
	TookMS   float64      `json:"took_ms"`
	Page     int          `json:"page"`
	PerPage  int          `json:"per_page"`
	Hits     []index.Hit  `json:"hits"`
	Facets   index.Facets `json:"facets"`
	// NextCursor continues to the next page; "" on the last page.
	NextCursor string `json:"next_cursor"`
}

var searchParams = []string{"q", "category", "from", "to", "sort", "page", "per_page", "cursor", "relax"}

// search handles GET /v1/search.
func (s *server) search(c *echo.Context) error {
	p, err := parseParams(c, searchParams, "category")
	if err != nil {
		return err
	}
	req, err := searchRequest(p)
	if err != nil {
		return err
	}
	res, err := s.ix.Search(c.Request().Context(), req)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, &searchResponse{
		Total:      res.Total,
		Relaxed:    res.Relaxed,
		AllWords:   res.AllWords,
		TookMS:     float64(res.Took.Microseconds()) / 1000,
		Page:       res.Page,
		PerPage:    res.PerPage,
		Hits:       res.Hits,
		Facets:     res.Facets,
		NextCursor: res.NextCursor,
	})
}

// searchRequest turns query parameters into an index.Request; the index
// validates the values' ranges.
func searchRequest(p params) (index.Request, error) {
	var r index.Request
	var err error
	r.Query = p.get("q")
	r.Cursor = p.get("cursor")
	for _, c := range p["category"] {
		if c = strings.TrimSpace(c); c != "" {
			r.Categories = append(r.Categories, c)
		}
	}
	if r.Relax, err = index.ParseRelax(p.get("relax")); err != nil {
		return r, err
	}
	if r.Sort, err = index.ParseSort(p.get("sort")); err != nil {
		return r, err
	}
	if r.Page, err = p.int("page", 1); err != nil {
		return r, err
	}
	if _, paged := p["page"]; paged && r.Cursor != "" {
		// (page=1 too: a cursor says which page it is.)
		return r, badRequest("invalid_parameter", "cursor: give either page or cursor, not both")
	}
	if r.PerPage, err = p.int("per_page", index.DefaultPerPage); err != nil {
		return r, err
	}
	// 0 means "default" to the index, so an explicit 0 is caught here.
	if r.Page < 1 {
		return r, badRequest("invalid_parameter", "page: must be 1 or more, not %d", r.Page)
	}
	if r.PerPage < 1 {
		return r, badRequest("invalid_parameter", "per_page: must be between 1 and %d, not %d", index.MaxPerPage, r.PerPage)
	}
	if r.From, err = dateParam(p, "from", false); err != nil {
		return r, err
	}
	if r.To, err = dateParam(p, "to", true); err != nil {
		return r, err
	}
	return r, nil
}

func dateParam(p params, name string, end bool) (time.Time, error) {
	// Full-width digits and marks are the ASCII ones (from=２０１２－０４), as
	// in published: of the query.
	s := strings.TrimSpace(norm.NFKC.String(p.get(name)))
	if s == "" {
		return time.Time{}, nil
	}
	if i := strings.LastIndexByte(s, ' '); i > 10 && len(s)-i == len(" 09:00") && (s[10] == 'T' || s[10] == 't') {
		// A + sent as is reads as a space in a query string
		// (2026-06-01T00:00:00+09:00): it was the offset's sign.
		s = s[:i] + "+" + s[i+1:]
	}
	t, err := index.ParseDate(s, end)
	if err != nil {
		return time.Time{}, badRequest("invalid_date", "%s: %v", name, err)
	}
	return t, nil
}

// getArticle handles GET /v1/articles/:id.
func (s *server) getArticle(c *echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	if _, err := parseParams(c, nil); err != nil {
		return err
	}
	a, err := s.ix.Get(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, a)
}

// healthz handles GET /healthz: the process is up.
func (s *server) healthz(c *echo.Context) error {
	// Probes may add parameters of their own (a cache-buster): ignored.
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

// readyz handles GET /readyz: the index is open and its analyzer (with the
// dictionary) loaded, so searches can be answered.
func (s *server) readyz(c *echo.Context) error {
	// Probes may add parameters of their own (a cache-buster): ignored.
	n, err := s.ix.Count()
	if err != nil {
		return c.JSON(http.StatusServiceUnavailable, errorBody{Error: errorDetail{Code: "not_ready", Message: "the index is not open"}})
	}
	return c.JSON(http.StatusOK, map[string]any{"status": "ready", "articles": n})
}

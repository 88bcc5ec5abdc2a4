package api

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v5"

	"sagasu/index"
)

// relatedResponse is the body of the related-article routes.
type relatedResponse struct {
	Hits []index.RelatedHit `json:"hits"`
}

// relatedByID handles GET /v1/articles/:id/related?size=&category=same&recency=90d.
func (s *server) relatedByID(c *echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	p, err := parseParams(c, []string{"size", "category", "recency"})
	if err != nil {
		return err
	}
	r := index.RelatedRequest{ID: id}
	if r.Size, err = p.int("size", index.DefaultRelatedSize); err != nil {
		return err
	}
	if err := relatedOptions(p, &r); err != nil {
		return err
	}
	return s.related(c, r)
}

// draftRequest is the body of POST /v1/related.
type draftRequest struct {
	Title    string `json:"title"`
	Body     string `json:"body"`
	Size     *int   `json:"size"`
	Category string `json:"category"`
}

// relatedDraft handles POST /v1/related: articles related to a text that is
// not in the index, such as an editor's draft.
func (s *server) relatedDraft(c *echo.Context) error {
	p, err := parseParams(c, []string{"category", "recency"})
	if err != nil {
		if q, qerr := url.ParseQuery(c.Request().URL.RawQuery); qerr == nil && q.Has("size") {
			// (GET …/related takes it in the URL; a draft sends it with
			// its text.)
			return &hinted{err, `a draft's size goes in the JSON body: {"title": …, "body": …, "size": 3}`}
		}
		return err
	}
	var d draftRequest
	if err := decodeJSON(c, &d); err != nil {
		return err
	}
	// The same rule as for an article's title and body.
	for _, f := range []struct{ name, text string }{{"title", d.Title}, {"body", d.Body}} {
		if err := index.ValidateText(f.name, f.text); err != nil {
			var ve *index.ValidationError
			if errors.As(err, &ve) {
				return badRequest("invalid_parameter", "%s: %s", f.name, ve.Msg)
			}
			return err
		}
	}
	r := index.RelatedRequest{Title: d.Title, Body: d.Body, Category: d.Category, Size: index.DefaultRelatedSize}
	if d.Size != nil {
		if *d.Size < 1 {
			return badRequest("invalid_parameter", "size: must be between 1 and %d, not %d", index.MaxRelatedSize, *d.Size)
		}
		r.Size = *d.Size
	}
	if err := relatedOptions(p, &r); err != nil {
		return err
	}
	return s.related(c, r) // (index reads the draft's category: see index.RelatedRequest)
}

func (s *server) related(c *echo.Context, r index.RelatedRequest) error {
	if r.Size < 1 {
		return badRequest("invalid_parameter", "size: must be between 1 and %d, not %d", index.MaxRelatedSize, r.Size)
	}
	hits, err := s.ix.Related(c.Request().Context(), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, relatedResponse{Hits: hits})
}

// relatedOptions reads category=same|any and recency=<half-life>.
func relatedOptions(p params, r *index.RelatedRequest) error {
	switch strings.ToLower(strings.TrimSpace(halfWidth(p.get("category")))) { // (as sort=NEWEST and ｎｅｗｅｓｔ are newest)
	case "", "any":
	case "same":
		r.SameCategory = true
	default:
		return badRequest("invalid_parameter", "category: use same (only the source's category) or any, not %q", truncate(p.get("category"), 20))
	}
	if v := strings.TrimSpace(p.get("recency")); v != "" {
		d, err := parseHalfLife(halfWidth(v))
		if err != nil {
			return badRequest("invalid_parameter", "recency: %v", err)
		}
		r.HalfLife = d
	}
	return nil
}

// parseHalfLife reads a half-life such as 90d, 2w, 12h or a Go duration,
// its unit in either case (90D).
func parseHalfLife(s string) (time.Duration, error) {
	s = strings.ToLower(s)
	const day = 24 * time.Hour
	units := map[string]time.Duration{"d": day, "w": 7 * day, "y": 365 * day}
	var d time.Duration
	if unit, ok := units[s[len(s)-1:]]; ok {
		num := s[:len(s)-1]
		n, err := strconv.ParseFloat(num, 64)
		if err != nil || n <= 0 || n > 100*365 || strings.ContainsFunc(num, func(r rune) bool { return (r < '0' || r > '9') && r != '.' }) {
			// (decimal only: ParseFloat also reads 0x1p-2 and 1e2)
			return 0, errHalfLife(s)
		}
		d = time.Duration(n * float64(unit))
	} else {
		if num := strings.TrimSuffix(s, "m"); num != s && num != "" && strings.Trim(num, "0123456789.") == "" {
			// (6m: months to a reader, minutes to Go.)
			return 0, fmt.Errorf("\"%s\" is ambiguous: m is minutes, not months; write the half-life in days or years (180d, 1y)", truncate(s, 20))
		}
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, errHalfLife(s)
		}
	}
	if d < time.Hour || d > 100*365*day {
		return 0, errHalfLife(s)
	}
	return d, nil
}

type errHalfLife string

func (e errHalfLife) Error() string {
	return "\"" + truncate(string(e), 20) + "\" is not a half-life between 1h and 100y; write it as 90d, 2w, 12h or 1y"
}

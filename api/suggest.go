package api

import (
	"net/http"

	"github.com/labstack/echo/v5"

	"sagasu/index"
)

// suggestResponse is the body of GET /v1/suggest.
type suggestResponse struct {
	Suggestions []index.Suggestion `json:"suggestions"`
}

// suggest handles GET /v1/suggest?q=…&size=8.
func (s *server) suggest(c *echo.Context) error {
	p, err := parseParams(c, []string{"q", "size"})
	if err != nil {
		return err
	}
	size, err := p.int("size", index.DefaultSuggestSize)
	if err != nil {
		return err
	}
	if size < 1 {
		return badRequest("invalid_parameter", "size: must be between 1 and %d, not %d", index.MaxSuggestSize, size)
	}
	out, err := s.ix.Suggest(c.Request().Context(), p.get("q"), size)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, suggestResponse{Suggestions: out})
}

package api

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v5"

	"sagasu/index"
)

// analyzeResponse is the body of GET /v1/analyze.
type analyzeResponse struct {
	Field     string        `json:"field"`
	Tokens    []index.Token `json:"tokens"`
	Truncated bool          `json:"truncated,omitempty"` // more than index.MaxAnalyzeTokens
}

// analyze handles GET /v1/analyze?text=…&field=title|body|reading.
func (s *server) analyze(c *echo.Context) error {
	p, err := parseParams(c, []string{"text", "field"})
	if err != nil {
		return err
	}
	text := p.get("text")
	if text == "" {
		return badRequest("missing_parameter", "text is required: the text to analyse")
	}
	if strings.TrimSpace(text) == "" {
		return badRequest("missing_parameter", "text is only white space: give the text to analyse")
	}
	field, ok := p.enum("field", "title", "body", "reading") // (as a search reads sort: TITLE is title)
	if !ok {
		return badRequest("invalid_field", "field: unknown field %q; use title, body or reading", truncate(p.get("field"), 20))
	}
	if field == "" {
		field = "body"
	}
	toks, err := s.ix.Analyze(c.Request().Context(), text, field)
	if err != nil {
		return err
	}
	res := analyzeResponse{Field: field, Tokens: toks}
	if len(toks) > index.MaxAnalyzeTokens {
		res.Tokens, res.Truncated = toks[:index.MaxAnalyzeTokens], true
	}
	return c.JSON(http.StatusOK, res)
}

package api

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v5"

	"sagasu/index"
)

var exportParams = []string{"q", "category", "from", "to", "sort", "format", "fields", "bom"}

// exportRecord is one article in an export.
type exportRecord struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	URL       string   `json:"url"`
	Category  string   `json:"category"`
	Tags      []string `json:"tags"`
	Published string   `json:"published"`
	Author    string   `json:"author,omitempty"`
	Body      *string  `json:"body,omitempty"`
}

// export handles GET /v1/export: every article the query matches, as JSON
// lines or CSV, streamed a page at a time (constant memory however many).
func (s *server) export(c *echo.Context) error {
	p, err := parseParams(c, exportParams, "category")
	if err != nil {
		return err
	}
	sr, err := searchRequest(p)
	if err != nil {
		return err
	}
	r := index.ExportRequest{Query: sr.Query, Categories: sr.Categories, From: sr.From, To: sr.To, Sort: sr.Sort}
	if p.get("sort") == "" {
		r.Sort = index.SortNewest
	}
	switch f := p.get("fields"); f {
	case "":
	case "body":
		r.Body = true
	default:
		return badRequest("invalid_parameter", "fields: only body can be added, not %q", truncate(f, 20))
	}
	format := p.get("format")
	if format == "" {
		format = "jsonl"
	}
	if format != "jsonl" && format != "csv" {
		return badRequest("invalid_parameter", "format: use jsonl or csv, not %q", truncate(format, 20))
	}
	// A byte order mark before the CSV: Excel on a Japanese Windows reads
	// a file without one as Shift_JIS and shows the titles garbled.
	bom := false
	switch b := p.get("bom"); {
	case b == "" || b == "false":
	case b == "true" && format == "csv":
		bom = true
	case b == "true":
		return badRequest("invalid_parameter", "bom: only a CSV export starts with a byte order mark; add format=csv or leave bom out")
	default:
		return badRequest("invalid_parameter", "bom: use true or false, not %q", truncate(b, 20))
	}

	if c.Request().Method == http.MethodHead {
		// The headers a GET would get, without the export: a query the
		// search refuses is refused alike (a HEAD had run the whole
		// export, holding one of the export slots).
		sr.PerPage = 1
		if _, err := s.ix.Search(c.Request().Context(), sr); err != nil {
			return err
		}
		c.Response().Header().Set(echo.HeaderContentType, exportContentType(format))
		c.Response().Header().Set("Content-Disposition", `attachment; filename="sagasu-export.`+format+`"`)
		// No Content-Length: a GET streams the export, its length known
		// to no one beforehand. echo answers a HEAD with the length of
		// what the GET handler wrote (here nothing: "Content-Length: 0",
		// an empty export), unless the status goes past its HEAD writer
		// to the response itself.
		w, err := echo.UnwrapResponse(c.Response())
		if err != nil {
			return err
		}
		w.WriteHeader(http.StatusOK)
		return nil
	}
	select {
	case s.exports <- struct{}{}:
		defer func() { <-s.exports }()
	default:
		// Each export holds a page of articles, bodies and all: a
		// client opening exports without reading them had grown the
		// server by gigabytes.
		return &apiError{status: http.StatusTooManyRequests, code: "too_many_requests",
			msg: fmt.Sprintf("%d exports are running, the most at a time; try again when one has finished", maxExports)}
	}

	header := []string{"id", "title", "url", "category", "tags", "published", "author"}
	if r.Body {
		header = append(header, "body")
	}
	w := c.Response()
	flusher, _ := w.(http.Flusher)
	// The server has no write timeout (exports take as long as they
	// take); a client that stops reading is dropped after exportStall.
	rc := http.NewResponseController(w)
	alive := func() { _ = rc.SetWriteDeadline(time.Now().Add(exportStall)) }
	alive()
	started := false
	var cw *csv.Writer
	start := func() {
		started = true
		w.Header().Set(echo.HeaderContentType, exportContentType(format))
		w.Header().Set("Content-Disposition", `attachment; filename="sagasu-export.`+format+`"`)
		w.WriteHeader(http.StatusOK)
		if bom {
			_, _ = io.WriteString(w, "\ufeff")
		}
		if cw != nil {
			cw.Write(header)
		}
	}
	var emit func(*index.Article) error
	if format == "csv" {
		cw = csv.NewWriter(w)
		emit = func(a *index.Article) error {
			row := []string{a.ID, a.Title, a.URL, a.Category, csvTags(a.Tags), a.Published.Format(time.RFC3339), a.Author}
			if r.Body {
				row = append(row, a.Body)
			}
			for i := range row {
				row[i] = csvCell(row[i])
			}
			return cw.Write(row)
		}
	} else {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		emit = func(a *index.Article) error {
			rec := exportRecord{ID: a.ID, Title: a.Title, URL: a.URL, Category: a.Category, Tags: a.Tags, Published: a.Published.Format(time.RFC3339), Author: a.Author}
			if r.Body {
				rec.Body = &a.Body
			}
			return enc.Encode(rec)
		}
	}
	n := 0
	_, err = s.ix.Export(c.Request().Context(), r, func(a *index.Article) error {
		if !started {
			start()
		}
		// Each article the client takes moves the deadline: a slow
		// client that keeps reading is not cut off, however long a
		// page of large bodies takes it.
		alive()
		if err := emit(a); err != nil {
			return err
		}
		if n++; n%500 == 0 {
			if cw != nil {
				cw.Flush()
			}
			if flusher != nil {
				flusher.Flush()
			}
		}
		return nil
	})
	if err != nil && !started {
		return err
	}
	if err != nil {
		// Too late for an error body: the client sees a cut-off stream.
		// A client that went away is not a server error.
		level := slog.LevelError
		if c.Request().Context().Err() != nil {
			level = slog.LevelInfo
		}
		s.log.Log(c.Request().Context(), level, "export cut off", "err", err, "written", n)
		return nil
	}
	if !started {
		start()
	}
	if cw != nil {
		cw.Flush()
	}
	return nil
}

// exportStall is how long an export waits for a client that has stopped
// reading before it gives up on it; maxExports is how many run at once
// (another answers 429).
const (
	exportStall = time.Minute
	maxExports  = 4
)

// csvCell makes a CSV cell safe to open in a spreadsheet. A cell starting
// with = + - or @ is a formula to Excel, LibreOffice and Google Sheets
// (=HYPERLINK(…) in a title would run when an editor opens the export),
// and one starting with a tab, carriage return or newline may become one
// once the white space is trimmed. Such a cell is written with a leading
// apostrophe, which spreadsheets read as "text follows". A cell that
// itself starts with an apostrophe gets one more, so the rule reads back
// without ambiguity: a cell starting with ' had one added; drop it.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r\n'", rune(s[0])) {
		return "'" + s
	}
	return s
}

// csvTags writes an article's tags as one cell: joined with |, each | or
// \ inside a tag escaped with a backslash (\| and \\), so that any list of
// tags reads back as itself: split on the | not preceded by an escaping
// backslash, then unescape.
func csvTags(tags []string) string {
	esc := strings.NewReplacer(`\`, `\\`, `|`, `\|`)
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = esc.Replace(t)
	}
	return strings.Join(out, "|")
}

// exportContentType is the Content-Type of an export in format.
func exportContentType(format string) string {
	if format == "csv" {
		return "text/csv; charset=utf-8"
	}
	return "application/x-ndjson; charset=utf-8"
}

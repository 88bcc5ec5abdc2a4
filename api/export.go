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
	q, err := parseExport(c)
	if err != nil {
		return err
	}
	if c.Request().Method == http.MethodHead {
		return s.exportHead(c, q)
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
	return s.streamExport(c, q)
}

// exportQuery is an export request once read and validated: the search it
// runs, what the index exports, and how the articles are written.
type exportQuery struct {
	search index.Request       // the search parameters, as a search reads them
	req    index.ExportRequest // what the index exports, newest first unless sort says otherwise
	format string              // jsonl or csv
	bom    bool                // a byte order mark before a CSV export
}

// parseExport reads and validates an export's parameters: those it shares
// with a search, then fields, format and bom, in that order (the first bad
// one is the 400 the client sees).
func parseExport(c *echo.Context) (exportQuery, error) {
	p, err := parseParams(c, exportParams, "category")
	if err != nil {
		return exportQuery{}, err
	}
	sr, err := searchRequest(p)
	if err != nil {
		return exportQuery{}, err
	}
	r := index.ExportRequest{Query: sr.Query, Categories: sr.Categories, From: sr.From, To: sr.To, Sort: sr.Sort}
	if strings.TrimSpace(p.get("sort")) == "" {
		r.Sort = index.SortNewest
	}
	// (Each read as a search reads sort: FORMAT=CSV is csv.)
	switch f, ok := p.enum("fields", "body"); {
	case !ok:
		return exportQuery{}, badRequest("invalid_parameter", "fields: only body can be added, not %q", truncate(p.get("fields"), 20))
	case f == "body":
		r.Body = true
	}
	format, ok := p.enum("format", "jsonl", "csv")
	if !ok {
		return exportQuery{}, badRequest("invalid_parameter", "format: use jsonl or csv, not %q", truncate(p.get("format"), 20))
	}
	if format == "" {
		format = "jsonl"
	}
	// A byte order mark before the CSV: Excel on a Japanese Windows reads
	// a file without one as Shift_JIS and shows the titles garbled.
	bom := false
	switch b, ok := p.enum("bom", "true", "false"); {
	case !ok:
		return exportQuery{}, badRequest("invalid_parameter", "bom: use true or false, not %q", truncate(p.get("bom"), 20))
	case b == "true" && format == "csv":
		bom = true
	case b == "true":
		return exportQuery{}, badRequest("invalid_parameter", "bom: only a CSV export starts with a byte order mark; add format=csv or leave bom out")
	}
	return exportQuery{search: sr, req: r, format: format, bom: bom}, nil
}

// exportHead answers a HEAD of an export with the status and headers a GET
// would get, after one page of the search, and no body.
func (s *server) exportHead(c *echo.Context, q exportQuery) error {
	// The headers a GET would get, without the export: a query the
	// search refuses is refused alike (a HEAD had run the whole
	// export, holding one of the export slots).
	sr := q.search
	sr.PerPage = 1
	if _, err := s.ix.Search(c.Request().Context(), sr); err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderContentType, exportContentType(q.format))
	c.Response().Header().Set("Content-Disposition", `attachment; filename="sagasu-export.`+q.format+`"`)
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

// exportWriter chooses how the articles of an export in format are
// written to w: emit writes one article, as a CSV row through cw or as a
// JSON line (cw is then nil). A CSV writer buffers, so its rows reach w
// only when cw is flushed; body adds each article's body.
func exportWriter(w io.Writer, format string, body bool) (cw *csv.Writer, emit func(*index.Article) error) {
	if format == "csv" {
		cw = csv.NewWriter(w)
		emit = func(a *index.Article) error {
			row := []string{a.ID, a.Title, a.URL, a.Category, csvTags(a.Tags), a.Published.Format(time.RFC3339), a.Author}
			if body {
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
			if body {
				rec.Body = &a.Body
			}
			return enc.Encode(rec)
		}
	}
	return cw, emit
}

// startExport writes what comes before the first article: the status and
// headers, the byte order mark if asked for, and the CSV header row (into
// cw, nil for JSON lines).
func startExport(w http.ResponseWriter, q exportQuery, cw *csv.Writer) {
	header := []string{"id", "title", "url", "category", "tags", "published", "author"}
	if q.req.Body {
		header = append(header, "body")
	}
	w.Header().Set(echo.HeaderContentType, exportContentType(q.format))
	w.Header().Set("Content-Disposition", `attachment; filename="sagasu-export.`+q.format+`"`)
	w.WriteHeader(http.StatusOK)
	if q.bom {
		_, _ = io.WriteString(w, "\ufeff")
	}
	if cw != nil {
		cw.Write(header)
	}
}

// streamExport runs the export and writes it a page at a time, flushed
// every 500 articles. The status goes out with the first article (or at
// the end, for an export of none), so an export the index refuses before
// it has written anything is still answered with an error.
func (s *server) streamExport(c *echo.Context, q exportQuery) error {
	w := c.Response()
	flusher, _ := w.(http.Flusher)
	// The server has no write timeout (exports take as long as they
	// take); a client that stops reading is dropped after exportStall.
	rc := http.NewResponseController(w)
	alive := func() { _ = rc.SetWriteDeadline(time.Now().Add(exportStall)) }
	alive()
	started := false
	cw, emit := exportWriter(w, q.format, q.req.Body)
	start := func() {
		started = true
		startExport(w, q, cw)
	}
	n := 0
	_, err := s.ix.Export(c.Request().Context(), q.req, func(a *index.Article) error {
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
		s.logCutOff(c, err, n)
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

// logCutOff logs an export that failed after n articles had gone out.
func (s *server) logCutOff(c *echo.Context, err error, n int) {
	// Too late for an error body: the client sees a cut-off stream.
	// A client that went away is not a server error.
	level := slog.LevelError
	if c.Request().Context().Err() != nil {
		level = slog.LevelInfo
	}
	s.log.Log(c.Request().Context(), level, "export cut off", "err", err, "written", n)
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

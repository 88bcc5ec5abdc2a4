package api

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"

	"sagasu/index"
)

// Searcher is what the API needs from the index; tests may pass a fake.
type Searcher interface {
	Search(ctx context.Context, r index.Request) (*index.Result, error)
	Get(ctx context.Context, id string) (index.Article, error)
	Count() (uint64, error)
	Analyze(ctx context.Context, text, field string) ([]index.Token, error)
	Related(ctx context.Context, r index.RelatedRequest) ([]index.RelatedHit, error)
	Suggest(ctx context.Context, q string, size int) ([]index.Suggestion, error)
	SuggestStats() index.SuggestStats
	AnswerStats() index.AnswerStats
	Upsert(ctx context.Context, arts ...index.Article) ([]bool, error)
	Delete(ctx context.Context, id string) error
	Import(ctx context.Context, r io.Reader, opts index.ImportOptions) (*index.ImportReport, error)
	Export(ctx context.Context, r index.ExportRequest, emit func(*index.Article) error) (int, error)
	StartReindex(ctx context.Context) (<-chan error, error)
	ReindexProgress() index.ReindexProgress
	Backup(ctx context.Context, dir string) error
}

// Options configure the API. The zero value is ready to use.
type Options struct {
	// RequestTimeout bounds each request's work (not bulk imports,
	// exports or admin work); 0 means 10 seconds.
	RequestTimeout time.Duration
	// BodyLimit bounds request bodies in bytes; 0 means 1 MiB. A single
	// article write may take index.MaxArticleJSONBytes (or 4 × BodyLimit
	// if that is larger), the longest JSON a valid article can take.
	// Every body must arrive within RequestTimeout.
	BodyLimit int64
	// BulkLimit bounds a bulk import body; 0 means 64 MiB. Beyond the
	// RequestTimeout grace, a bulk body must keep arriving at 32 KiB/s on
	// average.
	BulkLimit int64
	// APIKey enables the write, export and admin routes; "" leaves them
	// answering 403.
	APIKey string
	// CORSOrigins may call the read API from a browser ("*" for any);
	// each is matched as a browser writes it (lower case, no default
	// port: see CheckOrigins).
	CORSOrigins []string
	// BackupDir receives backups made through the API; "" disables them.
	BackupDir string
	// Draining is closed when a shutdown's grace period is nearly over: a
	// bulk import still reading then stops after the lines it has read
	// and answers 503 with what it wrote, rather than being cut off at
	// the end of the grace period with no answer. nil never drains.
	Draining <-chan struct{}
	// BufferedBytes bounds the bodies read whole at once (writes,
	// drafts); 0 means 128 MiB, of which drafts may hold half (see
	// publicShare). Past it a body answers 429.
	BufferedBytes int64
}

type server struct {
	ix      Searcher
	log     *slog.Logger
	opts    Options
	metrics *metrics
	// writeBudget and publicBudget are the shares of the memory for
	// bodies held whole (Options.BufferedBytes) that the write API's
	// bodies and those anyone may send are charged to (see publicShare).
	writeBudget, publicBudget budgets
	// exports are the exports running (see maxExports).
	exports chan struct{}
	// keyed are the routes requireKey guards, by method and path: guardBody
	// checks their key before it reads or judges a body.
	keyed map[string]bool
}

// New returns the HTTP handler for the API.
func New(ix Searcher, log *slog.Logger, opts Options) http.Handler {
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = 10 * time.Second
	}
	if opts.BodyLimit <= 0 {
		opts.BodyLimit = 1 << 20
	}
	if opts.BulkLimit <= 0 {
		opts.BulkLimit = 64 << 20
	}
	if opts.BufferedBytes <= 0 {
		opts.BufferedBytes = maxBufferedBytes
	}
	s := &server{ix: ix, log: log, opts: opts, metrics: newMetrics(ix), exports: make(chan struct{}, maxExports)}
	s.writeBudget, s.publicBudget = newBudgets(opts.BufferedBytes)
	e := echo.NewWithConfig(echo.Config{
		// Path parameters are percent-decoded before handlers see them
		// (a%3Ab is the id a:b); HEAD is answered by every GET route,
		// with the headers of the GET and no body.
		Router: echo.NewRouter(echo.RouterConfig{UnescapePathParamValues: true, AutoHandleHEAD: true,
			OptionsMethodHandler: options}),
		Logger:           log,
		HTTPErrorHandler: errorHandler(log),
		JSONSerializer:   jsonSerializer{},
	})
	e.Pre(httpOne)
	long := func(c *echo.Context) bool { return longRunning[c.Path()] }
	e.Use(
		requestID,
		requestLogger(log),
		s.metrics.middleware,
		middleware.Recover(),
		middleware.ContextTimeoutWithConfig(middleware.ContextTimeoutConfig{
			Skipper:      long,
			Timeout:      opts.RequestTimeout,
			ErrorHandler: func(_ *echo.Context, err error) error { return err },
		}),
		s.guardBody,
	)
	if len(opts.CORSOrigins) > 0 {
		e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
			Skipper:      func(c *echo.Context) bool { return !readRoute(c) },
			AllowOrigins: canonicalOrigins(opts.CORSOrigins),
			AllowMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
			// What the read API takes (a JSON draft, a request id); not
			// Authorization, which only the write API reads.
			AllowHeaders: []string{echo.HeaderContentType, echo.HeaderXRequestID},
			MaxAge:       600,
		}))
	}
	e.GET("/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	e.GET("/metrics", echo.WrapHandler(s.metrics.handler()))
	e.GET("/v1/search", s.search)
	e.GET("/v1/suggest", s.suggest)
	e.GET("/v1/analyze", s.analyze)
	e.GET("/v1/articles/:id", s.getArticle)
	e.GET("/v1/articles/:id/related", s.relatedByID)
	e.POST("/v1/related", s.relatedDraft, acceptJSON)

	// Body limits are per route (bodyLimits), enforced by guardBody.
	s.keyed = map[string]bool{}
	keyed := func(method, path string, h echo.HandlerFunc, m ...echo.MiddlewareFunc) {
		e.Add(method, path, h, append([]echo.MiddlewareFunc{s.requireKey}, m...)...)
		s.keyed[method+" "+path] = true
		if method == http.MethodGet {
			s.keyed[http.MethodHead+" "+path] = true // (AutoHandleHEAD)
		}
	}
	keyed(http.MethodPut, "/v1/articles/:id", s.putArticle, acceptJSON)
	keyed(http.MethodDelete, "/v1/articles/:id", s.deleteArticle)
	keyed(http.MethodPost, "/v1/articles/_bulk", s.bulk, acceptNDJSON)
	keyed(http.MethodGet, "/v1/export", s.export)
	keyed(http.MethodPost, "/v1/admin/reindex", s.reindex)
	keyed(http.MethodGet, "/v1/admin/reindex", s.reindexStatus)
	keyed(http.MethodPost, "/v1/admin/backup", s.backup)
	registerConsole(e)
	return e
}

// httpOne answers a request of another HTTP major version than 1 with a
// 505: Go's server passes HTTP/2's preface (PRI * HTTP/2.0) on to the
// handler, which no route serves, and the connection closes after it.
func httpOne(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.Request().ProtoMajor != 1 {
			c.Response().Header().Set("Connection", "close")
			return &apiError{status: http.StatusHTTPVersionNotSupported, code: "unsupported_http_version",
				msg: "the request's HTTP version is not supported; use HTTP/1.1 (or HTTP/1.0)"}
		}
		return next(c)
	}
}

// longRunning routes are exempt from the request timeout: they work in
// proportion to their input or the index.
var longRunning = map[string]bool{"/v1/articles/_bulk": true, "/v1/export": true, "/v1/admin/backup": true}

// readRoute reports whether a request is for the public read API, which
// CORS opens to the configured origins.
func readRoute(c *echo.Context) bool {
	p, m := c.Request().URL.Path, c.Request().Method
	if c.Path() == "" {
		return false // no route: a preflight gets no CORS headers, the 404 as is
	}
	if m == http.MethodOptions {
		// A preflight names the method it asks for.
		m = c.Request().Header.Get(echo.HeaderAccessControlRequestMethod)
	}
	switch {
	case strings.HasPrefix(p, "/v1/admin"), p == "/v1/export", p == "/v1/articles/_bulk", p == "/metrics":
		return false
	case p == "/v1/related":
		return m == http.MethodPost || m == ""
	}
	return m == http.MethodGet || m == http.MethodHead || m == ""
}

// requestID gives every request an id, answered as X-Request-Id and
// logged. A client's own X-Request-Id is kept when it is a short token
// (1–64 of A-Z a-z 0-9 . _ : -) so a request can be followed across
// services; anything else would go as-is into responses and log lines,
// so it is replaced with a random id.
func requestID(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		id := c.Request().Header.Get(echo.HeaderXRequestID)
		if !validRequestID(id) {
			id = rand.Text()
			// The request logger reads the request's header.
			c.Request().Header.Set(echo.HeaderXRequestID, id)
		}
		c.Response().Header().Set(echo.HeaderXRequestID, id)
		return next(c)
	}
}

func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-') {
			return false
		}
	}
	return true
}

// requestLogger logs one JSON line per request with fixed keys.
func requestLogger(log *slog.Logger) echo.MiddlewareFunc {
	return middleware.RequestLoggerWithConfig(middleware.RequestLoggerConfig{
		HandleError:  true,
		LogMethod:    true,
		LogURIPath:   true,
		LogStatus:    true,
		LogLatency:   true,
		LogRequestID: true,
		LogRemoteIP:  true,
		LogValuesFunc: func(c *echo.Context, v middleware.RequestLoggerValues) error {
			attrs := []slog.Attr{
				slog.String("method", truncate(v.Method, 20)),
				slog.String("path", truncate(v.URIPath, 2048)), // (a path may be 100 KB)
				slog.Int("status", v.Status),
				slog.Duration("took", v.Latency),
				slog.String("request_id", v.RequestID),
				slog.String("remote", v.RemoteIP),
			}
			level := slog.LevelInfo
			if v.Error != nil {
				status, code, _ := classify(v.Error)
				attrs = append(attrs, slog.String("code", code))
				if status >= 500 {
					level = errorLevel(status, code)
				}
			}
			log.LogAttrs(c.Request().Context(), level, "request", attrs...)
			return nil
		},
	})
}

// jsonSerializer writes JSON without escaping <, > and &, so highlighted
// HTML reads as HTML in the response; it is still valid JSON.
//
// The body is encoded whole before it is sent (encoding/json does so
// anyway) and goes out with its Content-Length in one write: a search's
// 10–30 KB had gone out chunked, in three writes to the socket, the last
// one the empty chunk that ends the body, and the client read it as
// many times.
type jsonSerializer struct{}

func (jsonSerializer) Serialize(c *echo.Context, v any, indent string) error {
	buf := jsonBuffers.Get().(*bytes.Buffer)
	defer putJSONBuffer(buf)
	if a, ok := v.(jsonAppender); ok && indent == "" {
		if b, ok := a.appendJSON(buf.AvailableBuffer()); ok {
			buf.Write(b) // (b is buf's own space when it had room)
		}
	}
	if buf.Len() == 0 {
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		if indent != "" {
			enc.SetIndent("", indent)
		}
		if err := enc.Encode(v); err != nil {
			return err // (nothing written: the error handler answers)
		}
	}
	w := c.Response()
	w.Header().Set(echo.HeaderContentLength, strconv.Itoa(buf.Len()))
	_, err := w.Write(buf.Bytes())
	return err
}

// jsonBuffers hold the bodies being encoded, for reuse.
var jsonBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledJSON bounds the buffers kept for reuse: a rare long answer
// (an analysis of 10,000 characters) does not stay in memory.
const maxPooledJSON = 256 << 10

func putJSONBuffer(b *bytes.Buffer) {
	if b.Cap() > maxPooledJSON {
		return
	}
	b.Reset()
	jsonBuffers.Put(b)
}

func (jsonSerializer) Deserialize(c *echo.Context, v any) error {
	return decodeJSON(c, v)
}

// decodeJSON reads the request body as one JSON object into v, strictly
// (index.DecodeObject): exact member names, no unknown or repeated
// members, valid UTF-8 without lone surrogates, nothing after the object.
// Each failure is a 400 malformed_json that names the member.
func decodeJSON(c *echo.Context, v any) error {
	b, err := readBody(c)
	if err != nil {
		return err
	}
	err = index.DecodeObject(b, v)
	var ve *index.ValidationError
	switch {
	case !errors.As(err, &ve):
		return err
	case ve.Field == "":
		return badRequest("malformed_json", "the request body %s", ve.Msg)
	}
	return badRequest("malformed_json", "%s: %s", ve.Field, ve.Msg)
}

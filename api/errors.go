package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/labstack/echo/v5"

	"sagasu/index"
)

// apiError is a client error found by the api package itself, such as a
// malformed parameter.
type apiError struct {
	status int
	code   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(code, format string, args ...any) error {
	return &apiError{status: http.StatusBadRequest, code: code, msg: fmt.Sprintf(format, args...)}
}

// hinted adds what a handler knows to a client error's message, such as
// how much of a bulk import was written before its body failed.
type hinted struct {
	error
	hint string
}

func (h *hinted) Unwrap() error { return h.error }

// statusClientClosed is nginx's status for a client that went away before
// the answer: no one reads it, but the log and the metrics tell it from a
// server failure.
const statusClientClosed = 499

// errorBody is the JSON shape of every error response.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// classify maps an error to its HTTP status, code and client message. It is
// the only such mapping in Sagasu. Anything unknown is a 500 whose detail
// stays in the log.
func classify(err error) (status int, code, msg string) {
	var h *hinted
	if errors.As(err, &h) {
		status, code, msg = classify(h.error)
		if status < 500 {
			msg += "; " + h.hint
		}
		return status, code, msg
	}
	var be *bodyError
	if errors.As(err, &be) {
		return classifyBody(be)
	}
	var ae *apiError
	var re *index.RequestError
	var ve *index.ValidationError
	var se *index.SyntaxError
	switch {
	case errors.As(err, &se):
		return http.StatusBadRequest, "invalid_query", "q: " + strings.TrimPrefix(se.Error(), "invalid query ")
	case errors.As(err, &ae):
		return ae.status, ae.code, ae.msg
	case errors.As(err, &re):
		return http.StatusBadRequest, re.Code, re.Param + ": " + re.Msg
	case errors.As(err, &ve):
		if ve.Field == "" {
			return http.StatusBadRequest, "invalid_article", "the article " + ve.Msg
		}
		return http.StatusBadRequest, "invalid_article", strings.TrimPrefix(ve.Error(), "invalid article: ")
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound, "not_found", "no article with that id"
	case errors.Is(err, index.ErrClosed):
		return http.StatusServiceUnavailable, "unavailable", "the index is closed; the server is shutting down"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "timeout", "the request took too long; narrow the query or try again"
	case errors.Is(err, index.ErrBackupDir):
		return http.StatusServiceUnavailable, "backup_dir_unusable", "the backup directory cannot take a backup (it is no directory, cannot be written, or lies in the data directory); fix it or --backup-dir (the server log says which)"
	case errors.Is(err, index.ErrBackupWrite):
		return http.StatusInsufficientStorage, "storage_error", "the backup could not be written into the backup directory (is its disk full?); the partial copy was removed and the index is unharmed: free space there and ask again"
	case errors.Is(err, index.ErrOpenFiles):
		return http.StatusInsufficientStorage, "storage_error", "the server had no file left to open (its open-file limit) and could not save the write; nothing of it was kept: send it again in a moment"
	case errors.Is(err, index.ErrStorage):
		return http.StatusInsufficientStorage, "storage_error", "the index could not save the write to disk (is the disk full?); nothing of it was kept: send it again once there is room"
	case errors.Is(err, index.ErrBusy):
		return http.StatusConflict, "busy", "a reindex is already running; follow it with GET /v1/admin/reindex"
	case errors.Is(err, context.Canceled), clientGone(err):
		// Only the client cancels a request: shutdown lets requests
		// finish, and the timeout is DeadlineExceeded.
		return statusClientClosed, "client_closed_request", "the client closed the request before the answer"
	}
	switch s := echo.StatusCode(err); s {
	case 0:
	case http.StatusNotFound:
		return s, "not_found", "no such route; see the API in the README"
	case http.StatusMethodNotAllowed:
		return s, "method_not_allowed", "this route does not accept that method"
	default:
		if s >= 400 && s < 500 {
			return s, strings.ReplaceAll(strings.ToLower(http.StatusText(s)), " ", "_"), http.StatusText(s)
		}
	}
	return http.StatusInternalServerError, "internal", "internal error; it has been logged"
}

// classifyBody is classify for a request body that could not be read.
func classifyBody(e *bodyError) (status int, code, msg string) {
	switch e.kind {
	case bodyTooLarge:
		if e.none {
			// (A GET with a body, as some search clients send their
			// query, had been told to shrink it to "the limit of this
			// route", which reads none.)
			return http.StatusRequestEntityTooLarge, "body_too_large",
				fmt.Sprintf("this route reads no request body, and a body over %d bytes is refused unread: send the request without one (a GET's parameters go in the query string)", e.limit)
		}
		return http.StatusRequestEntityTooLarge, "body_too_large",
			fmt.Sprintf("the request body is larger than %d bytes, the limit of this route", e.limit)
	case bodyTimeout:
		return http.StatusRequestTimeout, "body_timeout",
			fmt.Sprintf("the request body arrived too slowly (%d bytes before the deadline); send it without pauses, within --request-timeout (a bulk body at %d KiB/s or faster)", e.read, MinBodyRate>>10)
	case bodyShed:
		return http.StatusRequestTimeout, "body_timeout",
			fmt.Sprintf("the request body arrived too slowly (%d bytes) while the server was at its connection bound (--max-conns), and the connection was closed for another client; send the body without pauses, at %d KiB/s or faster", e.read, MinBodyRate>>10)
	case bodyMediaType:
		return http.StatusUnsupportedMediaType, "unsupported_media_type", e.msg
	case bodyBusy:
		return http.StatusTooManyRequests, "too_many_requests",
			"the server holds as many request bodies as it can; send this one again in a moment"
	}
	return http.StatusBadRequest, "incomplete_body",
		fmt.Sprintf("the request body %s (after %d bytes); send the whole body, with a Content-Length that matches it or valid chunked encoding", e.msg, e.read)
}

// errorLevel is the level a 5xx answer is logged at, in its detail line
// and in the access log: an error, but for a refusal while shutting down
// (info: a redeploy does it), a bulk import stopped or any request that
// found the index closed, and a timeout, 503 or 504 (a warning: the
// server was busier than its --request-timeout allows, or the query
// heavier; nothing failed).
func errorLevel(status int, code string) slog.Level {
	switch {
	case code == "shutting_down", code == "unavailable" && status == http.StatusServiceUnavailable:
		return slog.LevelInfo
	case code == "timeout" && (status == http.StatusServiceUnavailable || status == http.StatusGatewayTimeout):
		return slog.LevelWarn
	}
	return slog.LevelError
}

// errorHandler is echo's HTTPErrorHandler: it writes the JSON error body and
// logs server errors in full.
func errorHandler(log *slog.Logger) echo.HTTPErrorHandler {
	return func(c *echo.Context, err error) {
		if r, _ := echo.UnwrapResponse(c.Response()); r != nil && r.Committed {
			return
		}
		status, code, msg := classify(err)
		if be := (*bodyError)(nil); errors.As(err, &be) && be.kind != bodyMediaType {
			// The rest of the body is not worth reading: close the
			// connection after the answer.
			c.Response().Header().Set("Connection", "close")
		}
		if status == http.StatusMethodNotAllowed {
			msg = allowed(c.Response().Header()) + caseHint(c.Request().Method, c.Response().Header().Get("Allow"))
		}
		if errors.Is(err, echo.ErrNotFound) {
			if p := c.Request().URL.Path; !strings.HasPrefix(p, "/") {
				// CONNECT host:443, or GET x:443: a target with no path
				// (a proxy's), which "did you mean /?" had answered.
				msg = fmt.Sprintf("no such route: the request target %q is no path; this server is no proxy: send a path starting with /, such as GET /v1/search?q=…", truncate(c.Request().RequestURI, 60))
			} else if hint := routeHint(c.Echo().Router().Routes(), c.Request().URL); hint != "" {
				msg = "no such route; " + hint
			}
		}
		if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable && code == "timeout" {
			c.Response().Header().Set("Retry-After", "1")
		}
		if status >= 500 {
			level, what := errorLevel(status, code), "server error"
			switch {
			case code == "shutting_down", code == "unavailable":
				what = "refused while shutting down" // as it should be
			case status == http.StatusServiceUnavailable && code == "timeout":
				what = "overloaded: answered 503 timeout" // (retried by the client; no fault of the server's)
			case status == http.StatusGatewayTimeout && code == "timeout":
				what = "too slow: answered 504 timeout" // (a heavy query, or one queued behind others)
			}
			log.LogAttrs(c.Request().Context(), level, what,
				slog.String("method", truncate(c.Request().Method, 20)),
				slog.String("path", c.Request().URL.Path),
				slog.String("query", truncate(c.Request().URL.RawQuery, 300)), // which search timed out
				slog.Int("status", status),
				slog.String("request_id", c.Response().Header().Get(echo.HeaderXRequestID)),
				slog.String("err", err.Error()))
		}
		body, _ := json.Marshal(errorBody{Error: errorDetail{Code: code, Message: msg}})
		body = append(body, '\n')
		if c.Request().Method == http.MethodHead {
			// The headers a GET would have, without the body.
			h := c.Response().Header()
			h.Set(echo.HeaderContentType, echo.MIMEApplicationJSON)
			h.Set(echo.HeaderContentLength, strconv.Itoa(len(body)))
			_ = c.NoContent(status)
			return
		}
		_ = c.Blob(status, echo.MIMEApplicationJSON, body)
	}
}

// routeHint says which route a path none serves was likely meant for,
// or "": one that differs from it by a trailing /, a doubled /, a dot
// segment or case (routeFor); one whose name has a letter %-escaped
// (/v1/%73earch, /v1/articles/ID/%72elated: routes are matched as sent,
// and the decoded path had been told only that no route exists); and one
// followed by ; or # and more (/v1/search;jsessionid=…, a fragment a
// hand-written client left in), which end no path here.
func routeHint(routes echo.Routes, u *url.URL) string {
	p := u.Path
	if want := routeFor(routes, p); want != "" {
		return "did you mean " + want + "? (paths are case-sensitive and end without a /)"
	}
	if u.RawPath != "" && routeMatch(routes, p) == p {
		return fmt.Sprintf("did you mean %s? (a route's name is matched as sent: write its letters, not %%-escapes)", p)
	}
	if i := strings.IndexAny(p, ";#"); i > 0 {
		if want := routeMatch(routes, p[:i]); want != "" {
			return fmt.Sprintf("did you mean %s? (a path ends before its parameters' ?, and %q is no part of one)", want, p[i:i+1])
		}
	}
	return ""
}

// routeFor returns the path a route serves that p, which none serves,
// was likely meant for: p without a trailing /, a doubled / or a dot
// segment, its route's fixed words in their case (/v1/search/ and
// /V1/Search are /v1/search); "" when there is none.
func routeFor(routes echo.Routes, p string) string {
	if best := routeMatch(routes, p); best != p {
		return best
	}
	return ""
}

// routeMatch returns the path a route serves that p is, or is likely
// meant for (see routeFor), p itself when a route serves it as written;
// "" when there is none.
func routeMatch(routes echo.Routes, p string) string {
	segs := strings.Split(strings.TrimPrefix(path.Clean("/"+p), "/"), "/")
	best, bestFixed := "", -1
	for _, r := range routes {
		pat := strings.Split(strings.TrimPrefix(r.Path, "/"), "/")
		if len(pat) != len(segs) {
			continue
		}
		out, fixed := make([]string, len(pat)), 0
		for i, s := range pat {
			switch {
			case strings.HasPrefix(s, ":") && segs[i] != "":
				out[i] = segs[i]
			case strings.EqualFold(s, segs[i]):
				out[i], fixed = s, fixed+1
			default:
				out = nil
			}
			if out == nil {
				break
			}
		}
		// A fixed word beats a parameter (/V1/ARTICLES/_BULK is the bulk
		// route, not an article).
		if out != nil && fixed > bestFixed {
			best, bestFixed = "/"+strings.Join(out, "/"), fixed
		}
	}
	return best
}

// clientGone reports whether err is the failure to write an answer to a
// client that has closed its connection.
func clientGone(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, net.ErrClosed)
}

// options answers OPTIONS for a route with the methods it allows, HEAD
// included, as a 405 states them.
func options(c *echo.Context) error {
	if m, ok := c.Get(echo.ContextKeyHeaderAllow).(string); ok && m != "" {
		c.Response().Header().Set("Allow", m)
		allowed(c.Response().Header())
	}
	return c.NoContent(http.StatusNoContent)
}

// caseHint tells a client that sent a method the route allows in other
// case (get, Put: HTTP's methods are case-sensitive, and Go's server
// passes any token on) which one to send; "" otherwise.
func caseHint(method, allow string) string {
	upper := strings.ToUpper(method)
	if upper == method || !slices.Contains(strings.Split(allow, ", "), upper) {
		return ""
	}
	return fmt.Sprintf("; methods are case-sensitive: send %s, not %s", upper, truncate(method, 20))
}

// allowed completes the Allow header of a 405 (a GET route answers HEAD
// too) and says what it allows.
func allowed(h http.Header) string {
	methods := strings.Split(h.Get("Allow"), ", ")
	if slices.Contains(methods, http.MethodGet) && !slices.Contains(methods, http.MethodHead) {
		methods = append(methods, http.MethodHead)
	}
	methods = slices.DeleteFunc(methods, func(m string) bool { return m == "" })
	if len(methods) == 0 {
		return "this route does not accept that method"
	}
	h.Set("Allow", strings.Join(methods, ", "))
	return "this route accepts only " + strings.Join(methods, ", ")
}

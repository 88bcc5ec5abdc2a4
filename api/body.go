package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/labstack/echo/v5"

	"sagasu/index"
)

// bodyErrorKind says how reading a request body failed.
type bodyErrorKind int

const (
	bodyTooLarge  bodyErrorKind = iota // over the route's limit: 413
	bodyTimeout                        // arrived too slowly: 408
	bodyCut                            // ended early, malformed chunks, connection lost: 400
	bodyMediaType                      // compressed, or a form: 415
	bodyBusy                           // over the server's budget for bodies held whole: 429
	bodyShed                           // too slow while the connection bound was full: 408
)

// bodyError is a failure to read a request body. It carries what the one
// error mapping (classify, in errors.go) needs to answer it and wraps the
// cause for the log.
type bodyError struct {
	kind  bodyErrorKind
	limit int64 // bodyTooLarge: the route's limit in bytes
	none  bool  // bodyTooLarge: the route reads no body (it drops one up to limit)
	read  int64 // bytes read before the failure
	msg   string
	err   error
}

func (e *bodyError) Error() string {
	if e.err != nil {
		return fmt.Sprintf("request body: %s: %v", e.msg, e.err)
	}
	return "request body: " + e.msg
}

func (e *bodyError) Unwrap() error { return e.err }

// bodyReader is every request body as handlers see it. It enforces the
// route's size limit, bounds the time spent waiting for the client with
// read deadlines, and turns read failures into *bodyError. Go's server
// has no per-request body timeout (its ReadTimeout would also cut long
// bulk uploads), so the deadline is set here, read by read.
type bodyReader struct {
	r     io.ReadCloser
	rc    *http.ResponseController
	limit int64
	// The time spent blocked in Read may reach grace plus one second
	// per rate bytes already received (rate 0: grace alone). Time the
	// handler spends between reads (writing a bulk batch) is not
	// counted against the client.
	grace  time.Duration
	rate   int64
	waited time.Duration
	n      int64
	err    error // sticky: the first failure
	// budget, when set, is charged for every byte read (a body held
	// whole); held is the charge, given back when the request ends.
	budget budgets
	held   int64
	// form: the body was sent as a form; it must turn out to be JSON
	// (curl -d labels JSON that way) or it is refused.
	form, sniffed bool
	// checked: the first bytes were looked at for an encoding other than
	// UTF-8 (see foreignEncoding).
	checked bool
	eof     bool // the whole body was read
	// watch, if set, is told when a read waits for the client (see
	// BodyWatcher).
	watch BodyWatcher
}

func (b *bodyReader) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	budget := b.grace - b.waited
	if b.rate > 0 {
		budget += time.Duration(float64(b.n) / float64(b.rate) * float64(time.Second))
	}
	if budget <= 0 {
		b.err = &bodyError{kind: bodyTimeout, read: b.n, msg: "too slow", err: os.ErrDeadlineExceeded}
		return 0, b.err
	}
	_ = b.rc.SetReadDeadline(time.Now().Add(budget)) // unsupported only on test recorders
	if remaining := b.limit - b.n; int64(len(p)) > remaining+1 {
		p = p[:remaining+1] // one byte more tells an over-limit body
	}
	start := time.Now()
	b.waiting(true, b.n)
	n, err := b.r.Read(p)
	b.waiting(false, b.n+int64(n))
	b.waited += time.Since(start)
	b.n += int64(n)
	if b.budget != nil && n > 0 {
		if ok, size := b.budget.fits(b.held + int64(n)); !ok {
			b.err = &bodyError{kind: bodyTooLarge, limit: size, read: b.n, msg: "too large"}
			return 0, b.err
		}
		if !b.budget.tryAcquire(int64(n)) {
			b.err = &bodyError{kind: bodyBusy, read: b.n, msg: "too many bodies in flight"}
			return 0, b.err
		}
		b.held += int64(n)
	}
	if !b.checked && n > 0 {
		b.checked = true
		if msg := foreignEncoding(p[:n]); msg != "" {
			b.err = &bodyError{kind: bodyMediaType, msg: msg}
			return 0, b.err
		}
	}
	if b.form && !b.sniffed && n > 0 {
		if err := b.sniff(p[:n]); err != nil {
			b.err = err
			return 0, err
		}
	}
	switch {
	case b.n > b.limit:
		b.err = &bodyError{kind: bodyTooLarge, limit: b.limit, read: b.n, msg: "too large"}
		return n - int(b.n-b.limit), b.err
	case err == io.EOF:
		// The whole body is in: Go's server now reads ahead to notice
		// a client that goes away, and a deadline left behind would
		// cancel the request while its handler still works.
		_ = b.rc.SetReadDeadline(time.Time{})
		b.eof = true
		return n, io.EOF
	case err != nil:
		be := readFailure(err, b.n)
		if be.kind == bodyTimeout && b.watch != nil && b.watch.BodyShed() {
			be.kind = bodyShed
		}
		b.err = be
		return n, b.err
	}
	return n, nil
}

func (b *bodyReader) Close() error { return b.r.Close() }

// waiting tells the watcher, if any, that a read waits for the client.
func (b *bodyReader) waiting(waiting bool, received int64) {
	if b.watch != nil {
		b.watch.BodyWait(waiting, received)
	}
}

// readFailure classifies a failed read of the client's body.
func readFailure(err error, n int64) *bodyError {
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		return &bodyError{kind: bodyTimeout, read: n, msg: "too slow", err: err}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &bodyError{kind: bodyCut, read: n, msg: "ended before its declared length", err: err}
	}
	// Malformed chunked encoding (net/http's errors are not exported),
	// a reset connection.
	return &bodyError{kind: bodyCut, read: n, msg: "could not be read (malformed chunked encoding or a broken connection)", err: err}
}

// guardBody wraps every request body in a bodyReader with the route's
// limits (bodyLimits) and refuses a declared length over the limit at
// once. A route that takes no body reads and drops it first, under the
// same limits: otherwise Go's server would wait for it, with no deadline,
// before sending the answer. A body's failure is reported rather than what
// it caused: a failed read also cancels the request's context, so a bulk
// import may return context.Canceled for what was a cut-off body.
func (s *server) guardBody(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		req := c.Request()
		if len(req.TransferEncoding) > 0 {
			// A chunked body may have come with a Content-Length too,
			// which Go's server drops unseen (the chunks win, as HTTP's
			// rules say). A proxy in front that framed the request by
			// that length would take the rest of the chunks for a
			// request of its own, one it never checked: the connection
			// closes after this answer, so nothing sent after it on the
			// connection is served.
			c.Response().Header().Set("Connection", "close")
		}
		if req.Body == nil || req.Body == http.NoBody {
			return next(c)
		}
		limit, rate, takes := s.bodyLimits(c)
		if s.keyed[req.Method+" "+c.Path()] {
			// The key before the body: a client without it learns
			// nothing else, and one that waits to be told to send
			// (Expect: 100-continue) sends nothing; what one already
			// sending sends is dropped, as for a 413.
			if err := s.authorize(c); err != nil {
				dropRefused(c, limit, s.opts.RequestTimeout)
				// (Go's server reads what is left of the body, up to
				// 256 KiB, before it answers: within the deadline.)
				_ = http.NewResponseController(c.Response()).SetReadDeadline(time.Now().Add(s.opts.RequestTimeout))
				return err
			}
		}
		// (No route, or none for this method: the 404 or 405 says what is
		// wrong, not the body's size; a 413 "the limit of this route" had
		// sent a client to shrink a body that no route takes.)
		routed := c.RouteInfo().Path != ""
		if req.ContentLength > limit {
			dropRefused(c, limit, s.opts.RequestTimeout)
			if !routed {
				req.Body = http.NoBody
				return next(c)
			}
			return &bodyError{kind: bodyTooLarge, limit: limit, none: !takes, msg: "too large"}
		}
		br := &bodyReader{r: req.Body, rc: http.NewResponseController(c.Response()), limit: limit, grace: s.opts.RequestTimeout, rate: rate, watch: bodyWatcher(req.Context())}
		// A route that reads no body does not judge its encoding either:
		// a GET's body means nothing, and any body but a blank one sent
		// to a write that takes none is refused below as a body, not as
		// compressed or UTF-16 (the client should send none at all).
		br.checked = !takes
		if takes && rate == 0 { // read whole (all but bulk)
			br.budget = s.writeBudget
			if !s.keyed[req.Method+" "+c.Path()] {
				br.budget = s.publicBudget // (a draft: see publicShare)
			}
			defer func() { br.budget.release(br.held) }()
		}
		// Also bounds Go's server, which reads what a handler left of
		// the body (up to 256 KiB) before it sends the answer.
		_ = br.rc.SetReadDeadline(time.Now().Add(br.grace))
		// Go's server is given its own body back once the handler is
		// done: seeing it, the server half-closes a connection it
		// closes with a body left unread (Connection: close, as on a
		// chunked request) and waits a moment, so a client still
		// sending reads the answer rather than a reset.
		defer func(orig io.ReadCloser) { req.Body = orig }(req.Body)
		req.Body = br
		if !takes {
			var seen blankWriter
			if _, err := io.Copy(&seen, br); err != nil {
				var be *bodyError
				if !errors.As(err, &be) || be.kind != bodyTooLarge {
					return err
				}
				if routed {
					be.none = true
					return be
				}
				br.dropRest(req, min(s.opts.RequestTimeout, dropWait))
			}
			req.Body = http.NoBody
			if routed && !seen.blank() && req.Method != http.MethodGet && req.Method != http.MethodHead {
				// (A GET's body means nothing; a write's may be what the
				// client meant to choose: {"dir": …} for a backup.)
				return badRequest("invalid_body", "this route takes no body%s; send none", noBodyWhy[req.Method+" "+c.Path()])
			}
		}
		err := next(c)
		if err != nil && rate == 0 && clientError(err) {
			// Refused before the whole body was read (415 for gzip, 400
			// for a parameter): dropped as for a 413. (Not a bulk
			// import's stream, which may be long, nor a body a server
			// shutting down or failing stops reading.)
			br.dropRest(req, min(s.opts.RequestTimeout, dropWait))
		}
		if br.err != nil && err != nil && errors.Is(err, context.Canceled) {
			return br.err
		}
		return err
	}
}

// noBodyWhy says why a write route takes no body.
var noBodyWhy = map[string]string{
	"POST /v1/admin/backup":   ": a backup goes to a new directory under the server's --backup-dir",
	"POST /v1/admin/reindex":  ": a reindex rebuilds the whole index from its stored articles",
	"DELETE /v1/articles/:id": ": the URL names the article",
}

// blankWriter takes a body a route does not read and notes whether it
// had anything but white space, {} or null.
type blankWriter struct{ head []byte }

func (w *blankWriter) Write(p []byte) (int, error) {
	for _, c := range p {
		if len(w.head) < 8 && c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			w.head = append(w.head, c)
		}
	}
	return len(p), nil
}

func (w *blankWriter) blank() bool {
	h := strings.TrimPrefix(string(w.head), "\ufeff") // (a byte order mark is ignored)
	return h == "" || h == "{}" || h == "null"
}

// relatedDraftBytes fits a draft with the longest body an article may have
// and a title, its Japanese \u-escaped as many JSON encoders write it by
// default (Python's json.dumps): six bytes for a character of three.
const relatedDraftBytes = 2*index.MaxBodyBytes + 128<<10

// bodyLimits are a route's body size limit and minimum transfer rate, and
// whether it reads a body at all.
func (s *server) bodyLimits(c *echo.Context) (limit, rate int64, takes bool) {
	switch route := c.Request().Method + " " + c.Path(); route {
	case "POST /v1/articles/_bulk":
		return s.opts.BulkLimit, MinBodyRate, true
	case "PUT /v1/articles/:id":
		// Any valid article, however its JSON is escaped.
		return max(index.MaxArticleJSONBytes, 4*s.opts.BodyLimit), 0, true
	case "POST /v1/related":
		// A public route: --max-body, but never less than a draft of the
		// longest body an article may have, \u-escaped.
		return max(s.opts.BodyLimit, relatedDraftBytes), 0, true
	}
	return s.opts.BodyLimit, 0, false
}

// readBody reads a whole JSON body, without a leading byte order mark.
func readBody(c *echo.Context) ([]byte, error) {
	b, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return nil, err
	}
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), nil
}

// http10Hint is what to add to the message about an empty body of an
// HTTP/1.0 request: HTTP/1.0 has no chunked bodies, and Go's server
// ignores the Transfer-Encoding of one (a PUT sent so had been told only
// that its body was empty).
func http10Hint(c *echo.Context) string {
	if r := c.Request(); r.ProtoMajor == 1 && r.ProtoMinor == 0 {
		return " (an HTTP/1.0 request has no chunked body: send Content-Length, or use HTTP/1.1)"
	}
	return ""
}

// A body declared over a route's limit is refused before it is read, and
// the connection closes after the 413. A client that writes the whole
// body before it reads the answer (Python's http.client) is then still
// sending into a closed connection and gets a reset, not the 413.
// dropRefused reads and drops such a body first, when it is at most
// maxDropBytes over the limit, within dropWait: the 413 arrives on a connection closed
// cleanly. Not for a client that waits to be told to send (Expect:
// 100-continue, as curl does for a large body): it is answered at once
// and sends nothing.
const (
	maxDropBytes = 16 << 20
	dropWait     = 3 * time.Second
)

// clientError reports whether err answers 4xx.
func clientError(err error) bool {
	status, _, _ := classify(err)
	return status >= 400 && status < 500
}

// dropRest reads and drops what is left of a body whose request was
// refused before it was read whole, up to maxDropBytes past the limit,
// within wait (see maxDropBytes); not after the body failed (too slow,
// cut off) nor when the client waits to be told to send.
func (b *bodyReader) dropRest(req *http.Request, wait time.Duration) {
	var be *bodyError
	if b.eof || errors.As(b.err, &be) && (be.kind == bodyTimeout || be.kind == bodyShed || be.kind == bodyCut) || strings.EqualFold(req.Header.Get("Expect"), "100-continue") {
		return
	}
	rest := b.limit + maxDropBytes - b.n
	if req.ContentLength >= 0 {
		rest = min(rest, req.ContentLength-b.n)
	}
	if rest <= 0 {
		return
	}
	_ = b.rc.SetReadDeadline(time.Now().Add(wait))
	_, _ = io.CopyN(io.Discard, b.r, rest)
}

// dropRefused reads and drops the body of a request refused as over limit
// (see maxDropBytes).
func dropRefused(c *echo.Context, limit int64, timeout time.Duration) {
	req := c.Request()
	if req.ContentLength-limit > maxDropBytes || strings.EqualFold(req.Header.Get("Expect"), "100-continue") {
		return
	}
	_ = http.NewResponseController(c.Response()).SetReadDeadline(time.Now().Add(min(timeout, dropWait)))
	_, _ = io.CopyN(io.Discard, req.Body, req.ContentLength)
}

package api

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v5"
)

// What a request body must be before a handler reads it: JSON or NDJSON
// in UTF-8, told by its Content-Type and by its first bytes (a form, a
// legacy charset, UTF-16).

// sniff refuses a form body: its first character other than white space
// or a byte order mark must open a JSON value (null, true and false
// included), not a bare word.
func (b *bodyReader) sniff(p []byte) error {
	p = bytes.TrimLeft(p, " \t\r\n\xef\xbb\xbf")
	if len(p) == 0 {
		return nil
	}
	b.sniffed = true
	if strings.IndexByte(`{["-0123456789`, p[0]) >= 0 || jsonLiteral(p) {
		return nil // JSON, if not an object: the decoder says what is wrong
	}
	r, _ := utf8.DecodeRune(p)
	return &bodyError{kind: bodyMediaType, msg: fmt.Sprintf("the body is not JSON (it begins with %q; a form's fields, or text); send JSON (NDJSON for bulk) with Content-Type: application/json", r)}
}

// jsonLiteral reports whether p starts with null, true or false, alone or
// before white space or the end (not a form field such as title=…).
func jsonLiteral(p []byte) bool {
	for _, w := range []string{"null", "true", "false"} {
		if rest, ok := bytes.CutPrefix(p, []byte(w)); ok && (len(rest) == 0 || strings.IndexByte(" \t\r\n", rest[0]) >= 0) {
			return true
		}
	}
	return false
}

// foreignEncoding says what a body that is no UTF-8 text is, from its
// first bytes (UTF-16 or UTF-32 with or without a byte order mark, gzip),
// and what to send instead; "" when it may be UTF-8.
func foreignEncoding(p []byte) string {
	switch {
	case bytes.HasPrefix(p, []byte{0x1f, 0x8b}):
		return "the body is gzip-compressed; send it uncompressed, as UTF-8 JSON (NDJSON for bulk)"
	case bytes.HasPrefix(p, []byte{0xff, 0xfe}), bytes.HasPrefix(p, []byte{0xfe, 0xff}), wideASCII(p):
		return "the body is UTF-16 or UTF-32 text; send it encoded as UTF-8"
	}
	return ""
}

// wideASCII reports whether p begins with two ASCII characters in UTF-16
// or UTF-32 without a byte order mark (a NUL beside each, as {\x00"\x00),
// not UTF-8 that happens to have a stray NUL near its start (x\x00\n{…}
// is a bad line of NDJSON before good ones).
func wideASCII(p []byte) bool {
	if len(p) < 4 {
		return false
	}
	nul := func(i int) bool { return p[i] == 0 }
	return !nul(0) && nul(1) && !nul(2) && nul(3) || // UTF-16LE
		nul(0) && !nul(1) && nul(2) && !nul(3) || // UTF-16BE
		!nul(0) && nul(1) && nul(2) && nul(3) || // UTF-32LE
		nul(0) && nul(1) && nul(2) && !nul(3) // UTF-32BE
}

// acceptJSON guards the routes that read a JSON body: it must be
// uncompressed and not multipart; a form content type is accepted only
// for a body that is JSON after all (curl -d sends that label).
func acceptJSON(next echo.HandlerFunc) echo.HandlerFunc { return acceptBody(next, true) }

// acceptNDJSON is acceptJSON for a bulk body, whose lines are judged one
// by one: under a form's label (curl --data-binary sends it) a first line
// that is no JSON is one rejected line, not the whole body refused.
func acceptNDJSON(next echo.HandlerFunc) echo.HandlerFunc { return acceptBody(next, false) }

func acceptBody(next echo.HandlerFunc, sniffForm bool) echo.HandlerFunc {
	return func(c *echo.Context) error {
		req := c.Request()
		// Every coding of every Content-Encoding header: identity, gzip
		// is gzip.
		for _, v := range req.Header.Values("Content-Encoding") {
			for _, enc := range strings.Split(v, ",") {
				if enc = strings.TrimSpace(enc); enc != "" && !strings.EqualFold(enc, "identity") {
					return &bodyError{kind: bodyMediaType, msg: fmt.Sprintf("Content-Encoding %q is not supported; send the body uncompressed, as JSON (NDJSON for bulk)", truncate(enc, 20))}
				}
			}
		}
		// Every Content-Type header, as every Content-Encoding: a second
		// one naming Shift_JIS or multipart had gone unread behind an
		// application/json, though a proxy may read the last.
		for _, ct := range req.Header.Values("Content-Type") {
			if err := judgeContentType(req, ct, sniffForm); err != nil {
				return err
			}
		}
		return next(c)
	}
}

// judgeContentType refuses a Content-Type whose charset is no UTF-8 or
// which is multipart, and marks a form's body to be sniffed.
func judgeContentType(req *http.Request, ct string, sniffForm bool) error {
	mt, _, _ := mime.ParseMediaType(ct)
	switch cs, ok := utf8Charset(ct); {
	case !ok:
		// (A Japanese client's legacy encoding, Latin-1, UTF-16: the
		// body would fail as invalid UTF-8 at its first kana.)
		return &bodyError{kind: bodyMediaType, msg: fmt.Sprintf("charset=%s is not supported; send the body in UTF-8 (Content-Type: application/json; charset=utf-8)", truncate(cs, 40))}
	case strings.HasPrefix(mt, "multipart/"):
		return &bodyError{kind: bodyMediaType, msg: "multipart bodies are not supported; send JSON (NDJSON for bulk) with Content-Type: application/json"}
	case mt == "application/x-www-form-urlencoded" && sniffForm:
		if br, ok := req.Body.(*bodyReader); ok {
			br.form = true
		}
	}
	return nil
}

// utf8Charset returns the charset a Content-Type header names, and
// whether a body in it is UTF-8: none named, utf-8 (utf8), or us-ascii,
// a part of it; case and quotes aside. Every other name is refused, not
// only those of Japanese legacy encodings (latin1, ucs-2, csShiftJIS,
// ibm-943…). A header the mime package cannot parse is searched for its
// charset parameters all the same.
func utf8Charset(contentType string) (charset string, ok bool) {
	var names []string
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		names = []string{params["charset"]}
	} else {
		for _, p := range strings.Split(contentType, ";")[1:] {
			if k, v, found := strings.Cut(p, "="); found && strings.EqualFold(strings.TrimSpace(k), "charset") {
				names = append(names, strings.Trim(strings.TrimSpace(v), `"`))
			}
		}
	}
	for _, cs := range names {
		switch strings.ToLower(strings.TrimSpace(cs)) {
		case "", "utf-8", "utf8", "us-ascii":
		default:
			return cs, false
		}
	}
	return "", true
}

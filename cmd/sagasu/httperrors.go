package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"sagasu/api"
)

// Go's HTTP server answers a request it cannot read before any handler
// runs: a malformed request line, a path whose %-escape is not two hex
// digits, a bad Content-Length or Host header (400), a request line and
// headers over MaxHeaderBytes (431), a transfer encoding other than
// chunked (501), an HTTP version it does not speak (505). It writes those
// answers straight to the connection in text/plain ("400 Bad Request"),
// and a client of a JSON API is left without a code or a word on what to
// fix. jsonHTTPError recognises such an answer in what the server is
// about to write to the connection and gives the JSON error the API
// gives everywhere else, with the same status.
//
// The server writes each of these answers in one Write, with exactly
// these headers in this order and the connection closed after it; only
// the first write after a request began to be read is looked at (see
// gatedConn), and a response from a handler has its headers sorted
// (Connection before Content-Type) and never matches. Go's server also answers an Expect
// header other than 100-continue with an empty 417, which the API never
// sends: that one is recognised by its status line.
const plainErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

// jsonHTTPError returns the JSON answer to write instead of p, when p is
// one of Go's server's own plain-text error answers. late says the
// connection's read ran past its deadline: the 400 Go's server answers
// for a request line cut off by the header timeout is a 408.
func jsonHTTPError(p []byte, late bool) ([]byte, bool) {
	const proto = "HTTP/1.1 " // (or HTTP/1.0, answering one)
	if !bytes.HasPrefix(p, []byte(proto)) && !bytes.HasPrefix(p, []byte("HTTP/1.0 ")) || len(p) < len(proto)+3 {
		return nil, false
	}
	version := string(p[:len(proto)-1])
	if c := p[len(proto)]; c != '4' && c != '5' {
		return nil, false // (every success and redirect: one byte looked at)
	}
	code, err := strconv.Atoi(string(p[len(proto) : len(proto)+3]))
	if err != nil {
		return nil, false
	}
	if code == 417 && bytes.HasSuffix(p, []byte("\r\n\r\n")) {
		return jsonAnswer(version, code, "expectation_failed", `the Expect header is not supported except as "Expect: 100-continue"; remove it`), true
	}
	status, body, ok := bytes.Cut(p[len(proto):], []byte(plainErrorHeaders))
	if !ok || bytes.Contains(body, []byte("\r\n")) {
		return nil, false
	}
	// Go's text after the status: "400 Bad Request: missing required Host header".
	_, detail, _ := bytes.Cut(status, []byte(": "))
	switch code {
	case 431:
		return jsonAnswer(version, code, "headers_too_large", fmt.Sprintf("the request line and headers are over %d bytes; shorten the query string (long texts go in the body of POST /v1/related) or the headers", api.MaxHeaderBytes)), true
	case 501:
		return jsonAnswer(version, code, "unsupported_transfer_encoding", "only the chunked Transfer-Encoding is supported; send the body with Content-Length or chunked"), true
	case 505:
		return jsonAnswer(version, code, "unsupported_http_version", "the request's HTTP version is not supported; use HTTP/1.1 (or HTTP/1.0)"), true
	}
	if code < 400 || code > 499 {
		return nil, false
	}
	if code == 400 && late {
		return jsonAnswer(version, http.StatusRequestTimeout, "header_timeout", fmt.Sprintf("the request line and headers did not arrive within %s; send them at once", headerTimeout)), true
	}
	msg := "the request is not valid HTTP: check the request line (METHOD /path HTTP/1.1), the %-escapes in the path (two hex digits; a literal % is %25) and the Host and Content-Length headers"
	if len(detail) > 0 {
		msg = string(detail) + ": " + msg
	}
	return jsonAnswer(version, code, "malformed_request", msg), true
}

// jsonAnswer is a complete HTTP/1.1 response carrying the API's error
// body, after which the server closes the connection.
func jsonAnswer(version string, code int, errCode, msg string) []byte {
	type detail struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	}
	body, _ := json.Marshal(struct {
		Error detail `json:"error"`
	}{detail{errCode, msg}})
	body = append(body, '\n')
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %d %s\r\nConnection: close\r\nContent-Length: %d\r\nContent-Type: application/json\r\n\r\n", version, code, http.StatusText(code), len(body))
	b.Write(body)
	return b.Bytes()
}

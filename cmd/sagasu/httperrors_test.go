package main

import (
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestJSONHTTPError: Go's server's own plain-text answers become the
// API's JSON errors; anything else written to a connection (a handler's
// response, whatever its headers, a chunk of a body) passes untouched.
func TestJSONHTTPError(t *testing.T) {
	tests := []struct {
		name  string
		write string
		code  string // "" when the write must pass untouched
	}{
		{"bad request", "HTTP/1.1 400 Bad Request" + plainErrorHeaders + "400 Bad Request", "malformed_request"},
		{"bad request with Go's detail", "HTTP/1.1 400 Bad Request: missing required Host header" + plainErrorHeaders + "400 Bad Request: missing required Host header", "malformed_request"},
		{"headers too large", "HTTP/1.1 431 Request Header Fields Too Large" + plainErrorHeaders + "431 Request Header Fields Too Large", "headers_too_large"},
		{"transfer encoding", "HTTP/1.1 501 Not Implemented" + plainErrorHeaders + "Unsupported transfer encoding", "unsupported_transfer_encoding"},
		{"version", "HTTP/1.1 505 HTTP Version Not Supported: unsupported protocol version" + plainErrorHeaders + "505 HTTP Version Not Supported: unsupported protocol version", "unsupported_http_version"},
		{"expect", "HTTP/1.1 417 Expectation Failed\r\nConnection: close\r\nContent-Length: 0\r\nDate: Wed, 02 Dec 2026 21:52:37 GMT\r\n\r\n", "expectation_failed"},
		{"expect, answering HTTP/1.0", "HTTP/1.0 417 Expectation Failed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", "expectation_failed"},
		{"a handler's plain-text 400, headers sorted", "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nno", ""},
		{"a handler's JSON 400", "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nDate: x\r\nContent-Length: 2\r\n\r\n{}", ""},
		{"a success", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}", ""},
		{"a body chunk that starts like a status line", "HTTP/1.1 400 Bad Request" + plainErrorHeaders + "400 Bad Request\r\nmore of an article", ""},
		{"a 500 shaped like Go's", "HTTP/1.1 500 Internal Server Error" + plainErrorHeaders + "500", ""},
		{"short", "HTTP/1.1 4", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := jsonHTTPError([]byte(tt.write), false)
			if ok != (tt.code != "") {
				t.Fatalf("rewritten = %v, want %v: %q", ok, tt.code != "", got)
			}
			if !ok {
				return
			}
			s := string(got)
			if !strings.HasPrefix(s, tt.write[:12]) || !strings.Contains(s, "\r\nContent-Type: application/json\r\n") || !strings.Contains(s, `"code":"`+tt.code+`"`) {
				t.Errorf("= %q", s)
			}
		})
	}
}

// TestOnlyAnAnswersStartIsRewritten: a later write of an answer passes
// as it is, even when it looks like one of Go's error answers (the last
// piece of a chunked body that starts with an article's text about
// HTTP/1.1 417 and ends with the chunked terminator).
func TestOnlyAnAnswersStartIsRewritten(t *testing.T) {
	server, client := net.Pipe()
	defer client.Close()
	g := newConnGate(nil, 1)
	gc := &gatedConn{Conn: server, gate: g}
	got := make(chan []byte)
	go func() { b, _ := io.ReadAll(client); got <- b }()
	g.track(gc, http.StateActive)
	looksLike := []byte("HTTP/1.1 417 Expectation Failed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
	if _, ok := jsonHTTPError(looksLike, false); !ok {
		t.Fatal("the piece is not one jsonHTTPError rewrites; the test tests nothing")
	}
	writes := [][]byte{[]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\n"), looksLike}
	for i, w := range writes {
		if n, err := gc.Write(w); err != nil || n != len(w) {
			t.Fatalf("write %d = %d, %v", i, n, err)
		}
		if got := gc.fresh.Load(); got {
			t.Fatalf("after write %d the connection is still fresh", i)
		}
	}
	// A new request on the connection: its answer's start is looked at.
	g.track(gc, http.StateActive)
	if !gc.fresh.Load() {
		t.Error("a new request did not make the next write an answer's start")
	}
	server.Close()
	if b := <-got; !strings.HasSuffix(string(b), string(looksLike)) {
		t.Errorf("the connection carried %q, want the body's piece as written", b)
	}
}

// TestSlowRequestLineIsATimeout: a request line still arriving when the
// header timeout passes is answered 408 with what to do, not 400 for a
// malformed request (Go's server reads the partial line without error
// and answers "400 Bad Request").
func TestSlowRequestLineIsATimeout(t *testing.T) {
	ln := serveGated(t, 2, &http.Server{ReadHeaderTimeout: 300 * time.Millisecond})
	for _, sent := range []string{"GET /v1/sea", "GET / HTTP/1.1\r\nHost: x\r\nX-a: b"} {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		io.WriteString(c, sent)
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		b, _ := io.ReadAll(c)
		if s := string(b); s != "" && (!strings.HasPrefix(s, "HTTP/1.1 408 ") || !strings.Contains(s, `"code":"header_timeout"`)) {
			t.Errorf("%q sent slowly: answered %q, want nothing or 408 header_timeout", sent, s)
		}
		if sent == "GET /v1/sea" && len(b) == 0 {
			t.Errorf("%q sent slowly: no answer, want 408", sent)
		}
	}
}

// TestMalformedSecondRequestIsJSON: a malformed request after another on
// a keep-alive connection is answered with the JSON error too, and a
// request that is quick, not slow, is not called late (Go's server reads
// a whole next request while the connection is idle and answers its
// error without reporting the connection active; the read it cut short
// after the first answer had left the connection marked late).
func TestMalformedSecondRequestIsJSON(t *testing.T) {
	ln := serveGated(t, 2, &http.Server{ReadHeaderTimeout: 5 * time.Second})
	for _, tt := range []struct{ second, status, code string }{
		{"GET /%zz HTTP/1.1\r\nHost: a\r\n\r\n", "400", "malformed_request"},
		{"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "400", "malformed_request"},
		{"GET / HTTP/1.1\r\n\r\n", "400", "malformed_request"}, // no Host
		{"GET / HTTP/2.0\r\nHost: a\r\n\r\n", "505", "unsupported_http_version"},
	} {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: a\r\n\r\n")
		buf := make([]byte, 4096)
		if n, err := c.Read(buf); err != nil || !strings.HasPrefix(string(buf[:n]), "HTTP/1.1 200 ") {
			t.Fatalf("first request: %q, %v", buf[:n], err)
		}
		time.Sleep(50 * time.Millisecond) // (the server waits for the next request)
		io.WriteString(c, tt.second)
		b, _ := io.ReadAll(c)
		if s := string(b); !strings.HasPrefix(s, "HTTP/1.1 "+tt.status+" ") || !strings.Contains(s, `"code":"`+tt.code+`"`) {
			t.Errorf("%q after a request: answered %q, want %s %s in JSON", tt.second, s, tt.status, tt.code)
		}
	}
}

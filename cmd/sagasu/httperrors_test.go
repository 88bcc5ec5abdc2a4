package main

import (
	"strings"
	"testing"
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
			got, ok := jsonHTTPError([]byte(tt.write))
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

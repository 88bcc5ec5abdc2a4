package api

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"sagasu/data"
	"sagasu/index"
)

// rawExchange sends a request byte for byte (head, then the body parts
// with a pause between them, then optionally a half-close) and reads the
// answer. Sending stops quietly when the server closes first.
func rawExchange(t *testing.T, addr, head string, parts []string, pause time.Duration, closeWrite bool) (*http.Response, []byte, time.Duration) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// A guard against a hang, not a measure of speed: a bulk of 1,400
	// articles took over 20 s to write on two cores shared with other
	// work.
	conn.SetDeadline(time.Now().Add(2 * time.Minute))
	start := time.Now()
	go func() {
		if _, err := io.WriteString(conn, head); err != nil {
			return
		}
		for i, p := range parts {
			if i > 0 {
				time.Sleep(pause)
			}
			if _, err := io.WriteString(conn, p); err != nil {
				return
			}
		}
		if closeWrite {
			conn.(*net.TCPConn).CloseWrite()
		}
	}()
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer after %s: %v", time.Since(start), err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, raw, time.Since(start)
}

// TestBadBodies sends bodies that break at the HTTP level: cut short,
// malformed chunks, trickling, compressed or a form. Each is a 4xx JSON
// answer, within the request timeout, and none is logged as a server
// error.
func TestBadBodies(t *testing.T) {
	srv, _, logs := newWritableLog(t, Options{RequestTimeout: 500 * time.Millisecond, BulkLimit: 1 << 20})
	addr := strings.TrimPrefix(srv.URL, "http://")
	head := func(method, path string, headers ...string) string {
		h := method + " " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + testKey + "\r\n"
		for _, x := range headers {
			h += x + "\r\n"
		}
		return h + "\r\n"
	}
	cl := func(n int) string { return fmt.Sprintf("Content-Length: %d", n) }
	const chunked = "Transfer-Encoding: chunked"
	line := strings.Replace(goodArticle, `{"title"`, `{"id":"raw-1","title"`, 1) + "\n"
	trickle := strings.Split(strings.Repeat(" ", 40), "")
	gzipped := "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xab\xae\x05\x00\x43\xbf\xa6\xa3\x02\x00\x00\x00" // {} compressed
	tests := []struct {
		name       string
		head       string
		parts      []string
		pause      time.Duration
		closeWrite bool
		status     int
		code       string
	}{
		{"PUT cut short", head("PUT", "/v1/articles/raw-1", cl(1000)), []string{goodArticle[:50]}, 0, true, 400, "incomplete_body"},
		{"bulk cut short", head("POST", "/v1/articles/_bulk", cl(1000)), []string{line, line[:40]}, 0, true, 400, "incomplete_body"},
		{"related cut short", head("POST", "/v1/related", cl(1000)), []string{`{"title":"量子"`}, 0, true, 400, "incomplete_body"},
		{"PUT malformed chunk size", head("PUT", "/v1/articles/raw-1", chunked), []string{"zz\r\n" + goodArticle + "\r\n0\r\n\r\n"}, 0, false, 400, "incomplete_body"},
		{"bulk malformed chunk", head("POST", "/v1/articles/_bulk", chunked), []string{fmt.Sprintf("%x\r\n%s", len(line), line) + "XX\r\n0\r\n\r\n"}, 0, false, 400, "incomplete_body"},
		{"bulk chunks cut short", head("POST", "/v1/articles/_bulk", chunked), []string{fmt.Sprintf("%x\r\n%s\r\n", len(line), line), "400\r\n{\"id\""}, 0, true, 400, "incomplete_body"},
		{"PUT trickling", head("PUT", "/v1/articles/raw-1", cl(1000)), trickle, 100 * time.Millisecond, false, 408, "body_timeout"},
		{"bulk trickling", head("POST", "/v1/articles/_bulk", cl(1000)), trickle, 100 * time.Millisecond, false, 408, "body_timeout"},
		{"related trickling", head("POST", "/v1/related", cl(1000)), trickle, 100 * time.Millisecond, false, 408, "body_timeout"},
		{"delete trickling", head("DELETE", "/v1/articles/raw-none", cl(1000)), trickle, 100 * time.Millisecond, false, 408, "body_timeout"},
		{"search with a trickling body", head("GET", "/v1/search", cl(1000)), trickle, 100 * time.Millisecond, false, 408, "body_timeout"},
		{"search with a body", head("GET", "/v1/search?q=ai", cl(2)), []string{"{}"}, 0, false, 200, ""},
		{"PUT trickling to a bad id", head("PUT", "/v1/articles/a%20b", cl(1000)), trickle, 100 * time.Millisecond, false, 400, "invalid_id"},
		{"PUT gzip", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Encoding: gzip"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"bulk gzip", head("POST", "/v1/articles/_bulk", cl(len(line)), "Content-Encoding: gzip"), []string{line}, 0, false, 415, "unsupported_media_type"},
		{"PUT form", head("PUT", "/v1/articles/raw-1", cl(13), "Content-Type: application/x-www-form-urlencoded"), []string{"title=x&body="}, 0, false, 415, "unsupported_media_type"},
		{"PUT a JSON array labelled a form", head("PUT", "/v1/articles/raw-1", cl(2), "Content-Type: application/x-www-form-urlencoded"), []string{"[]"}, 0, false, 400, "invalid_article"},
		{"PUT null labelled a form", head("PUT", "/v1/articles/raw-1", cl(4), "Content-Type: application/x-www-form-urlencoded"), []string{"null"}, 0, false, 400, "invalid_article"},
		// curl --data-binary labels a bulk body a form: a first line that
		// is no JSON is one rejected line.
		{"bulk labelled a form, text first", head("POST", "/v1/articles/_bulk", cl(len("garbage\n"+line)), "Content-Type: application/x-www-form-urlencoded"), []string{"garbage\n" + line}, 0, false, 200, ""},
		{"PUT gzip after identity", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Encoding: identity", "Content-Encoding: gzip"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"related form", head("POST", "/v1/related", cl(13), "Content-Type: application/x-www-form-urlencoded"), []string{"title=x&body="}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled JSON, then Shift_JIS", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json", "Content-Type: application/json; charset=Shift_JIS"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"related labelled JSON, then multipart", head("POST", "/v1/related", cl(13), "Content-Type: application/json", "Content-Type: multipart/form-data; boundary=x"), []string{`{"title":"x"}`}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled JSON twice", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json", "Content-Type: application/json; charset=utf-8"), []string{goodArticle}, 0, false, 200, ""},
		{"bulk multipart", head("POST", "/v1/articles/_bulk", cl(len(line)), "Content-Type: multipart/form-data; boundary=x"), []string{line}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled Shift_JIS", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=Shift_JIS"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"bulk labelled EUC-JP", head("POST", "/v1/articles/_bulk", cl(len(line)), "Content-Type: application/x-ndjson; charset=euc-jp"), []string{line}, 0, false, 415, "unsupported_media_type"},
		{"related labelled Windows-31J", head("POST", "/v1/related", cl(13), "Content-Type: application/json; charset=windows-31j"), []string{`{"title":"x"}`}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled UTF-8", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=UTF-8"), []string{goodArticle}, 0, false, 200, ""},
		{"PUT labelled latin1", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=latin1"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled ISO-8859-1", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=iso-8859-1"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled eucjp", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=eucjp"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled csShiftJIS", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=csShiftJIS"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled UCS-2", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=ucs-2"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled IBM-943", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=ibm-943"), []string{goodArticle}, 0, false, 415, "unsupported_media_type"},
		{"PUT labelled utf8", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=utf8"), []string{goodArticle}, 0, false, 200, ""},
		{"PUT labelled US-ASCII", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=US-ASCII"), []string{goodArticle}, 0, false, 200, ""},
		{"PUT labelled \"utf-8\" quoted", head("PUT", "/v1/articles/raw-1", cl(len(goodArticle)), "Content-Type: application/json; charset=\"utf-8\""), []string{goodArticle}, 0, false, 200, ""},
		{"bulk labelled latin1", head("POST", "/v1/articles/_bulk", cl(len(line)), "Content-Type: application/x-ndjson; charset=latin1"), []string{line}, 0, false, 415, "unsupported_media_type"},
		// A route that reads no body ignores Content-Encoding and
		// Content-Type; a body other than a blank one is refused as a
		// body it does not take, compressed or not.
		{"DELETE labelled gzip, no body", head("DELETE", "/v1/articles/raw-none", cl(0), "Content-Encoding: gzip"), nil, 0, false, 404, "not_found"},
		{"DELETE labelled multipart, {}", head("DELETE", "/v1/articles/raw-none", cl(2), "Content-Type: multipart/form-data; boundary=x"), []string{"{}"}, 0, false, 404, "not_found"},
		{"DELETE with a gzip body", head("DELETE", "/v1/articles/raw-none", cl(len(gzipped)), "Content-Encoding: gzip"), []string{gzipped}, 0, false, 400, "invalid_body"},
		{"reindex with a UTF-16 body", head("POST", "/v1/admin/reindex", cl(4)), []string{"\xff\xfe{\x00"}, 0, false, 400, "invalid_body"},
		{"DELETE with a byte order mark and {}", head("DELETE", "/v1/articles/raw-none", cl(5)), []string{"\xef\xbb\xbf{}"}, 0, false, 404, "not_found"},
		{"backup with a form", head("POST", "/v1/admin/backup", cl(3), "Content-Type: application/x-www-form-urlencoded"), []string{"a=b"}, 0, false, 400, "invalid_body"},
		{"PUT declared over the limit", head("PUT", "/v1/articles/raw-1", cl(index.MaxArticleJSONBytes+1)), nil, 0, false, 413, "body_too_large"},
		{"bulk declared over the limit", head("POST", "/v1/articles/_bulk", cl(1<<20+1)), nil, 0, false, 413, "body_too_large"},
		{"related over the limit, chunked", head("POST", "/v1/related", chunked), []string{fmt.Sprintf("%x\r\n%s\r\n", relatedDraftBytes+1, strings.Repeat(" ", relatedDraftBytes+1))}, 0, false, 413, "body_too_large"},
		// A body over the limit to a path with no route, or a method the
		// route has not, is told the 404 or 405 (a 413 had sent the
		// client to shrink a body nothing takes).
		{"POST to a GET route, declared over the limit", head("POST", "/v1/search", cl(1<<20+1)), []string{strings.Repeat(" ", 1<<20+1)}, 0, false, 405, "method_not_allowed"},
		{"POST to no route, chunked over the limit", head("POST", "/v1/nope", chunked), []string{fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", 1<<20+1, strings.Repeat(" ", 1<<20+1))}, 0, false, 404, "not_found"},
		// A route that reads no body says so, not to shrink the body to
		// its limit (a GET with Expect: 100-continue had been told "the
		// limit of this route").
		{"GET with a body over the limit (reads none)", head("GET", "/v1/search", cl(1<<20+1)), []string{strings.Repeat(" ", 1<<20+1)}, 0, false, 413, "body_too_large"},
		{"GET asking to send a body over the limit (reads none)", head("GET", "/v1/search?q=ai", cl(1<<40), "Expect: 100-continue"), nil, 0, false, 413, "body_too_large"},
		{"GET with a chunked body over the limit (reads none)", head("GET", "/v1/search?q=ai", chunked), []string{fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", 1<<20+1, strings.Repeat(" ", 1<<20+1))}, 0, false, 413, "body_too_large"},
		{"DELETE declared over the limit (reads none)", head("DELETE", "/v1/articles/raw-none", cl(1<<20+1)), nil, 0, false, 413, "body_too_large"},
		// HTTP/1.0 has no chunked bodies: Go's server reads none.
		{"PUT chunked over HTTP/1.0", strings.Replace(head("PUT", "/v1/articles/raw-1", chunked), "HTTP/1.1", "HTTP/1.0", 1), []string{fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(goodArticle), goodArticle)}, 0, false, 400, "empty_body"},
	}
	// A first search pays for what the index measures once (its field
	// lengths), which on a busy machine may outlast the short timeout
	// the bodies are tested under; the search with a body is about the
	// body.
	if resp, err := http.Get(srv.URL + "/v1/search?q=ai"); err == nil {
		resp.Body.Close()
	}
	warm := len(logs.String()) // (that search may time out on a loaded machine: no client's mistake)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, raw, took := rawExchange(t, addr, tt.head, tt.parts, tt.pause, tt.closeWrite)
			var body map[string]any
			if err := json.Unmarshal(raw, &body); err != nil {
				t.Fatalf("%d, body is not JSON: %.200s", resp.StatusCode, raw)
			}
			if tt.status == 200 {
				if resp.StatusCode != 200 {
					t.Errorf("= %d %s", resp.StatusCode, raw)
				}
				return
			}
			code, msg := errorOf(t, body)
			if resp.StatusCode != tt.status || code != tt.code {
				t.Errorf("= %d %s (%s), want %d %s", resp.StatusCode, code, msg, tt.status, tt.code)
			}
			if tt.name == "bulk cut short" && !strings.Contains(msg, "1 article was written") {
				t.Errorf("message %q does not say the whole line before the cut was written", msg)
			}
			if strings.Contains(tt.name, "HTTP/1.0") && !strings.Contains(msg, "HTTP/1.1") {
				t.Errorf("message %q does not say to use HTTP/1.1 or Content-Length", msg)
			}
			if tt.status == 413 && !strings.Contains(msg, " bytes") {
				t.Errorf("413 message %q does not state the limit in bytes", msg)
			}
			if none := strings.Contains(tt.name, "(reads none)"); tt.status == 413 && none != strings.Contains(msg, "reads no request body") {
				t.Errorf("413 message %q, want it to say the route reads no body: %v", msg, none)
			}
			if took > 5*time.Second {
				t.Errorf("answered after %s", took)
			}
		})
	}
	if after := logs.String()[warm:]; strings.Contains(after, `"level":"ERROR"`) {
		t.Errorf("a client's mistake was logged as a server error:\n%s", after)
	}
}

// TestUTF8Charset: a body is taken as UTF-8 under no charset, utf-8,
// utf8 or us-ascii, in any case, quoted or not; any other charset is
// refused by its name, in a header the mime package cannot parse too.
func TestUTF8Charset(t *testing.T) {
	for _, ct := range []string{"", "application/json", "application/json; charset=utf-8", "application/json; charset=UTF8",
		`application/json; charset="Utf-8"`, "application/x-ndjson; charset=us-ascii", "application/json; charset=", "text/plain"} {
		if cs, ok := utf8Charset(ct); !ok {
			t.Errorf("utf8Charset(%q) = %q, false; want true", ct, cs)
		}
	}
	for ct, want := range map[string]string{
		"application/json; charset=latin1":                 "latin1",
		"application/json; CHARSET=ISO-8859-1":             "ISO-8859-1",
		`application/json; charset="csShiftJIS"`:           "csShiftJIS",
		"application/json; charset=ucs-2":                  "ucs-2",
		"application/json; charset=latin1 ; x":             "latin1", // (no media parameter x=…)
		"application/json; charset=utf-8; charset=latin1":  "latin1", // (repeated)
		"application/json, text/plain; charset=iso-8859-1": "iso-8859-1",
	} {
		if cs, ok := utf8Charset(ct); ok || cs != want {
			t.Errorf("utf8Charset(%q) = %q, %v; want %q, false", ct, cs, ok, want)
		}
	}
}

// TestBulkTransfers: a bulk body that arrives steadily is never cut off,
// however long the upload and the server's batch writes take beyond
// --request-timeout; one that stops arriving is answered 408.
func TestBulkTransfers(t *testing.T) {
	// The sample articles under new ids: real text, so each batch of
	// 500 takes the server a while to write.
	var body strings.Builder
	n := 0
	for round := range 14 {
		for _, line := range strings.Split(strings.TrimSpace(string(data.SampleArticles)), "\n") {
			var a map[string]any
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				t.Fatal(err)
			}
			a["id"] = fmt.Sprintf("copy-%d-%s", round, a["id"])
			b, _ := json.Marshal(a)
			body.Write(append(b, '\n'))
			n++
		}
	}
	split := func(s string, size int) []string {
		var parts []string
		for len(s) > size {
			parts = append(parts, s[:size])
			s = s[size:]
		}
		return append(parts, s)
	}
	all := body.String()
	tests := []struct {
		name   string
		parts  []string
		pause  time.Duration
		status int
	}{
		{"at once", []string{all}, 0, 200},
		{"steady at 640 KB/s", split(all, 32<<10), 50 * time.Millisecond, 200},
		{"at 16 KB/s, under the minimum rate", split(all, 32<<10), 2 * time.Second, 408},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _ := newWritable(t, Options{RequestTimeout: 300 * time.Millisecond, BulkLimit: 64 << 20})
			head := fmt.Sprintf("POST /v1/articles/_bulk HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n", testKey, len(all))
			resp, raw, took := rawExchange(t, strings.TrimPrefix(srv.URL, "http://"), head, tt.parts, tt.pause, false)
			if resp.StatusCode != tt.status {
				t.Fatalf("%d articles in %d parts = %d after %s: %.300s", n, len(tt.parts), resp.StatusCode, took, raw)
			}
			if tt.status == 200 && !strings.Contains(string(raw), fmt.Sprintf(`"created":%d`, n)) {
				t.Errorf("took %s: %.200s", took, raw)
			}
			t.Logf("%d bytes in %s", len(all), took)
		})
	}

	// A client that goes away is not a server error: not while it
	// sends, nor while the server writes what it sent.
	for _, tt := range []struct {
		name string
		send string
	}{
		{"gone while sending", all[:len(all)/2]},
		{"gone while the server writes", all},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv, _, logs := newWritableLog(t, Options{})
			conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(conn, "POST /v1/articles/_bulk HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n%s", testKey, len(all), tt.send)
			time.Sleep(100 * time.Millisecond)
			conn.Close()
			deadline := time.Now().Add(60 * time.Second)
			for !strings.Contains(logs.String(), `"path":"/v1/articles/_bulk"`) && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			if l := logs.String(); !strings.Contains(l, `"path":"/v1/articles/_bulk"`) || strings.Contains(l, `"level":"ERROR"`) {
				t.Errorf("log:\n%s", l)
			}
		})
	}
}

// TestBodyBudget: the bodies read whole share a budget, given back when
// each request ends (one write after another never runs out); a body
// larger than the whole budget is refused as too large, not "try again".
func TestBodyBudget(t *testing.T) {
	srv, _, _ := newWritableLog(t, Options{BufferedBytes: 64 << 10})
	put := func(id string, bodyRunes int) int {
		js := fmt.Sprintf(`{"title":"予算の確認","body":%q,"published":"2026-04-01T09:00:00+09:00"}`, strings.Repeat("あ", bodyRunes))
		req, _ := http.NewRequest(http.MethodPut, srv.URL+"/v1/articles/"+id, strings.NewReader(js))
		req.Header.Set("Authorization", "Bearer "+testKey)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	for i := range 4 { // 4 × 30 KB through a 64 KiB budget
		if code := put(fmt.Sprintf("budget-%d", i), 10000); code >= 300 {
			t.Fatalf("write %d within the budget: %d (the budget was not given back?)", i, code)
		}
	}
	if code := put("budget-big", 30000); code != http.StatusRequestEntityTooLarge {
		t.Errorf("a body past the whole budget: %d, want 413", code)
	}
	// One held past the budget by others is told to try again.
	budget := budgets{newBodyBudget(100)}
	br := &bodyReader{r: io.NopCloser(strings.NewReader(strings.Repeat("x", 80))), rc: http.NewResponseController(httptest.NewRecorder()),
		limit: 1 << 20, grace: time.Second, budget: budget}
	budget.tryAcquire(50)
	_, err := io.ReadAll(br)
	if status, code, _ := classify(err); status != http.StatusTooManyRequests || code != "too_many_requests" {
		t.Errorf("a body over what is left of the budget: %v → %d %s, want 429 too_many_requests", err, status, code)
	}
}

// TestChunkedRequestClosesConnection: a request with a chunked body, also
// one that carries a Content-Length beside it (which Go's server drops
// unseen, so a proxy in front may have framed the request otherwise), is
// answered with Connection: close, and a request pipelined after it on the
// connection is never served.
func TestChunkedRequestClosesConnection(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	addr := strings.TrimPrefix(srv.URL, "http://")
	const next = "GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"
	draft := `{"title":"量子コンピュータ","body":"量子ビットの誤り訂正"}`
	tests := []struct {
		name    string
		first   string
		status  int // of the first answer
		answers int
	}{
		{"chunked beside Content-Length", "POST /v1/related HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 400, 1},
		{"chunked, a draft that relates", fmt.Sprintf("POST /v1/related HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n", len(draft), draft), 200, 1},
		{"chunked to a route that reads no body", "GET /v1/search?q=ai HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 200, 1},
		{"chunked to no route", "POST /v1/nothing HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 404, 1},
		{"Content-Length alone keeps the connection", "POST /v1/related HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 400, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			conn.SetDeadline(time.Now().Add(10 * time.Second))
			if _, err := io.WriteString(conn, tt.first+next); err != nil {
				t.Fatal(err)
			}
			r := bufio.NewReader(conn)
			var statuses []int
			var closes []bool
			for {
				if _, err := r.Peek(1); errors.Is(err, io.EOF) {
					break // the server closed the connection
				}
				resp, err := http.ReadResponse(r, nil)
				if err != nil {
					t.Fatalf("after %d answers: %v", len(statuses), err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				statuses = append(statuses, resp.StatusCode)
				closes = append(closes, resp.Close) // (Connection: close, which ReadResponse takes out of the header)
			}
			if len(statuses) != tt.answers || statuses[0] != tt.status {
				t.Fatalf("answers %v, want %d, the first %d", statuses, tt.answers, tt.status)
			}
			if closes[0] != (tt.answers == 1) {
				t.Errorf("the first answer has Connection: close %v, want %v", closes[0], tt.answers == 1)
			}
		})
	}
}

// TestRefusedBodySentWhole: a client that sends a whole body before it
// reads the answer (as Python's http.client does) gets the answer to a
// request refused before its body was read, not a reset connection: one
// declared over the limit (413), one without the key (401), one
// compressed (415), one with a parameter the route does not take (400);
// a client that waits for 100 Continue gets the 413 at once.
func TestRefusedBodySentWhole(t *testing.T) {
	srv, _ := newWritable(t, Options{RequestTimeout: 5 * time.Second})
	addr := strings.TrimPrefix(srv.URL, "http://")
	over := index.MaxArticleJSONBytes + 1<<20
	within := index.MaxArticleJSONBytes - 1<<10
	for _, tt := range []struct {
		name   string
		target string
		key    bool
		first  []byte // the body's first bytes; spaces after them
		n      int
		expect bool
		want   int
	}{
		{"over the limit", "/v1/articles/big", true, nil, over, false, http.StatusRequestEntityTooLarge},
		{"over the limit, 100-continue", "/v1/articles/big", true, nil, over, true, http.StatusRequestEntityTooLarge},
		{"no key", "/v1/articles/big", false, nil, within, false, http.StatusUnauthorized},
		{"gzip", "/v1/articles/big", true, []byte{0x1f, 0x8b, 8, 0}, within, false, http.StatusUnsupportedMediaType},
		{"unknown parameter", "/v1/articles/big?x=1", true, []byte(`{"title":"t"}`), within, false, http.StatusBadRequest},
	} {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			conn.SetDeadline(time.Now().Add(20 * time.Second))
			head := fmt.Sprintf("PUT %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n", tt.target, tt.n)
			if tt.key {
				head += "Authorization: Bearer " + testKey + "\r\n"
			}
			if tt.expect {
				head += "Expect: 100-continue\r\n"
			}
			if _, err := io.WriteString(conn, head+"\r\n"); err != nil {
				t.Fatal(err)
			}
			if !tt.expect {
				body := append(slices.Clone(tt.first), bytes.Repeat([]byte(" "), tt.n-len(tt.first))...)
				if _, err := conn.Write(body); err != nil {
					t.Fatalf("writing the body: %v", err)
				}
			}
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatalf("no answer: %v", err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
}

// TestHTTP2Preface: HTTP/2's connection preface, which Go's server passes
// on as a request (PRI * HTTP/2.0), gets the JSON 505, not a 404.
func TestHTTP2Preface(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(conn)
	if s := string(b); !strings.HasPrefix(s, "HTTP/1.1 505 ") || !strings.Contains(s, `"code":"unsupported_http_version"`) {
		t.Errorf("HTTP/2 preface: answered %q, want 505 unsupported_http_version", s)
	}
}

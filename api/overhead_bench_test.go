package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"syscall"
	"testing"
	"time"

	"sagasu/index"
)

// answered is a Searcher that answers every search with one fixed
// result, so that a benchmark measures what HTTP adds to a search: the
// request's parsing, the middleware, the JSON and the connection.
type answered struct {
	Searcher
	res *index.Result
}

func (a answered) Search(context.Context, index.Request) (*index.Result, error) {
	out := *a.res
	return &out, nil
}

// overheadResult is a real page of the sample articles: 20 hits with
// their highlighted titles and snippets, and the facets (about the size
// of a livedoor search's answer).
func overheadResult(tb testing.TB) *index.Result {
	tb.Helper()
	res, err := sample.Search(context.Background(), index.Request{Query: "日本", PerPage: 20})
	if err != nil {
		tb.Fatal(err)
	}
	if len(res.Hits) < 10 {
		tb.Fatalf("the sample has %d hits for 日本; the benchmark needs a full page", len(res.Hits))
	}
	return res
}

// cpuTime is the process's user and system CPU so far.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSearchOverheadHTTP sends one client's searches through the
// whole server (middleware, JSON, a loopback connection) to a Searcher
// that answers at once, and reports the CPU of client and server per
// request: what a search through HTTP costs beyond the search.
func BenchmarkSearchOverheadHTTP(b *testing.B) {
	res := overheadResult(b)
	srv := httptest.NewServer(New(answered{Searcher: sample, res: res}, slog.New(slog.NewJSONHandler(io.Discard, nil)), Options{}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 2}}
	u := srv.URL + "/v1/search?q=" + url.QueryEscape("日本") + "&per_page=20"
	var size int64
	cpu := cpuTime(b)
	b.ReportAllocs()
	for b.Loop() {
		resp, err := client.Get(u)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("status %d", resp.StatusCode)
		}
		size = n
	}
	b.ReportMetric(float64(cpuTime(b)-cpu)/1e3/float64(b.N), "cpu-µs/op")
	b.ReportMetric(float64(size), "body-bytes")
}

// BenchmarkSearchJSON encodes a search's answer as the handler does,
// into a recorder: the JSON alone.
func BenchmarkSearchJSON(b *testing.B) {
	res := overheadResult(b)
	h := New(answered{Searcher: sample, res: res}, slog.New(slog.NewJSONHandler(io.Discard, nil)), Options{})
	req := httptest.NewRequest(http.MethodGet, "/v1/search?q="+url.QueryEscape("日本")+"&per_page=20", nil)
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
	}
}

// BenchmarkSearchEncode compares the search answer's own JSON with
// encoding/json's, on a page of 20 sample hits.
func BenchmarkSearchEncode(b *testing.B) {
	res := overheadResult(b)
	r := &searchResponse{Total: res.Total, Page: res.Page, PerPage: res.PerPage, Hits: res.Hits, Facets: res.Facets}
	b.Run("encoding-json", func(b *testing.B) {
		var buf bytes.Buffer
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(r); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(buf.Len()))
	})
	b.Run("appendJSON", func(b *testing.B) {
		var out []byte
		b.ReportAllocs()
		for b.Loop() {
			out, _ = r.appendJSON(out[:0])
		}
		b.SetBytes(int64(len(out)))
	})
}

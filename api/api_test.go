package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sagasu/data"
	"sagasu/index"
)

// sample is a real index of the embedded sample articles, shared by the
// tests of this binary.
var sample *index.Index

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sagasu-api-")
	if err != nil {
		panic(err)
	}
	sample, err = index.Open(filepath.Join(dir, "index"), index.Options{AnswerCache: 8 << 20}) // (as served)
	if err != nil {
		panic(err)
	}
	if _, err := sample.Import(context.Background(), bytes.NewReader(data.SampleArticles), index.ImportOptions{}); err != nil {
		panic(err)
	}
	if err := sample.RefreshSuggest(context.Background()); err != nil {
		panic(err)
	}
	code := m.Run()
	sample.Close()
	os.RemoveAll(dir)
	os.Exit(code)
}

// newTestServer serves s through the whole middleware stack and returns
// the server and the log it writes.
func newTestServer(t *testing.T, s Searcher) (*httptest.Server, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&lockedWriter{w: &logs}, nil))
	srv := httptest.NewServer(New(s, log, Options{}))
	t.Cleanup(srv.Close)
	return srv, &logs
}

// call makes a request and decodes the JSON body into a generic map.
func call(t *testing.T, method, url string, body io.Reader) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q, body %s", method, url, ct, raw)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s %s: body is not JSON: %s", method, url, raw)
	}
	return resp.StatusCode, m
}

func get(t *testing.T, url string) (int, map[string]any) {
	t.Helper()
	return call(t, http.MethodGet, url, nil)
}

// errorOf returns the code and message of an error body, failing the test
// when the body does not have the shape {"error":{"code","message"}}.
func errorOf(t *testing.T, body map[string]any) (code, msg string) {
	t.Helper()
	e, ok := body["error"].(map[string]any)
	if !ok {
		t.Fatalf("no error object in a %d-key body", len(body))
	}
	code, _ = e["code"].(string)
	msg, _ = e["message"].(string)
	if code == "" || msg == "" || len(e) != 2 {
		t.Errorf("error body %v: want exactly a code and a message", body)
	}
	return code, msg
}

type lockedWriter struct {
	mu chan struct{}
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	if l.mu == nil {
		l.mu = make(chan struct{}, 1)
	}
	l.mu <- struct{}{}
	defer func() { <-l.mu }()
	return l.w.Write(p)
}

// fake is a Searcher whose methods return fixed errors or panic; the
// methods it does not override are never called by these tests.
type fake struct {
	Searcher
	err   error
	panic bool
}

func (f fake) Search(ctx context.Context, r index.Request) (*index.Result, error) {
	if f.panic {
		panic("boom: secret detail")
	}
	return nil, f.err
}
func (f fake) Get(context.Context, string) (index.Article, error)             { return index.Article{}, f.err }
func (f fake) Count() (uint64, error)                                         { return 0, f.err }
func (f fake) Analyze(context.Context, string, string) ([]index.Token, error) { return nil, f.err }
func (f fake) Related(context.Context, index.RelatedRequest) ([]index.RelatedHit, error) {
	return nil, f.err
}
func (f fake) Suggest(context.Context, string, int) ([]index.Suggestion, error) { return nil, f.err }

func TestServerErrorsAreLoggedNotSent(t *testing.T) {
	tests := []struct {
		name   string
		s      fake
		status int
		code   string
	}{
		{"internal error", fake{err: errors.New("disk on fire: secret detail")}, 500, "internal"},
		{"panic", fake{panic: true}, 500, "internal"},
		{"timeout", fake{err: context.DeadlineExceeded}, 504, "timeout"},
		{"closed index", fake{err: index.ErrClosed}, 503, "unavailable"},
		{"write not saved", fake{err: fmt.Errorf("%w: secret detail", index.ErrStorage)}, 507, "storage_error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, logs := newTestServer(t, tt.s)
			status, body := get(t, srv.URL+"/v1/search?q=x")
			code, msg := errorOf(t, body)
			if status != tt.status || code != tt.code {
				t.Errorf("status %d code %q, want %d %q", status, code, tt.status, tt.code)
			}
			if strings.Contains(msg, "secret") {
				t.Errorf("message leaks the internal error: %q", msg)
			}
			if secret := tt.s.panic || tt.s.err != nil && strings.Contains(tt.s.err.Error(), "secret"); secret && !strings.Contains(logs.String(), "secret detail") {
				t.Errorf("the internal error was not logged: %s", logs)
			}
		})
	}
}

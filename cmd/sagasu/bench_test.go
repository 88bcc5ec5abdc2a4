package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sagasu/data"
)

// TestBenchReportsCPU: bench reports its own CPU a request, in process
// (the engine's) and over HTTP (the client's), beside the latencies; a
// warm-up's requests are not counted.
func TestBenchReportsCPU(t *testing.T) {
	dir := t.TempDir()
	articles := filepath.Join(dir, "sample.jsonl")
	if err := os.WriteFile(articles, data.SampleArticles, 0o644); err != nil {
		t.Fatal(err)
	}
	ix := filepath.Join(dir, "ix")
	var out, errb syncBuffer
	if err := run(context.Background(), []string{"import", "-data-dir", ix, articles}, env(nil), &out, &errb); err != nil {
		t.Fatalf("import: %v\n%s", err, errb.String())
	}
	answering := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"total":0,"hits":[]}`))
	}))
	defer answering.Close()
	tests := []struct {
		name string
		args []string
		mode string
	}{
		{"in process, searches of 日本語", []string{"-data-dir", ix, "-mix", "search"}, "in-process"},
		{"in process after a warm-up, which is not counted", []string{"-data-dir", ix, "-mix", "search,suggest", "-warmup", "300ms"}, "in-process"},
		{"over HTTP", []string{"-addr", answering.URL, "-mix", "search"}, "http"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb syncBuffer
			args := append([]string{"bench", "-json", "-clients", "1", "-requests", "50", "-duration", "30s"}, tt.args...)
			if err := run(context.Background(), args, env(nil), &out, &errb); err != nil {
				t.Fatalf("run(%q) = %v\n%s", args, err, errb.String())
			}
			var rep benchReport
			if err := json.Unmarshal([]byte(out.String()), &rep); err != nil {
				t.Fatalf("report %s: %v", out.String(), err)
			}
			if rep.Mode != tt.mode || rep.Requests != 50 || rep.Errors != 0 || rep.CPUPerRequest <= 0 {
				t.Errorf("report: mode %q, %d requests, %d errors, %.3f ms of CPU a request; want %q, 50, 0, more than 0",
					rep.Mode, rep.Requests, rep.Errors, rep.CPUPerRequest, tt.mode)
			}
		})
	}
}

// TestBenchNamesAWrongAddress: an -addr that is no Sagasu server's (a
// path added, /v1/search) is told what it answered, not that the index
// has no articles.
func TestBenchNamesAWrongAddress(t *testing.T) {
	notFound := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"error":{"code":"not_found","message":"no such route"}}`))
	}))
	defer notFound.Close()
	var out, errb syncBuffer
	args := []string{"bench", "-addr", notFound.URL + "/v1/search", "-mix", "related", "-requests", "5"}
	err := run(context.Background(), args, env(nil), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "answered 404") || strings.Contains(err.Error(), "no articles") {
		t.Errorf("run(%q) = %v, want the 404 named", args, err)
	}
}

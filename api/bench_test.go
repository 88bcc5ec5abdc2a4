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
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"sagasu/index"
)

// livedoorIndex imports the shared corpus for the HTTP benchmarks, or
// skips (fails with CI=true) when it is absent.
func livedoorIndex(b *testing.B) *index.Index {
	b.Helper()
	path := os.Getenv("SAGASU_CORPUS")
	if path == "" {
		path = filepath.Join("..", "..", "shared", "corpus", "livedoor.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			b.Fatalf("corpus missing at %s: %v", path, err)
		}
		b.Skipf("livedoor corpus not found at %s; set SAGASU_CORPUS", path)
	}
	defer f.Close()
	ix, err := index.Open(filepath.Join(b.TempDir(), "ix"), index.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	if _, err := ix.Import(context.Background(), f, index.ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		b.Fatal(err)
	}
	return ix
}

// typing is what readers send while typing: every prefix of a few words
// in kana, romaji and kanji.
var typing = func() []string {
	var out []string
	for _, w := range []string{"じどううんてん", "jidouunten", "ろぼっと", "すまーとふぉん", "iphone", "さっかー", "えいが", "映画監督", "独身", "けっこん", "andoroido", "ソフトバンク", "量子 こ", "女性 ぱそ", "結婚 どら", "テレビ 映画 あ"} {
		rs := []rune(w)
		for i := 1; i <= len(rs); i++ {
			out = append(out, string(rs[:i]))
		}
	}
	return out
}()

// BenchmarkSuggestHTTP sends suggestion requests from 4 concurrent clients
// through HTTP to a server on the livedoor index and reports latency
// percentiles over all requests.
func BenchmarkSuggestHTTP(b *testing.B) {
	ix := livedoorIndex(b)
	srv := httptest.NewServer(New(ix, slog.New(slog.NewJSONHandler(io.Discard, nil)), Options{}))
	defer srv.Close()
	stats := ix.SuggestStats()
	b.Logf("suggestion data: %d entries, %d keys, %.1f MB, built in %s", stats.Entries, stats.Keys, float64(stats.Bytes)/1e6, stats.Took)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
	const clients = 4
	var mu sync.Mutex
	var took []time.Duration
	b.ResetTimer()
	var wg sync.WaitGroup
	next := make(chan int)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				start := time.Now()
				resp, err := client.Get(srv.URL + "/v1/suggest?q=" + url.QueryEscape(typing[i%len(typing)]))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				d := time.Since(start)
				mu.Lock()
				took = append(took, d)
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < b.N; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	slices.Sort(took)
	at := func(p float64) float64 {
		return float64(took[min(len(took)-1, int(p*float64(len(took))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
	b.ReportMetric(float64(stats.Bytes)/1e6, "suggest-MB")
}

// BenchmarkBulkHTTP posts the livedoor corpus to the bulk API of a fresh
// index and reports articles per second; compare with `sagasu import`.
func BenchmarkBulkHTTP(b *testing.B) {
	path := os.Getenv("SAGASU_CORPUS")
	if path == "" {
		path = filepath.Join("..", "..", "shared", "corpus", "livedoor.jsonl")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("livedoor corpus not found at %s", path)
	}
	var articles int
	for b.Loop() {
		b.StopTimer()
		ix, err := index.Open(filepath.Join(b.TempDir(), "ix"), index.Options{})
		if err != nil {
			b.Fatal(err)
		}
		srv := httptest.NewServer(New(ix, slog.New(slog.NewJSONHandler(io.Discard, nil)), Options{APIKey: "k"}))
		b.StartTimer()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/v1/articles/_bulk", bytes.NewReader(raw))
		req.Header.Set("Authorization", "Bearer k")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		var rep struct{ Created int }
		json.NewDecoder(resp.Body).Decode(&rep)
		resp.Body.Close()
		articles += rep.Created
		b.StopTimer()
		srv.Close()
		ix.Close()
		b.StartTimer()
	}
	b.SetBytes(int64(len(raw)))
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExportHTTP exports the livedoor index as JSON lines with bodies
// and reports articles per second.
func BenchmarkExportHTTP(b *testing.B) {
	ix := livedoorIndex(b)
	srv := httptest.NewServer(New(ix, slog.New(slog.NewJSONHandler(io.Discard, nil)), Options{APIKey: "k"}))
	defer srv.Close()
	var articles, size int
	for b.Loop() {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/v1/export?fields=body", nil)
		req.Header.Set("Authorization", "Bearer k")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		articles += bytes.Count(raw, []byte("\n"))
		size += len(raw)
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(size)/1e6/b.Elapsed().Seconds(), "MB/s")
}

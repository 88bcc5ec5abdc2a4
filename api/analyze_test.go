package api

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"sagasu/index"
)

func TestAnalyzeEndpoint(t *testing.T) {
	srv, _ := newTestServer(t, sample)
	status, body := get(t, srv.URL+"/v1/analyze?text="+url.QueryEscape("ＡＩが発表した"))
	if status != http.StatusOK || body["field"] != "body" {
		t.Fatalf("analyze = %d %v", status, body)
	}
	toks := body["tokens"].([]any)
	first := toks[0].(map[string]any)
	for k, want := range map[string]any{"term": "ai", "surface": "ＡＩ", "start": 0.0, "end": 6.0, "char_start": 0.0, "char_end": 2.0, "position": 1.0} {
		if first[k] != want {
			t.Errorf("token[0].%s = %v, want %v (%v)", k, first[k], want, first)
		}
	}
	if second := toks[1].(map[string]any); second["term"] != "発表" || second["pos"] == "" {
		t.Errorf("token[1] = %v", second)
	}
	_, body = get(t, srv.URL+"/v1/analyze?field=reading&text="+url.QueryEscape("じどううんてん 自動運転"))
	var terms []string
	for _, tk := range body["tokens"].([]any) {
		terms = append(terms, tk.(map[string]any)["term"].(string))
	}
	if !slices.Contains(terms, "ジドウウンテン") {
		t.Errorf("reading terms = %v", terms)
	}
	// Random kanji make a token for each and joined runs between: the
	// list stops at the bound and says so.
	var kanji strings.Builder
	for i := range 10000 {
		kanji.WriteRune(rune(0x4e00 + (i*7919)%20000))
	}
	_, body = get(t, srv.URL+"/v1/analyze?text="+url.QueryEscape(kanji.String()))
	if n := len(body["tokens"].([]any)); n != index.MaxAnalyzeTokens || body["truncated"] != true {
		t.Errorf("10,000 kanji: %d tokens, truncated %v; want %d, true", n, body["truncated"], index.MaxAnalyzeTokens)
	}
	// The documented limits fit the query string even percent-encoded: a
	// 4-byte character takes 12 bytes.
	for _, path := range []string{
		"/v1/analyze?field=reading&text=" + url.QueryEscape(strings.Repeat("𠀋", 10000)),
		"/v1/search?q=" + url.QueryEscape(strings.Repeat("𠀋", 1000)) + strings.Repeat("&category="+url.QueryEscape(strings.Repeat("𠀋", 100)), 20) +
			"&from=2026-01-01T00%3A00%3A00%2B09%3A00&to=2026-12-31T00%3A00%3A00%2B09%3A00&sort=newest&per_page=100",
	} {
		if status, body := get(t, srv.URL+path); status != http.StatusOK {
			t.Errorf("GET %.40s… (%d bytes) = %d %v", path, len(path), status, body["error"])
		}
	}
	for _, tt := range []struct{ path, code string }{
		{"/v1/analyze", "missing_parameter"},
		{"/v1/analyze?text=%20", "missing_parameter"},
		{"/v1/analyze?text=x&field=url", "invalid_field"},
		{"/v1/analyze?text=%ff", "invalid_utf8"},
		{"/v1/analyze?text=" + strings.Repeat("a", 10001), "text_too_long"},
		{"/v1/analyze?text=" + url.QueryEscape(strings.Repeat("𠀋", 10001)), "text_too_long"},
		{"/v1/analyze?text=x&lang=ja", "unknown_parameter"},
	} {
		status, body := get(t, srv.URL+tt.path)
		if code, _ := errorOf(t, body); status != 400 || code != tt.code {
			t.Errorf("GET %.60s = %d %s, want 400 %s", tt.path, status, code, tt.code)
		}
	}
}

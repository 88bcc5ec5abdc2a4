package api

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// articleWith is a valid article's JSON with the given fields set.
func articleWith(t *testing.T, fields map[string]any) string {
	t.Helper()
	a := map[string]any{"title": "ラベルの検証", "body": "本文", "published": "2026-11-21T09:00:00+09:00"}
	for k, v := range fields {
		a[k] = v
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLabelScopeCountsAsWritten: a category or tag a write accepted is
// found by category: and tag: in the query. ㍿ is one character as
// written and four once width-folded (株式会社): a category of 30 of
// them had been refused by the query as 120 characters, over the
// label's 100, while the category parameter found it.
func TestLabelScopeCountsAsWritten(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	label := strings.Repeat("㍿", 30)
	if status, body := send(t, "PUT", srv.URL+"/v1/articles/kk-1", testKey, articleWith(t, map[string]any{"category": label, "tags": []string{label}})); status != http.StatusCreated {
		t.Fatalf("PUT = %d %s", status, body)
	}
	for _, q := range []string{"category:" + label, `category:"` + label + `"`, `tag:"` + label + `"`, "tag:" + label + " ラベル"} {
		status, body := get(t, srv.URL+"/v1/search?q="+url.QueryEscape(q))
		if status != http.StatusOK {
			t.Errorf("q=%s = %d %v, want 200", q, status, body)
			continue
		}
		if hits := hitsOf(t, body); len(hits) != 1 || hits[0]["id"] != "kk-1" {
			t.Errorf("q=%s found %v, want kk-1", q, hits)
		}
	}
	// Over the limit as written is still refused, counted as written.
	status, body := get(t, srv.URL+"/v1/search?q="+url.QueryEscape("category:"+strings.Repeat("㍿", 101)))
	if code, msg := errorOf(t, body); status != http.StatusBadRequest || code != "invalid_query" || !strings.Contains(msg, "has 101 characters") {
		t.Errorf("category: of 101 ㍿ = %d %s %q, want 400 invalid_query saying 101 characters", status, code, msg)
	}
}

// TestLabelInvisibleEdges: a category, tag or author may not start or
// end with a character that shows as nothing (a bidirectional mark, a
// soft hyphen, a grapheme joiner): "AI\u200f" looks like AI, and a facet
// could show that spelling as its label.
func TestLabelInvisibleEdges(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	bad := []struct {
		name   string
		fields map[string]any
		want   string
	}{
		{"category before a right-to-left mark", map[string]any{"category": "AI\u200f"}, "category: \"AI\\u200f\" starts or ends with the invisible character U+200F"},
		{"category after a right-to-left override", map[string]any{"category": "\u202eAI"}, "U+202E"},
		{"category after a left-to-right isolate", map[string]any{"category": "\u2066AI"}, "U+2066"},
		{"tag after a grapheme joiner", map[string]any{"tags": []string{"\u034fAI"}}, "starts or ends with the invisible character U+034F"},
		{"tag after a variation selector", map[string]any{"tags": []string{"\ufe0fAI"}}, "U+FE0F"},
		{"author before a soft hyphen", map[string]any{"author": "渡辺\u00ad"}, "U+00AD"},
		{"author before a hangul filler", map[string]any{"author": "渡辺\u3164"}, "U+3164"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			status, body := send(t, "PUT", srv.URL+"/v1/articles/edge-1", testKey, articleWith(t, tt.fields))
			var e struct {
				Error struct{ Code, Message string }
			}
			_ = json.Unmarshal(body, &e)
			if status != http.StatusBadRequest || e.Error.Code != "invalid_article" || !strings.Contains(e.Error.Message, tt.want) {
				t.Errorf("PUT %v = %d %s, want 400 invalid_article saying %q", tt.fields, status, body, tt.want)
			}
		})
	}
	good := []struct {
		name   string
		fields map[string]any
	}{
		{"a heart in emoji style, ending in a variation selector", map[string]any{"tags": []string{"❤\ufe0f"}}},
		{"a kanji variant, ending in an ideographic variation selector", map[string]any{"author": "葛\U000e0100飾"}},
		{"the flag of England, ending in tag characters", map[string]any{"tags": []string{"\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"}}},
		{"a right-to-left mark inside", map[string]any{"category": "A\u200fI"}},
	}
	for _, tt := range good {
		t.Run(tt.name, func(t *testing.T) {
			if status, body := send(t, "PUT", srv.URL+"/v1/articles/edge-2", testKey, articleWith(t, tt.fields)); status != http.StatusCreated && status != http.StatusOK {
				t.Errorf("PUT %v = %d %s, want it written", tt.fields, status, body)
			}
		})
	}
	// The category parameter is checked as a category is.
	status, body := get(t, srv.URL+"/v1/search?category="+url.QueryEscape("AI\u200f"))
	if code, _ := errorOf(t, body); status != http.StatusBadRequest || code != "invalid_parameter" {
		t.Errorf("category=AI\\u200f = %d %v, want 400 invalid_parameter", status, body)
	}
}

// TestURLCharacters: a url holds no white space, control character,
// bidirectional formatting character or noncharacter (RFC 3987 keeps
// them out of IRIs; a U+202E turns the link a reader sees around), and
// its port is a port; the message names what to fix.
func TestURLCharacters(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	bad := []struct{ name, url, want string }{
		{"a raw space", "https://news.example.jp/a b", "U+0020 (a space) at character 26"},
		{"an ideographic space", "https://news.example.jp/a\u3000b", "U+3000"},
		{"a line separator", "https://news.example.jp/a\u2028b", "U+2028"},
		{"a C1 control (next line)", "https://news.example.jp/a\u0085b", "U+0085"},
		{"a C1 control (CSI)", "https://news.example.jp/a\u009b31m", "U+009B"},
		{"a delete", "https://news.example.jp/a\u007fb", "U+007F"},
		{"a right-to-left override", "https://news.example.jp/\u202egpj.exe", "U+202E"},
		{"a zero width space", "https://news.example.\u200bjp/", "U+200B"},
		{"a noncharacter", "https://news.example.jp/\ufffe", "U+FFFE"},
		{"a port past 65535", "https://news.example.jp:99999/a", "port 99999"},
		{"port 0", "https://news.example.jp:0/a", "port 0"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			status, body := send(t, "PUT", srv.URL+"/v1/articles/url-1", testKey, articleWith(t, map[string]any{"url": tt.url}))
			var e struct {
				Error struct{ Code, Message string }
			}
			_ = json.Unmarshal(body, &e)
			if status != http.StatusBadRequest || e.Error.Code != "invalid_article" || !strings.Contains(e.Error.Message, "url: ") || !strings.Contains(e.Error.Message, tt.want) {
				t.Errorf("url %q = %d %s, want 400 invalid_article saying %q", tt.url, status, body, tt.want)
			}
		})
	}
	for _, u := range []string{"https://例え.jp/記事/1", "https://news.example.jp:8443/a?b=c%20d#e", "http://[::1]:8080/a", "https://news.example.jp/a%20b"} {
		if status, body := send(t, "PUT", srv.URL+"/v1/articles/url-2", testKey, articleWith(t, map[string]any{"url": u})); status != http.StatusCreated && status != http.StatusOK {
			t.Errorf("url %q = %d %s, want it written", u, status, body)
		}
	}
}

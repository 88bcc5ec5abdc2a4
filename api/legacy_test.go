package api

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

func mustEncode(tb testing.TB, enc encoding.Encoding, s string) string {
	tb.Helper()
	b, err := enc.NewEncoder().String(s)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestLegacyJapaneseNamed: text in Shift_JIS, EUC-JP or ISO-2022-JP (an
// old form's query, an Excel export's article) is refused, as any text
// that is no UTF-8, with the encoding it looks like and how to convert it,
// not only "invalid UTF-8", on every route that reads text.
func TestLegacyJapaneseNamed(t *testing.T) {
	srv, _ := newWritable(t, Options{})
	article := `{"title":"全固体電池の量産を発表","body":"新工場で全固体電池を量産する。","published":"2026-11-21T09:00:00+09:00"}`
	tests := []struct {
		name, method, path, body string
		status                   int
		code, says               string
	}{
		{"a search in Shift_JIS", "GET", "/v1/search?q=" + url.QueryEscape(mustEncode(t, japanese.ShiftJIS, "全固体電池")), "", 400, "invalid_utf8", "looks like Shift_JIS"},
		{"a suggestion in EUC-JP", "GET", "/v1/suggest?q=" + url.QueryEscape(mustEncode(t, japanese.EUCJP, "ぜんこたい")), "", 400, "invalid_utf8", "looks like EUC-JP"},
		{"a category in ISO-2022-JP", "GET", "/v1/search?category=" + url.QueryEscape(mustEncode(t, japanese.ISO2022JP, "耐量子暗号")), "", 400, "invalid_parameter", "looks like ISO-2022-JP"},
		{"an analysis in Shift_JIS", "GET", "/v1/analyze?text=" + url.QueryEscape(mustEncode(t, japanese.ShiftJIS, "量子コンピュータ")), "", 400, "invalid_utf8", "looks like Shift_JIS"},
		{"an article in Shift_JIS", "PUT", "/v1/articles/sjis-1", mustEncode(t, japanese.ShiftJIS, article), 400, "invalid_article", "convert it to UTF-8 (iconv -f CP932 -t UTF-8)"},
		{"an article in EUC-JP", "PUT", "/v1/articles/eucjp-1", mustEncode(t, japanese.EUCJP, article), 400, "invalid_article", "iconv -f EUC-JP -t UTF-8"},
		{"a draft in Shift_JIS", "POST", "/v1/related", mustEncode(t, japanese.ShiftJIS, `{"title":"全固体電池の量産"}`), 400, "malformed_json", "looks like Shift_JIS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, raw := send(t, tt.method, srv.URL+tt.path, testKey, tt.body)
			var e struct {
				Error struct{ Code, Message string }
			}
			_ = json.Unmarshal(raw, &e)
			if status != tt.status || e.Error.Code != tt.code || !strings.Contains(e.Error.Message, tt.says) {
				t.Errorf("%s %.60s = %d %s, want %d %q saying %q", tt.method, tt.path, status, raw, tt.status, tt.code, tt.says)
			}
		})
	}
	// A bulk line in Shift_JIS is rejected with the same reason, its
	// neighbours written.
	body := `{"id":"utf8-1","title":"UTF-8の記事","published":"2026-11-21T09:00:00+09:00"}` + "\n" +
		mustEncode(t, japanese.ShiftJIS, `{"id":"sjis-2","title":"シフトJISの記事","published":"2026-11-21T09:00:00+09:00"}`) + "\n"
	status, raw := send(t, "POST", srv.URL+"/v1/articles/_bulk", testKey, body)
	if status != 200 || !strings.Contains(string(raw), `"created":1`) || !strings.Contains(string(raw), "looks like Shift_JIS") {
		t.Errorf("bulk with a Shift_JIS line = %d %s, want line 2 rejected as Shift_JIS", status, raw)
	}
}

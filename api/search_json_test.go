package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"sagasu/index"
)

// stdJSON is what encoding/json writes for v with HTML not escaped, as
// the API wrote every answer before it wrote searches' itself.
func stdJSON(tb testing.TB, v any) []byte {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

var jsonStrings = []struct {
	name string
	in   string
}{
	{"empty", ""},
	{"kana and kanji", "東京都に住む　すまほ　カタカナ"},
	{"highlighted title", "<mark>日本</mark>代表が&quot;勝利&quot; &amp; 快進撃"},
	{"quote and backslash", `「"引用"」と C:\パス\ファイル`},
	{"control characters", "改行\nタブ\t復帰\r\b\f\x00\x01\x1f削除\x7f"},
	{"line and paragraph separators", "前\u2028中\u2029後"},
	{"neighbours of the separators", "\u2027\u202a\u20ac…―"},
	{"invalid byte", "あ\xffい"},
	{"cut three-byte character", "日本\xe8\xaa"},
	{"lone continuation bytes", "\x80\xbf語"},
	{"surrogate encoded", "a\xed\xa0\x80b"},
	{"overlong slash", "\xe0\x80\xaf\xc0\xaf"},
	{"lowest three-byte characters", "\xe0\xa0\x80ࠀ"},
	{"last characters before the surrogates", "\xed\x9f\xbf"},
	{"four-byte characters", "絵文字😀と𠮷野家"},
	{"byte order mark and replacement character", "\ufeff\ufffd\uffff"},
	{"full width", "ＡＩ１２３＆＜＞"},
	{"half-width katakana", "ｽﾏｰﾄﾌｫﾝ"},
	{"two-byte characters", "café ÀÉ Ωμ"},
}

func TestAppendJSONStringAsEncodingJSON(t *testing.T) {
	for _, tt := range jsonStrings {
		t.Run(tt.name, func(t *testing.T) {
			want := bytes.TrimSuffix(stdJSON(t, tt.in), []byte("\n"))
			if got := appendJSONString(nil, tt.in); !bytes.Equal(got, want) {
				t.Errorf("appendJSONString(%q) = %s, want %s", tt.in, got, want)
			}
		})
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, tt := range jsonStrings {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := bytes.TrimSuffix(stdJSON(t, s), []byte("\n"))
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestAppendJSONFloatAsEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		in   float64
	}{
		{"zero", 0},
		{"negative zero", math.Copysign(0, -1)},
		{"a score", 3.2591240625047},
		{"a time in ms", 1.052},
		{"whole", 12},
		{"negative", -0.75},
		{"smallest without exponent", 1e-6},
		{"below it", 9.99e-7},
		{"tiny", 1.5e-12},
		{"smallest", 5e-324},
		{"largest without exponent", 999999999999999900000},
		{"from 1e21", 1e21},
		{"large", 1.7976931348623157e308},
		{"negative tiny", -2e-8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := bytes.TrimSuffix(stdJSON(t, tt.in), []byte("\n"))
			got, ok := appendJSONFloat(nil, tt.in)
			if !ok || !bytes.Equal(got, want) {
				t.Errorf("appendJSONFloat(%v) = %s, %v, want %s", tt.in, got, ok, want)
			}
		})
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got, ok := appendJSONFloat(nil, f); ok {
			t.Errorf("appendJSONFloat(%v) = %s, want no JSON", f, got)
		}
	}
}

// filled returns v with every field set, through nested structs and
// slices, so that a field added to a response but not to its appendJSON
// shows as a difference from encoding/json.
func filled(t *testing.T, v reflect.Value, seed int) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		v.SetString("値" + strconv.Itoa(seed) + "<mark>\"")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(seed + 7))
	case reflect.Uint64:
		v.SetUint(uint64(seed + 11))
	case reflect.Float64:
		v.SetFloat(float64(seed) + 0.125)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			filled(t, s.Index(i), seed*3+i)
		}
		v.Set(s)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2012, 4, 1+seed%28, 9, 30, 0, 5000, index.JST)))
			return
		}
		for i := range v.NumField() {
			filled(t, v.Field(i), seed+i)
		}
	default:
		t.Fatalf("filled: no value for a %s: teach filled and appendJSON this field", v.Type())
	}
}

func TestSearchResponseJSONAsEncodingJSON(t *testing.T) {
	ctx := context.Background()
	var all searchResponse
	filled(t, reflect.ValueOf(&all).Elem(), 1)
	pages := []struct {
		name string
		r    index.Request
	}{
		{"a word", index.Request{Query: "日本"}},
		{"two words, 20 a page", index.Request{Query: "スマートフォン アプリ", PerPage: 20}},
		{"newest with a category", index.Request{Query: "映画", Sort: index.SortNewest, Categories: []string{"映画"}}},
		{"no query, newest", index.Request{Sort: index.SortNewest, PerPage: 50}},
		{"nothing found", index.Request{Query: "存在しない語句ではないかもしれないぬぬぬ"}},
	}
	tests := []struct {
		name string
		r    *searchResponse
	}{
		{"every field set", &all},
		{"nothing set", &searchResponse{}},
		{"empty lists", &searchResponse{Hits: []index.Hit{{Tags: []string{}}}, Facets: index.Facets{Category: []index.FacetValue{}, Month: []index.FacetValue{}}}},
		{"a time of another zone", &searchResponse{Hits: []index.Hit{{Published: time.Date(2011, 12, 31, 23, 59, 59, 999999999, time.FixedZone("", -(9*3600+30*60)))}}}},
	}
	for _, p := range pages {
		res, err := sample.Search(ctx, p.r)
		if err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		tests = append(tests, struct {
			name string
			r    *searchResponse
		}{"sample: " + p.name, &searchResponse{Total: res.Total, Relaxed: res.Relaxed, AllWords: res.AllWords,
			TookMS: float64(res.Took.Microseconds()) / 1000, Page: res.Page, PerPage: res.PerPage, Hits: res.Hits,
			Facets: res.Facets, NextCursor: res.NextCursor}})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.r.appendJSON(nil)
			if want := stdJSON(t, tt.r); !ok || !bytes.Equal(got, want) {
				t.Errorf("appendJSON = %v\n%s\nwant\n%s", ok, got, want)
			}
		})
	}
}

func TestSearchResponseWithoutJSON(t *testing.T) {
	tests := []struct {
		name string
		r    *searchResponse
	}{
		{"NaN score", &searchResponse{Hits: []index.Hit{{Score: math.NaN()}}}},
		{"infinite time taken", &searchResponse{TookMS: math.Inf(1)}},
		{"year past 9999", &searchResponse{Hits: []index.Hit{{Published: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := tt.r.appendJSON(nil); ok {
				t.Errorf("appendJSON = %s, want no JSON (encoding/json reports the error)", got)
			}
		})
	}
}

// TestSearchAnswerAsEncodingJSON: a search through the server answers the
// bytes encoding/json wrote, with their length; an answer with no JSON
// is still a 500.
func TestSearchAnswerAsEncodingJSON(t *testing.T) {
	res, err := sample.Search(context.Background(), index.Request{Query: "日本", PerPage: 20})
	if err != nil {
		t.Fatal(err)
	}
	bad := *res
	bad.Hits = append([]index.Hit{{ID: "nan", Score: math.NaN()}}, res.Hits...)
	tests := []struct {
		name   string
		res    *index.Result
		status int
	}{
		{"a page of the sample", res, http.StatusOK},
		{"a NaN score", &bad, http.StatusInternalServerError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _ := newTestServer(t, answered{Searcher: sample, res: tt.res})
			resp, err := http.Get(srv.URL + "/v1/search?q=" + "%E6%97%A5%E6%9C%AC")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if tt.status != http.StatusOK {
				return
			}
			want := stdJSON(t, searchResponse{Total: tt.res.Total, Relaxed: tt.res.Relaxed, AllWords: tt.res.AllWords,
				TookMS: float64(tt.res.Took.Microseconds()) / 1000, Page: tt.res.Page, PerPage: tt.res.PerPage,
				Hits: tt.res.Hits, Facets: tt.res.Facets, NextCursor: tt.res.NextCursor})
			if !bytes.Equal(body, want) {
				t.Errorf("body\n%s\nwant\n%s", body, want)
			}
			if cl := resp.Header.Get("Content-Length"); cl != strconv.Itoa(len(body)) || len(resp.TransferEncoding) > 0 {
				t.Errorf("Content-Length %q, Transfer-Encoding %v, want %d and none", cl, resp.TransferEncoding, len(body))
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
		})
	}
}

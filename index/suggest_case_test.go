package index

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestSuggestLatinAsWritten: a Latin word only the bodies have is offered
// as the articles write it (CEO, Web), not as the index holds it.
func TestSuggestLatinAsWritten(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a", Title: "新社長が就任", Body: "同社のCEOは、Webで新しい計画を発表した。", Published: day("2026-05-01")},
		Article{ID: "b", Title: "決算の発表", Body: "CEOが決算を説明し、Web会議で質問に答えた。", Published: day("2026-05-02")},
		Article{ID: "c", Title: "通販の伸び", Body: "ＣＥＯの話では、webでの販売が伸びた。", Published: day("2026-05-03")},
	)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ typed, want string }{{"ce", "CEO"}, {"we", "Web"}} {
		got, err := ix.Suggest(t.Context(), tt.typed, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == tt.want }) {
			t.Errorf("Suggest(%q) = %v, want %s", tt.typed, texts(got), tt.want)
		}
	}
}

// TestCaseSpellingKeepsNoBody: the spellings kept across rebuilds are
// copies, not slices of the long bodies they were read from (ten bodies
// of 500 KB had held 1.6 GB of heap after one rebuild). No build runs in
// the background: one started by the writes had been measured with it.
func TestCaseSpellingKeepsNoBody(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "index"), Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "Brand%c%c ", 'A'+i/26, 'a'+i%26)
	}
	b.WriteString(strings.Repeat("長い本文が続く。", 30_000)) // 720 KB
	for i := range suggestMinDocs {
		mustPut(t, ix, Article{ID: fmt.Sprint("long", i), Title: "長い記事", Body: b.String(), Published: day("2026-05-01")})
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	grown := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("heap grown by %d KB", grown>>10)
	// (Kept slices of the bodies grew it by 17 MB, the look-ups of long
	// bodies being bounded; copies by nothing.)
	if grown > 8<<20 {
		t.Errorf("the suggestion data grew the heap by %d MB for %d articles", grown>>20, suggestMinDocs)
	}
	if v, ok := ix.sug.cased.Load("brandaa"); !ok || v.(longCheck).spelling != "BrandAa" {
		t.Errorf("cased brandaa = %v, %v; want BrandAa", v, ok)
	}
}

// TestCaseSpellingByID: the spelling of a Latin word is read in the first
// articles by id, whatever order the index holds them in, so the same
// articles put in either order give the same spelling (the first articles
// a search listed had changed from one import to the next: web Web or
// WEB, do Do or do).
func TestCaseSpellingByID(t *testing.T) {
	var arts []Article
	for i := range 7 {
		word := "Nexo" // a01–a05
		if i >= 5 {
			word = "NEXO" // a06, a07
		}
		arts = append(arts, Article{ID: fmt.Sprintf("a%02d", i+1), Title: "新製品の発表",
			Body: "同社は" + word + "の新型を発表した。", Published: day("2026-05-01")})
	}
	for _, tc := range []struct {
		name    string
		reverse bool
	}{
		{"put by id", false},
		{"put in reverse", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := mustOpen(t)
			order := slices.Clone(arts)
			if tc.reverse {
				slices.Reverse(order)
			}
			for _, a := range order {
				mustPut(t, ix, a) // (one segment each)
			}
			if err := ix.RefreshSuggest(t.Context()); err != nil {
				t.Fatal(err)
			}
			v, ok := ix.sug.cased.Load("nexo")
			if !ok || v.(longCheck).spelling != "Nexo" {
				t.Errorf("cased nexo = %v, %v; want Nexo, as a01–a05 write it", v, ok)
			}
		})
	}
}

// TestCasePick: the spelling most of the articles read have, of equal
// counts the first read (by id), whatever order they come in otherwise.
func TestCasePick(t *testing.T) {
	for _, tc := range []struct {
		name string
		seen []string
		want string
	}{
		{"none read", nil, "web"},
		{"one", []string{"WEB"}, "WEB"},
		{"most", []string{"WEB", "Web", "Web"}, "Web"},
		{"most later", []string{"web", "WEB", "Web", "WEB", "web", "WEB"}, "WEB"},
		{"tie to the first", []string{"WEB", "Web", "Web", "WEB"}, "WEB"},
		{"tie to the first, other order", []string{"Web", "WEB", "WEB", "Web"}, "Web"},
		{"all different", []string{"Do", "DO", "do"}, "Do"},
		{"lower case most", []string{"web", "Web", "web"}, "web"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := casePick(tc.seen, "web"); got != tc.want {
				t.Errorf("casePick(%q) = %q, want %q", tc.seen, got, tc.want)
			}
		})
	}
}

// TestCaseSpellingNotAddresses: a word the first articles write in lower
// case only inside a URL is shown as the others write it (news of
// http://news.livedoor.com had been shown for NEWS).
func TestCaseSpellingNotAddresses(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "a1", Title: "記事の紹介", Body: "詳しくは http://news.example.com/a/1 を参照。", Published: day("2026-05-01")},
		Article{ID: "a2", Title: "動画の公開", Body: "動画は example.jp/news/2 で見られる。", Published: day("2026-05-02")},
		Article{ID: "a3", Title: "番組の開始", Body: "NEWSの新番組が始まる。", Published: day("2026-05-03")},
	)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
	if v, ok := ix.sug.cased.Load("news"); !ok || v.(longCheck).spelling != "NEWS" {
		t.Errorf("cased news = %v, %v; want NEWS", v, ok)
	}
}

// TestInAddress: lower-case letters in a URL, a mail address or a handle
// are in an address; a word before a number's point, or in a sentence,
// is not.
func TestInAddress(t *testing.T) {
	for _, tc := range []struct {
		name, before, after string
		want                bool
	}{
		{"host", "http://", ".livedoor.com", true},
		{"path", "nicovideo.jp/", "/lv1", true},
		{"handle", "@ld_", "", true},
		{"query", "?v=", "&x", true},
		{"sentence", "同社の", "は", false},
		{"number after a point", "", ".1", false},
		{"end of a sentence", "the ", ".", false},
		{"text start", "", " news", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := inAddress(tc.before, tc.after); got != tc.want {
				t.Errorf("inAddress(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
			}
		})
	}
}

package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// TestWidgetIsolatesTitles: a title that opens a right-to-left override
// (U+202E) and never closes it stays apart from what follows it on its
// line, in the related list and in the suggestions, with the widget's
// style and without it: the override had run on past the title, turning
// the date after it around and drawing it inside the title (2026/6/1 as
// 1/6/6202), and a suggestion's count inside its text.
func TestWidgetIsolatesTitles(t *testing.T) {
	bin := chromium(t)
	widget, err := os.ReadFile("../../api/web/widget.js")
	if err != nil {
		t.Fatal(err)
	}
	const title = "敵対 \u202eRTL逆順 テスト"
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/widget.js":
			w.Header().Set("Content-Type", "text/javascript")
			w.Write(widget)
		case "/v1/articles/x1/related":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"hits":[{"id":"x2","title":%q,"url":"https://news.example.jp/x2","published":"2026-06-01T09:00:00+09:00"},{"id":"x3","title":%q,"published":"2026-06-02T09:00:00+09:00"}]}`, title, title)
		case "/v1/suggest":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"suggestions":[{"text":%q,"kind":"title","count":1,"id":"x2"}]}`, title)
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<!doctype html><html lang="ja"><meta charset="utf-8"><title>記事</title>
<div id="box" data-sagasu="search"></div>
<div id="rel" data-sagasu="related" data-id="x1"></div>
<script src="/widget.js"%s></script>`, r.URL.Query().Get("script"))
		}
	}))
	defer site.Close()
	// after is true when the second element starts at or right of the
	// first's right edge: no part of it drawn inside the first.
	const after = `((a, b) => b.getBoundingClientRect().left >= a.getBoundingClientRect().right - 1)`
	for _, tc := range []struct{ name, script string }{
		{"in the widget style", ""},
		{"in the page style", ` data-style="none"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBrowser(t, bin)
			b.do("open the page", chromedp.Navigate(site.URL+"/?script="+tc.script), chromedp.WaitVisible(chromedp.CSS("#rel li")))
			for i, kind := range []string{"a link", "text"} {
				expr := fmt.Sprintf(`(() => { const li = document.querySelectorAll("#rel li")[%d]; return %s(li.querySelector(".sagasu-title"), li.querySelector(".sagasu-date")); })()`, i, after)
				if !eval[bool](b, "related "+kind, expr) {
					t.Errorf("the date of a related title as %s is drawn inside the title", kind)
				}
			}
			b.do("type", chromedp.Focus(chromedp.CSS("#box input")), cdpStep(input.InsertText, input.InsertTextParams{Text: "てき"}))
			poll[bool](b, "suggestions", `!document.querySelector("#box .sagasu-list").hidden || null`)
			expr := fmt.Sprintf(`(() => { const li = document.querySelector("#box .sagasu-list li"); return %s(li.firstChild, li.querySelector(".sagasu-kind")); })()`, after)
			if !eval[bool](b, "suggestion", expr) {
				t.Errorf("the count of a title suggestion is drawn inside its text")
			}
		})
	}
}

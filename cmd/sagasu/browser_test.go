package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// chromium finds the browser for the console test: $SAGASU_CHROMIUM or
// Debian's chromium on the PATH.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("SAGASU_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "Chromium is not installed: install it with `sudo apt-get install chromium` (Debian) or set SAGASU_CHROMIUM to a Chrome binary"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + "; .ci/run installs it in CI")
	}
	t.Skip(msg)
	return ""
}

// browser is a headless Chromium tab for a test: every step fails the test
// with its name, and the page's console errors are collected.
type browser struct {
	t        *testing.T
	ctx      context.Context
	mu       sync.Mutex
	errors   []string
	warnings []string
	// renders is the results' render count when status last returned.
	renders string
}

func newBrowser(t *testing.T, bin string) *browser {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		// Chromium's singleton socket and shared memory go to TMPDIR: the
		// test's own, removed after it, not /tmp.
		chromedp.Env("TMPDIR="+t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true), // containers often have a small /dev/shm
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("lang", "ja-JP"),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	b := &browser{t: t, ctx: ctx, renders: "0"}
	messages := chromedp.Console(ctx) // starts the browser
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			b.mu.Lock()
			if m.Type == chromedp.ConsoleError || m.IsException() {
				b.errors = append(b.errors, m.String()+" "+m.URL)
			} else if m.Type == chromedp.ConsoleWarning {
				b.warnings = append(b.warnings, m.String())
			}
			b.mu.Unlock()
		}
	}()
	return b
}

func (b *browser) consoleErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errors...)
}

func (b *browser) consoleWarnings() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.warnings...)
}

// do runs steps, failing the test with the step's name.
func (b *browser) do(step string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v\nconsole errors: %q", step, err, b.consoleErrors())
	}
}

// value runs one action that returns a value.
func value[T any](b *browser, step string, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.t.Fatalf("%s: %v\nconsole errors: %q", step, err, b.consoleErrors())
	}
	return v
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](b *browser, step, expr string) T {
	b.t.Helper()
	return value(b, step, chromedp.Evaluate[T](expr))
}

// poll waits until expr is truthy and returns its value.
func poll[T any](b *browser, step, expr string) T {
	b.t.Helper()
	return value(b, step, chromedp.Poll[T](expr, chromedp.WithPollingTimeout(15*time.Second)))
}

// query is the page's URL query.
func (b *browser) query() url.Values {
	b.t.Helper()
	u, err := url.Parse(value(b, "read the URL", chromedp.Location()))
	if err != nil {
		b.t.Fatal(err)
	}
	return u.Query()
}

// status waits for the results to be drawn again after the last call and
// returns the status line without its timing ("11件中 1〜10件目").
func (b *browser) status(step string) string {
	b.t.Helper()
	r := poll[[]string](b, step, `(() => { const box = document.getElementById("results");
		const n = box.dataset.renders || "0";
		return n !== `+strconv.Quote(b.renders)+` && !box.hasAttribute("aria-busy") ? [n, document.getElementById("status").firstChild.textContent] : null; })()`)
	b.renders = r[0]
	return r[1]
}

// cdpStep sends one protocol command as a step.
func cdpStep[P, R any](cmd cdp.Command[P, R], params P) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, cmd, params)
		return err
	})
}

// suggestionsJS lists the visible suggestions' texts.
const suggestionsJS = `[...document.querySelectorAll("#suggest-list li span:first-child")].map(e => e.textContent)`

// TestConsoleInBrowser drives the editors' console in headless Chromium
// against the real server on the sample articles.
func TestConsoleInBrowser(t *testing.T) {
	bin := chromium(t)
	base, stop := startServe(t, env(map[string]string{}), "-data-dir", t.TempDir(), "-log-level", "warn")
	defer stop()
	b := newBrowser(t, bin)

	b.do("open the console", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("q")))
	if start := b.status("first listing"); !strings.Contains(start, "件中") {
		t.Fatalf("the console opened with %q; want the newest articles listed", start)
	}

	// The chart is one Tab stop; the arrow keys move between the months
	// that have articles.
	if n := eval[int](b, "timeline tab stops", `document.querySelectorAll("#timeline rect[tabindex='0']").length`); n != 1 {
		t.Fatalf("the timeline has %d Tab stops, want 1", n)
	}
	b.do("focus the timeline", chromedp.Focus(chromedp.CSS("#timeline rect[tabindex='0']")), chromedp.KeyEvent(kb.Home))
	first := eval[string](b, "Home", `document.activeElement.dataset.month`)
	b.do("arrow right", chromedp.KeyEvent(kb.ArrowRight))
	if next := eval[[]string](b, "ArrowRight", `[document.activeElement.dataset.month, document.activeElement.getAttribute("tabindex"), document.querySelector("#timeline rect:not(.zero)").dataset.month]`); next[0] <= first || next[1] != "0" || next[2] != first {
		t.Fatalf("Home then ArrowRight: from %s to %v; want the next month with articles, now the Tab stop", first, next)
	}

	// Suggestions follow the kana an IME is still composing.
	b.do("compose じどう", chromedp.Focus(chromedp.ID("q")),
		cdpStep(input.ImeSetComposition, input.ImeSetCompositionParams{Text: "じどう", SelectionStart: 3, SelectionEnd: 3}))
	suggestions := poll[[]string](b, "suggestions while composing", `(() => { const s = `+suggestionsJS+`; return s.includes("自動運転") ? s : null; })()`)
	t.Logf("suggestions for じどう: %q", suggestions)

	// An Enter that confirms the conversion does not submit.
	if got := eval[string](b, "Enter while composing", `(() => {
		document.getElementById("q").dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", keyCode: 229, isComposing: true, bubbles: true}));
		document.getElementById("search").requestSubmit();
		return location.search; })()`); got != "" {
		t.Fatalf("an Enter during composition submitted the search: %s", got)
	}
	// Escape cancels the composition, and closes the list; Chromium then
	// fires no compositionend. Text entered after it without the IME (in
	// direct input, or pasted) must still submit: the box had stayed
	// "composing", and no Enter searched again.
	b.do("escape cancels the composition", chromedp.KeyEvent(kb.Escape))
	poll[bool](b, "after Escape while composing", `document.getElementById("q").value === "" && document.getElementById("suggest-list").hidden`)
	b.do("enter じどう without the IME", cdpStep(input.InsertText, input.InsertTextParams{Text: "じどう"}))

	// Keyboard only: down to 自動運転, Enter picks it and searches.
	idx := poll[int](b, "suggestions after composition", `(() => { const i = `+suggestionsJS+`.indexOf("自動運転");
		return i >= 0 && !document.getElementById("suggest-list").hidden ? i + 1 : null; })()`) - 1
	for range idx + 1 {
		b.do("arrow down", chromedp.KeyEvent(kb.ArrowDown))
	}
	if active := eval[string](b, "active option", `document.querySelector("#suggest-list [aria-selected=true] span").textContent`); active != "自動運転" {
		t.Fatalf("after %d × ArrowDown the active suggestion is %q, want 自動運転", idx+1, active)
	}
	b.do("pick it", chromedp.KeyEvent(kb.Enter))
	searched := b.status("search 自動運転")
	if q := b.query().Get("q"); q != "自動運転" {
		t.Fatalf("URL q = %q after picking 自動運転", q)
	}
	if marks := eval[[]string](b, "highlights", `[...document.querySelectorAll("#hits mark")].map(m => m.textContent)`); !slices.Contains(marks, "自動運転") {
		t.Fatalf("no <mark>自動運転</mark> in the results: %q (status %q)", marks, searched)
	}
	facets := categoryCounts(b)
	if len(facets) < 2 {
		t.Fatalf("category facet shows %v; want at least two categories for 自動運転", facets)
	}
	t.Logf("search 自動運転: %s; categories %v", searched, facets)

	// Tick the second category: the URL, the total and the hits follow.
	cat := eval[string](b, "tick a category", `(() => { const c = document.querySelectorAll("#categories input[type=checkbox]")[1]; c.focus(); c.click(); return c.value; })()`)
	filtered := b.status("category filter")
	if !eval[bool](b, "focus after ticking", `document.activeElement.matches("#categories input:checked") && document.activeElement.value === `+strconv.Quote(cat)) {
		t.Fatalf("after ticking %s the focus is on %s, not its checkbox", cat, eval[string](b, "focused", `document.activeElement.outerHTML.slice(0, 80)`))
	}
	if got := b.query()["category"]; len(got) != 1 || got[0] != cat {
		t.Fatalf("URL category = %q after ticking %q", got, cat)
	}
	if want := strconv.Itoa(facets[cat]) + "件中"; !strings.HasPrefix(filtered, want) {
		t.Fatalf("after ticking %s (facet count %d) the status reads %q", cat, facets[cat], filtered)
	}
	for _, m := range eval[[]string](b, "hit categories", `[...document.querySelectorAll("#hits .meta")].map(m => m.textContent)`) {
		if !strings.HasPrefix(m, cat) {
			t.Fatalf("hit %q is not in %s", m, cat)
		}
	}
	if after := categoryCounts(b); after[cat] != facets[cat] {
		t.Fatalf("the category facet should ignore its own filter: %v, before %v", after, facets)
	}

	// A month bar filters to its month.
	month := eval[string](b, "click a month bar", `(() => { const bar = [...document.querySelectorAll("#timeline rect.bar")].filter(r => !r.classList.contains("zero")).pop();
		bar.dispatchEvent(new MouseEvent("click", {bubbles: true})); return bar.dataset.month; })()`)
	monthly := b.status("month filter")
	t.Logf("%s in %s: %s", cat, month, monthly)
	v := b.query()
	if !strings.HasPrefix(v.Get("from"), month) || !strings.HasPrefix(v.Get("to"), month) || v.Get("category") != cat {
		t.Fatalf("URL after clicking %s: %v", month, v)
	}
	if sel := eval[string](b, "selected bar", `document.querySelector("#timeline rect.selected").dataset.month`); sel != month {
		t.Fatalf("selected bar %q, clicked %q", sel, month)
	}
	// The month shows in the date fields, and the search submitted again
	// keeps it.
	if from := eval[string](b, "from field", `document.getElementById("from").value`); !strings.HasPrefix(from, month) {
		t.Fatalf("開始日 shows %q after clicking %s", from, month)
	}
	eval[bool](b, "submit again", `(() => { document.getElementById("search").requestSubmit(); return true; })()`)
	if again := b.status("submitted again"); again != monthly || !strings.HasPrefix(b.query().Get("from"), month) {
		t.Fatalf("submitted again: %q, URL %v; want %q in %s", again, b.query(), monthly, month)
	}

	// Related articles with their reasons, then one of them.
	b.do("open related", chromedp.Click(chromedp.CSS("#hits [data-related]")), chromedp.WaitVisible(chromedp.CSS("#related-list li.related-hit")))
	related := eval[[]string](b, "related list", `[...document.querySelectorAll("#related-list li.related-hit")].map(li => li.textContent)`)
	if len(related) == 0 || !strings.Contains(related[0], "共通の語: ") {
		t.Fatalf("related panel: %q", related)
	}
	b.do("open a related article", chromedp.Click(chromedp.CSS("#related-list a[data-open]")))
	heading := poll[string](b, "article view", `(() => { const h = document.getElementById("article-h").textContent; return h && h !== "読み込み中…" ? h : null; })()`)
	if !strings.Contains(related[0], heading) {
		t.Fatalf("article view shows %q; the related item was %q", heading, related[0])
	}

	// The analyzer shows the tokens.
	b.do("analyze", chromedp.Click(chromedp.ID("open-analyze")),
		chromedp.SetValue(chromedp.ID("analyze-text"), "ｉＰｈｏｎｅ１５を発表した"),
		chromedp.Click(chromedp.CSS("#analyze-form button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#analyze-out tbody tr")))
	terms := eval[[]string](b, "analyzer terms", `[...document.querySelectorAll("#analyze-out tbody tr td:nth-child(2)")].map(td => td.textContent)`)
	if !slices.Contains(terms, "iphone") || !slices.Contains(terms, "発表") {
		t.Fatalf("analyzer terms %q", terms)
	}
	// Escape in a panel closes it and gives the focus back to what opened it.
	b.do("escape in the analyzer", chromedp.Focus(chromedp.ID("analyze-text")), chromedp.KeyEvent(kb.Escape))
	if !eval[bool](b, "analyzer closed", `document.getElementById("analyze").hidden && document.activeElement.id === "open-analyze"`) {
		t.Fatalf("after Escape in the analyzer: hidden %v, focus on %s", eval[bool](b, "hidden", `document.getElementById("analyze").hidden`), eval[string](b, "focused", `document.activeElement.outerHTML.slice(0, 80)`))
	}

	// Back: the month filter goes, the category stays; back again, it goes too.
	b.do("back", chromedp.NavigateBack())
	back := b.status("back to the category")
	if v := b.query(); v.Get("from") != "" || v.Get("category") != cat || back != filtered {
		t.Fatalf("after Back: URL %v, status %q; want category %s only and %q", v, back, cat, filtered)
	}
	if !eval[bool](b, "checkbox after back", `document.querySelector("#categories input:checked").value === `+strconv.Quote(cat)) {
		t.Fatalf("after Back the %s checkbox is not ticked", cat)
	}
	b.do("back again", chromedp.NavigateBack())
	if again := b.status("back to the query"); again != searched || b.query().Get("category") != "" {
		t.Fatalf("after a second Back: %q, URL %v; want %q", again, b.query(), searched)
	}

	// A shared link with odd values: a page past the results tells how far
	// they go; a date the API refuses is told in Japanese, with a way back
	// to the words alone; so is a server that does not answer.
	b.do("page 5000", chromedp.Navigate(base+"/?q=自動運転&page=5000"), chromedp.WaitVisible(chromedp.ID("q")))
	b.renders = "0"
	if got := b.status("page 5000"); !strings.Contains(got, "ページ目までです") {
		t.Fatalf("page=5000 reads %q; want how many pages there are", got)
	}
	b.do("a bad date", chromedp.Navigate(base+"/?q=自動運転&from=2026-13-45"), chromedp.WaitVisible(chromedp.CSS("#status .error")))
	if got := eval[string](b, "bad date message", `document.getElementById("status").textContent`); !strings.Contains(got, "開始日: 日付として読めません") || !strings.Contains(got, "2026-13-45") {
		t.Fatalf("from=2026-13-45 reads %q; want the reason in Japanese, the API's words beside it", got)
	}
	b.renders = eval[string](b, "renders", `document.getElementById("results").dataset.renders || "0"`)
	b.do("drop the filters", chromedp.Click(chromedp.CSS("#status a[data-clear]")))
	if got := b.status("without the filters"); got != searched || b.query().Get("from") != "" {
		t.Fatalf("without the filters: %q, URL %v; want %q", got, b.query(), searched)
	}
	for _, c := range []struct {
		name, status, code, want string
	}{
		{"server down", "0", "", "サーバーに接続できません"},
		{"too many requests", "429", "too_many_requests", "少し待って"},
		{"timeout", "504", "timeout", "混み合って"},
		{"unknown article", "404", "not_found", "記事が見つかりません"},
	} {
		expr := `import("/util.js").then(m => m.explain(` + c.status + `, "` + c.code + `", "english"))`
		if got := value(b, c.name, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise)); !strings.Contains(got, c.want) {
			t.Errorf("explain(%s, %q) = %q, want it to say %s", c.status, c.code, got, c.want)
		}
	}

	png := value(b, "screenshot", chromedp.FullScreenshot(90))
	shot := filepath.Join(t.TempDir(), "console.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", shot, len(png))
	// Chromium logs the 400 of the bad date as an error; no other.
	if e := slices.DeleteFunc(b.consoleErrors(), func(m string) bool { return strings.Contains(m, "from=2026-13-45") }); len(e) > 0 {
		t.Fatalf("the page logged errors: %q", e)
	}
}

// categoryCounts reads the category facet as shown.
func categoryCounts(b *browser) map[string]int {
	b.t.Helper()
	rows := eval[[][2]string](b, "category facet", `[...document.querySelectorAll("#categories label")].map(l => [l.querySelector("input").value, l.querySelector(".count").textContent])`)
	out := map[string]int{}
	for _, r := range rows {
		n, err := strconv.Atoi(r[1])
		if err != nil {
			b.t.Fatalf("category %s count %q", r[0], r[1])
		}
		out[r[0]] = n
	}
	return out
}

// TestWidgetInBrowser loads widget.js into a page of another origin, as a
// site would, with that origin allowed by --cors-origins: the search box
// suggests while typing kana and the related list fills.
func TestWidgetInBrowser(t *testing.T) {
	bin := chromium(t)
	var api string
	// A port nothing listens on: an API base that does not answer.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gone := "http://" + ln.Addr().String()
	ln.Close()
	// The site serves its page and, for the widgets given data-api of the
	// site itself, a stand-in API whose article has no url.
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/suggest":
			// Only for the whole word: no list for the kana on the way,
			// whose late answer could replace the list being chosen from.
			w.Header().Set("Content-Type", "application/json")
			if r.URL.Query().Get("q") != "ゆーあーるえる" {
				fmt.Fprint(w, `{"suggestions":[]}`)
				return
			}
			fmt.Fprint(w, `{"suggestions":[{"text":"URLのない記事","kind":"title","count":1,"id":"x1"}]}`)
			return
		case "/v1/articles/x1":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"id":"x1","title":"URLのない記事","body":"本文","published":"2026-01-05T09:00:00+09:00"}`)
			return
		case "/v1/articles/x1/related":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"hits":[{"id":"x2","title":"URLのない関連記事","published":"2026-01-06T09:00:00+09:00"}]}`)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="ja"><meta charset="utf-8"><title>記事</title>
<div id="box" data-sagasu="search"></div>
<div id="rel" data-sagasu="related" data-id="sg-0009" data-size="3"></div>
<div id="many" data-sagasu="related" data-id="sg-0009" data-size="50"></div>
<div id="box2" data-sagasu="search" data-api="%[2]s" data-action="%[2]s/found"></div>
<div id="rel2" data-sagasu="related" data-id="x1" data-api="%[2]s"></div>
<div id="gone" data-sagasu="related" data-id="sg-0009" data-api="%[3]s"></div>
<script src="%[1]s/widget.js"></script>`, api, "http://"+r.Host, gone)
	}))
	defer site.Close()
	base, stop := startServe(t, env(map[string]string{}), "-data-dir", t.TempDir(), "-log-level", "warn", "-cors-origins", site.URL)
	defer stop()
	api = base
	b := newBrowser(t, bin)

	b.do("open the site's page", chromedp.Navigate(site.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#rel li")))
	if n := eval[int](b, "related items", `document.querySelectorAll("#rel li").length`); n != 3 {
		t.Fatalf("related widget shows %d articles, want 3", n)
	}
	b.do("type じどう", chromedp.Focus(chromedp.CSS("#box input")), cdpStep(input.InsertText, input.InsertTextParams{Text: "じどう"}))
	got := poll[[]string](b, "widget suggestions", `(() => { const s = [...document.querySelectorAll("#box .sagasu-list li span:first-child")].map(e => e.textContent);
		return s.includes("自動運転") && !document.querySelector("#box .sagasu-list").hidden ? s : null; })()`)
	t.Logf("widget suggestions for じどう: %q", got)
	b.do("arrow down", chromedp.KeyEvent(kb.ArrowDown))
	if active := eval[string](b, "active option", `document.querySelector("#box [aria-selected=true] span").textContent`); active != got[0] {
		t.Fatalf("ArrowDown selected %q, want the first suggestion %q", active, got[0])
	}

	// A size past the API's 20 is 20 (50 had answered 400 and hidden the
	// list); an article without a url is text, not a link to "#"; a server
	// that does not answer hides its list and tells the developer what to
	// check.
	if n := eval[int](b, "size 50", `document.querySelectorAll("#many li").length`); n <= 3 || n > 20 {
		t.Errorf("data-size=50 shows %d articles, want up to 20", n)
	}
	if got := eval[string](b, "related without url", `document.querySelector("#rel2 .sagasu-title").outerHTML`); !strings.HasPrefix(got, "<span") {
		t.Errorf("a related article without url is %s, want a span", got)
	}
	if !eval[bool](b, "unreachable API", `document.getElementById("gone").hidden`) {
		t.Errorf("the related list of an API that does not answer is not hidden")
	}
	if w := strings.Join(b.consoleWarnings(), "\n"); !strings.Contains(w, "--cors-origins") {
		t.Errorf("no warning that names --cors-origins for an API that does not answer: %q", w)
	}

	// Escape that cancels a composition fires no compositionend in
	// Chromium; the box must not stay "composing" and refuse to submit.
	// A title suggestion without a url searches for the title.
	b.do("compose in the second box", chromedp.Focus(chromedp.CSS("#box2 input")),
		cdpStep(input.ImeSetComposition, input.ImeSetCompositionParams{Text: "ゆー", SelectionStart: 2, SelectionEnd: 2}),
		chromedp.KeyEvent(kb.Escape),
		cdpStep(input.InsertText, input.InsertTextParams{Text: "ゆーあーるえる"}))
	poll[bool](b, "stand-in suggestion", `!document.querySelector("#box2 .sagasu-list").hidden`)
	b.do("pick the title", chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter))
	var loc string
	for deadline := time.Now().Add(15 * time.Second); loc == "" && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		// The page navigates meanwhile: an evaluation may fail; try again.
		ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
		loc, _ = chromedp.Run(ctx, chromedp.Evaluate[string](`location.pathname === "/found" ? location.search : ""`))
		cancel()
	}
	if q, _ := url.ParseQuery(strings.TrimPrefix(loc, "?")); q.Get("q") != "URLのない記事" {
		t.Fatalf("picking a title without url went to /found%s, want q=URLのない記事", loc)
	}
	// Chromium logs the refused connection of #gone as an error; no other.
	e := slices.DeleteFunc(b.consoleErrors(), func(m string) bool { return strings.Contains(m, gone+"/") })
	if len(e) > 0 {
		t.Fatalf("the page logged errors: %q", e)
	}
}

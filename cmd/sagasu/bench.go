package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"

	"sagasu/index"
)

// runBench is the load tool: N clients send a query mix to a running
// server (closed loop) or requests go out at a fixed rate (open loop), for
// a duration or a number of requests; with -data-dir the same mix runs
// inside this process against the index package, the baseline that shows
// what HTTP, JSON and middleware cost.
// maxBenchRate bounds the open loop's rate (one request every 10 µs): past
// 10^9 a second the ticker's interval is 0, and well before, a goroutine
// a request piles up unsent.
const maxBenchRate = 100_000

func runBench(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c benchConfig
	f := newFlags("bench", getenv, stderr)
	f.string(&c.addr, "addr", "SAGASU_BENCH_ADDR", "127.0.0.1:8080", "server `address` (host:port or URL) to load")
	f.string(&c.dataDir, "data-dir", "SAGASU_BENCH_DATA_DIR", "", "run in process against this index `directory` instead of over HTTP")
	f.int(&c.clients, "clients", "SAGASU_BENCH_CLIENTS", 4, "concurrent clients (closed loop)")
	f.duration(&c.duration, "duration", "SAGASU_BENCH_DURATION", 30*time.Second, "how long to run")
	f.duration(&c.warmup, "warmup", "SAGASU_BENCH_WARMUP", 0, "run the workload this long first, unmeasured (in process the index was just opened: its first requests read its pages and fill its caches, as a server's first requests do)")
	f.int(&c.requests, "requests", "SAGASU_BENCH_REQUESTS", 0, "stop after this many requests (0: no limit but -duration)")
	f.int(&c.rate, "rate", "SAGASU_BENCH_RATE", 0, "open loop: send this many requests per second regardless of answers (0: closed loop; at most 100000)")
	f.string(&c.mix, "mix", "SAGASU_BENCH_MIX", "search,facets,related,suggest", "request kinds of the built-in mix: search, facets, related, suggest")
	f.string(&c.queries, "queries", "SAGASU_BENCH_QUERIES", "", "`file` of requests, one per line: a search query, or a path such as /v1/suggest?q=… (replaces the mix)")
	f.int(&c.seed, "seed", "SAGASU_BENCH_SEED", 1, "random `seed` for the mix")
	f.bool(&c.json, "json", "SAGASU_BENCH_JSON", false, "print the report as JSON")
	answerCacheFlag(f, &c.answerCache) // (in process; a server has its own)
	f.int(&c.gcPercent, "gc-percent", "SAGASU_GC_PERCENT", defaultGCPercent, "in process: Go garbage collector target `percent` (GOGC), as serve's, so that the engine runs as it does in a server")
	if err := f.parse(args); err != nil {
		return err
	}
	if err := f.noArguments("a file of requests is --queries FILE, a server --addr, an index --data-dir"); err != nil {
		return err
	}
	if err := checkGCPercent(c.gcPercent); err != nil {
		return err
	}
	if err := checkBenchRanges(c); err != nil {
		return err
	}
	if err := checkAnswerCache(c.answerCache); err != nil {
		return err
	}
	var target benchTarget
	if c.dataDir != "" {
		// The collector tuned as serve tunes it: at Go's default (100)
		// a search in process had collected twice as often as in the
		// server it is compared with.
		defer tuneGC(serveConfig{gcPercent: c.gcPercent, memoryLimit: defaultMemoryLimit}, getenv)()
		ix, err := index.Open(c.dataDir, index.Options{AnswerCache: c.answerCache << 20, MustExist: true})
		if err != nil {
			return err
		}
		defer ix.Close()
		if err := ix.RefreshSuggest(ctx); err != nil {
			return err
		}
		target = &inProcess{ix: ix}
	} else {
		base, err := baseURL(c.addr)
		if err != nil {
			return err
		}
		target = &overHTTP{base: base, client: &http.Client{
			Timeout:   30 * time.Second,
			Transport: &http.Transport{MaxIdleConnsPerHost: c.clients + 16, MaxConnsPerHost: 0},
		}}
	}
	work, err := c.workload(ctx, target)
	if err != nil {
		return err
	}
	if c.warmup > 0 {
		warm := c
		warm.duration, warm.requests = c.warmup, 0
		warm.run(ctx, target, work)
	}
	rep := c.run(ctx, target, work)
	if c.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		rep.print(stdout)
	}
	if rep.Requests > 0 && rep.Errors == rep.Requests {
		// (The figures measured failures: a script must not take them
		// for the server's.)
		return fmt.Errorf("bench: every one of the %d requests failed (the first errors are listed above)", rep.Requests)
	}
	return nil
}

type benchConfig struct {
	addr, dataDir, mix, queries string
	clients, requests, rate     int
	seed                        int
	answerCache                 int // MiB, in process
	gcPercent                   int // in process
	duration, warmup            time.Duration
	json                        bool
}

// baseURL accepts host:port or a URL; only http(s) to the given address.
func baseURL(addr string) (string, error) {
	if !strings.Contains(addr, "://") {
		addr = "http://" + addr
	}
	u, err := url.Parse(addr)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("-addr %q: give host:port or an http(s) URL", addr)
	}
	return strings.TrimSuffix(u.Scheme+"://"+u.Host+u.Path, "/"), nil
}

// request is one request of the workload: a kind (for the report) and a
// path with query string.
type request struct {
	kind string
	path string
}

// benchTarget answers a request, returning the bytes of the answer.
type benchTarget interface {
	do(ctx context.Context, r request) (int, error)
	ids(ctx context.Context) ([]string, error)
}

// builtinQueries are what readers of a news site type: single words,
// compounds, names, several words, kana, Latin.
var builtinQueries = []string{
	"iPhone", "スマートフォン", "映画", "サッカー 日本代表", "独身女性", "Android アプリ", "ソフトバンク",
	"婚活", "東京", "新型 発表", "ダイエット", "ゲーム", "テレビ", "監督", "結婚", "ドコモ", "カメラ",
	"えいが", "けっこん", "Twitter", "Facebook", "電子書籍", "震災", "ランキング", "恋愛", "女子会",
}

// builtinPrefixes are what the suggestion box sees while readers type.
var builtinPrefixes = func() []string {
	var out []string
	for _, w := range []string{"じどううんてん", "jidou", "すまほ", "iphone", "さっかー", "えいが", "けっこん", "ソフトバンク", "andoroido"} {
		rs := []rune(w)
		for i := 1; i <= len(rs); i++ {
			out = append(out, string(rs[:i]))
		}
	}
	return out
}()

// workload builds the requests: from -queries, or the built-in mix.
func (c *benchConfig) workload(ctx context.Context, t benchTarget) ([]request, error) {
	if c.queries != "" {
		return readWorkload(c.queries)
	}
	kinds := strings.Split(c.mix, ",")
	rng := rand.New(rand.NewSource(int64(c.seed)))
	var ids []string
	if slices.Contains(kinds, "related") {
		var err error
		if ids, err = t.ids(ctx); err != nil {
			return nil, fmt.Errorf("bench: the article ids for related requests: %w", err)
		}
		if len(ids) == 0 {
			return nil, errors.New("bench: the index has no articles to ask related articles of; import some, or leave related out of --mix")
		}
	}
	var out []request
	for i := 0; i < 4096; i++ {
		kind := strings.TrimSpace(kinds[i%len(kinds)])
		q := url.QueryEscape(builtinQueries[rng.Intn(len(builtinQueries))])
		switch kind {
		case "search":
			out = append(out, request{kind, "/v1/search?q=" + q})
		case "facets":
			out = append(out, request{kind, "/v1/search?q=" + q + "&sort=newest&from=2000-01-01&per_page=20"})
		case "related":
			out = append(out, request{kind, "/v1/articles/" + ids[rng.Intn(len(ids))] + "/related"})
		case "suggest":
			out = append(out, request{kind, "/v1/suggest?q=" + url.QueryEscape(builtinPrefixes[rng.Intn(len(builtinPrefixes))])})
		default:
			return nil, fmt.Errorf("-mix: unknown kind %q; use search, facets, related, suggest", kind)
		}
	}
	return out, nil
}

// readWorkload reads a query file: a line starting with / is a path, any
// other line a search query.
func readWorkload(path string) ([]request, error) {
	f, _, err := openFile(path, "a file of requests")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []request
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "/"):
			kind := strings.TrimPrefix(strings.SplitN(line, "?", 2)[0], "/v1/")
			out = append(out, request{kind, line})
		default:
			out = append(out, request{"search", "/v1/search?q=" + url.QueryEscape(line)})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s holds no requests", path)
	}
	return out, nil
}

// run sends the workload and measures it.
func (c *benchConfig) run(ctx context.Context, t benchTarget, work []request) *benchReport {
	ctx, cancel := context.WithTimeout(ctx, c.duration)
	defer cancel()
	rec := newRecorder()
	var sent atomic.Int64
	next := func() (request, bool) {
		n := sent.Add(1)
		if c.requests > 0 && n > int64(c.requests) {
			return request{}, false
		}
		return work[int(n-1)%len(work)], true
	}
	one := func(r request) {
		start := time.Now()
		bytes, err := t.do(ctx, r)
		if ctx.Err() != nil && err != nil {
			return // cut off by the end of the run, not a failure
		}
		rec.add(r.kind, time.Since(start), bytes, err)
	}
	start, cpu := time.Now(), processCPU()
	var wg sync.WaitGroup
	if c.rate > 0 {
		// Open loop: one request every 1/rate, each on its own goroutine,
		// so a slow answer does not slow the sending.
		tick := time.NewTicker(time.Second / time.Duration(c.rate))
		defer tick.Stop()
	loop:
		for {
			select {
			case <-ctx.Done():
				break loop
			case <-tick.C:
				r, ok := next()
				if !ok {
					break loop
				}
				wg.Add(1)
				go func() { defer wg.Done(); one(r) }()
			}
		}
	} else {
		for range c.clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					r, ok := next()
					if !ok {
						return
					}
					one(r)
				}
			}()
		}
	}
	wg.Wait()
	rep := rec.report(time.Since(start), c)
	if rep.Requests > 0 {
		rep.CPUPerRequest = float64((processCPU() - cpu).Microseconds()) / 1000 / float64(rep.Requests)
	}
	return rep
}

// processCPU is the CPU time, user and system, this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// recorder collects latencies per kind.
type recorder struct {
	mu     sync.Mutex
	took   map[string][]time.Duration
	errs   map[string]int
	bytes  int64
	sample map[string]string
}

func newRecorder() *recorder {
	return &recorder{took: map[string][]time.Duration{}, errs: map[string]int{}, sample: map[string]string{}}
}

func (r *recorder) add(kind string, d time.Duration, bytes int, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bytes += int64(bytes)
	if err != nil {
		r.errs[kind]++
		if r.sample[kind] == "" {
			r.sample[kind] = err.Error()
		}
		return
	}
	r.took[kind] = append(r.took[kind], d)
}

// benchReport is what bench prints.
type benchReport struct {
	Mode      string  `json:"mode"`
	Clients   int     `json:"clients,omitempty"`
	Rate      int     `json:"rate,omitempty"`
	Seconds   float64 `json:"seconds"`
	Requests  int     `json:"requests"`
	Errors    int     `json:"errors"`
	PerSecond float64 `json:"requests_per_second"`
	Bytes     int64   `json:"bytes"`
	// CPUPerRequest is this process's CPU in ms a request: in process
	// the engine's (a server's CPU beside the client's over HTTP is
	// read from the server's process).
	CPUPerRequest float64      `json:"cpu_ms_per_request"`
	Kinds         []kindReport `json:"kinds"`
	FirstErrors   []string     `json:"first_errors,omitempty"`
}

type kindReport struct {
	Kind     string  `json:"kind"`
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	P50      float64 `json:"p50_ms"`
	P90      float64 `json:"p90_ms"`
	P99      float64 `json:"p99_ms"`
	Max      float64 `json:"max_ms"`
}

func (r *recorder) report(elapsed time.Duration, c *benchConfig) *benchReport {
	r.mu.Lock()
	defer r.mu.Unlock()
	rep := &benchReport{Mode: "http", Clients: c.clients, Rate: c.rate, Seconds: elapsed.Seconds(), Bytes: r.bytes}
	if c.dataDir != "" {
		rep.Mode = "in-process"
	}
	if c.rate > 0 {
		rep.Clients = 0
	}
	var all []time.Duration
	kinds := map[string]bool{}
	for k := range r.took {
		kinds[k] = true
	}
	for k := range r.errs {
		kinds[k] = true
	}
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range kinds {
			if !yield(k) {
				return
			}
		}
	}) {
		d := r.took[k]
		all = append(all, d...)
		rep.Kinds = append(rep.Kinds, summarize(k, d, r.errs[k]))
		rep.Errors += r.errs[k]
		if r.sample[k] != "" {
			rep.FirstErrors = append(rep.FirstErrors, k+": "+r.sample[k])
		}
	}
	rep.Kinds = append(rep.Kinds, summarize("all", all, rep.Errors))
	rep.Requests = len(all) + rep.Errors
	rep.PerSecond = float64(rep.Requests) / elapsed.Seconds()
	return rep
}

func summarize(kind string, d []time.Duration, errs int) kindReport {
	slices.Sort(d)
	at := func(p float64) float64 {
		if len(d) == 0 {
			return 0
		}
		return float64(d[min(len(d)-1, int(p*float64(len(d))))].Microseconds()) / 1000
	}
	k := kindReport{Kind: kind, Requests: len(d) + errs, Errors: errs, P50: at(0.5), P90: at(0.9), P99: at(0.99)}
	if len(d) > 0 {
		k.Max = float64(d[len(d)-1].Microseconds()) / 1000
	}
	return k
}

func (r *benchReport) print(w io.Writer) {
	loop := fmt.Sprintf("%d clients, closed loop", r.Clients)
	if r.Rate > 0 {
		loop = fmt.Sprintf("open loop at %d/s", r.Rate)
	}
	who := "the client"
	if r.Mode == "in-process" {
		who = "this process"
	}
	fmt.Fprintf(w, "%s, %s, %.1f s: %d requests (%.0f/s), %d errors, %.1f MB; CPU of %s %.3f ms a request\n", r.Mode, loop, r.Seconds, r.Requests, r.PerSecond, r.Errors, float64(r.Bytes)/1e6, who, r.CPUPerRequest)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\trequests\terrors\tp50 ms\tp90 ms\tp99 ms\tmax ms\t")
	for _, k := range r.Kinds {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t\n", k.Kind, k.Requests, k.Errors, k.P50, k.P90, k.P99, k.Max)
	}
	tw.Flush()
	for _, e := range r.FirstErrors {
		fmt.Fprintln(w, "first error:", e)
	}
}

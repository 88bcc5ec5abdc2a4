package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"sagasu/api"
	"sagasu/data"
	"sagasu/index"
)

// defaultGCPercent: a search allocates for every match, and with Go's
// default of 100 the collector took a fifth of the CPU at 100,000
// articles; 200 gave 15–30% more requests per second for about 200 MB
// more heap there.
const defaultGCPercent = 200

// defaultMemoryLimit (MiB) is well above what serving takes (the Go heap
// was under 500 MB at a million articles) and keeps the GC percent from
// tripling the heap that a burst of long writes holds.
const defaultMemoryLimit = 1536

// minMemoryLimit (MiB) is above the heap an open index holds at
// livedoor's size (about 150 MiB with its suggestions): under a limit of
// 1 to 128 MiB the collector ran after every search, 30 collections and
// 17 times the CPU of 30 searches under the default.
const minMemoryLimit = 256

// maxMemoryLimit (MiB, 16 TiB) is beyond any machine's memory, and far
// from the 2^43 MiB where the limit in bytes passes an int64.
const maxMemoryLimit = 1 << 24

// defaultAnswerCache (MiB) keeps a few thousand pages of search results
// and related lists; every write empties it.
const defaultAnswerCache = 32

// maxAnswerCache (MiB) is far more than any site's popular queries take.
const maxAnswerCache = 4096

// answerCacheFlag registers -answer-cache on f.
func answerCacheFlag(f *flags, p *int) {
	f.int(p, "answer-cache", "SAGASU_ANSWER_CACHE", defaultAnswerCache, "memory in `MiB` for the latest answers to searches and related-article requests (a popular query is computed once per write); every write empties it; 0 for none")
}

// checkAnswerCache checks the value of -answer-cache.
func checkAnswerCache(mib int) error {
	if mib < 0 || mib > maxAnswerCache {
		return fmt.Errorf("-answer-cache %d: use 0 (none) to %d MiB", mib, maxAnswerCache)
	}
	return nil
}

type serveConfig struct {
	addr            string
	dataDir         string
	logLevel        string
	sample          bool
	requestTimeout  time.Duration
	shutdownTimeout time.Duration
	maxBody         int
	bulkLimit       int
	apiKey          string
	corsOrigins     string
	backupDir       string
	pprof           string
	gcPercent       int
	memoryLimit     int // MiB
	answerCache     int // MiB
	maxConns        int // 0: from the open-file limit (connLimit)
}

func parseServe(args []string, getenv func(string) string, stderr io.Writer) (serveConfig, error) {
	var c serveConfig
	f := newFlags("serve", getenv, stderr)
	f.string(&c.addr, "addr", "SAGASU_ADDR", "127.0.0.1:8080", "listen `address`")
	f.string(&c.dataDir, "data-dir", "SAGASU_DATA_DIR", "./sagasu-data", "index `directory` (created when missing)")
	f.string(&c.logLevel, "log-level", "SAGASU_LOG_LEVEL", "info", "log `level`: debug, info, warn or error")
	f.bool(&c.sample, "sample", "SAGASU_SAMPLE", true, "load the embedded sample articles into a newly created index")
	f.duration(&c.requestTimeout, "request-timeout", "SAGASU_REQUEST_TIMEOUT", 10*time.Second, "limit on one request's work, and on the wait for its body (a bulk body may take longer while it arrives at 32 KiB/s or more)")
	f.duration(&c.shutdownTimeout, "shutdown-timeout", "SAGASU_SHUTDOWN_TIMEOUT", 15*time.Second, "grace period for in-flight requests on SIGINT, SIGTERM or SIGHUP")
	f.int(&c.maxBody, "max-body", "SAGASU_MAX_BODY", 1<<20, "request body limit in `bytes` (an article write may take 6 MiB + 64 KiB, the longest JSON of a valid article, or 4 times this if larger; a related draft at least 2 MiB + 128 KiB)")
	f.int(&c.bulkLimit, "bulk-limit", "SAGASU_BULK_LIMIT", 64<<20, "bulk import body limit in `bytes`")
	f.string(&c.apiKey, "api-key", "SAGASU_API_KEY", "", "`key` that enables the write, export and admin API (sent as Authorization: Bearer key)")
	f.string(&c.corsOrigins, "cors-origins", "SAGASU_CORS_ORIGINS", "", "comma-separated `origins` allowed to call the read API from a browser (* for any)")
	f.string(&c.backupDir, "backup-dir", "SAGASU_BACKUP_DIR", "", "`directory` that POST /v1/admin/backup writes backups into")
	f.string(&c.pprof, "pprof", "SAGASU_PPROF", "", "serve net/http/pprof on this loopback `address` (e.g. 127.0.0.1:6060)")
	f.int(&c.gcPercent, "gc-percent", "SAGASU_GC_PERCENT", defaultGCPercent, "Go garbage collector target `percent` (GOGC): heap growth between collections")
	f.int(&c.memoryLimit, "memory-limit", "SAGASU_MEMORY_LIMIT", defaultMemoryLimit, "soft limit in `MiB` on the Go heap (GOMEMLIMIT; the index's mmapped files are not counted): the collector runs more often near it, so bursts of long writes do not grow the process by the GC percent; 0 for none")
	answerCacheFlag(f, &c.answerCache)
	f.int(&c.maxConns, "max-conns", "SAGASU_MAX_CONNS", 0, "open client `connections` at most (more wait to be accepted); 0 for half the process's open-file limit, so the index always has files to open")
	if err := f.parse(args); err != nil {
		return c, err
	}
	if f.fs.NArg() > 0 {
		return c, fmt.Errorf("serve takes no arguments, got %q", f.fs.Args())
	}
	// (As $SAGASU_API_KEY is: a key read from a file ends with a line
	// break, and a client's header value never carries one.)
	c.apiKey = strings.TrimSpace(c.apiKey)
	if err := checkAPIKey(c.apiKey); err != nil {
		return c, err
	}
	if c.maxConns < 0 {
		return c, fmt.Errorf("-max-conns %d: use 0 (from the open-file limit) or a number of connections", c.maxConns)
	}
	if c.memoryLimit < 0 || c.memoryLimit > maxMemoryLimit || (c.memoryLimit > 0 && c.memoryLimit < minMemoryLimit) {
		// (In bytes past 2^63 the limit had wrapped: 2^44 MiB set a limit
		// of 0 bytes, and the collector ran without pause; so it did under
		// a limit below the heap an open index holds: -memory-limit 1.)
		return c, fmt.Errorf("-memory-limit %d: use 0 (none) or a size in MiB of at least %d and at most %d (under a smaller limit the heap of an open index is over it, and the collector runs without pause)", c.memoryLimit, minMemoryLimit, maxMemoryLimit)
	}
	if err := checkAnswerCache(c.answerCache); err != nil {
		return c, err
	}
	if err := checkGCPercent(c.gcPercent); err != nil {
		return c, err
	}
	if err := checkListenAddr("-addr", c.addr, "127.0.0.1:8080"); err != nil {
		return c, err
	}
	if err := checkDataDir(c.dataDir); err != nil {
		return c, err
	}
	if err := api.CheckOrigins(splitList(c.corsOrigins)); err != nil {
		return c, fmt.Errorf("-cors-origins: %w", err)
	}
	if c.pprof != "" {
		if err := checkLoopback(c.pprof); err != nil {
			return c, err
		}
	}
	if err := checkPositive(c); err != nil {
		return c, err
	}
	if c.maxBody > maxMaxBody || c.bulkLimit > maxBulkLimit {
		// (A body is read whole: a limit near the largest int had
		// overflowed where the limit is checked.)
		return c, fmt.Errorf("-max-body %d, -bulk-limit %d: use at most %d and %d bytes", c.maxBody, c.bulkLimit, maxMaxBody, maxBulkLimit)
	}
	return c, nil
}

// checkPositive names the limit that is out of range: the message had
// listed all four (-request-timeout, -max-body and -bulk-limit must be
// positive, -shutdown-timeout not negative) whichever was given.
func checkPositive(c serveConfig) error {
	switch {
	case c.requestTimeout <= 0:
		return fmt.Errorf("-request-timeout %s: give a positive duration, e.g. 10s", c.requestTimeout)
	case c.requestTimeout < minRequestTimeout:
		// (1ns or 1ms, a unit slipped, had started a server that
		// answered every search 504 and timed out every body.)
		return fmt.Errorf("-request-timeout %s: use at least %s: it bounds each request's work and the wait for its body, and under a second a search on a busy server or a write's body times out (e.g. 10s)", c.requestTimeout, minRequestTimeout)
	case c.shutdownTimeout < 0:
		return fmt.Errorf("-shutdown-timeout %s: give a duration of 0s or more, e.g. 15s", c.shutdownTimeout)
	case c.maxBody <= 0:
		return fmt.Errorf("-max-body %d: give a positive number of bytes, e.g. 1048576", c.maxBody)
	case c.bulkLimit <= 0:
		return fmt.Errorf("-bulk-limit %d: give a positive number of bytes, e.g. 67108864", c.bulkLimit)
	}
	return nil
}

// checkAPIKey refuses a key that no client can send as "Authorization:
// Bearer KEY", which would turn the write API on and never match: white
// space or a control character inside it (a Bearer token has none; the
// key itself is not repeated in the message).
func checkAPIKey(key string) error {
	i := strings.IndexFunc(key, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) })
	if i < 0 {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(key[i:])
	return fmt.Errorf("-api-key: the key has %U at character %d; a key is sent as Authorization: Bearer KEY, which holds no white space or control character: use letters, digits and - . _ ~ + / =", r, utf8.RuneCountInString(key[:i])+1)
}

// minRequestTimeout is the shortest -request-timeout taken.
const minRequestTimeout = time.Second

// The largest -max-body (a request body is read into memory) and
// -bulk-limit (a bulk import is streamed).
const (
	maxMaxBody   = 1 << 30
	maxBulkLimit = 1 << 40
)

// runServe serves the API until ctx is done: the configuration, then the
// index opened behind the listener already bound, then the HTTP server
// until a signal, and its shutdown with a grace period.
func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, log, err := serveSetup(args, getenv, stderr)
	if err != nil {
		return err
	}
	defer tuneGC(cfg, getenv)()
	defer stdLogAsJSON(log)()
	// The address first: one in use is reported before an index is
	// created and filled with the sample. Connections wait in the
	// kernel's backlog until the index is open.
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("-addr %s: %w", cfg.addr, err)
	}
	defer ln.Close()
	if cfg.pprof != "" {
		// (Before the index too: a -pprof address in use, or -addr's own,
		// had been found only after the index was open, and reported as
		// an address in use without saying which flag gave it.)
		stop, err := servePprof(cfg.pprof, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	start := time.Now()
	ix, err := openIndex(cfg, log)
	if err != nil {
		return err
	}
	wait := closeWait
	defer func() { closeIndex(ix, log, wait) }()
	if err := readyIndex(ctx, ix, cfg, log, start); err != nil {
		return err
	}

	gate := newConnGate(ln, connLimit(cfg.maxConns))
	if w := lowFileLimit(); w != "" && cfg.maxConns == 0 {
		log.Warn(w)
	}
	ln = gate
	fmt.Fprintf(stdout, "listening on http://%s\n", ln.Addr())
	if cfg.apiKey == "" {
		log.Info("the write, export and admin API is off; set --api-key to enable it")
	}
	srv, drain := newServer(cfg, ix, log, gate)
	began, err := serveUntilDone(ctx, srv, ln, drain, cfg.shutdownTimeout, log)
	wait = closeWaitWithin(began, cfg.shutdownTimeout, time.Now())
	if p := ix.ReindexProgress(); p.Running {
		// (It had ended with the process without a word: the log's last
		// line was "shutting down", the reindex asked for left running.)
		log.Warn("a reindex was running: it stops with the server, the index in use unchanged; ask for it again after the restart", "copied", p.Copied, "total", p.Total)
	}
	return err
}

// serveSetup reads serve's flags and environment, checks the backup
// directory against the data directory, and builds the logger.
func serveSetup(args []string, getenv func(string) string, stderr io.Writer) (serveConfig, *slog.Logger, error) {
	cfg, err := parseServe(args, getenv, stderr)
	if err != nil {
		return cfg, nil, err
	}
	if cfg.backupDir != "" {
		if err := checkBackupDir(cfg.backupDir, cfg.dataDir); err != nil {
			return cfg, nil, err
		}
	}
	log, err := newLogger(stderr, cfg.logLevel)
	if err != nil {
		return cfg, nil, err
	}
	return cfg, log, nil
}

// tuneGC sets the collector's target percent and, unless GOMEMLIMIT is
// set, its memory limit, and returns the func that restores both.
func tuneGC(cfg serveConfig, getenv func(string) string) (restore func()) {
	gcPercent := debug.SetGCPercent(cfg.gcPercent)
	if cfg.memoryLimit > 0 && getenv("GOMEMLIMIT") == "" {
		// (GOMEMLIMIT, when set, is the Go runtime's own and wins.)
		memoryLimit := debug.SetMemoryLimit(int64(cfg.memoryLimit) << 20)
		return func() {
			debug.SetMemoryLimit(memoryLimit)
			debug.SetGCPercent(gcPercent)
		}
	}
	return func() { debug.SetGCPercent(gcPercent) }
}

// openIndex opens (or creates, with the sample articles when asked) the
// index in the data directory.
func openIndex(cfg serveConfig, log *slog.Logger) (*index.Index, error) {
	opts := index.Options{Logger: log, AnswerCache: cfg.answerCache << 20}
	if cfg.sample {
		// Loaded before the new index is named: a crash while they load
		// leaves no half-filled index behind.
		opts.Initial = data.SampleArticles
	}
	return index.Open(cfg.dataDir, opts)
}

// readyIndex builds the suggestions of a newly loaded sample and logs the
// open index, with the time since start.
func readyIndex(ctx context.Context, ix *index.Index, cfg serveConfig, log *slog.Logger, start time.Time) error {
	if ix.Created() && cfg.sample {
		n, _ := ix.Count()
		log.Info("loaded the sample articles", "indexed", n)
		// Suggest from the first request rather than after the
		// background rebuild's debounce.
		if err := ix.RefreshSuggest(ctx); err != nil {
			return fmt.Errorf("building suggestions for the sample articles: %w", err)
		}
	}
	n, _ := ix.Count()
	log.Info("index open", "dir", cfg.dataDir, "articles", n, "took", time.Since(start))
	return nil
}

// newServer builds the HTTP server of the API on ix, its connections
// tracked by gate. On shutdown it tells the API to drain (bulk imports
// stop in time to answer) near the end of the grace period; drain holds
// that timer, for serveUntilDone to stop.
func newServer(cfg serveConfig, ix *index.Index, log *slog.Logger, gate *connGate) (srv *http.Server, drain *atomic.Pointer[time.Timer]) {
	draining := make(chan struct{})
	srv = &http.Server{
		Handler: api.New(ix, log, api.Options{
			Draining:       draining,
			RequestTimeout: cfg.requestTimeout,
			BodyLimit:      int64(cfg.maxBody),
			BulkLimit:      int64(cfg.bulkLimit),
			APIKey:         cfg.apiKey,
			CORSOrigins:    splitList(cfg.corsOrigins),
			BackupDir:      cfg.backupDir,
		}),
		// No read or write timeout: bulk imports and exports stream for as
		// long as they need. The API bounds the wait for each body
		// itself (--request-timeout, a minimum rate for bulk), the work
		// by --request-timeout, and slow headers by ReadHeaderTimeout.
		ReadHeaderTimeout: headerTimeout,
		IdleTimeout:       30 * time.Second, // an idle keep-alive holds a connection until a new one needs it (see connGate)
		ConnState:         gate.track,
		ConnContext:       connContext, // the API tells the gate how bodies arrive
		// Room for the longest query string a route accepts, so that a
		// documented limit is answered by the API (JSON), not by Go's
		// server (a text/plain 431).
		MaxHeaderBytes: api.MaxHeaderBytes,
		ErrorLog:       slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	drain = new(atomic.Pointer[time.Timer]) // (Shutdown runs this func on a goroutine of its own)
	srv.RegisterOnShutdown(func() {
		// Requests in flight may finish in the grace period; a bulk import
		// that is still reading near its end stops in time to say how far
		// it got.
		drain.Store(time.AfterFunc(cfg.shutdownTimeout-min(cfg.shutdownTimeout/3, drainMargin), func() { close(draining) }))
	})
	return srv, drain
}

// serveUntilDone serves srv on ln until ctx is done (SIGINT, SIGTERM),
// then shuts it down, giving requests in flight the grace period; it
// returns when the shutdown began, or the error that ended serving
// before one did.
func serveUntilDone(ctx context.Context, srv *http.Server, ln net.Listener, drain *atomic.Pointer[time.Timer], grace time.Duration, log *slog.Logger) (time.Time, error) {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return time.Time{}, err
	case <-ctx.Done():
	}
	began := time.Now()
	log.Info("shutting down", "grace", grace)
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		log.Warn("in-flight requests cut off", "err", err)
	}
	if t := drain.Load(); t != nil {
		t.Stop()
	}
	return began, nil
}

// headerTimeout bounds the wait for a request line and its headers.
const headerTimeout = 5 * time.Second

// drainMargin is the part of a shutdown's grace period (a third at most)
// that a bulk import stopped near its end has to write what it read and
// answer.
const drainMargin = 5 * time.Second

// closeWait is the least time serve waits to close the index on the way
// out: a request cut off at the end of the grace period may still hold
// it.
const closeWait = 5 * time.Second

// closeWaitWithin is how long serve waits to close the index after a
// shutdown that began at began: what is left of the grace period, and
// closeWait at least (closeWait alone when serving ended otherwise).
// Closing writes the suggestion files: a fixed 5 s had run out at
// 100,000 articles on a loaded machine while the suggestions were being
// built, and nothing was kept.
func closeWaitWithin(began time.Time, grace time.Duration, now time.Time) time.Duration {
	if began.IsZero() {
		return closeWait
	}
	return max(closeWait, began.Add(grace).Sub(now))
}

// closeIndex closes ix, or gives up after wait: every acknowledged write
// is already on disk, so exiting with the index open loses nothing.
func closeIndex(ix io.Closer, log *slog.Logger, wait time.Duration) {
	done := make(chan error, 1)
	go func() { done <- ix.Close() }()
	select {
	case err := <-done:
		if err != nil {
			log.Error("closing the index", "err", err)
		}
	case <-time.After(wait):
		// (Not only a request: the suggestions a server builds at the
		// start on an index without them, a backup's, take 20 s on
		// livedoor, and a shutdown then had blamed requests no client
		// had sent.)
		log.Warn("the index did not close in time: a request cut off, or the suggestions being built, still hold it; exiting without closing it (acknowledged writes are on disk)", "waited", wait)
	}
}

// splitList splits a comma-separated flag value.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// servePprof serves the Go profiler on its own listener, which must be on
// a loopback address: profiles reveal too much to leave reachable.
func servePprof(addr string, log *slog.Logger) (stop func(), err error) {
	if err := checkLoopback(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("-pprof %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	log.Info("pprof listening", "addr", ln.Addr().String())
	return func() { srv.Close() }, nil
}

// checkListenAddr refuses an address that net.Listen would take for a
// port of the kernel's choosing on every interface: an empty one, or one
// with an empty port (":", "localhost:"). ":0" and "host:0" ask for a
// free port in so many words, and stay allowed. example is a good value
// of the flag.
func checkListenAddr(flag, addr, example string) error {
	if strings.TrimSpace(addr) == "" {
		return fmt.Errorf("%s is empty; give host:port, e.g. %s", flag, example)
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%s %q: give host:port, e.g. %s (%v)", flag, addr, example, err)
	}
	if port == "" {
		_, p, _ := net.SplitHostPort(example)
		return fmt.Errorf("%s %q: the port is empty; give one, e.g. %s", flag, addr, net.JoinHostPort(host, p))
	}
	return nil
}

func checkLoopback(addr string) error {
	if err := checkListenAddr("-pprof", addr, "127.0.0.1:6060"); err != nil {
		return err
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("-pprof %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("-pprof %q: only a loopback address (127.0.0.1, ::1, localhost) is allowed", addr)
	}
	return nil
}

// checkGCPercent refuses a garbage collector target (-gc-percent of
// serve, import and bench) outside 50–1000.
func checkGCPercent(p int) error {
	if p < 50 || p > 1000 {
		return fmt.Errorf("-gc-percent %d: use 50–1000", p)
	}
	return nil
}

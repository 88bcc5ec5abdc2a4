package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"sagasu/index"
)

// metrics are the server's Prometheus metrics, on a registry of its own
// (so tests can run several servers).
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	bulkLines *prometheus.CounterVec
}

func newMetrics(ix Searcher) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sagasu_http_requests_total", Help: "HTTP requests by route pattern, method and status.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "sagasu_http_request_duration_seconds", Help: "HTTP request latency by route pattern and method.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10},
		}, []string{"route", "method"}),
		bulkLines: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sagasu_bulk_lines_total", Help: "Lines received by the bulk import API, by result.",
		}, []string{"result"}),
	}
	gauge := func(name, help string, f func() float64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, f)
	}
	m.reg.MustRegister(m.requests, m.latency, m.bulkLines,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		gauge("sagasu_articles", "Articles in the index.", func() float64 {
			n, _ := ix.Count()
			return float64(n)
		}),
		gauge("sagasu_reindex_running", "1 while a reindex runs.", func() float64 {
			if ix.ReindexProgress().Running {
				return 1
			}
			return 0
		}),
		gauge("sagasu_reindex_copied_articles", "Articles copied by the running or last reindex.", func() float64 {
			return float64(ix.ReindexProgress().Copied)
		}),
		gauge("sagasu_reindex_total_articles", "Articles the running or last reindex copies.", func() float64 {
			return float64(ix.ReindexProgress().Total)
		}),
		gauge("sagasu_suggest_entries", "Suggestions in the current suggestion data.", func() float64 {
			return float64(ix.SuggestStats().Entries)
		}),
		gauge("sagasu_suggest_bytes", "Approximate memory of the current suggestion data.", func() float64 {
			return float64(ix.SuggestStats().Bytes)
		}),
		gauge("sagasu_suggest_build_seconds", "How long the last rebuild of the suggestion data took.", func() float64 {
			return ix.SuggestStats().Took.Seconds()
		}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "sagasu_answer_cache_hits_total", Help: "Searches and related lists answered from the answer cache."}, func() float64 {
			return float64(ix.AnswerStats().Hits)
		}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "sagasu_answer_cache_misses_total", Help: "Searches and related lists by id the answer cache did not hold."}, func() float64 {
			return float64(ix.AnswerStats().Misses)
		}),
		gauge("sagasu_answer_cache_entries", "Answers in the answer cache.", func() float64 {
			return float64(ix.AnswerStats().Entries)
		}),
		gauge("sagasu_answer_cache_bytes", "Approximate memory of the answer cache.", func() float64 {
			return float64(ix.AnswerStats().Bytes)
		}),
	)
	return m
}

// middleware observes every request under its route pattern, which keeps
// the label set small (unknown paths share one label).
func (m *metrics) middleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		start := time.Now()
		err := next(c)
		_, status := echo.ResolveResponseStatus(c.Response(), err)
		if err != nil {
			status, _, _ = classify(err)
		}
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		method := methodLabel(c.Request().Method)
		m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Inc()
		m.latency.WithLabelValues(route, method).Observe(time.Since(start).Seconds())
		return err
	}
}

// methodLabel is the method label of a request: the standard methods by
// name, anything else as "other". A client may send any token as the
// method (Go's server accepts up to the header limit), and each distinct
// label value would be a new time series kept for the life of the
// process.
func methodLabel(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "other"
}

// bulk counts the lines of a bulk import.
func (m *metrics) bulk(rep *index.ImportReport) {
	m.bulkLines.WithLabelValues("created").Add(float64(rep.Created))
	m.bulkLines.WithLabelValues("updated").Add(float64(rep.Updated))
	m.bulkLines.WithLabelValues("rejected").Add(float64(rep.Rejected))
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

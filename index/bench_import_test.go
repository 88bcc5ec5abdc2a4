package index

import (
	"bytes"
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// BenchmarkImport compares an import with the analysis it does, on the
// same 2,000 corpus articles in the same run: "analysis" builds and
// analyses their documents in batches as Import does (on every core, with
// nothing written), "import" runs Import into a new index opened as a
// server opens it, and "bulk" does what sagasu import does: Import into a
// new index opened with BulkImport, then Compact. "alternated" runs the
// three in turn in each op, so that each meets the same load.
//
// The goal is import ≥ 0.75 × analysis in throughput on the same cores.
// On a shared machine wall time is the other jobs' as much as the
// import's, so each phase also reports the process's CPU time (user and
// system, from getrusage) per MB of title and body text, and the cores
// it kept busy (CPU time ÷ wall). The analysis's CPU per MB ÷ a phase's
// is its throughput ratio on the same cores when both keep every core
// busy; a phase that keeps fewer busy is slower than its CPU ratio by
// the cores it leaves idle (the benchmark logs which).
func BenchmarkImport(b *testing.B) {
	path := needCorpus(b)
	arts := loadCorpus(b, 2000)
	var size int64
	for _, a := range arts {
		size += int64(len(a.Title) + len(a.Body))
	}
	jsonl := corpusLines(b, path, len(arts))
	analyse := func(b *testing.B, ix *Index) {
		for i := 0; i < len(arts); i += DefaultBatchSize {
			if _, err := ix.prepare(arts[i:min(i+DefaultBatchSize, len(arts))]); err != nil {
				b.Fatal(err)
			}
		}
	}
	load := func(b *testing.B, ix *Index, bulk bool) {
		if _, err := ix.Import(context.Background(), bytes.NewReader(jsonl), ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		if bulk {
			if err := ix.Compact(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("analysis", func(b *testing.B) {
		ix := openBench(b, false)
		defer ix.Close()
		var m phaseMeter
		b.SetBytes(size)
		for b.Loop() {
			m.run(func() { analyse(b, ix) })
		}
		b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		m.report(b, "", size)
	})
	for _, bulk := range []bool{false, true} {
		name := "import"
		if bulk {
			name = "bulk"
		}
		b.Run(name, func(b *testing.B) {
			var m phaseMeter
			b.SetBytes(size)
			for b.Loop() {
				b.StopTimer()
				ix := openBench(b, bulk)
				b.StartTimer()
				m.run(func() { load(b, ix, bulk) })
				b.StopTimer()
				ix.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			m.report(b, "", size)
		})
	}
	b.Run("alternated", func(b *testing.B) {
		var analysis, imp, blk phaseMeter
		for b.Loop() {
			ix := openBench(b, false)
			analysis.run(func() { analyse(b, ix) })
			imp.run(func() { load(b, ix, false) })
			ix.Close()
			ix = openBench(b, true)
			blk.run(func() { load(b, ix, true) })
			ix.Close()
		}
		analysis.report(b, "analysis-", size)
		imp.report(b, "import-", size)
		blk.report(b, "bulk-", size)
		imp.compare(b, "import", &analysis)
		blk.compare(b, "bulk", &analysis)
	})
}

// openBench opens a new index for BenchmarkImport, as a server opens one
// or, with bulk, as sagasu import does.
func openBench(b *testing.B, bulk bool) *Index {
	b.Helper()
	ix, err := Open(filepath.Join(b.TempDir(), "ix"), Options{NoSuggest: true, BulkImport: bulk})
	if err != nil {
		b.Fatal(err)
	}
	return ix
}

// phaseMeter sums the process's CPU time and the wall time of the runs of
// one phase of a benchmark.
type phaseMeter struct {
	cpu, wall time.Duration
	runs      int
}

// run runs f and adds its CPU and wall time to the meter. The CPU is the
// whole process's: the phase's own goroutines and the runtime's (the
// collector, scorch's persister and merger) alike.
func (m *phaseMeter) run(f func()) {
	cpu, start := cpuTime(), time.Now()
	f()
	m.cpu += cpuTime() - cpu
	m.wall += time.Since(start)
	m.runs++
}

// cpuPerMB is the CPU time per MB of text, in milliseconds, over runs of
// size bytes each.
func (m *phaseMeter) cpuPerMB(size int64) float64 {
	if m.runs == 0 || size == 0 {
		return 0
	}
	return float64(m.cpu.Milliseconds()) / (float64(size) * float64(m.runs) / 1e6)
}

// cores is how many cores the phase kept busy on average: CPU ÷ wall.
func (m *phaseMeter) cores() float64 {
	if m.wall <= 0 {
		return 0
	}
	return m.cpu.Seconds() / m.wall.Seconds()
}

// report reports the phase's CPU per MB and the cores it kept busy, each
// metric's name prefixed.
func (m *phaseMeter) report(b *testing.B, prefix string, size int64) {
	b.ReportMetric(m.cpuPerMB(size), prefix+"cpu-ms/MB")
	b.ReportMetric(m.cores(), prefix+"cores")
}

// compare reports the phase's throughput on the same cores as a share of
// the analysis's by CPU (the analysis's CPU per MB ÷ the phase's), and
// logs when either kept under nine tenths of the cores busy: the ratio
// is then of the work done per MB, not of the throughput.
func (m *phaseMeter) compare(b *testing.B, name string, analysis *phaseMeter) {
	if m.cpu <= 0 {
		return
	}
	ratio := float64(analysis.cpu) / float64(m.cpu) // (the same bytes and runs)
	b.ReportMetric(ratio, name+"/analysis-cpu")
	busy := 0.9 * float64(runtime.GOMAXPROCS(0))
	for _, p := range []struct {
		name string
		m    *phaseMeter
	}{{"analysis", analysis}, {name, m}} {
		if c := p.m.cores(); c < busy {
			b.Logf("%s kept %.2f of %d cores busy: %s/analysis %.3f by CPU is not its throughput ratio (by wall %.3f)", p.name, c, runtime.GOMAXPROCS(0), name, ratio, float64(analysis.wall)/float64(m.wall))
		}
	}
}

package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"sagasu/index"
)

// maxListedRejections bounds the rejected lines printed in the summary.
const maxListedRejections = 50

func runImport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var dataDir string
	var batch, gcPercent int
	var compact bool
	f := newFlags("import", getenv, stderr)
	f.string(&dataDir, "data-dir", "SAGASU_DATA_DIR", "./sagasu-data", "index `directory` (created when missing)")
	f.int(&batch, "batch-size", "SAGASU_BATCH_SIZE", index.DefaultBatchSize, "articles per write batch")
	f.int(&gcPercent, "gc-percent", "SAGASU_GC_PERCENT", defaultGCPercent, "Go garbage collector target `percent` (GOGC): heap growth between collections")
	f.bool(&compact, "compact", "SAGASU_COMPACT", true, "merge the index into one segment after the import (faster searches). The import leaves the merging of its batches to it: 2.8 s after livedoor's 19 s, 15 s after 100,000 articles; with false the import merges them as it goes")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.fs.NArg() != 1 {
		return errors.New("usage: sagasu import [flags] FILE.jsonl (\"-\" reads stdin)")
	}
	if err := checkDataDir(dataDir); err != nil {
		return err
	}
	if batch < 1 || batch > 100000 {
		return fmt.Errorf("-batch-size %d: use 1–100000", batch)
	}
	if err := checkGCPercent(gcPercent); err != nil {
		return err
	}
	// Analysis allocates for every token: at 200 the collector takes a
	// tenth less of the import's CPU than at Go's 100, for a few hundred
	// MB more heap.
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	name := f.fs.Arg(0)
	in, size, err := openInput(name)
	if err != nil {
		return err
	}
	defer in.Close()
	// What the file is, from its first bytes, before an index is made
	// for it: no UTF-8 text (each line had been rejected as a JSON error
	// at '\xff'), or nothing at all.
	br := bufio.NewReaderSize(in, 64<<10)
	if err := checkInput(name, br); err != nil {
		return err
	}

	// A compaction follows: the import need not merge its segments.
	ix, err := index.Open(dataDir, index.Options{NoSuggest: true, BulkImport: compact})
	if err != nil {
		return err
	}
	defer ix.Close()

	progress := newProgress(stderr, size)
	rep, err := ix.Import(ctx, br, index.ImportOptions{BatchSize: batch, Progress: progress.update})
	progress.finish()
	if rep != nil {
		printSummary(stdout, name, rep)
	}
	if err != nil {
		return importFailed(err, rep)
	}
	if rep.Indexed == 0 && rep.Rejected > 0 {
		// (Some lines imported is a success with a list of the others,
		// as a bulk request's 200 is; none is a failure a script sees.)
		return fmt.Errorf("import: none of the %d lines of %s was imported; mend them as the list above says", rep.Rejected, name)
	}
	if rep.Indexed == 0 {
		return fmt.Errorf("import: %s has no articles, only blank lines; nothing was imported", name)
	}
	if compact && rep.Indexed > 0 {
		start := time.Now()
		fmt.Fprintf(stderr, "compacting the index…\n")
		switch err := ix.Compact(ctx); {
		case errors.Is(err, index.ErrCompact):
			// (The articles are in; only the merge into one segment
			// could not be written. It had waited for ever.)
			fmt.Fprintf(stderr, "import: %v; the %d articles are imported and searchable, in the segments the import wrote (a server merges them as it runs, once there is room)\n", err, rep.Indexed)
		case err != nil:
			return err
		default:
			fmt.Fprintf(stdout, "compacted the index in %s\n", time.Since(start).Round(time.Millisecond))
		}
	}
	// Built now and kept beside the index, the suggestions (and the words
	// kana queries are read by) are there from a server's first request.
	start := time.Now()
	fmt.Fprintf(stderr, "building the suggestions…\n")
	if err := ix.RefreshSuggest(ctx); err != nil {
		return fmt.Errorf("import: the articles are imported, but their suggestions were not built (a server builds them at its start): %w", err)
	}
	fmt.Fprintf(stdout, "built the suggestions in %s\n", time.Since(start).Round(time.Millisecond))
	return ix.Close()
}

// importFailed says what an import stopped by a batch it could not save
// left in the index and what to do, before the index's words (which end
// with bleve's: `segment: … persist err: write …: no space left on
// device`, all an import into a full disk had said).
func importFailed(err error, rep *index.ImportReport) error {
	if !errors.Is(err, index.ErrStorage) {
		return err
	}
	kept := "no article was written to the index"
	if rep != nil && rep.Indexed > 0 {
		kept = fmt.Sprintf("the %d articles counted above are in the index, the lines after them were not imported", rep.Indexed)
	}
	if errors.Is(err, index.ErrOpenFiles) {
		return fmt.Errorf("import: a batch could not be saved to disk (the open-file limit was reached): %s; raise the limit (ulimit -n) and import the file again (an article imported again is replaced): %w", kept, err)
	}
	return fmt.Errorf("import: a batch could not be saved to disk (is the disk full, or a quota or file size limit reached?): %s; free space and import the file again (an article imported again is replaced): %w", kept, err)
}

func openInput(name string) (io.ReadCloser, int64, error) {
	if name == "-" {
		return io.NopCloser(os.Stdin), -1, nil
	}
	f, size, err := openFile(name, "a JSONL file")
	if err != nil {
		return nil, 0, err
	}
	return f, size, nil
}

// checkInput refuses an input that holds no JSONL of articles, told by
// its first bytes as the HTTP API tells a body: a gzip file, UTF-16 or
// UTF-32 text (with a byte order mark, or ASCII with NULs beside each
// character), NUL bytes (no text: /dev/zero), or nothing at all.
func checkInput(name string, br *bufio.Reader) error {
	p, err := br.Peek(4)
	if len(p) == 0 {
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		return fmt.Errorf("import: %s is empty: the file has no articles; nothing was imported", name)
	}
	nul := func(i int) bool { return i < len(p) && p[i] == 0 }
	switch {
	case bytes.HasPrefix(p, []byte{0x1f, 0x8b}):
		return fmt.Errorf("import: %s: the file is gzip-compressed; decompress it first (gunzip, or zcat FILE | sagasu import -)", name)
	case len(p) == 4 && nul(0) && nul(1) && nul(2) && nul(3):
		// (/dev/zero had been read for ever, a line too long at a
		// time, counting no line.)
		return fmt.Errorf("import: %s starts with NUL bytes: it is no text (a device such as /dev/zero, or a binary file); nothing was imported", name)
	case bytes.HasPrefix(p, []byte{0xff, 0xfe, 0, 0}), bytes.HasPrefix(p, []byte{0, 0, 0xfe, 0xff}),
		len(p) == 4 && (nul(0) && nul(1) && nul(2) && !nul(3) || !nul(0) && nul(1) && nul(2) && nul(3)):
		return fmt.Errorf("import: %s: the file is UTF-32; convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)", name)
	case bytes.HasPrefix(p, []byte{0xff, 0xfe}), bytes.HasPrefix(p, []byte{0xfe, 0xff}),
		len(p) == 4 && (!nul(0) && nul(1) && !nul(2) && nul(3) || nul(0) && !nul(1) && nul(2) && !nul(3)):
		return fmt.Errorf("import: %s: the file is UTF-16; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)", name)
	}
	return nil
}

func printSummary(w io.Writer, name string, rep *index.ImportReport) {
	secs := rep.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(rep.Indexed) / secs
	}
	fmt.Fprintf(w, "indexed %d articles from %s in %s (%.0f articles/s, %.2f MB/s); rejected %d lines\n",
		rep.Indexed, filepath.Base(name), rep.Elapsed.Round(time.Millisecond), rate, float64(rep.Bytes)/1e6/max(secs, 1e-9), rep.Rejected)
	for i, r := range rep.Rejections {
		if i == maxListedRejections {
			fmt.Fprintf(w, "  … and %d more rejected lines\n", rep.Rejected-i)
			break
		}
		id := ""
		if r.ID != "" {
			id = " (id " + r.ID + ")"
		}
		fmt.Fprintf(w, "  line %d%s: %s\n", r.Line, id, r.Reason)
	}
}

// progress shows a bar on a terminal and a plain line at most every two
// seconds otherwise (logs, CI), and the last state when done.
type progress struct {
	w       io.Writer
	size    int64
	bar     *progressbar.ProgressBar
	last    time.Time
	latest  index.ImportProgress
	printed bool // latest is on the screen
}

func newProgress(w io.Writer, size int64) *progress {
	p := &progress{w: w, size: size}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(size,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("importing"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) update(s index.ImportProgress) {
	if p.bar != nil {
		_ = p.bar.Set64(s.Bytes)
		return
	}
	p.latest, p.printed = s, false
	if time.Since(p.last) < 2*time.Second {
		return
	}
	p.last = time.Now()
	p.print(s)
}

func (p *progress) print(s index.ImportProgress) {
	p.printed = true
	pct := ""
	if p.size > 0 {
		pct = fmt.Sprintf(" (%.0f%%)", 100*float64(s.Bytes)/float64(p.size))
	}
	fmt.Fprintf(p.w, "import: %d lines%s, %d indexed, %d rejected, %.0f articles/s\n",
		s.Lines, pct, s.Indexed, s.Rejected, float64(s.Indexed)/max(s.Elapsed.Seconds(), 1e-9))
}

func (p *progress) finish() {
	switch {
	case p.bar != nil:
		_ = p.bar.Finish()
	case !p.printed && p.latest.Lines > 0:
		p.print(p.latest)
	}
}

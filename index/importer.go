package index

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync/atomic"
	"time"
)

// DefaultBatchSize is the number of articles Import writes per batch: large
// enough that bleve's per-batch persistence cost is amortised, small enough
// to bound memory.
const DefaultBatchSize = 500

// maxLineBytes bounds one JSONL line: the longest JSON a valid article can
// take, however it is escaped. The line buffer is reused, so an import
// holds at most one line of this size.
const maxLineBytes = MaxArticleJSONBytes

// ImportOptions configure Import. The zero value is ready to use.
type ImportOptions struct {
	BatchSize int                  // articles per batch (which also ends at maxBatchBytes of text); 0 means DefaultBatchSize
	Progress  func(ImportProgress) // called after every batch, if set
	Items     bool                 // record every line's result in the report
}

// ImportProgress is a running count, reported after each batch.
type ImportProgress struct {
	Lines    int           // lines read, blank lines included
	Bytes    int64         // bytes read
	Indexed  int           // articles written
	Rejected int           // lines rejected
	Elapsed  time.Duration // since the import started
}

// Rejection is a line Import skipped, and why.
type Rejection struct {
	Line   int    `json:"line"` // 1-based
	ID     string `json:"id,omitempty"`
	Reason string `json:"reason"`
}

// ImportReport summarises an import.
type ImportReport struct {
	ImportProgress
	Created, Updated int
	Rejections       []Rejection  // the first MaxListedRejections of the Rejected lines
	Items            []ImportItem // with ImportOptions.Items, one per non-blank line, in line order, of the rejected lines those in Rejections
}

// MaxListedRejections bounds the rejected lines an import lists: a body of
// millions of bad lines would otherwise be answered with hundreds of MB.
const MaxListedRejections = 1000

// ImportItem is what became of one line.
type ImportItem struct {
	Line   int    `json:"line"`
	ID     string `json:"id,omitempty"`
	Result string `json:"result"`           // created, updated or rejected
	Reason string `json:"reason,omitempty"` // why it was rejected
}

// Import reads JSONL articles from r and indexes them in batches. A bad line
// is recorded in the report and skipped; it never stops the import or costs
// the good lines around it. Parsing and analysing the next batches overlap
// with writing the current one. Import stops early only when ctx ends or
// the index fails.
func (ix *Index) Import(ctx context.Context, r io.Reader, opts ImportOptions) (*ImportReport, error) {
	size := opts.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	im := &importer{ix: ix, ctx: ctx, opts: opts, size: size, start: time.Now(), rep: &ImportReport{}}
	// Three stages: this goroutine parses lines, the next analyses a
	// batch on every core, the last writes it; analysing the next batch
	// overlaps with bleve building and persisting the current one.
	im.batches = make(chan importBatch, 1)
	ready := make(chan analysedBatch)
	go im.analyse(ready)
	done := make(chan error, 1)
	go im.writeBatches(ready, done)

	readErr := im.read(r)
	close(im.batches)
	err := <-done
	im.finish()
	if err == nil {
		err = readErr
	}
	return im.rep, err
}

// importer is one Import under way. Each field belongs to one stage: the
// reading stage (Import's goroutine) fills batches and counts lines and
// rejections, the writing stage counts the articles written; rep is
// shared, each stage writing its own fields of it.
type importer struct {
	ix    *Index
	ctx   context.Context
	opts  ImportOptions
	size  int       // articles per batch
	start time.Time // when the import started
	rep   *ImportReport

	// The reading stage's.
	lr         *lineReader
	batches    chan importBatch // to the analysis stage
	batch      importBatch      // the batch being filled
	batchBytes int64            // its text (see textBytes)

	// The writing stage's.
	indexed atomic.Int64 // articles written, read by the progress reports too
	written []ImportItem // the writer's, read after done
	failed  atomic.Bool  // a write failed: the stages before it stop
}

// importBatch is a batch of articles read, each with its 1-based line.
type importBatch struct {
	arts []Article
	at   []int
}

// analysedBatch is a batch ready to write (or the error that stopped its
// analysis); release gives back its admission.
type analysedBatch struct {
	importBatch
	p       *prepared
	err     error
	release func()
}

// analyse is the middle stage: it admits and analyses each batch read and
// passes it on to be written, closing ready when the reading has ended.
// Once a write has failed it passes the batches on unanalysed: none will
// be written.
func (im *importer) analyse(ready chan<- analysedBatch) {
	defer close(ready)
	for b := range im.batches {
		if im.failed.Load() {
			ready <- analysedBatch{b, nil, errImportFailed, func() {}}
			continue
		}
		// The writes finish whatever the request does (see writeBatches).
		release, err := im.ix.admit(context.WithoutCancel(im.ctx), b.arts)
		if err != nil {
			ready <- analysedBatch{b, nil, err, func() {}}
			continue
		}
		p, err := im.ix.prepare(b.arts)
		ready <- analysedBatch{b, p, err, release}
	}
}

// writeBatches is the last stage: it writes each analysed batch and counts
// what became of its lines. After the first error it writes no more, but
// still takes (and releases) every batch so the stages before it finish;
// that error, or nil, goes to done once ready is closed.
func (im *importer) writeBatches(ready <-chan analysedBatch, done chan<- error) {
	var err error
	for b := range ready {
		var created []bool
		if err == nil {
			if err = b.err; err == nil {
				// Lines read whole are written even when the
				// request that brought them ends early (a client
				// that hangs up mid-body): the answer says how many.
				created, err = im.ix.write(context.WithoutCancel(im.ctx), b.p)
			}
		}
		b.release()
		if err != nil {
			im.failed.Store(true)
			continue
		}
		im.indexed.Add(int64(len(b.arts)))
		im.countWritten(b, created)
	}
	done <- err
}

// countWritten counts a written batch's articles as created or updated
// and, with ImportOptions.Items, records each one's result.
func (im *importer) countWritten(b analysedBatch, created []bool) {
	for i, c := range created {
		result := "updated"
		if c {
			result = "created"
			im.rep.Created++
		} else {
			im.rep.Updated++
		}
		if im.opts.Items {
			im.written = append(im.written, ImportItem{Line: b.at[i], ID: b.arts[i].ID, Result: result})
		}
	}
}

// read is the first stage: it reads r line by line, rejects the lines that
// are no valid article, and sends the others on in batches, the last one
// included. It returns what stopped it before the end of r (ctx ending, r
// failing), or nil.
func (im *importer) read(r io.Reader) error {
	im.lr = newLineReader(im.ctx, r, maxLineBytes)
	lr := im.lr
	im.batch = importBatch{arts: make([]Article, 0, im.size)}
	var readErr error
	for {
		if err := im.ctx.Err(); err != nil {
			readErr = err
			break
		}
		if im.failed.Load() {
			// (A bulk body into a full disk had been read and
			// analysed to its end, minutes of both cores with no
			// answer, for batches that could not be written.)
			return nil
		}
		line, err := lr.next()
		if err == io.EOF {
			break
		}
		im.rep.Lines = lr.lines
		im.rep.Bytes = lr.bytes
		if err != nil && !errors.Is(err, errLineTooLong) {
			readErr = err
			break
		}
		a, ok := im.article(line, err)
		if !ok {
			continue
		}
		im.add(a)
	}
	if len(im.batch.arts) > 0 {
		im.flush()
	}
	return readErr
}

// article decodes the line just read (err is errLineTooLong or nil). A
// blank line is skipped and a bad one rejected: ok is false for both.
func (im *importer) article(line []byte, err error) (a Article, ok bool) {
	lr := im.lr
	if errors.Is(err, errLineTooLong) {
		im.reject(Rejection{Line: lr.lines, Reason: fmt.Sprintf("line is longer than %d bytes", maxLineBytes)})
		return Article{}, false
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return Article{}, false
	}
	a, err = DecodeArticle(line)
	if err != nil {
		why := reason(err)
		if bytes.Contains(bytes.TrimRight(line, "\r"), []byte("\r")) {
			// (Old Mac line ends: the whole file reads as one line.)
			why += `; lines must end with a line feed (\n or \r\n), and this one holds a carriage return (\r) alone`
		}
		im.reject(Rejection{Line: lr.lines, ID: peekID(line), Reason: why})
		return Article{}, false
	}
	return a, true
}

// reject counts a rejected line and lists the first MaxListedRejections.
func (im *importer) reject(rj Rejection) {
	if im.rep.Rejected++; len(im.rep.Rejections) < MaxListedRejections {
		im.rep.Rejections = append(im.rep.Rejections, rj)
	}
}

// add puts the article of the line just read into the batch, sending the
// batch on before it would grow too large and once it is full.
func (im *importer) add(a Article) {
	// A batch ends at size articles or maxBatchBytes of text: a
	// batch of long articles takes as much memory as thousands of
	// short ones.
	n := textBytes([]Article{a})
	if len(im.batch.arts) > 0 && im.batchBytes+n > maxBatchBytes {
		im.flush()
	}
	im.batch.arts = append(im.batch.arts, a)
	im.batch.at = append(im.batch.at, im.lr.lines)
	if im.batchBytes += n; len(im.batch.arts) == im.size {
		im.flush()
	}
}

// flush sends the batch on to be analysed, starts a new one and reports
// the progress so far.
func (im *importer) flush() {
	im.batches <- im.batch
	im.batch = importBatch{arts: make([]Article, 0, im.size)}
	im.batchBytes = 0
	if im.opts.Progress != nil {
		im.opts.Progress(ImportProgress{Lines: im.lr.lines, Bytes: im.lr.bytes, Indexed: int(im.indexed.Load()), Rejected: im.rep.Rejected, Elapsed: time.Since(im.start)})
	}
}

// finish completes the report once the writer is done: every line's item
// in line order (with ImportOptions.Items), the final counts, and the last
// progress report.
func (im *importer) finish() {
	rep := im.rep
	if im.opts.Items {
		rep.Items = im.written
		for _, rj := range rep.Rejections {
			rep.Items = append(rep.Items, ImportItem{Line: rj.Line, ID: rj.ID, Result: "rejected", Reason: rj.Reason})
		}
		sort.Slice(rep.Items, func(i, j int) bool { return rep.Items[i].Line < rep.Items[j].Line })
	}
	rep.Indexed = int(im.indexed.Load())
	rep.Elapsed = time.Since(im.start)
	if im.opts.Progress != nil {
		im.opts.Progress(rep.ImportProgress)
	}
}

// reason is the client-facing text of a validation error.
func reason(err error) string {
	var ve *ValidationError
	if errors.As(err, &ve) {
		if ve.Field == "" {
			return strings.TrimPrefix(ve.Msg, "is ") // "line 3: malformed JSON …"
		}
		return ve.Field + ": " + ve.Msg
	}
	return err.Error()
}

// peekID returns the id of a rejected line when it can be read, so the
// report can name the article.
func peekID(line []byte) string {
	var v struct {
		ID any `json:"id"`
	}
	if json.Unmarshal(line, &v) == nil {
		if s, ok := v.ID.(string); ok && ValidateID(s) == nil {
			return s
		}
	}
	return ""
}

var errLineTooLong = errors.New("index: line too long")

// errImportFailed marks a batch read after a write of the import failed
// (never returned: the failed write's error is).
var errImportFailed = errors.New("index: an earlier batch of the import failed")

// utf8BOM is the UTF-8 encoding of U+FEFF, the byte order mark.
var utf8BOM = []byte("\xef\xbb\xbf")

// lineReader reads newline-terminated lines of bounded length; a longer
// line is skipped to its end and reported as errLineTooLong.
type lineReader struct {
	r     *bufio.Reader
	max   int
	ctx   context.Context
	buf   []byte
	lines int
	bytes int64
}

func newLineReader(ctx context.Context, r io.Reader, max int) *lineReader {
	return &lineReader{ctx: ctx, r: bufio.NewReaderSize(r, 256<<10), max: max}
}

func (lr *lineReader) next() ([]byte, error) {
	lr.buf = lr.buf[:0]
	tooLong := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		lr.bytes += int64(len(chunk))
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.max+len("\r\n")+len(utf8BOM) { // (the line break and a byte order mark are no part of the line)
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			if err := lr.ctx.Err(); err != nil {
				return nil, err // a line without end (/dev/zero) stops too
			}
			continue
		}
		if err == io.EOF && len(chunk) == 0 && len(lr.buf) == 0 && !tooLong {
			return nil, io.EOF
		}
		lr.lines++
		if err != nil && err != io.EOF {
			return nil, err
		}
		if tooLong {
			return nil, errLineTooLong
		}
		// A byte order mark is how some editors start a UTF-8 file; it is
		// no part of an article, on the first line or on a later one
		// (cat a.jsonl b.jsonl of two such files).
		line := bytes.TrimPrefix(bytes.TrimRight(lr.buf, "\r\n"), utf8BOM)
		if len(line) > lr.max {
			return nil, errLineTooLong
		}
		return line, nil
	}
}

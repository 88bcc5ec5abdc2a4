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
	start := time.Now()
	rep := &ImportReport{}
	type lines struct {
		arts []Article
		at   []int
	}
	type analysed struct {
		lines
		p       *prepared
		err     error
		release func()
	}
	// Three stages: this goroutine parses lines, the next analyses a
	// batch on every core, the last writes it; analysing the next batch
	// overlaps with bleve building and persisting the current one.
	batches := make(chan lines, 1)
	ready := make(chan analysed)
	go func() {
		defer close(ready)
		for b := range batches {
			// The writes finish whatever the request does (see below).
			release, err := ix.admit(context.WithoutCancel(ctx), b.arts)
			if err != nil {
				ready <- analysed{b, nil, err, func() {}}
				continue
			}
			p, err := ix.prepare(b.arts)
			ready <- analysed{b, p, err, release}
		}
	}()
	done := make(chan error, 1)
	var indexed atomic.Int64
	var written []ImportItem // the writer's, read after done
	go func() {
		var err error
		for b := range ready {
			var created []bool
			if err == nil {
				if err = b.err; err == nil {
					// Lines read whole are written even when the
					// request that brought them ends early (a client
					// that hangs up mid-body): the answer says how many.
					created, err = ix.write(context.WithoutCancel(ctx), b.p)
				}
			}
			b.release()
			if err != nil {
				continue
			}
			indexed.Add(int64(len(b.arts)))
			for i, c := range created {
				result := "updated"
				if c {
					result = "created"
					rep.Created++
				} else {
					rep.Updated++
				}
				if opts.Items {
					written = append(written, ImportItem{Line: b.at[i], ID: b.arts[i].ID, Result: result})
				}
			}
		}
		done <- err
	}()

	lr := newLineReader(ctx, r, maxLineBytes)
	reject := func(rj Rejection) {
		if rep.Rejected++; len(rep.Rejections) < MaxListedRejections {
			rep.Rejections = append(rep.Rejections, rj)
		}
	}
	batch := lines{arts: make([]Article, 0, size)}
	var batchBytes int64
	var readErr error
	flush := func() {
		batches <- batch
		batch = lines{arts: make([]Article, 0, size)}
		batchBytes = 0
		if opts.Progress != nil {
			opts.Progress(ImportProgress{Lines: lr.lines, Bytes: lr.bytes, Indexed: int(indexed.Load()), Rejected: rep.Rejected, Elapsed: time.Since(start)})
		}
	}
	for {
		if err := ctx.Err(); err != nil {
			readErr = err
			break
		}
		line, err := lr.next()
		if err == io.EOF {
			break
		}
		rep.Lines = lr.lines
		rep.Bytes = lr.bytes
		if err != nil && !errors.Is(err, errLineTooLong) {
			readErr = err
			break
		}
		if errors.Is(err, errLineTooLong) {
			reject(Rejection{Line: lr.lines, Reason: fmt.Sprintf("line is longer than %d bytes", maxLineBytes)})
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		a, err := DecodeArticle(line)
		if err != nil {
			why := reason(err)
			if bytes.Contains(bytes.TrimRight(line, "\r"), []byte("\r")) {
				// (Old Mac line ends: the whole file reads as one line.)
				why += `; lines must end with a line feed (\n or \r\n), and this one holds a carriage return (\r) alone`
			}
			reject(Rejection{Line: lr.lines, ID: peekID(line), Reason: why})
			continue
		}
		// A batch ends at size articles or maxBatchBytes of text: a
		// batch of long articles takes as much memory as thousands of
		// short ones.
		n := textBytes([]Article{a})
		if len(batch.arts) > 0 && batchBytes+n > maxBatchBytes {
			flush()
		}
		batch.arts = append(batch.arts, a)
		batch.at = append(batch.at, lr.lines)
		if batchBytes += n; len(batch.arts) == size {
			flush()
		}
	}
	if len(batch.arts) > 0 {
		flush()
	}
	close(batches)
	err := <-done
	if opts.Items {
		rep.Items = written
		for _, rj := range rep.Rejections {
			rep.Items = append(rep.Items, ImportItem{Line: rj.Line, ID: rj.ID, Result: "rejected", Reason: rj.Reason})
		}
		sort.Slice(rep.Items, func(i, j int) bool { return rep.Items[i].Line < rep.Items[j].Line })
	}
	rep.Indexed = int(indexed.Load())
	rep.Elapsed = time.Since(start)
	if opts.Progress != nil {
		opts.Progress(rep.ImportProgress)
	}
	if err == nil {
		err = readErr
	}
	return rep, err
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

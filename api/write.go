package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v5"

	"sagasu/index"
)

// writeResult is the body of a single-article write.
type writeResult struct {
	ID     string `json:"id"`
	Result string `json:"result"` // created, updated or deleted
}

// putArticle handles PUT /v1/articles/:id: create or replace. 201 when the
// article is new, 200 when it replaced one; either way it is on disk.
func (s *server) putArticle(c *echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	if _, err := parseParams(c, nil); err != nil {
		return err
	}
	body, err := readBody(c)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest("empty_body", "the request body is empty; send the article as a JSON object%s", http10Hint(c))
	}
	a, err := index.DecodeArticleFor(id, body)
	if err != nil {
		return err
	}
	created, err := s.ix.Upsert(c.Request().Context(), a)
	if errors.Is(err, context.DeadlineExceeded) {
		// The index checks the deadline before it writes, and a write
		// once begun finishes: a timeout means nothing was written. The
		// server was busy with other writes: 503, to be sent again
		// (Retry-After), as for any overloaded service.
		return &apiError{status: http.StatusServiceUnavailable, code: "timeout",
			msg: "the article was not written: waiting for other writes and analysing it took longer than the request timeout (--request-timeout); send it again"}
	}
	if err != nil {
		return err
	}
	if created[0] {
		return c.JSON(http.StatusCreated, writeResult{ID: id, Result: "created"})
	}
	return c.JSON(http.StatusOK, writeResult{ID: id, Result: "updated"})
}

// deleteArticle handles DELETE /v1/articles/:id.
func (s *server) deleteArticle(c *echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	if _, err := parseParams(c, nil); err != nil {
		return err
	}
	if err := s.ix.Delete(c.Request().Context(), id); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, writeResult{ID: id, Result: "deleted"})
}

// bulkResponse is the body of POST /v1/articles/_bulk.
type bulkResponse struct {
	Created  int                `json:"created"`
	Updated  int                `json:"updated"`
	Rejected int                `json:"rejected"`
	Items    []index.ImportItem `json:"items"`
	// Unlisted rejected lines: items lists the first
	// index.MaxListedRejections.
	Unlisted int `json:"rejected_unlisted,omitempty"`
}

// bulk handles POST /v1/articles/_bulk: NDJSON, one article per line.
// Valid lines are written in batches whatever the others hold; the
// answer lists every line's result (of rejected lines, the first
// index.MaxListedRejections). A 200 means every accepted line is on
// disk.
// errDraining ends a bulk import when the server shuts down.
var errDraining = errors.New("the server is shutting down")

func (s *server) bulk(c *echo.Context) error {
	if _, err := parseParams(c, nil); err != nil {
		return err
	}
	ctx, cancel := context.WithCancelCause(c.Request().Context())
	defer cancel(nil)
	if s.opts.Draining != nil {
		go func() {
			select {
			case <-s.opts.Draining:
				cancel(errDraining)
			case <-ctx.Done():
			}
		}()
	}
	rep, err := s.ix.Import(ctx, c.Request().Body, index.ImportOptions{Items: true})
	if rep != nil {
		s.metrics.bulk(rep)
	}
	if err != nil && errors.Is(context.Cause(ctx), errDraining) && rep != nil {
		return &apiError{status: http.StatusServiceUnavailable, code: "shutting_down",
			msg: fmt.Sprintf("the server is shutting down: the first %d lines were read and %d articles written (%d rejected); send the lines after line %d again once it is back (sending an article again replaces it)",
				rep.Lines, rep.Indexed, rep.Rejected, rep.Lines)}
	}
	if err != nil && errors.Is(err, index.ErrStorage) && rep != nil {
		s.log.Error("bulk write not saved", "error", err.Error())
		why := "is the disk full?"
		if errors.Is(err, index.ErrOpenFiles) {
			why = "the server had no file left to open, its open-file limit"
		}
		return &apiError{status: http.StatusInsufficientStorage, code: "storage_error",
			msg: fmt.Sprintf("the index could not save a batch to disk (%s): %d articles were written before it, the later lines were not kept; send them again once there is room (sending an article again replaces it)",
				why, rep.Indexed)}
	}
	if err != nil {
		var be *bodyError
		if errors.As(err, &be) && be.kind != bodyMediaType && rep != nil {
			written := fmt.Sprintf("%d articles were", rep.Indexed)
			if rep.Indexed == 1 {
				written = "1 article was"
			}
			return &hinted{err, written + " written before that; sending them again is safe (an id replaces its article)"}
		}
		return err
	}
	if rep.Lines == 0 || len(rep.Items) == 0 {
		return badRequest("empty_body", "the request body holds no articles; send NDJSON, one article per line%s", http10Hint(c))
	}
	return c.JSON(http.StatusOK, bulkResponse{Created: rep.Created, Updated: rep.Updated, Rejected: rep.Rejected, Items: rep.Items,
		Unlisted: rep.Rejected - len(rep.Rejections)})
}

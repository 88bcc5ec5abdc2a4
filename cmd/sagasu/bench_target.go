package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"sagasu/index"
)

// overHTTP sends requests to a running server.
type overHTTP struct {
	base   string
	client *http.Client
}

func (h *overHTTP) do(ctx context.Context, r request) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, h.base+r.path, nil)
	if err != nil {
		return 0, err
	}
	resp, err := h.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	if err != nil {
		return int(n), err
	}
	if resp.StatusCode != http.StatusOK {
		return int(n), fmt.Errorf("%s: status %d", r.path, resp.StatusCode)
	}
	return int(n), nil
}

// ids asks the server for the newest article ids, for related requests.
func (h *overHTTP) ids(ctx context.Context) ([]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, h.base+"/v1/search?sort=newest&per_page=100", nil)
	if err != nil {
		return nil, err
	}
	resp, err := h.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// (An -addr with a path, /v1/search, had been told the index has
		// no articles: the 404's error has no hits either.)
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
		return nil, fmt.Errorf("%s answered %d %s: is -addr the address of a Sagasu server (host:port, or the URL its /v1/ routes are under)?", req.URL.Redacted(), resp.StatusCode, bytes.TrimSpace(msg))
	}
	var res struct {
		Hits []struct{ ID string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return nil, err
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out, nil
}

// inProcess runs the same requests against the index package directly:
// no HTTP, no JSON, no middleware.
type inProcess struct {
	ix *index.Index
}

func (p *inProcess) do(ctx context.Context, r request) (int, error) {
	u, err := url.Parse(r.path)
	if err != nil {
		return 0, err
	}
	q := u.Query()
	switch {
	case u.Path == "/v1/search":
		req := index.Request{Query: q.Get("q"), Categories: q["category"]}
		if req.Sort, err = index.ParseSort(q.Get("sort")); err != nil {
			return 0, err
		}
		req.PerPage, _ = strconv.Atoi(q.Get("per_page"))
		req.Page, _ = strconv.Atoi(q.Get("page"))
		if v := q.Get("from"); v != "" {
			if req.From, err = index.ParseDate(v, false); err != nil {
				return 0, err
			}
		}
		if v := q.Get("to"); v != "" {
			if req.To, err = index.ParseDate(v, true); err != nil {
				return 0, err
			}
		}
		_, err = p.ix.Search(ctx, req)
	case u.Path == "/v1/suggest":
		_, err = p.ix.Suggest(ctx, q.Get("q"), 0)
	case strings.HasSuffix(u.Path, "/related"):
		id := strings.TrimSuffix(strings.TrimPrefix(u.Path, "/v1/articles/"), "/related")
		_, err = p.ix.Related(ctx, index.RelatedRequest{ID: id})
	default:
		return 0, fmt.Errorf("in process: %s is not a search, suggest or related request", u.Path)
	}
	return 0, err
}

func (p *inProcess) ids(ctx context.Context) ([]string, error) {
	res, err := p.ix.Search(ctx, index.Request{Sort: index.SortNewest, PerPage: 100})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out, nil
}

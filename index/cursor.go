package index

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// A cursor carries a search to its next page: the sort values of the last
// hit shown (bleve's search_after), the page number, whether the search
// was relaxed, and a fingerprint of the query, filters and sort it belongs
// to. Following cursors costs the same on every page, however deep, and
// stays correct while articles are added: a new article lands on the page
// its sort position puts it on.
//
// A cursor is the base64url JSON of this struct, a dot, and an HMAC-SHA256
// of that text under the index's key, so a client can pass back only what the
// server issued: forged sort values (NaN, text where a score goes) or a
// page number would otherwise reach bleve and the response unchecked.
type cursor struct {
	V     int      `json:"v"`
	Key   string   `json:"k"`
	After []string `json:"a"`
	Page  int      `json:"p"`
	Relax bool     `json:"r,omitempty"`
	// Common: the relaxed search left out the miss-only-one ranking
	// (textQuery.common); every page ranks as the first did.
	Common bool `json:"c,omitempty"`
	// All: how many articles had every word of a relaxed search that
	// ranks them first (textQuery.all); 0 when none had.
	All uint64 `json:"w,omitempty"`
	// Lengths names the field lengths a relevance-sorted search was
	// scored with (lengths.gen): while they are kept, every page is
	// scored with them.
	Lengths int64 `json:"l,omitempty"`
	// Back holds the sort keys of the hits shown before the last, nearest
	// first (relevance only, at most maxCursorBack): the next page goes on
	// after the nearest that still matches when the last was deleted.
	Back []string `json:"b,omitempty"`
}

// maxCursorBack bounds Back: a page whose last few hits were all deleted
// goes on from the last one's old score.
const maxCursorBack = 4

// cursorVersion 3: signed; 2: the date is the compact sort key.
const cursorVersion = 3

// Bounds on what a cursor may hold, checked even on signed cursors: the
// signature proves where a cursor came from, these what it may say.
const (
	maxCursorBytes = 8 << 10
	maxCursorPage  = 1 << 30
	macBytes       = 16 // of HMAC-SHA256's 32: forging is still 2^128 work
)

// cursorKeyName is the internal key holding the index's cursor key: kept
// in the index, cursors outlive a server restart, and a backup or reindex
// carries it along.
var cursorKeyName = []byte("sagasu.cursor-key")

// loadCursorKey returns b's cursor key, drawing and storing one when b has
// none yet.
func loadCursorKey(b interface {
	GetInternal([]byte) ([]byte, error)
	SetInternal([]byte, []byte) error
}) ([]byte, error) {
	k, err := b.GetInternal(cursorKeyName)
	if err != nil || len(k) == 32 {
		return k, err
	}
	k = make([]byte, 32)
	rand.Read(k) // never fails (crypto/rand panics instead)
	return k, b.SetInternal(cursorKeyName, k)
}

// fingerprint identifies what a cursor may continue.
func (r *Request) fingerprint() string {
	h := sha256.New()
	// The categories are a set: the same in another order (or twice) is
	// the same search.
	cats := slices.Compact(slices.Sorted(slices.Values(r.Categories)))
	// White space around the words changes nothing either.
	parts := []string{strings.TrimSpace(r.Query), strings.Join(cats, "\x1f"), timeKey(r.From), timeKey(r.To), r.Sort.String()}
	if r.Relax != RelaxAuto { // (the cursors issued before it was asked for hold)
		parts = append(parts, r.Relax.String())
	}
	for _, s := range parts {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

func timeKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func (c cursor) encode(key []byte) string {
	b, _ := json.Marshal(c)
	payload := base64.RawURLEncoding.EncodeToString(b)
	return payload + "." + base64.RawURLEncoding.EncodeToString(cursorMAC(key, payload))
}

// cursorMAC signs a cursor's payload.
func cursorMAC(key []byte, payload string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("sagasu cursor\x00"))
	m.Write([]byte(payload))
	return m.Sum(nil)[:macBytes]
}

// decodeCursor checks that s is a cursor signed with key for r's search,
// and that what it says is possible.
func decodeCursor(s string, r *Request, key []byte) (cursor, error) {
	var c cursor
	notIssued := badParam("cursor", "invalid_cursor", "is not a cursor this index issued; use the next_cursor of a search response as it is, or start again without cursor")
	payload, sig, ok := strings.Cut(s, ".")
	if !ok || len(s) > maxCursorBytes || strings.ContainsFunc(s, func(r rune) bool {
		// (base64 decoding skips line breaks: a cursor is spelt one way)
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.')
	}) {
		return c, notIssued
	}
	mac, err := base64.RawURLEncoding.Strict().DecodeString(sig)
	if err != nil || !hmac.Equal(mac, cursorMAC(key, payload)) {
		return c, notIssued
	}
	b, err := base64.RawURLEncoding.Strict().DecodeString(payload)
	if err != nil || json.Unmarshal(b, &c) != nil || c.V != cursorVersion {
		return c, notIssued
	}
	if c.Key != r.fingerprint() {
		return c, badParam("cursor", "invalid_cursor", "belongs to a search with another query, filters or sort; start again without cursor")
	}
	if !c.valid(r.Sort) {
		return c, notIssued
	}
	return c, nil
}

// valid reports whether the cursor's page and sort values are ones a
// search with sort s can produce: a page past the first, and per sort
// field a finite, non-negative score or an article's sort key.
func (c cursor) valid(s Sort) bool {
	if c.Page < 2 || c.Page > maxCursorPage || len(c.After) != len(sortOrder(s)) {
		return false
	}
	keys := c.After
	if s == SortRelevance {
		score, err := strconv.ParseFloat(c.After[0], 64)
		if err != nil || math.IsNaN(score) || math.IsInf(score, 0) || score < 0 {
			return false
		}
		keys = c.After[1:]
	}
	if len(c.Back) > maxCursorBack || len(c.Back) > 0 && s != SortRelevance {
		return false
	}
	for _, k := range append(slices.Clip(keys), c.Back...) {
		if !validSortKey(k) {
			return false
		}
	}
	return true
}

// validSortKey reports whether k has the form of an article's sort key
// (see keys): keySort, the UTC time as sortKeyLayout, the id.
func validSortKey(k string) bool {
	rest, ok := strings.CutPrefix(k, keySort)
	if !ok || len(rest) <= len(sortKeyLayout) {
		return false
	}
	if _, err := time.Parse(sortKeyLayout, rest[:len(sortKeyLayout)]); err != nil {
		return false
	}
	return ValidateID(rest[len(sortKeyLayout):]) == nil
}

// reanchor returns after, a relevance-sorted cursor's sort values, with
// the score of the article they name (the last one shown) as the index
// scores it now, and that article's id. Articles written or deleted since
// the previous page change how common the query's words are, and so every
// match's score: against the old score, search_after would skip the
// articles that rose past it or repeat those that fell below it. Against
// the anchor's new score, only articles that overtook the anchor itself
// are out of place. When the anchor was deleted or no longer matches, the
// nearest hit shown before it that still matches (back, see cursor.Back)
// is the anchor: the articles between the two were shown already. With
// none, the old score stays.
func (ix *Index) reanchor(ctx context.Context, q query.Query, after, back []string, lens *lengths) ([]string, string) {
	for _, key := range append([]string{after[1]}, back...) {
		id := strings.TrimPrefix(key, keySort)[len(sortKeyLayout):]
		// The article as a filter: q steps through its matches as the
		// search does, and scores this one as the search scored it. (In
		// a conjunction with the article, q was advanced to it, and
		// bleve's boolean searcher, advanced onto an article its should
		// clause was on already, leaves the clause out: a title's bonus
		// was lost, and the next page began far below the last.)
		only := bleve.NewBooleanQuery()
		only.AddMust(keptShoulds(q))
		only.AddFilter(bleve.NewDocIDQuery([]string{id}))
		req := bleve.NewSearchRequestOptions(only, 1, 0, false)
		ix.withLengths(req, lens)
		res, err := ix.b.SearchInContext(ctx, req)
		if err != nil {
			break
		}
		if len(res.Hits) == 1 {
			return []string{strconv.FormatFloat(res.Hits[0].Score, 'g', -1, 64), key}, id
		}
	}
	return after, strings.TrimPrefix(after[1], keySort)[len(sortKeyLayout):]
}

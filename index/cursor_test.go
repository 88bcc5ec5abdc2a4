package index

import (
	"context"
	"encoding/base64"
	"errors"
	"math"
	"strings"
	"testing"
)

// TestCursorTampering passes back cursors the server did not issue for
// the search: each is refused with invalid_cursor, and a real one still
// continues.
func TestCursorTampering(t *testing.T) {
	ix := mustFixtures(t)
	newest := Request{Sort: SortNewest, PerPage: 2}
	relevance := Request{Query: "電池", PerPage: 1}
	first := mustSearch(t, ix, newest)
	if first.NextCursor == "" {
		t.Fatal("no cursor on the first page")
	}
	payload, sig, _ := strings.Cut(first.NextCursor, ".")
	raw, _ := base64.RawURLEncoding.DecodeString(payload)
	b64 := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	sign := func(key []byte, s string) string {
		p := b64(s)
		return p + "." + base64.RawURLEncoding.EncodeToString(cursorMAC(key, p))
	}
	resign := func(s string) string { return sign(ix.cursorKey, s) }
	signed := func(c cursor) string { c.V = cursorVersion; return c.encode(ix.cursorKey) }
	fp, rfp := newest.fingerprint(), relevance.fingerprint()
	otherKey := sign([]byte("another index's key"), string(raw))
	// respell sets an unused low bit of the last character (32 bytes are
	// 43 characters, the last carrying 2 bits): the same bytes spelt
	// another way.
	respell := func(s string) string {
		const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
		i := strings.IndexByte(alphabet, s[len(s)-1])
		return s[:len(s)-1] + string(alphabet[i^1])
	}

	tests := []struct {
		name   string
		r      Request
		cursor string
	}{
		{"not base64", newest, "not a cursor!"},
		{"unsigned, as cursors were", newest, b64(`{"v":2,"k":"` + fp + `","a":["s20260101000000x"],"p":2}`)},
		{"payload changed, signature kept", newest, b64(strings.Replace(string(raw), `"p":2`, `"p":9223372036854775807`, 1)) + "." + sig},
		{"signature cut", newest, payload + "." + sig[:10]},
		{"signature's unused bits set", newest, payload + "." + respell(sig)},
		{"a line break in the signature", newest, payload + "." + sig[:5] + "\r\n" + sig[5:]},
		{"signature of another index", newest, otherKey},
		{"another query", relevance, first.NextCursor},
		{"another sort", Request{Sort: SortOldest, PerPage: 2}, first.NextCursor},
		{"too long", newest, strings.Repeat("a", maxCursorBytes+1)},
		// Signed with the right key, but saying what no search says.
		{"NaN score", relevance, signed(cursor{Key: rfp, After: []string{"NaN", "s20260101000000x"}, Page: 2})},
		{"infinite score", relevance, signed(cursor{Key: rfp, After: []string{"+Inf", "s20260101000000x"}, Page: 2})},
		{"text for a score", relevance, signed(cursor{Key: rfp, After: []string{"abc", "x"}, Page: 2})},
		{"negative score", relevance, signed(cursor{Key: rfp, After: []string{"-1", "s20260101000000x"}, Page: 2})},
		{"text for a sort key", newest, signed(cursor{Key: fp, After: []string{"abc"}, Page: 2})},
		{"sort key without an id", newest, signed(cursor{Key: fp, After: []string{"s20260101000000"}, Page: 2})},
		{"sort key with a bad date", newest, signed(cursor{Key: fp, After: []string{"s20261301000000x"}, Page: 2})},
		{"too many sort values", newest, signed(cursor{Key: fp, After: []string{"s20260101000000x", "s20260101000000y"}, Page: 2})},
		{"page 1", newest, signed(cursor{Key: fp, After: []string{"s20260101000000x"}, Page: 1})},
		{"page past any index", newest, signed(cursor{Key: fp, After: []string{"s20260101000000x"}, Page: math.MaxInt})},
		{"an old version", newest, resign(`{"v":2,"k":"` + fp + `","a":["s20260101000000x"],"p":2}`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.r.Cursor = tt.cursor
			_, err := ix.Search(t.Context(), tt.r)
			var re *RequestError
			if !errors.As(err, &re) || re.Code != "invalid_cursor" {
				t.Errorf("Search with %.60q = %v, want invalid_cursor", tt.cursor, err)
			}
		})
	}

	// The real cursors still work, for both kinds of sort, and with the
	// categories (a set) given in another order.
	twoCats := Request{Sort: SortNewest, PerPage: 1, Categories: []string{"AI", "宇宙・航空"}}
	if res := mustSearch(t, ix, twoCats); res.NextCursor != "" {
		reordered := Request{Sort: SortNewest, PerPage: 1, Categories: []string{"宇宙・航空", "AI"}, Cursor: res.NextCursor}
		if _, err := ix.Search(t.Context(), reordered); err != nil {
			t.Errorf("cursor with the categories in another order: %v", err)
		}
	} else {
		t.Errorf("no cursor for %v", twoCats.Categories)
	}
	for _, r := range []Request{newest, relevance} {
		res := mustSearch(t, ix, r)
		r.Cursor = res.NextCursor
		if next := mustSearch(t, ix, r); next.Page != 2 || len(next.Hits) == 0 || next.Hits[0].ID == res.Hits[0].ID {
			t.Errorf("%v: page after the cursor = %d, %v", r.Sort, next.Page, ids(next))
		}
	}
}

// TestCursorOutlivesRestart follows a cursor issued before the index was
// closed and opened again, and one issued before a reindex.
func TestCursorOutlivesRestart(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, fixtures...)
	r := Request{Sort: SortNewest, PerPage: 2}
	first := mustSearch(t, ix, r)
	ix.Close()

	if ix, err = Open(dir, Options{NoSuggest: true}); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	next := r
	next.Cursor = first.NextCursor
	if res, err := ix.Search(context.Background(), next); err != nil || res.Page != 2 {
		t.Fatalf("after reopening: page %v, %v", res, err)
	}
	if err := ix.Reindex(context.Background()); err != nil {
		t.Fatal(err)
	}
	if res, err := ix.Search(context.Background(), next); err != nil || res.Page != 2 {
		t.Fatalf("after a reindex: page %v, %v", res, err)
	}
}

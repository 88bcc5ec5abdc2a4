package index

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
)

// A cursor carries a search to its next page: the sort values of the last
// hit shown (bleve's search_after), the page number, whether the search
// was relaxed, and a fingerprint of the query, filters and sort it belongs
// to. Following cursors costs the same on every page, however deep, and
// stays correct while articles are added: a new article lands on the page
// its sort position puts it on.
type cursor struct {
	V     int      `json:"v"`
	Key   string   `json:"k"`
	After []string `json:"a"`
	Page  int      `json:"p"`
	Relax bool     `json:"r,omitempty"`
}

const cursorVersion = 2 // 2: the date is the compact sort key

// fingerprint identifies what a cursor may continue.
func (r *Request) fingerprint() string {
	h := sha256.New()
	for _, s := range []string{r.Query, strings.Join(r.Categories, "\x1f"), timeKey(r.From), timeKey(r.To), r.Sort.String()} {
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

func (c cursor) encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor checks that s is a cursor of r's search.
func decodeCursor(s string, r *Request) (cursor, error) {
	var c cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) > 4096 || json.Unmarshal(b, &c) != nil || c.V != cursorVersion || len(c.After) == 0 || c.Page < 2 {
		return c, badParam("cursor", "invalid_cursor", "is not a cursor this server issued; use the next_cursor of a search response as it is")
	}
	if c.Key != r.fingerprint() {
		return c, badParam("cursor", "invalid_cursor", "belongs to a search with another query, filters or sort; start again without cursor")
	}
	if len(c.After) != len(sortOrder(r.Sort)) {
		return c, badParam("cursor", "invalid_cursor", "does not match the sort")
	}
	return c, nil
}

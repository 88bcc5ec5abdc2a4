package api

import (
	"errors"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/labstack/echo/v5"
	"golang.org/x/text/width"

	"sagasu/index"
)

// maxQueryString bounds the raw query string. Every documented parameter
// limit must fit when the client percent-encodes the value, and a 4-byte
// UTF-8 character percent-encodes to 12 bytes. The longest legitimate query
// string is GET /v1/analyze's text of 10,000 characters: 120,000 bytes plus
// "text=" and "&field=reading". A search is smaller: q of 1,000 characters
// (12,000 bytes), 20 categories of 100 characters (24,000 bytes plus the
// names), a cursor (under 6,000 bytes) and the short parameters.
const maxQueryString = 128 << 10

// MaxHeaderBytes is the http.Server.MaxHeaderBytes the API needs: Go's
// server counts the request line, and so the query string, against it,
// and answers a longer request itself with a text/plain 431. It leaves
// 64 KiB for the headers beside the longest query string.
const MaxHeaderBytes = maxQueryString + 64<<10

// maxParams bounds the parameters of a query string, as net/url does (it
// answers more with an error of its own words).
const maxParams = 10000

// params are a request's query parameters, checked against the names a
// route accepts.
type params url.Values

// parseParams reads the query string strictly: malformed escapes, invalid
// UTF-8, unknown names and repeated single-valued names are 400s that say
// what to fix. repeatable lists the names that may appear more than once.
func parseParams(c *echo.Context, names []string, repeatable ...string) (params, error) {
	raw := c.Request().URL.RawQuery
	if len(raw) > maxQueryString {
		return nil, badRequest("query_string_too_long", "the query string has %d bytes; the limit is %d", len(raw), maxQueryString)
	}
	if n := strings.Count(raw, "&") + 1; n > maxParams {
		return nil, badRequest("too_many_parameters", "the query string has %d parameters; the limit is %d: give each parameter once (category may repeat)", n, maxParams)
	}
	v, err := url.ParseQuery(raw)
	if err != nil {
		return nil, badRequest("malformed_query_string", "the query string is malformed: %v", err)
	}
	for _, name := range slices.Sorted(maps.Keys(v)) { // (the same error each time for the same request)
		vals := v[name]
		if !slices.Contains(names, name) {
			if name == "" {
				// (?=b or a stray & before =: `unknown parameter ""` had
				// named nothing the client could find)
				accepts := "this route accepts no parameters"
				if len(names) > 0 {
					accepts = "this route accepts " + strings.Join(names, ", ")
				}
				return nil, badRequest("unknown_parameter", "a parameter has no name before its = (%q); remove it or write its name; %s", "="+truncate(vals[0], 40), accepts)
			}
			if len(names) == 0 {
				return nil, badRequest("unknown_parameter", "unknown parameter %q; this route accepts no parameters", truncate(name, 40))
			}
			if want := spelledAs(name, names); want != "" {
				return nil, badRequest("unknown_parameter", "unknown parameter %q; did you mean %s? (parameter names are lower case, half width, with no space); this route accepts %s", truncate(name, 40), want, strings.Join(names, ", "))
			}
			return nil, badRequest("unknown_parameter", "unknown parameter %q; this route accepts %s", truncate(name, 40), strings.Join(names, ", "))
		}
		if len(vals) > 1 && !slices.Contains(repeatable, name) {
			return nil, badRequest("repeated_parameter", "parameter %q is given %d times; give it once", name, len(vals))
		}
		for _, s := range vals {
			if !utf8.ValidString(s) {
				return nil, badRequest("invalid_utf8", "parameter %q is not valid UTF-8%s", name, legacyHint(s))
			}
			if i := strings.IndexFunc(s, isBadControl); i >= 0 {
				r, _ := utf8.DecodeRuneInString(s[i:])
				if hint := legacyHint(s); hint != "" { // (ISO-2022-JP's escapes)
					return nil, badRequest("invalid_parameter", "parameter %q contains the control character U+%04X at character %d%s",
						name, r, utf8.RuneCountInString(s[:i])+1, hint)
				}
				return nil, badRequest("invalid_parameter", "parameter %q contains the control character U+%04X at character %d; remove it",
					name, r, utf8.RuneCountInString(s[:i])+1)
			}
		}
	}
	return params(v), nil
}

// legacyHint says, after a parameter's failure, which legacy Japanese
// encoding its value is in (an old form posting Shift_JIS percent-encodes
// 全 as %91%53) and what to send instead, or "".
func legacyHint(s string) string {
	if name := index.LegacyEncoding([]byte(s)); name != "" {
		return fmt.Sprintf(": it looks like %s; percent-encode the UTF-8 bytes of the text (あ is %%E3%%81%%82)", name)
	}
	return ""
}

// isBadControl reports the control characters no parameter or free text
// may hold: all of Unicode's (C0, DEL and C1, U+0085 included) except tab,
// newline and carriage return.
func isBadControl(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

// get returns the single value of name, or "".
func (p params) get(name string) string {
	if vs := p[name]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// enum reads a parameter that names one of a few values as a search
// reads sort and relax (index.ParseSort): white space around it dropped,
// case and width folded, so format=CSV and format=ｃｓｖ (as a Japanese
// input method types it, as page=２ is a number) are format=csv. It returns the value as
// values spell it, "" when the parameter is absent or blank, and ok false
// when it names none of them.
func (p params) enum(name string, values ...string) (v string, ok bool) {
	s := strings.TrimSpace(halfWidth(p.get(name)))
	if s == "" {
		return "", true
	}
	for _, v := range values {
		if strings.EqualFold(s, v) {
			return v, true
		}
	}
	return "", false
}

// intParam reads a whole-number parameter; absent means def. Full-width
// digits are digits (page=２, as from=２０２６ is a year).
func (p params) int(name string, def int) (int, error) {
	sent := strings.TrimSpace(p.get(name))
	s := halfWidth(sent)
	if s == "" {
		if _, given := p[name]; given {
			return 0, badRequest("invalid_parameter", "%s is empty; give a whole number", name)
		}
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if errors.Is(err, strconv.ErrRange) && s[0] != '+' && s[0] != '-' {
		return 0, badRequest("invalid_parameter", "%s is too large: %q", name, truncate(sent, 24))
	}
	if err != nil || s[0] == '+' { // digits only (an optional minus): +5 is no page number
		return 0, badRequest("invalid_parameter", "%s must be a whole number, not %q", name, truncate(sent, 20))
	}
	return n, nil
}

// halfWidth writes full-width forms (２, ｄ, ．) as their narrow ones, as
// a Japanese input method may type a number and its unit; other
// characters stay as they are.
func halfWidth(s string) string { return width.Narrow.String(s) }

func truncate(s string, runes int) string {
	for i := range s {
		if runes == 0 {
			return s[:i] + "…"
		}
		runes--
	}
	return s
}

// idParam returns the route's article id. The router percent-decodes path
// parameters (clients such as the console and the widget send
// encodeURIComponent(id), so a:b arrives as a%3Ab), and only then is the
// id checked.
func idParam(c *echo.Context) (string, error) {
	id := c.Param("id")
	if err := index.ValidateID(id); err != nil {
		msg := err.Error()
		var ve *index.ValidationError
		if errors.As(err, &ve) {
			msg = "id " + ve.Msg
		}
		return "", badRequest("invalid_id", "%s; article ids are 1–256 bytes of A-Z a-z 0-9 . _ : - (not ., .. or _bulk)", msg)
	}
	return id, nil
}

// spelledAs returns the name of names that name is in another case or
// width, or with space around it (Q, ｑ, "q "), "" for none: such a name
// is still refused, as JSON field names are, but the message says which
// was meant.
func spelledAs(name string, names []string) string {
	folded := strings.ToLower(strings.TrimSpace(halfWidth(name)))
	if slices.Contains(names, folded) {
		return folded
	}
	return ""
}

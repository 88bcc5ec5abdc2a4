package index

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// Article is one news article: the unit Sagasu indexes and returns.
type Article struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	Category  string    `json:"category,omitempty"`
	Tags      []string  `json:"tags"`
	Published time.Time `json:"published"`
	URL       string    `json:"url,omitempty"`
	Author    string    `json:"author,omitempty"`
}

// Limits on article fields. They keep one article's analysis bounded and
// reject input that is clearly not an article.
const (
	MaxIDBytes     = 256
	MaxTitleRunes  = 500
	MaxBodyBytes   = 1 << 20
	MaxLabelRunes  = 100 // category, each tag, author
	MaxTags        = 32
	MaxURLBytes    = 2048
	minPublishYear = 1900
	maxPublishYear = 2200
)

// MaxArticleJSONBytes is the longest JSON text a valid article can take.
// Any character may be written as \u escapes, 6 bytes per UTF-16 unit: an
// ASCII byte becomes 6 bytes (Go's encoding/json writes < as \u003c), a
// 4-byte emoji 12. So the 1 MiB body may take 6 MiB, and the other
// fields, escaped alike, under 64 KiB (title 6,000, tags 38,400, url
// 12,288, id 1,536, category and author 1,200 each, names and
// punctuation).
const MaxArticleJSONBytes = 6*MaxBodyBytes + 64<<10

// JST is the time zone of the site: dates without a zone in requests, month
// facets and published times in responses use it.
var JST = time.FixedZone("JST", 9*60*60)

// wireArticle is the JSON form of an article as it arrives, so that a
// missing or malformed published date gets a clear message.
type wireArticle struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Body      string   `json:"body"`
	Category  string   `json:"category"`
	Tags      []string `json:"tags"`
	Published string   `json:"published"`
	URL       string   `json:"url"`
	Author    string   `json:"author"`
}

// DecodeArticle parses one JSON object (a JSONL line) into a valid Article.
// Decoding is strict (see DecodeObject); every failure is a
// *ValidationError that names the field.
func DecodeArticle(b []byte) (Article, error) {
	return decodeArticle(b, "")
}

// DecodeArticleFor decodes the body of a write to the article id: the
// body's id may be left out, and must be id if given.
func DecodeArticleFor(id string, b []byte) (Article, error) {
	if err := ValidateID(id); err != nil {
		return Article{}, err
	}
	return decodeArticle(b, id)
}

func decodeArticle(b []byte, id string) (Article, error) {
	if isJSONArray(b) {
		// (A bulk body sent as one JSON array of articles.)
		return Article{}, &ValidationError{Msg: "must be a JSON object, found an array (a bulk import takes one JSON object per line, not an array)"}
	}
	var w wireArticle
	if err := DecodeObject(b, &w); err != nil {
		return Article{}, err
	}
	if id != "" {
		if w.ID == "" {
			w.ID = id
		} else if w.ID != id {
			if err := ValidateID(w.ID); err != nil {
				return Article{}, err // (a look-alike of the URL's id: say which character)
			}
			return Article{}, &ValidationError{Field: "id", Msg: fmt.Sprintf("%q in the body does not match %q in the URL; leave it out or make them equal", truncate(w.ID, 40), id)}
		}
	}
	a := Article{
		ID: w.ID, Title: w.Title, Body: w.Body, Category: w.Category,
		Tags: uniqueTags(w.Tags), URL: w.URL, Author: w.Author,
	}
	if err := missingFields(w); err != nil {
		return Article{}, err
	}
	if strings.TrimSpace(w.Published) == "" {
		return Article{}, &ValidationError{Field: "published", Msg: "is required (RFC 3339, e.g. 2026-04-01T09:00:00+09:00)"}
	}
	t, err := time.Parse(time.RFC3339, goRFC3339(w.Published))
	if err != nil && strings.TrimSpace(w.Published) != w.Published {
		// (a date pasted with its line break had been called no RFC 3339)
		return Article{}, &ValidationError{Field: "published", Msg: fmt.Sprintf("%q starts or ends with white space; send it without", truncate(w.Published, 40))}
	}
	if why := impossibleDate(w.Published, err); why != "" {
		return Article{}, &ValidationError{Field: "published", Msg: fmt.Sprintf("%q is not a date: %s", truncate(w.Published, 40), why)}
	}
	if err != nil || !strictRFC3339(w.Published) {
		if fixed := rfc3339For(w.Published); fixed != "" {
			// (+0900, as strftime's %z writes an offset)
			return Article{}, &ValidationError{Field: "published", Msg: fmt.Sprintf("%q is not an RFC 3339 date-time: write it %s", truncate(w.Published, 40), fixed)}
		}
		return Article{}, &ValidationError{Field: "published", Msg: fmt.Sprintf("%q is not an RFC 3339 date-time such as 2026-04-01T09:00:00+09:00", truncate(w.Published, 40))}
	}
	if t.IsZero() {
		// 0001-01-01T00:00:00Z is given, not missing.
		return Article{}, publishedYearError(t)
	}
	a.Published = t
	if err := a.Validate(); err != nil {
		return Article{}, err
	}
	return a, nil
}

// missingFields names every required field w lacks, in one error, when
// it lacks more than one ({} lacks id, title and published); one missing
// field is named by the check of that field.
func missingFields(w wireArticle) error {
	var missing []string
	for _, f := range []struct{ name, v string }{{"id", w.ID}, {"title", w.Title}, {"published", w.Published}} {
		if strings.TrimSpace(f.v) == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) < 2 {
		return nil
	}
	names := strings.Join(missing[:len(missing)-1], ", ") + " and " + missing[len(missing)-1]
	msg := "is missing the required fields " + names
	if slices.Contains(missing, "published") {
		msg += " (published as RFC 3339, e.g. 2026-04-01T09:00:00+09:00)"
	}
	return &ValidationError{Msg: msg}
}

// isVisible reports whether r shows as something on its own: not a
// space, a format character (U+200B), a noncharacter (U+FFFE), a
// combining mark (U+3099) or variation selector (U+FE0F), a filler
// (U+3164) or the blank braille pattern.
func isVisible(r rune) bool {
	return unicode.IsGraphic(r) && !unicode.IsSpace(r) && !unicode.In(r, unicode.Mn, unicode.Me,
		unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point) && r != '\u2800' // ⠀ braille blank
}

// publishedYearError says that t's year (in JST, the archive's time
// zone) is outside the years the archive accepts.
func publishedYearError(t time.Time) error {
	return &ValidationError{Field: "published", Msg: fmt.Sprintf("year %d (in JST) is outside %d–%d", t.In(JST).Year(), minPublishYear, maxPublishYear)}
}

// goRFC3339 writes what RFC 3339 allows and Go's parser does not take as
// the parser wants it: the t and z in lower case (2026-04-01t09:00:00z is
// 2026-04-01T09:00:00Z), and a leap second (23:59:60Z, the second that
// ends in the next minute) as the second before it.
func goRFC3339(s string) string {
	if len(s) > 10 && s[10] == 't' {
		s = s[:10] + "T" + s[11:]
	}
	if len(s) > 19 && s[13] == ':' && s[16] == ':' && s[17:19] == "60" {
		s = s[:17] + "59" + s[19:]
	}
	if strings.HasSuffix(s, "z") {
		s = s[:len(s)-1] + "Z"
	}
	return s
}

// strictRFC3339 reports whether s, which time.Parse accepted as RFC 3339,
// really is: Go also takes a comma before the fraction and offsets such
// as +24:00 or +00:60.
func strictRFC3339(s string) bool {
	if strings.Contains(s, ",") {
		return false
	}
	if strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "z") {
		return true
	}
	if len(s) < 6 {
		return false
	}
	off := s[len(s)-6:] // ±hh:mm
	h, errH := strconv.Atoi(off[1:3])
	m, errM := strconv.Atoi(off[4:6])
	return (off[0] == '+' || off[0] == '-') && off[3] == ':' && errH == nil && errM == nil && h <= 23 && m <= 59
}

// maxNormalizedBodyBytes bounds a body after the analyzer's width
// normalisation, which spells some characters out (㌀ is アパート, ﷺ
// eighteen letters): a body within MaxBodyBytes may otherwise take the
// analyzer many times as long as any real article. Japanese text keeps
// its length or shrinks (full-width Latin becomes ASCII).
const maxNormalizedBodyBytes = MaxBodyBytes + MaxBodyBytes/4

// maxNFKCGrowth bounds how many times its length NFKC can make a string
// (U+FDFA, three bytes, is 33).
const maxNFKCGrowth = 12

// normalizedBytes returns the length of s in NFKC, or len(s) when s is
// too short to normalise past maxNormalizedBodyBytes.
func normalizedBytes(s string) int {
	if len(s)*maxNFKCGrowth <= maxNormalizedBodyBytes || norm.NFKC.IsNormalString(s) {
		return len(s)
	}
	var it norm.Iter
	it.InitString(norm.NFKC, s)
	n := 0
	for !it.Done() {
		n += len(it.Next())
	}
	return n
}

// composedRunes counts the characters of s once composed (NFC), as a
// limit in characters is meant: が sent as か and a combining ゙ (as macOS
// writes it) is one character, as a category kept composed is. Never more
// than were sent: NFC writes a grapheme joiner (U+034F) into a run of more
// than 30 marks, and a few marks as two (U+0344), and a title of 500
// characters had been told it had 516.
func composedRunes(s string) int {
	return min(utf8.RuneCountInString(s), utf8.RuneCountInString(norm.NFC.String(s)))
}

// Validate checks an article against the rules of the import format.
func (a *Article) Validate() error {
	if err := ValidateID(a.ID); err != nil {
		return err
	}
	if !strings.ContainsFunc(a.Title, isVisible) {
		return &ValidationError{Field: "title", Msg: "is required (it has no visible character)"}
	}
	if n := composedRunes(a.Title); n > MaxTitleRunes {
		return &ValidationError{Field: "title", Msg: fmt.Sprintf("has %d characters; the limit is %d", n, MaxTitleRunes)}
	}
	if len(a.Body) > MaxBodyBytes {
		return &ValidationError{Field: "body", Msg: fmt.Sprintf("has %d bytes; the limit is %d", len(a.Body), MaxBodyBytes)}
	}
	if n := normalizedBytes(a.Body); n > maxNormalizedBodyBytes {
		return &ValidationError{Field: "body", Msg: fmt.Sprintf("has %d bytes once width-normalised (NFKC: ㌀ is アパート); the limit is %d", n, maxNormalizedBodyBytes)}
	}
	if err := ValidateText("title", a.Title); err != nil {
		return err
	}
	if err := ValidateText("body", a.Body); err != nil {
		return err
	}
	if err := checkLabel("category", a.Category); err != nil {
		return err
	}
	if err := checkLabel("author", a.Author); err != nil {
		return err
	}
	if len(a.Tags) > MaxTags {
		return &ValidationError{Field: "tags", Msg: fmt.Sprintf("has %d tags; the limit is %d", len(a.Tags), MaxTags)}
	}
	for i, tag := range a.Tags {
		// (Named by their place in the list: which one of twenty had no
		// visible character, the message could not show.)
		if strings.TrimSpace(tag) == "" {
			return &ValidationError{Field: "tags", Msg: fmt.Sprintf("contains an empty tag, or null (tag %d): each tag is a string with a visible character", i+1)}
		}
		if err := checkLabel("tags", tag); err != nil {
			var ve *ValidationError
			if errors.As(err, &ve) {
				ve.Msg = fmt.Sprintf("tag %d: %s", i+1, ve.Msg)
			}
			return err
		}
	}
	if a.Published.IsZero() {
		return &ValidationError{Field: "published", Msg: "is required (RFC 3339, e.g. 2026-04-01T09:00:00+09:00)"}
	}
	if y := a.Published.In(JST).Year(); y < minPublishYear || y > maxPublishYear {
		return publishedYearError(a.Published)
	}
	if a.URL != "" {
		return checkURL(a.URL)
	}
	return nil
}

// ValidateID checks an article id: 1–256 bytes of [A-Za-z0-9._:-], other
// than "." and "..", which no client can put in a URL path (they are
// resolved as path segments before the request is sent).
func ValidateID(id string) error {
	if id == "" {
		return &ValidationError{Field: "id", Msg: "is required"}
	}
	if id == "." || id == ".." {
		return &ValidationError{Field: "id", Msg: fmt.Sprintf("%q cannot be used: a URL path cannot address it", id)}
	}
	if id == "_bulk" {
		return &ValidationError{Field: "id", Msg: `"_bulk" cannot be used: POST /v1/articles/_bulk is the bulk import`}
	}
	if len(id) > MaxIDBytes {
		return &ValidationError{Field: "id", Msg: fmt.Sprintf("has %d bytes; the limit is %d", len(id), MaxIDBytes)}
	}
	for i, n := 0, 1; i < len(id); n++ {
		r, size := utf8.DecodeRuneInString(id[i:])
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '.' || r == '_' || r == ':' || r == '-') {
			// Named by code point: a look-alike (the Kelvin sign K, a
			// Cyrillic ѕ, the hyphen ‐) prints as the letter it mimics.
			return &ValidationError{Field: "id", Msg: fmt.Sprintf("%q has %s at character %d; an id may only contain A-Z a-z 0-9 . _ : -", id, describeRune(r, size), n)}
		}
		i += size
	}
	return nil
}

// describeRune names a character of size bytes by its code point, and
// shows it when it prints.
func describeRune(r rune, size int) string {
	if r == utf8.RuneError && size == 1 {
		return "an invalid UTF-8 byte"
	}
	if unicode.IsPrint(r) && r != ' ' {
		return fmt.Sprintf("%U (%c)", r, r)
	}
	return fmt.Sprintf("%U", r)
}

// ValidateText checks free text (a title or a body): valid UTF-8 without
// control characters other than tab, newline and carriage return, the
// same rule as for search parameters. A NUL or an escape sequence in a
// title reaches highlights, CSV exports and terminals.
func ValidateText(field, s string) error {
	if !utf8.ValidString(s) {
		return &ValidationError{Field: field, Msg: "is not valid UTF-8"}
	}
	if i := strings.IndexFunc(s, isBadControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return &ValidationError{Field: field, Msg: fmt.Sprintf("contains the control character U+%04X at character %d; only tab, newline and carriage return are allowed", r, utf8.RuneCountInString(s[:i])+1)}
	}
	return nil
}

func truncate(s string, runes int) string {
	for i := range s {
		if runes == 0 {
			return s[:i] + "…"
		}
		runes--
	}
	return s
}

// uniqueTags returns tags without those that repeat an earlier one, width
// and case aside: x, X and ｘ are one tag, kept as first written (a facet
// or a search by tag cannot tell them apart).
func uniqueTags(tags []string) []string {
	if len(tags) < 2 {
		return tags
	}
	seen := make(map[string]bool, len(tags))
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		k := analyzer.Fold(norm.NFC.String(strings.TrimSpace(t)))
		if k != "" && seen[k] {
			continue // (an empty tag stays, for Validate to name)
		}
		seen[k] = true
		out = append(out, t)
	}
	return out
}

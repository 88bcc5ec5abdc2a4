package index

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
// Unknown fields, wrong types, invalid UTF-8 and trailing data are rejected
// with a *ValidationError that names the field.
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
	if !utf8.Valid(b) {
		return Article{}, &ValidationError{Msg: "not valid UTF-8"}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var w wireArticle
	if err := dec.Decode(&w); err != nil {
		return Article{}, jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Article{}, &ValidationError{Msg: "unexpected data after the JSON object"}
	}
	if id != "" {
		if w.ID == "" {
			w.ID = id
		} else if w.ID != id {
			return Article{}, &ValidationError{Field: "id", Msg: fmt.Sprintf("%q in the body does not match %q in the URL; leave it out or make them equal", truncate(w.ID, 40), id)}
		}
	}
	a := Article{
		ID: w.ID, Title: w.Title, Body: w.Body, Category: w.Category,
		Tags: w.Tags, URL: w.URL, Author: w.Author,
	}
	if strings.TrimSpace(w.Published) == "" {
		return Article{}, &ValidationError{Field: "published", Msg: "is required (RFC 3339, e.g. 2026-04-01T09:00:00+09:00)"}
	}
	t, err := time.Parse(time.RFC3339, w.Published)
	if err != nil {
		return Article{}, &ValidationError{Field: "published", Msg: fmt.Sprintf("%q is not an RFC 3339 date-time such as 2026-04-01T09:00:00+09:00", w.Published)}
	}
	a.Published = t
	if err := a.Validate(); err != nil {
		return Article{}, err
	}
	return a, nil
}

// jsonError turns encoding/json's errors into messages naming the field.
func jsonError(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		want := map[string]string{"tags": "an array of strings"}[typeErr.Field]
		if want == "" {
			want = "a string"
		}
		if strings.HasPrefix(typeErr.Field, "tags.") {
			return &ValidationError{Field: "tags", Msg: fmt.Sprintf("must be an array of strings, found %s", typeErr.Value)}
		}
		if typeErr.Field == "" {
			return &ValidationError{Msg: fmt.Sprintf("must be a JSON object, found %s", typeErr.Value)}
		}
		return &ValidationError{Field: typeErr.Field, Msg: fmt.Sprintf("must be %s, found %s", want, typeErr.Value)}
	case errors.As(err, &syntaxErr):
		return &ValidationError{Msg: fmt.Sprintf("malformed JSON at byte %d: %v", syntaxErr.Offset, syntaxErr)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &ValidationError{Msg: "truncated or empty JSON object"}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return &ValidationError{Field: field, Msg: "unknown field (allowed: id, title, body, category, tags, published, url, author)"}
	}
	return &ValidationError{Msg: "malformed JSON: " + err.Error()}
}

// Validate checks an article against the rules of the import format.
func (a *Article) Validate() error {
	if err := ValidateID(a.ID); err != nil {
		return err
	}
	if strings.TrimSpace(a.Title) == "" {
		return &ValidationError{Field: "title", Msg: "is required"}
	}
	if n := utf8.RuneCountInString(a.Title); n > MaxTitleRunes {
		return &ValidationError{Field: "title", Msg: fmt.Sprintf("has %d characters; the limit is %d", n, MaxTitleRunes)}
	}
	if len(a.Body) > MaxBodyBytes {
		return &ValidationError{Field: "body", Msg: fmt.Sprintf("has %d bytes; the limit is %d", len(a.Body), MaxBodyBytes)}
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
	for _, tag := range a.Tags {
		if strings.TrimSpace(tag) == "" {
			return &ValidationError{Field: "tags", Msg: "contains an empty tag"}
		}
		if err := checkLabel("tags", tag); err != nil {
			return err
		}
	}
	if a.Published.IsZero() {
		return &ValidationError{Field: "published", Msg: "is required (RFC 3339, e.g. 2026-04-01T09:00:00+09:00)"}
	}
	if y := a.Published.Year(); y < minPublishYear || y > maxPublishYear {
		return &ValidationError{Field: "published", Msg: fmt.Sprintf("year %d is outside %d–%d", y, minPublishYear, maxPublishYear)}
	}
	if a.URL != "" {
		if len(a.URL) > MaxURLBytes {
			return &ValidationError{Field: "url", Msg: fmt.Sprintf("is longer than %d bytes", MaxURLBytes)}
		}
		u, err := url.Parse(a.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q is not an absolute http(s) URL", a.URL)}
		}
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
		return &ValidationError{Field: "id", Msg: fmt.Sprintf("%q cannot be an id: a URL cannot address it", id)}
	}
	if len(id) > MaxIDBytes {
		return &ValidationError{Field: "id", Msg: fmt.Sprintf("has %d bytes; the limit is %d", len(id), MaxIDBytes)}
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-') {
			return &ValidationError{Field: "id", Msg: fmt.Sprintf("%q may only contain A-Z a-z 0-9 . _ : -", id)}
		}
	}
	return nil
}

func checkLabel(field, s string) error {
	if n := utf8.RuneCountInString(s); n > MaxLabelRunes {
		return &ValidationError{Field: field, Msg: fmt.Sprintf("%q has %d characters; the limit is %d", truncate(s, 20), n, MaxLabelRunes)}
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			return &ValidationError{Field: field, Msg: "contains a control character"}
		}
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

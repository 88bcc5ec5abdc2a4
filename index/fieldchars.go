package index

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The characters an article's short fields may hold. A label (its
// category, each of its tags, its author, and the category parameter of
// a search) is matched by filters and facets as written (width, case and
// the marks between words aside), and a url is shown to readers as a
// link: each must look like what it is.

// checkLabel checks a label s of the named field: something visible, no
// space or invisible character at either end, at most MaxLabelRunes
// characters once composed, no control character.
func checkLabel(field, s string) error {
	if s != "" && !strings.ContainsFunc(s, isVisible) {
		return &ValidationError{Field: field, Msg: "has no visible character; leave it out or name it"}
	}
	if s != strings.TrimFunc(s, unicode.IsSpace) {
		// Filters and facets match labels exactly: " AI " would be a
		// category of its own that category=AI does not select.
		return &ValidationError{Field: field, Msg: fmt.Sprintf("%q starts or ends with a space; send it without", truncate(s, 20))}
	}
	if r, _ := utf8.DecodeRuneInString(s); hiddenFirst(r) {
		return invisibleEnd(field, s, r)
	}
	if r, _ := utf8.DecodeLastRuneInString(s); hiddenLast(r) {
		return invisibleEnd(field, s, r)
	}
	if n := composedRunes(s); n > MaxLabelRunes {
		return &ValidationError{Field: field, Msg: fmt.Sprintf("%q has %d characters; the limit is %d", truncate(s, 20), n, MaxLabelRunes)}
	}
	for i, r := range s {
		if unicode.IsControl(r) {
			// (Named and placed, as in a title: "contains a control
			// character" had left the writer of a tag list looking.)
			return &ValidationError{Field: field, Msg: fmt.Sprintf("contains the control character U+%04X at character %d; a label has none", r, utf8.RuneCountInString(s[:i])+1)}
		}
	}
	return nil
}

// hidden reports the characters that show as nothing and are no white
// space: the format characters (zero width space and joiners, the byte
// order mark, the bidirectional marks, embeddings, overrides and
// isolates U+200E, U+202A–U+202E, U+2066–U+2069, the soft hyphen) and the
// other default-ignorable ones (the grapheme joiner U+034F, the hangul
// fillers U+3164 and U+FFA0). At either end of a label they make
// "AI\u200f" a spelling of its own that looks like AI, one a facet may
// show as the category's label (and U+202E turns the label around).
func hidden(r rune) bool {
	return unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point)
}

// hiddenFirst reports a character no label may start with: a hidden one
// or a variation selector, which has no character before it to vary.
// An Arabic number sign (U+0600), written before the digits it spans, may.
func hiddenFirst(r rune) bool {
	if unicode.Is(unicode.Prepended_Concatenation_Mark, r) {
		return false
	}
	return hidden(r) || unicode.Is(unicode.Variation_Selector, r)
}

// hiddenLast reports a character no label may end with: a hidden one
// other than the tag characters U+E0020–U+E007F, which end an emoji flag
// (🏴 and the tags that name England). A variation selector may end a
// label: ❤️ ends with one, and a kanji variant (葛󠄀) with another.
func hiddenLast(r rune) bool {
	return hidden(r) && !(r >= 0xE0020 && r <= 0xE007F)
}

// invisibleEnd is the error for a label s that starts or ends with r, a
// character that shows as nothing.
func invisibleEnd(field, s string, r rune) error {
	return &ValidationError{Field: field, Msg: fmt.Sprintf("%q starts or ends with the invisible character %U, as a space; send it without", truncate(s, 20), r)}
}

// checkURL checks an article's url: an absolute http(s) URL of at most
// MaxURLBytes, with no user name or password, a port that is one, and none of the characters that
// have no place in a link (badURLRune). The url is shown to readers as a
// link and written into exports, so the message names what to fix.
func checkURL(s string) error {
	if len(s) > MaxURLBytes {
		return &ValidationError{Field: "url", Msg: fmt.Sprintf("is longer than %d bytes", MaxURLBytes)}
	}
	if i := strings.IndexFunc(s, badURLRune); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q has %s at character %d; a URL holds no white space, control, invisible or bidirectional formatting character: percent-encode it (%%20 for a space) or leave it out",
			truncate(s, 60), urlRuneName(r), utf8.RuneCountInString(s[:i])+1)}
	}
	u, err := url.Parse(s)
	if err != nil && !strings.Contains(s, "://") {
		// (1.2.3.4:80/a: "first path segment in URL cannot contain colon")
		return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q %s", truncate(s, 60), urlNoScheme)}
	}
	if err != nil {
		return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q is not a URL: %s", truncate(s, 60), urlParseFault(err))}
	}
	if msg := urlShapeFault(u); msg != "" {
		return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q %s", truncate(s, 60), msg)}
	}
	if u.User != nil {
		// (https://news.example.jp@evil.example/ shows a reader one host
		// and leads to another; a password in it is shown to every
		// reader. A news article's link has neither.)
		return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q has a user name or password before the host %s (the part before @), which a reader takes for the host; leave it out", truncate(s, 60), u.Hostname())}
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q has port %s; a port is 1–65535", truncate(s, 60), p)}
		}
	}
	return nil
}

// urlParseFault says what to mend in a url that net/url cannot read:
// its own words (an escape that is no two hex digits, a port that is no
// number, an IPv6 host without its ]), and for an escape how to write a
// literal %. The url had been told only that it was no absolute http(s)
// URL, which it was, but for one character.
func urlParseFault(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ee url.EscapeError
	if errors.As(err, &ee) {
		return fmt.Sprintf("%%%s is no %%-escape (%% and two hex digits); a literal %% is %%25", strings.TrimPrefix(string(ee), "%"))
	}
	return err.Error()
}

// urlNoScheme is the fault of a url written without its scheme.
const urlNoScheme = "has no scheme: write it in full, with https:// (or http://) before the host"

// urlShapeFault says what an absolute http(s) URL lacks in u, or "": a
// scheme (news.example.jp/a, //news.example.jp/a), the http or https one
// (ftp:, mailto:), the // before the host (https:news.example.jp) and a
// host name (https:///a, or a port alone: https://:8080/a, which a
// browser cannot open).
func urlShapeFault(u *url.URL) string {
	switch {
	case u.Scheme == "" || strings.Contains(u.Scheme, "."):
		// (news.example.jp:8080/a reads as the scheme news.example.jp.)
		return urlNoScheme
	case u.Scheme != "http" && u.Scheme != "https":
		return fmt.Sprintf("is a %s: URL; an article's url is an http or https one", u.Scheme)
	case u.Opaque != "":
		return fmt.Sprintf("has no // after %s:; write %s://%s", u.Scheme, u.Scheme, u.Opaque)
	case u.Hostname() == "":
		return "has no host name after //; write the site's, as https://news.example.jp/…"
	}
	return ""
}

// badURLRune reports the characters a url may not hold as written: white
// space (a raw space, U+3000, the line separator U+2028), control
// characters (C0, DEL and C1: U+009B starts a terminal's escape
// sequence), format characters (zero width ones, and the bidirectional
// marks and overrides, which RFC 3987 keeps out of IRIs: U+202E turns the
// link a reader sees around), other characters that show as nothing, and
// noncharacters (U+FFFE). Other non-ASCII letters are fine: a browser
// percent-encodes them (https://例え.jp/記事).
func badURLRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || hidden(r) ||
		unicode.Is(unicode.Noncharacter_Code_Point, r)
}

// urlRuneName names a character a url may not hold.
func urlRuneName(r rune) string {
	if r == ' ' {
		return "U+0020 (a space)"
	}
	return fmt.Sprintf("%U", r)
}

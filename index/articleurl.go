package index

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkURL checks an article's url: an absolute http(s) URL of at most
// MaxURLBytes, with a port that is one, and none of the characters that
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
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q is not an absolute http(s) URL", truncate(s, 60))}
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return &ValidationError{Field: "url", Msg: fmt.Sprintf("%q has port %s; a port is 1–65535", truncate(s, 60), p)}
		}
	}
	return nil
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

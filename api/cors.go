package api

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// CheckOrigins reports the first entry of a --cors-origins list that a
// browser would never send as its Origin: an origin is a scheme and a
// host (and a port of 1–65535), https://news.example.jp, with no path,
// not even "/", no wildcard in the host and the host in ASCII (a
// non-ASCII name in punycode, xn--…); "*" alone allows any.
func CheckOrigins(origins []string) error {
	for _, o := range origins {
		if o == "*" {
			if len(origins) > 1 {
				return fmt.Errorf("CORS origins %q: * allows any origin and stands alone; give * or a list of origins, not both", strings.Join(origins, ","))
			}
			continue
		}
		u, err := url.Parse(o)
		switch {
		case err != nil || u.Scheme == "" || u.Host == "" || u.Opaque != "":
			return fmt.Errorf("CORS origin %q: write it as scheme://host[:port], e.g. https://news.example.jp", o)
		case u.Scheme != "http" && u.Scheme != "https":
			return fmt.Errorf("CORS origin %q: the scheme must be http or https", o)
		case u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.ForceQuery || u.User != nil:
			return fmt.Errorf("CORS origin %q: an origin has no path, query or user (https://news.example.jp, without a trailing /)", o)
		case strings.Contains(u.Host, "*"):
			return fmt.Errorf("CORS origin %q: wildcards in a host are not supported; list each origin, or * for any", o)
		case u.Port() != "" && strings.TrimLeft(u.Port(), "0123456789") != "":
			return fmt.Errorf("CORS origin %q: the port must be a number", o)
		case u.Port() != "" && !validPort(u.Port()):
			return fmt.Errorf("CORS origin %q: the port must be 1–65535", o)
		case strings.ContainsFunc(u.Hostname(), func(r rune) bool { return r >= utf8.RuneSelf }):
			// A browser sends an internationalised domain name in its
			// ASCII (punycode) form, so this one would never match.
			return fmt.Errorf("CORS origin %q: write a non-ASCII host in punycode (https://xn--….jp), the form browsers send", o)
		}
	}
	return nil
}

// validPort reports whether p, all digits, is a TCP port a browser can
// name: 1–65535.
func validPort(p string) bool {
	n, err := strconv.Atoi(p)
	return err == nil && n >= 1 && n <= 65535
}

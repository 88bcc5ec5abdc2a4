package api

import (
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// CheckOrigins reports the first entry of a --cors-origins list that a
// browser would never send as its Origin: an origin is a scheme and a
// host (and a port of 1–65535), https://news.example.jp, with no path,
// not even "/", no fragment, not even "#", no wildcard in the host and
// the host in ASCII (a non-ASCII name in punycode, xn--…); "*" alone
// allows any. Case and a default port (:443 for https, :80 for http) are
// accepted: the allow-list holds each origin as a browser sends it
// (canonicalOrigin).
func CheckOrigins(origins []string) error {
	for _, o := range origins {
		if o == "*" {
			if len(origins) > 1 {
				return fmt.Errorf("CORS origins %q: * allows any origin and stands alone; give * or a list of origins, not both", strings.Join(origins, ","))
			}
			continue
		}
		if _, err := canonicalOrigin(o); err != nil {
			return err
		}
	}
	return nil
}

// canonicalOrigin checks o as CheckOrigins does and returns it as a
// browser serialises an origin: scheme and host in lower case, no
// default port, an IPv6 address in its shortest form.
func canonicalOrigin(o string) (string, error) {
	if strings.Contains(o, "#") {
		// (url.Parse drops an empty fragment: https://a.jp# had passed
		// as https://a.jp.)
		return "", fmt.Errorf("CORS origin %q: an origin has no fragment; drop the # and what follows (https://news.example.jp)", o)
	}
	u, err := url.Parse(o)
	switch {
	case err != nil || u.Scheme == "" || u.Host == "" || u.Opaque != "":
		return "", fmt.Errorf("CORS origin %q: write it as scheme://host[:port], e.g. https://news.example.jp", o)
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("CORS origin %q: the scheme must be http or https", o)
	case u.Path != "" || u.RawQuery != "" || u.ForceQuery || u.User != nil:
		return "", fmt.Errorf("CORS origin %q: an origin has no path, query or user (https://news.example.jp, without a trailing /)", o)
	case strings.Contains(u.Host, "*"):
		return "", fmt.Errorf("CORS origin %q: wildcards in a host are not supported; list each origin, or * for any", o)
	case strings.HasSuffix(u.Host, ":"):
		return "", fmt.Errorf("CORS origin %q: the port is empty; drop the : or give the port (https://news.example.jp:8443)", o)
	case u.Port() != "" && strings.TrimLeft(u.Port(), "0123456789") != "":
		return "", fmt.Errorf("CORS origin %q: the port must be a number", o)
	case u.Port() != "" && !validPort(u.Port()):
		return "", fmt.Errorf("CORS origin %q: the port must be 1–65535", o)
	case len(u.Port()) > 1 && u.Port()[0] == '0':
		// A browser writes the port without leading zeros.
		return "", fmt.Errorf("CORS origin %q: write the port as browsers send it, without a leading zero (:%s)", o, strings.TrimLeft(u.Port(), "0"))
	case strings.ContainsFunc(u.Hostname(), func(r rune) bool { return r >= utf8.RuneSelf }):
		// A browser sends an internationalised domain name in its
		// ASCII (punycode) form, so this one would never match.
		return "", fmt.Errorf("CORS origin %q: write a non-ASCII host in punycode (https://xn--….jp), the form browsers send", o)
	}
	host := strings.ToLower(u.Hostname())
	if ip, err := netip.ParseAddr(host); err == nil && ip.Is6() {
		host = "[" + ip.String() + "]"
	}
	if p := u.Port(); p != "" && !(u.Scheme == "https" && p == "443" || u.Scheme == "http" && p == "80") {
		// (A browser leaves the scheme's default port out.)
		host += ":" + p
	}
	return u.Scheme + "://" + host, nil
}

// canonicalOrigins returns origins as canonicalOrigin writes them, so
// that the allow-list compares with what browsers send and answers with
// their own spelling; an entry it refuses (CheckOrigins, run at start,
// has said so) and "*" stay as they are.
func canonicalOrigins(origins []string) []string {
	out := make([]string, len(origins))
	for i, o := range origins {
		out[i] = o
		if c, err := canonicalOrigin(o); err == nil {
			out[i] = c
		}
	}
	return out
}

// validPort reports whether p, all digits, is a TCP port a browser can
// name: 1–65535.
func validPort(p string) bool {
	n, err := strconv.Atoi(p)
	return err == nil && n >= 1 && n <= 65535
}

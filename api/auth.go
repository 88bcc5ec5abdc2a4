package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"

	"github.com/labstack/echo/v5"
)

// requireKey guards the write and admin routes: the request must carry
// "Authorization: Bearer <key>". The key is compared in constant time
// (both sides hashed first, so not even its length leaks). Without a
// configured key these routes are off.
func (s *server) requireKey(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if err := s.authorize(c); err != nil {
			return err
		}
		return next(c)
	}
}

// authorize checks the request's key (see requireKey).
func (s *server) authorize(c *echo.Context) error {
	if s.opts.APIKey == "" {
		return &apiError{status: http.StatusForbidden, code: "write_disabled",
			msg: "the write and admin API is off; start the server with --api-key KEY (or SAGASU_API_KEY) and send Authorization: Bearer KEY"}
	}
	want := sha256.Sum256([]byte(s.opts.APIKey))
	// One Authorization header: with several, which one a proxy or the
	// server reads is anyone's guess.
	values := c.Request().Header.Values("Authorization")
	token, ok := "", len(values) == 1
	if ok {
		token, ok = bearer(values[0])
	}
	got := sha256.Sum256([]byte(token))
	if !ok || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="sagasu"`)
		return &apiError{status: http.StatusUnauthorized, code: "unauthorized",
			msg: "missing or wrong API key; send one Authorization: Bearer <key> header"}
	}
	return nil
}

// bearer reads "Bearer <token>" from an Authorization header. The scheme
// is case-insensitive (RFC 9110, section 11.1: bearer and BEARER are the
// same) and may be followed by more than one space.
func bearer(header string) (token string, ok bool) {
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

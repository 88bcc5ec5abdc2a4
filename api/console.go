package api

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/labstack/echo/v5"
)

// The editors' console and the site widget, embedded so the binary serves
// them offline: GET / is the console, GET /widget.js the widget.
//
//go:embed web
var webFiles embed.FS

// consoleCSP lets the console load only its own files and call only this
// server; the API's HTML (title_html, snippet_html) can run nothing.
const consoleCSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// asset is one embedded file, ready to serve.
type asset struct {
	body  []byte
	ctype string
	etag  string
}

// registerConsole adds the console's routes: / and each file in web/.
func registerConsole(e *echo.Echo) {
	entries, err := fs.ReadDir(webFiles, "web")
	if err != nil {
		panic(err) // the embedded directory is part of the binary
	}
	for _, ent := range entries {
		name := ent.Name()
		body, err := webFiles.ReadFile("web/" + name)
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(body)
		a := &asset{body: body, ctype: mime.TypeByExtension(path.Ext(name)), etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		switch name {
		case "index.html":
			e.GET("/", a.serve)
		case "widget.js":
			// Any site may load the widget; its API calls are what CORS governs.
			e.GET("/"+name, func(c *echo.Context) error {
				c.Response().Header().Set("Access-Control-Allow-Origin", "*")
				c.Response().Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
				return a.serve(c)
			})
		default:
			e.GET("/"+name, a.serve)
		}
	}
}

// serve writes the file with its type, a content hash as ETag (revalidated
// on every load, so a new binary's files show at once) and the console's
// security headers.
func (a *asset) serve(c *echo.Context) error {
	h := c.Response().Header()
	h.Set("ETag", a.etag)
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", consoleCSP)
	h.Set("Referrer-Policy", "same-origin")
	if etagMatches(c.Request().Header.Values("If-None-Match"), a.etag) {
		return c.NoContent(http.StatusNotModified)
	}
	return c.Blob(http.StatusOK, a.ctype, a.body)
}

// etagMatches reports whether an If-None-Match list names etag, weakly
// compared as RFC 9110 asks (W/"x" matches "x"), or is *.
func etagMatches(values []string, etag string) bool {
	for _, v := range values {
		for _, tag := range strings.Split(v, ",") {
			tag = strings.TrimSpace(tag)
			if tag == "*" || strings.TrimPrefix(tag, "W/") == etag {
				return true
			}
		}
	}
	return false
}

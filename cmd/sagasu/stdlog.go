package main

import (
	"context"
	"log"
	"log/slog"
	"strings"
)

// stdLogAsJSON sends what is written through the standard library's log
// package while the server runs to the server's JSON log, at warning
// level, and returns the func that restores it. bleve's index library
// writes there (a snapshot it cannot read, a segment file it cannot
// remove): a plain-text line with a date of its own had sat among the JSON
// lines, where a log collector reading JSON drops it or stops.
func stdLogAsJSON(l *slog.Logger) (restore func()) {
	w, flags, prefix := log.Writer(), log.Flags(), log.Prefix()
	log.SetFlags(0)
	log.SetPrefix("")
	log.SetOutput(stdLogWriter{l})
	return func() {
		log.SetOutput(w)
		log.SetFlags(flags)
		log.SetPrefix(prefix)
	}
}

// stdLogWriter logs each line the log package writes as one record.
type stdLogWriter struct{ l *slog.Logger }

func (w stdLogWriter) Write(p []byte) (int, error) {
	msg := strings.TrimRight(string(p), "\n")
	w.l.Log(context.Background(), slog.LevelWarn, msg, "via", "log")
	return len(p), nil
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"
)

// flags wraps a FlagSet whose defaults come from SAGASU_* variables. An
// environment value that does not parse is an error, never silently
// dropped; a flag's and a variable's are parsed alike (flagvalues.go).
type flags struct {
	fs     *flag.FlagSet
	getenv func(string) string
	errs   []string
}

func newFlags(name string, getenv func(string) string, stderr io.Writer) *flags {
	fs := flag.NewFlagSet("sagasu "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &flags{fs: fs, getenv: getenv}
	fs.Usage = f.printDefaults
	return f
}

func (f *flags) env(name string) (string, bool) {
	v := strings.TrimSpace(f.getenv(name))
	return v, v != ""
}

func (f *flags) bad(env, v string, err error) {
	f.errs = append(f.errs, fmt.Sprintf("$%s=%q: %v", env, v, err))
}

func (f *flags) string(p *string, name, env, def, usage string) {
	if v, ok := f.env(env); ok {
		def = v
	}
	f.fs.StringVar(p, name, def, fmt.Sprintf("%s ($%s)", usage, env))
}

func (f *flags) int(p *int, name, env string, def int, usage string) {
	if v, ok := f.env(env); ok {
		n, err := parseWhole(v)
		if err != nil {
			f.bad(env, v, err)
		}
		def = n
	}
	*p = def
	f.fs.Var(intValue{p}, name, fmt.Sprintf("%s ($%s)", usage, env))
}

func (f *flags) bool(p *bool, name, env string, def bool, usage string) {
	if v, ok := f.env(env); ok {
		b, err := parseBool(v)
		if err != nil {
			f.bad(env, v, err)
		}
		def = b
	}
	*p = def
	f.fs.Var(boolValue{p}, name, fmt.Sprintf("%s ($%s)", usage, env))
}

func (f *flags) duration(p *time.Duration, name, env string, def time.Duration, usage string) {
	if v, ok := f.env(env); ok {
		d, err := parseDuration(v)
		if err != nil {
			f.bad(env, v, err)
		}
		def = d
	}
	*p = def
	f.fs.Var(durationValue{p}, name, fmt.Sprintf("%s ($%s)", usage, env))
}

// parse parses args and reports environment errors first.
func (f *flags) parse(args []string) error {
	if len(f.errs) > 0 {
		return fmt.Errorf("bad environment: %s", strings.Join(f.errs, "; "))
	}
	return f.fs.Parse(args)
}

// newLogger returns the JSON logger all components share.
func newLogger(w io.Writer, level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: use debug, info, warn or error", level)
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l})), nil
}

// checkDataDir refuses an empty -data-dir, which the index would have
// tried to make as "" (mkdir : no such file or directory).
func checkDataDir(dir string) error {
	if strings.TrimSpace(dir) == "" {
		return errors.New("-data-dir is empty; give the index directory, e.g. ./sagasu-data")
	}
	return nil
}

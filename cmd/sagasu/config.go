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
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	if err := f.boolValueApart(args); err != nil {
		return err
	}
	return f.flagsAfterArgs(args)
}

// boolValueApart refuses a boolean flag whose value was given as the next
// argument (-sample false): the flag package takes the flag alone as true
// and stops reading flags at the value, so the flags after it were not
// read either (`serve --sample false --addr :9000` had been told it
// "takes no arguments", its flags listed as arguments; `import --compact
// false FILE` was shown its usage).
func (f *flags) boolValueApart(args []string) error {
	n := f.fs.NArg()
	if n == 0 || len(args) < n+1 {
		return nil
	}
	value, prev := f.fs.Arg(0), args[len(args)-n-1]
	if !strings.HasPrefix(prev, "-") || prev == "--" || strings.Contains(prev, "=") {
		return nil
	}
	fl := f.fs.Lookup(strings.TrimPrefix(strings.TrimPrefix(prev, "-"), "-"))
	if fl == nil {
		return nil
	}
	if b, isBool := fl.Value.(interface{ IsBoolFlag() bool }); !isBool || !b.IsBoolFlag() {
		return nil
	}
	if _, err := parseBool(value); err != nil {
		return nil
	}
	return fmt.Errorf("%s %s: a boolean flag takes its value after =: write %s=%s (the flag package read %s alone as true and stopped reading flags at %q)", prev, value, prev, value, prev, value)
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

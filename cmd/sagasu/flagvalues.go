package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The values of numeric, boolean and duration flags, parsed alike from a
// flag and from its SAGASU_* variable, with errors that say what to write.
// The flag package's own had answered "parse error" to a flag
// (`-max-body 1e6`, `-request-timeout 10`) and strconv's words to a
// variable (`strconv.Atoi: parsing "1e6": invalid syntax`).

// parseWhole reads a whole number in decimal digits. (The flag package
// took 0x10 and read 010 as eight; a variable took neither.)
func parseWhole(s string) (int, error) {
	n, err := strconv.ParseInt(s, 10, strconv.IntSize)
	if errors.Is(err, strconv.ErrRange) {
		return 0, errors.New("too large a number: write a smaller one in digits")
	}
	if err != nil {
		return 0, errors.New("not a whole number: write it in digits alone (not 1e6, 1M, 1,048,576 or 1.5)")
	}
	return int(n), nil
}

// parseBool reads true or false as strconv does (1, t, TRUE, 0, f…).
func parseBool(s string) (bool, error) {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return false, errors.New("not true or false: write true or false")
	}
	return b, nil
}

// parseDuration reads a Go duration, and tells a number without its unit
// to add one.
func parseDuration(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err == nil {
		return d, nil
	}
	if _, nerr := strconv.ParseFloat(strings.TrimSpace(s), 64); nerr == nil {
		return 0, errors.New("a number without its unit: write " + strings.TrimSpace(s) + "s for seconds (or ms, m, h)")
	}
	return 0, errors.New("not a duration: write a number with its unit, e.g. 10s, 500ms, 2m or 1h")
}

type intValue struct{ p *int }

func (v intValue) Set(s string) error {
	n, err := parseWhole(s)
	if err != nil {
		return err
	}
	*v.p = n
	return nil
}

func (v intValue) String() string {
	if v.p == nil {
		return "0"
	}
	return strconv.Itoa(*v.p)
}

type boolValue struct{ p *bool }

func (v boolValue) Set(s string) error {
	b, err := parseBool(s)
	if err != nil {
		return err
	}
	*v.p = b
	return nil
}

func (v boolValue) String() string {
	if v.p == nil {
		return "false"
	}
	return strconv.FormatBool(*v.p)
}

// IsBoolFlag lets the flag be given alone (-sample), as the flag package's
// own boolean flags are.
func (boolValue) IsBoolFlag() bool { return true }

type durationValue struct{ p *time.Duration }

func (v durationValue) Set(s string) error {
	d, err := parseDuration(s)
	if err != nil {
		return err
	}
	*v.p = d
	return nil
}

func (v durationValue) String() string {
	if v.p == nil {
		return "0s"
	}
	return v.p.String()
}

// printDefaults is the FlagSet's usage: the flag package's own layout,
// with the kind of value these types take named as it names its own
// (-request-timeout duration, -batch-size int), where it would say value.
func (f *flags) printDefaults() {
	out := f.fs.Output()
	fmt.Fprintf(out, "Usage of %s:\n", f.fs.Name())
	f.fs.VisitAll(func(fl *flag.Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", fl.Name)
		name, usage := flag.UnquoteUsage(fl)
		if name == "value" {
			switch fl.Value.(type) {
			case intValue:
				name = "int"
			case durationValue:
				name = "duration"
			}
		}
		if name != "" {
			b.WriteString(" " + name)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		switch v := fl.Value.(type) {
		case intValue, boolValue, durationValue:
			if d := fl.DefValue; d != "0" && d != "false" && d != "0s" {
				fmt.Fprintf(&b, " (default %v)", d)
			}
		case flag.Getter:
			if s, ok := v.Get().(string); ok && s != "" {
				fmt.Fprintf(&b, " (default %q)", s)
			}
		}
		fmt.Fprint(out, b.String(), "\n")
	})
}
